package com.execassistant.desktop.ui.materials;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WebKit's native library, loaded once on a background thread. Loading it is most of the cost of
 * the first WebView (about a second on a 2-core machine, measured; creating a WebView once it is
 * loaded takes a quarter of that) and most of WebKit's memory, so the app loads it only once a
 * meeting is opened, and never on the FX thread. Only the library is loaded here: WebKit's own
 * initialisation stays on the FX thread, which WebKit takes for its main thread.
 */
public final class WebKitLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(WebKitLibrary.class);
    private static final AtomicBoolean started = new AtomicBoolean();
    private static final CompletableFuture<Void> loaded = new CompletableFuture<>();

    private WebKitLibrary() {}

    /** Starts loading the library, if nothing has yet. */
    public static void preload() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread.ofPlatform()
                .daemon()
                .name("webkit-load")
                .start(
                        () -> {
                            try {
                                com.sun.glass.utils.NativeLibLoader.loadLibrary("jfxwebkit");
                            } catch (LinkageError | RuntimeException e) {
                                // A JavaFX build that hides its loader: the first WebView loads
                                // the library itself, slower but not broken.
                                LOG.debug("WebKit not preloaded: {}", e.toString());
                            } finally {
                                loaded.complete(null);
                            }
                        });
    }

    /** Runs {@code then} once the library is loaded (on the loading thread, or at once). */
    static void whenLoaded(Runnable then) {
        preload();
        loaded.thenRun(then);
    }
}
