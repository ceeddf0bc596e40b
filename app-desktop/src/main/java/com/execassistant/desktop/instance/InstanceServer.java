package com.execassistant.desktop.instance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running app's side of "one app per workspace": it listens on a loopback-only port and, when a
 * second launch presents the token from the workspace's {@link InstanceFile}, runs {@code onShow}
 * (bring the window forward). Nothing listens beyond loopback; a wrong token is refused.
 */
public final class InstanceServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceServer.class);

    private final ServerSocket socket;
    private final InstanceFile file;
    private final Path workspaceRoot;
    private final Runnable onShow;
    private final Thread acceptor;

    private InstanceServer(
            ServerSocket socket, InstanceFile file, Path workspaceRoot, Runnable onShow) {
        this.socket = socket;
        this.file = file;
        this.workspaceRoot = workspaceRoot;
        this.onShow = onShow;
        this.acceptor = Thread.ofPlatform().daemon().name("app-instance").unstarted(this::serve);
    }

    /**
     * Listens and writes the workspace's instance file, replacing a stale one. Call only while
     * holding the workspace (its database lock), so two apps never both write it.
     */
    public static InstanceServer start(Path workspaceRoot, Runnable onShow) {
        try {
            ServerSocket s = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            InstanceFile f =
                    new InstanceFile(
                            s.getLocalPort(),
                            HexFormat.of().formatHex(secret),
                            ProcessHandle.current().pid());
            InstanceServer server = new InstanceServer(s, f, workspaceRoot, onShow);
            try {
                f.write(workspaceRoot);
            } catch (UncheckedIOException e) {
                s.close();
                throw e;
            }
            server.acceptor.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot listen for a second launch: " + e.getMessage(), e);
        }
    }

    /** The address listened on: always the loopback address. */
    public InetAddress address() {
        return socket.getInetAddress();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket c = socket.accept();
                // One idle connection must not hold up a real second launch behind it.
                Thread.ofVirtual().name("instance-request").start(() -> answer(c));
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.debug("The app's instance port stopped accepting: {}", e.getMessage());
                }
            }
        }
    }

    private void answer(Socket connection) {
        try (Socket c = connection) {
            c.setSoTimeout(InstanceProtocol.TIMEOUT_MILLIS);
            String line = InstanceProtocol.readLine(c.getInputStream());
            boolean accepted = line != null && accepts(line);
            if (accepted) {
                show();
            } else {
                LOG.warn("Refused a request on the app's instance port (wrong token)");
            }
            // Answered after onShow, so "ok" means the window has been asked to come forward.
            OutputStream out = c.getOutputStream();
            out.write(
                    ((accepted ? InstanceProtocol.OK : InstanceProtocol.REFUSED) + "\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            if (!socket.isClosed()) {
                LOG.debug("A request on the app's instance port failed: {}", e.getMessage());
            }
        }
    }

    private void show() {
        try {
            onShow.run();
        } catch (RuntimeException e) {
            // The app is still running: the second launch must not start a second engine anyway.
            LOG.error("Bringing the window forward failed", e);
        }
    }

    private boolean accepts(String line) {
        int space = line.lastIndexOf(' ');
        if (space < 0 || !InstanceProtocol.SHOW.equals(line.substring(space + 1))) {
            return false;
        }
        // Constant-time comparison: the time taken says nothing about how much of it was right.
        return MessageDigest.isEqual(
                line.substring(0, space).getBytes(StandardCharsets.US_ASCII),
                file.token().getBytes(StandardCharsets.US_ASCII));
    }

    /** Stops listening and removes the instance file, unless a later app already replaced it. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing the instance port: {}", e.getMessage());
        }
        file.deleteIfOurs(workspaceRoot);
    }
}
