package com.execassistant.desktop.ui.settings;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * The desktop's browser and file handlers through AWT's {@link Desktop}: it needs no JavaFX
 * Application instance, so it works the same in the app and in tests, and it may block, so it is
 * called off the FX thread. Where there is no desktop (a server, headless tests) it says so and the
 * page shows the address or path to copy instead.
 */
public final class SystemOpener implements Opener {

    @Override
    public boolean browse(URI address) {
        Desktop d = desktop(Desktop.Action.BROWSE);
        if (d == null) {
            return false;
        }
        try {
            d.browse(address);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean open(Path file) {
        Desktop d = desktop(Desktop.Action.OPEN);
        if (d == null) {
            return false;
        }
        try {
            d.open(file.toFile());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Desktop desktop(Desktop.Action action) {
        try {
            if (java.awt.GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()) {
                return null;
            }
            Desktop d = Desktop.getDesktop();
            return d.isSupported(action) ? d : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
