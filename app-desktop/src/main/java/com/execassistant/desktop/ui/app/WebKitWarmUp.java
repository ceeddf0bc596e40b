package com.execassistant.desktop.ui.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads WebKit's native library on a background thread at launch. Loading it is most of the cost of
 * the first WebView (about a second on a 2-core machine, measured; creating the WebView once it is
 * loaded takes a quarter of that), and it would otherwise happen on the FX thread when the window
 * is built. Only the library is loaded here: WebKit's own initialisation stays on the FX thread,
 * which WebKit takes for its main thread.
 */
public final class WebKitWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WebKitWarmUp.class);

    private WebKitWarmUp() {}

    /**
     * Starts loading the library; a JavaFX build that hides its loader just skips the head start.
     */
    public static void loadLibraryInBackground() {
        Thread.ofPlatform()
                .daemon()
                .name("webkit-warm-up")
                .start(
                        () -> {
                            try {
                                com.sun.glass.utils.NativeLibLoader.loadLibrary("jfxwebkit");
                            } catch (LinkageError | RuntimeException e) {
                                // The first WebView loads it on the FX thread instead: slower, not
                                // broken.
                                LOG.debug("WebKit not preloaded: {}", e.toString());
                            }
                        });
    }
}
