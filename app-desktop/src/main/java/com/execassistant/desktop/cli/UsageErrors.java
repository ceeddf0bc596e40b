package com.execassistant.desktop.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Bad arguments: one line saying what is wrong, the command's synopsis, exit code 2. */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    static final int USAGE = 2;

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("error: " + firstLine(ex.getMessage()));
        err.print("usage: " + cl.getHelp().synopsis(0));
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more.");
        err.flush();
        return USAGE;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid arguments";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
