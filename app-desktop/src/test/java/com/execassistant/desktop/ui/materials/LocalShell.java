package com.execassistant.desktop.ui.materials;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A system shell for tests: with or without a file manager and browser, it records what it was
 * asked to open; opening a folder that does not exist fails as the real one does.
 */
final class LocalShell implements SystemShell {

    final boolean desktop;
    final List<Path> openedFolders = new ArrayList<>();
    final List<URI> browsed = new ArrayList<>();

    LocalShell(boolean desktop) {
        this.desktop = desktop;
    }

    @Override
    public boolean canOpenFolders() {
        return desktop;
    }

    @Override
    public void openFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString());
        }
        openedFolders.add(folder);
    }

    @Override
    public boolean canBrowse() {
        return desktop;
    }

    @Override
    public void browse(URI link) {
        browsed.add(link);
    }
}
