package com.execassistant.desktop.ui.settings;

import java.net.URI;
import java.nio.file.Path;

/** Opens an address in the browser or a file in its editor; false when the system cannot. */
public interface Opener {

    boolean browse(URI address);

    boolean open(Path file);
}
