package com.execassistant.desktop.ui.materials;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * What the materials pane asks of the operating system: show a folder in the file manager, open a
 * link in the browser. Either may be missing (a server, a minimal desktop), so each has a check,
 * and the ViewModel says what to do instead. Both calls may block, so they run off the FX thread.
 */
public interface SystemShell {

    boolean canOpenFolders();

    void openFolder(Path folder) throws IOException;

    boolean canBrowse();

    void browse(URI link) throws IOException;
}
