package com.execassistant.desktop.instance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** A second launch's side: asks the app already running on the workspace to show its window. */
public final class InstanceClient {

    /** What came of asking. */
    public enum HandOff {
        /** The running app took the request and brings its window forward. */
        SHOWN,
        /** No app answered: no instance file, a stale one, or a refusal. */
        NOT_RUNNING
    }

    private InstanceClient() {}

    /** Asks the app running on {@code workspaceRoot}, if any, to bring its window forward. */
    public static HandOff showRunning(Path workspaceRoot) {
        Optional<InstanceFile> found = InstanceFile.read(workspaceRoot);
        if (found.isEmpty() || found.get().processGone()) {
            return HandOff.NOT_RUNNING;
        }
        InstanceFile f = found.get();
        try (Socket s = new Socket()) {
            s.connect(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), f.port()),
                    InstanceProtocol.TIMEOUT_MILLIS);
            s.setSoTimeout(InstanceProtocol.TIMEOUT_MILLIS);
            OutputStream out = s.getOutputStream();
            out.write(
                    (f.token() + " " + InstanceProtocol.SHOW + "\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = InstanceProtocol.readLine(s.getInputStream());
            return InstanceProtocol.OK.equals(reply) ? HandOff.SHOWN : HandOff.NOT_RUNNING;
        } catch (IOException e) {
            // Nothing listening (the app died), or the port now belongs to something else.
            return HandOff.NOT_RUNNING;
        }
    }
}
