package com.execassistant.desktop.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A command that fails prints one plain sentence and exits 1; the stack trace only with {@code
 * --debug}. {@link UserError} carries its own exit code (2 for bad input).
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    private final ExecAssistantCommand root;

    Failures(ExecAssistantCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(
            Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (root.debug()) {
            ex.printStackTrace(err);
        }
        err.println("error: " + sentence(ex));
        err.flush();
        return ex instanceof UserError u ? u.exitCode() : 1;
    }

    static String sentence(Throwable ex) {
        String msg = ex.getMessage();
        if (msg == null || msg.isBlank()) {
            return "Something went wrong ("
                    + ex.getClass().getSimpleName()
                    + "). Run again with --debug for details.";
        }
        return msg;
    }
}
