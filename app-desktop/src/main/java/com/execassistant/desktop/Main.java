package com.execassistant.desktop;

import com.execassistant.desktop.cli.ExecAssistantCommand;

/** Entry point of the launcher: the headless CLI with a subcommand, the desktop app without. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(ExecAssistantCommand.run(args, System.out, System.err, System.in));
    }
}
