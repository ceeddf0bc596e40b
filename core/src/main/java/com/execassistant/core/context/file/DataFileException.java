package com.execassistant.core.context.file;

import com.execassistant.core.context.ContextSourceException;

/**
 * A context data file is missing, unreadable or malformed. The message names the file and, when
 * known, the line: "budget.yaml line 4: 'planned' must be a number, not 'abc'".
 */
public class DataFileException extends ContextSourceException {

    public DataFileException(String fileName, int line, String problem) {
        super(fileName + " line " + line + ": " + problem);
    }

    public DataFileException(String fileName, String problem) {
        super(fileName + " " + problem);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The folder has no file of that name. */
    public static DataFileException missing(String fileName) {
        return new DataFileException(
                "no data file " + fileName + " in the workspace", (Throwable) null);
    }
}
