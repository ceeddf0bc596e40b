package com.execassistant.desktop.ui.materials;

import com.execassistant.desktop.ui.settings.Opener;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An opener for tests, with or without a desktop, recording what it opened; like the system one, it
 * cannot open a folder that does not exist.
 */
final class LocalOpener implements Opener {

    final boolean desktop;
    final List<Path> openedFolders = new ArrayList<>();
    final List<URI> browsed = new ArrayList<>();

    LocalOpener(boolean desktop) {
        this.desktop = desktop;
    }

    @Override
    public boolean browse(URI address) {
        if (desktop) {
            browsed.add(address);
        }
        return desktop;
    }

    @Override
    public boolean open(Path file) {
        if (!desktop || !Files.isDirectory(file)) {
            return false;
        }
        openedFolders.add(file);
        return true;
    }
}
