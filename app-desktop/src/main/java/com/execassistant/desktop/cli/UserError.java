package com.execassistant.desktop.cli;

/** A failure caused by what the user asked for, with the exit code to return. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    static UserError badInput(String message) {
        return new UserError(message, UsageErrors.USAGE);
    }

    int exitCode() {
        return exitCode;
    }
}
