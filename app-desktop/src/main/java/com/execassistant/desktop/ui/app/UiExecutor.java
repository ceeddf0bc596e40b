package com.execassistant.desktop.ui.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI does work: {@code work} runs off the FX thread, then exactly one of the
 * callbacks runs on the UI thread. ViewModel tests use a synchronous implementation, so they need
 * no toolkit and no waiting.
 */
public interface UiExecutor {

    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code update} on the UI thread (for pushes that do not start from a submit). */
    void onUi(Runnable update);
}
