package com.execassistant.desktop.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two apps on one workspace, for real: the second reaches the first over loopback. */
class InstanceHandOffTest {

    @TempDir Path workspace;
    private final AtomicInteger shown = new AtomicInteger();

    @Test
    void aSecondLaunchReachesTheRunningAppWhichShowsItsWindow() {
        try (InstanceServer first = InstanceServer.start(workspace, shown::incrementAndGet)) {
            assertThat(InstanceClient.showRunning(workspace))
                    .isEqualTo(InstanceClient.HandOff.SHOWN);
            assertThat(shown).hasValue(1);
        }
    }

    @Test
    void aSilentLocalConnectionDoesNotHoldUpASecondLaunch() throws Exception {
        try (InstanceServer first = InstanceServer.start(workspace, shown::incrementAndGet);
                java.net.Socket idle =
                        new java.net.Socket(InetAddress.getLoopbackAddress(), first.port())) {
            // The idle connection sends nothing; the second launch is answered regardless.
            assertThat(InstanceClient.showRunning(workspace))
                    .isEqualTo(InstanceClient.HandOff.SHOWN);
            assertThat(shown).hasValue(1);
            assertThat(idle.isConnected()).isTrue();
        }
    }

    @Test
    void withNoAppRunningThereIsNoOneToHandOverTo() {
        assertThat(InstanceClient.showRunning(workspace))
                .isEqualTo(InstanceClient.HandOff.NOT_RUNNING);
    }

    @Test
    void aStaleFileLeftByADeadAppIsIgnoredAndReplacedByTheNextApp() throws Exception {
        int deadPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = gone.getLocalPort();
        }
        new InstanceFile(deadPort, "old-token", ProcessHandle.current().pid()).write(workspace);
        assertThat(InstanceClient.showRunning(workspace))
                .isEqualTo(InstanceClient.HandOff.NOT_RUNNING);

        try (InstanceServer next = InstanceServer.start(workspace, shown::incrementAndGet)) {
            assertThat(InstanceFile.read(workspace).orElseThrow().port()).isEqualTo(next.port());
            assertThat(InstanceClient.showRunning(workspace))
                    .isEqualTo(InstanceClient.HandOff.SHOWN);
        }
        assertThat(shown).hasValue(1);
    }

    @Test
    void aFileWhoseProcessHasEndedIsNotContacted() throws Exception {
        Process p = new ProcessBuilder(javaBinary(), "-version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        try (InstanceServer running = InstanceServer.start(workspace, shown::incrementAndGet)) {
            String token = InstanceFile.read(workspace).orElseThrow().token();
            new InstanceFile(running.port(), token, p.pid()).write(workspace);

            assertThat(InstanceClient.showRunning(workspace))
                    .isEqualTo(InstanceClient.HandOff.NOT_RUNNING);
        }
        assertThat(shown).hasValue(0);
    }

    @Test
    void aWrongTokenIsRefusedAndShowsNothing() throws Exception {
        try (InstanceServer running = InstanceServer.start(workspace, shown::incrementAndGet)) {
            String reply = send(running.port(), "0123456789abcdef show\n");

            assertThat(reply).isEqualTo("refused");
        }
        assertThat(shown).hasValue(0);
    }

    @Test
    void aRequestWithTheRightTokenButNoCommandIsRefused() throws Exception {
        try (InstanceServer running = InstanceServer.start(workspace, shown::incrementAndGet)) {
            String token = InstanceFile.read(workspace).orElseThrow().token();

            assertThat(send(running.port(), token + "\n")).isEqualTo("refused");
        }
        assertThat(shown).hasValue(0);
    }

    @Test
    void theAppListensOnLoopbackOnly() {
        try (InstanceServer running = InstanceServer.start(workspace, shown::incrementAndGet)) {
            assertThat(running.address().isLoopbackAddress()).isTrue();
        }
    }

    @Test
    void theInstanceFileIsReadableByItsOwnerOnly() throws Exception {
        try (InstanceServer running = InstanceServer.start(workspace, shown::incrementAndGet)) {
            assertThat(
                            PosixFilePermissions.toString(
                                    Files.getPosixFilePermissions(InstanceFile.in(workspace))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void quittingRemovesTheInstanceFile() {
        InstanceServer.start(workspace, shown::incrementAndGet).close();

        assertThat(InstanceFile.in(workspace)).doesNotExist();
        assertThat(InstanceClient.showRunning(workspace))
                .isEqualTo(InstanceClient.HandOff.NOT_RUNNING);
    }

    @Test
    void quittingLeavesAFileThatANewerAppWrote() {
        InstanceServer old = InstanceServer.start(workspace, shown::incrementAndGet);
        try (InstanceServer newer = InstanceServer.start(workspace, shown::incrementAndGet)) {
            old.close();

            assertThat(InstanceFile.read(workspace).orElseThrow().port()).isEqualTo(newer.port());
        }
    }

    private static String send(int port, String line) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = s.getOutputStream();
            out.write(line.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return InstanceProtocol.readLine(s.getInputStream());
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
