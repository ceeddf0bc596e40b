package com.execassistant.desktop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.desktop.cli.ExecAssistantCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The tests run with java.awt.headless=true, as a server or an SSH session without X would. */
class DesktopLaunchWithoutDisplayTest {

    // A workspace of its own: an app the developer has open on the default one would answer.
    @org.junit.jupiter.api.io.TempDir java.nio.file.Path workspace;

    @Test
    void noCommandWithoutADisplaySaysSoShowsTheUsageAndExitsZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code =
                ExecAssistantCommand.run(
                        new String[] {"--workspace", workspace.toString()},
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        new ByteArrayInputStream(new byte[0]));

        assertThat(code).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst())
                .hasValue(
                        "No display here, so the desktop app cannot open; the commands below work"
                                + " without one.");
        assertThat(text).contains("Usage: exec-assistant");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aHeadlessJvmCannotOpenAWindow() {
        assertThat(DesktopLauncher.canOpenWindow()).isFalse();
    }
}
