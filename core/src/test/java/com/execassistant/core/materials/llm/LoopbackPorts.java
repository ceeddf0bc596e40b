package com.execassistant.core.materials.llm;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A loopback address nothing listens on, for connection-refused tests. */
public final class LoopbackPorts {

    private LoopbackPorts() {}

    /** {@code http://127.0.0.1:<port>} of a port that was free a moment ago. */
    public static String closedBaseUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
