package com.execassistant.desktop.ui;

import com.execassistant.desktop.ui.app.UiExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its callback at once on the caller's thread: ViewModel tests need no toolkit. */
public final class DirectUiExecutor implements UiExecutor {

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T value;
        try {
            value = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(value);
    }

    @Override
    public void onUi(Runnable update) {
        update.run();
    }
}
