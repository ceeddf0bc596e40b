package com.execassistant.desktop.ui.materials;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * The file manager and browser through {@link java.awt.Desktop}, which needs no reference to the
 * JavaFX application (unlike HostServices) and says what the platform supports. Its calls start AWT
 * and may wait on the desktop, so they run off the FX thread.
 */
final class AwtSystemShell implements SystemShell {

    @Override
    public boolean canOpenFolders() {
        return supports(Desktop.Action.OPEN);
    }

    @Override
    public void openFolder(Path folder) throws IOException {
        Desktop.getDesktop().open(folder.toFile());
    }

    @Override
    public boolean canBrowse() {
        return supports(Desktop.Action.BROWSE);
    }

    @Override
    public void browse(URI link) throws IOException {
        if ("mailto".equalsIgnoreCase(link.getScheme()) && supports(Desktop.Action.MAIL)) {
            Desktop.getDesktop().mail(link);
        } else {
            Desktop.getDesktop().browse(link);
        }
    }

    private static boolean supports(Desktop.Action action) {
        return !GraphicsEnvironment.isHeadless()
                && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(action);
    }
}
