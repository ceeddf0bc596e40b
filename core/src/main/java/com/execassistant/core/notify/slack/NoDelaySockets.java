package com.execassistant.core.notify.slack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Sockets with Nagle's algorithm off, for the Slack client. A request larger than one TCP segment
 * (a digest's blocks, an upload) otherwise holds its last segment until the previous one is
 * acknowledged, and servers delay that acknowledgement by up to 40 ms: measured at 45-55 ms per
 * digest message. The client writes whole requests, so sending each segment at once costs nothing.
 */
final class NoDelaySockets extends SocketFactory {

    @Override
    public Socket createSocket() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        return s;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
            throws IOException {
        return connected(
                new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(
            InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(
                new InetSocketAddress(address, port),
                new InetSocketAddress(localAddress, localPort));
    }

    private Socket connected(InetSocketAddress to, InetSocketAddress from) throws IOException {
        Socket s = createSocket();
        if (from != null) {
            s.bind(from);
        }
        s.connect(to);
        return s;
    }
}
