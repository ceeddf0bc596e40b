package com.execassistant.desktop.ui.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads WebKit's native library on a background thread. Loading it is most of the cost of the first
 * WebView (about a second on a 2-core machine, measured; creating the WebView once it is loaded
 * takes a quarter of that), and it would otherwise happen on the FX thread. The app starts it once
 * the first timeline rows show, so it neither delays them nor freezes the window later. Only the
 * library is loaded here: WebKit's own initialisation stays on the FX thread, which WebKit takes
 * for its main thread.
 */
public final class WebKitWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WebKitWarmUp.class);

    private WebKitWarmUp() {}

    /**
     * Loads the library, then runs {@code then} (on the loading thread). A JavaFX build that hides
     * its loader just skips the head start: the first WebView loads the library itself.
     */
    public static void loadLibraryInBackground(Runnable then) {
        Thread.ofPlatform()
                .daemon()
                .name("webkit-warm-up")
                .start(
                        () -> {
                            try {
                                com.sun.glass.utils.NativeLibLoader.loadLibrary("jfxwebkit");
                            } catch (LinkageError | RuntimeException e) {
                                LOG.debug("WebKit not preloaded: {}", e.toString());
                            }
                            then.run();
                        });
    }
}
