package com.execassistant.desktop.ui.app;

/** Turns a failure from the runtime into one sentence a user can act on; never a stack trace. */
public final class Failures {

    private Failures() {}

    public static String sentence(String whatFailed, Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return whatFailed + ". Try again; if it keeps failing, restart the app.";
        }
        String first = m.lines().findFirst().orElse(m).trim();
        return whatFailed + ": " + (first.endsWith(".") ? first : first + ".");
    }
}
