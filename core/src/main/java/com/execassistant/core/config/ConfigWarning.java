package com.execassistant.core.config;

/**
 * Something in a configuration file that works but is probably not what the user meant, such as the
 * same keyword under two meeting types (the first type in the file always wins it).
 *
 * @param file the file as the user knows it
 * @param line 1-based line, or 0 when unknown
 * @param message one plain sentence
 */
public record ConfigWarning(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? " line " + line : "") + ": " + message;
    }
}
