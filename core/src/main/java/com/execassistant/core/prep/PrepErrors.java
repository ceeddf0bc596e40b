package com.execassistant.core.prep;

/** Turns a step's failure into the plain sentence kept on the run and shown to the user. */
final class PrepErrors {

    private PrepErrors() {}

    static String plain(Throwable e) {
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? "Unexpected " + e.getClass().getSimpleName() : msg;
    }
}
