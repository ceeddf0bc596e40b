package com.execassistant.desktop.ui.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Background work on virtual threads, results back through {@link Platform#runLater}. Every task
 * posted to the FX thread is timed by the {@link FxThreadWatch}, so a slow callback shows up.
 */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {

    private final ExecutorService pool =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ui-work-", 0).factory());
    private final FxThreadWatch watch;

    public FxUiExecutor(FxThreadWatch watch) {
        this.watch = watch;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pool.execute(
                () -> {
                    try {
                        T value = work.call();
                        onUi(() -> onSuccess.accept(value));
                    } catch (Throwable e) {
                        onUi(() -> onFailure.accept(e));
                    }
                });
    }

    @Override
    public void onUi(Runnable update) {
        Platform.runLater(watch.timed(update));
    }

    @Override
    public void close() {
        // Work already started (a sync, a snooze, a type change) finishes before the database
        // closes under it; only work that will not finish in time is interrupted.
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
