package com.execassistant.core.notify.slack;

import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode server on loopback: greets each connection with {@code hello}, sends the
 * envelopes a test gives it to the newest connection, and collects what the client sends back
 * (acknowledgements). Waits are bounded so a broken client fails the test instead of hanging it.
 */
public final class FakeSocketMode extends WebSocketServer {

    public static final long WAIT_SECONDS = 20;

    private final CountDownLatch started = new CountDownLatch(1);
    private final BlockingQueue<WebSocket> opened = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile WebSocket current;

    public FakeSocketMode() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    /** Starts listening; returns the ws:// address apps.connections.open should hand out. */
    public String begin() throws InterruptedException {
        start();
        if (!started.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("the fake Socket Mode server did not start");
        }
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=test";
    }

    /** Waits for the client's next connection. */
    public void awaitConnection() throws InterruptedException {
        if (opened.poll(WAIT_SECONDS, TimeUnit.SECONDS) == null) {
            throw new AssertionError("the client did not connect");
        }
    }

    public int connectionCount() {
        return connections.get();
    }

    public void sendEnvelope(String json) {
        current.send(json);
    }

    /** Drops the live connection, as Slack does now and then. */
    public void dropConnection() {
        current.close(1001, "dropped by the test");
    }

    /** The next text the client sent (an acknowledgement), or a failure after the wait. */
    public String nextReceived() throws InterruptedException {
        String message = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("the client sent nothing back");
        }
        return message;
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        connections.incrementAndGet();
        current = conn;
        conn.send(
                "{\"type\":\"hello\",\"num_connections\":1,"
                        + "\"connection_info\":{\"app_id\":\"A0APP\"},"
                        + "\"debug_info\":{\"host\":\"fake\"}}");
        opened.add(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    public void shutdown() throws InterruptedException {
        stop(1000);
    }
}
