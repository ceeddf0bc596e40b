package com.execassistant.desktop.ui.materials;

import com.execassistant.desktop.ui.app.Failures;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/** Why an export failed, as one sentence that says what to do; never a stack trace. */
final class ExportFailures {

    private ExportFailures() {}

    static String sentence(Path target, Throwable e) {
        String where = String.valueOf(target);
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof MaterialsExport.MissingMaterialsException) {
            return "The materials are no longer on disk (old materials are cleaned up); "
                    + "prep the meeting again to get new ones.";
        }
        if (m.contains("no space left") || m.contains("not enough space") || m.contains("quota")) {
            return "There is not enough free space to export to "
                    + where
                    + ". Free some space or choose another place; nothing was written.";
        }
        if (e instanceof AccessDeniedException
                || e instanceof ReadOnlyFileSystemException
                || m.contains("read-only file system")
                || m.contains("permission denied")) {
            return "You may not write to "
                    + where
                    + ". Choose a place you can write to; nothing was written.";
        }
        if (e instanceof NotDirectoryException || m.contains("not a directory")) {
            return where + " is not a folder. Choose a folder to export into; nothing was written.";
        }
        if (e instanceof NoSuchFileException) {
            return "The folder for " + where + " no longer exists. Choose another place.";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return "The materials could not be exported to "
                    + where
                    + ": "
                    + fs.getReason().strip()
                    + ". Nothing was written.";
        }
        return Failures.sentence("The materials could not be exported to " + where, e);
    }
}
