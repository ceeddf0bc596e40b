package com.execassistant.desktop;

import com.execassistant.desktop.cli.ExecAssistantCommand;

/** Entry point of the launcher: the headless CLI with a subcommand, the desktop app without. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--debug")) {
            // Before any logger exists: slf4j-simple reads its level once.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        System.exit(ExecAssistantCommand.run(args, System.out, System.err, System.in));
    }
}
