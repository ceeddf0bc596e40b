package com.execassistant.desktop.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.desktop.instance.InstanceServer;
import com.execassistant.desktop.ui.app.DesktopBackend;
import com.execassistant.desktop.ui.app.DesktopLauncher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One engine per workspace, as the command line sees it while the app is open. */
class SecondLaunchTest {

    @TempDir Path workspace;

    @Test
    void launchingTheAppAgainBringsTheOpenOneForwardAndExitsZero() {
        AtomicInteger shown = new AtomicInteger();
        try (InstanceServer app = InstanceServer.start(workspace, shown::incrementAndGet)) {
            Cli second = Cli.run("--workspace", workspace.toString());

            assertThat(second.exitCode()).isZero();
            assertThat(second.out().strip()).isEqualTo(DesktopLauncher.ALREADY_OPEN);
            assertThat(second.err()).isEmpty();
            assertThat(shown).hasValue(1);
        }
    }

    @Test
    void runRefusesToStartOnAWorkspaceTheAppHoldsAndSaysSo() throws Exception {
        // H2's lock is per process (one JVM shares an open database), so `run` is a child JVM.
        try (DesktopBackend app = DesktopBackend.open(workspace, Clock.systemUTC())) {
            Process run =
                    new ProcessBuilder(
                                    Path.of(System.getProperty("java.home"), "bin", "java")
                                            .toString(),
                                    "-Djava.awt.headless=true",
                                    "-cp",
                                    System.getProperty("java.class.path"),
                                    "com.execassistant.desktop.Main",
                                    "--workspace",
                                    workspace.toString(),
                                    "run")
                            .redirectErrorStream(true)
                            .start();
            run.getOutputStream().close();
            // Bounded only so that a broken lock fails the test instead of running forever.
            boolean ended = run.waitFor(2, TimeUnit.MINUTES);
            if (!ended) {
                run.destroyForcibly().waitFor();
            }
            String printed = new String(run.getInputStream().readAllBytes(), UTF_8);

            assertThat(ended).as("run stopped by itself; it printed: %s", printed).isTrue();
            assertThat(run.exitValue()).isEqualTo(1);
            assertThat(printed)
                    .contains("in use by another Exec Assistant process (the app or 'run')")
                    .doesNotContain("Running on");
        }
    }
}
