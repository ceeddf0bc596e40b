package com.execassistant.desktop.instance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The one-line exchange between a second launch and the running app: the caller sends {@code
 * "<token> show"}, the app answers {@code ok} or {@code refused}. Lines are capped, so a stray
 * client cannot make the app read without end.
 */
final class InstanceProtocol {

    static final String SHOW = "show";
    static final String OK = "ok";
    static final String REFUSED = "refused";
    static final int TIMEOUT_MILLIS = 2_000;
    private static final int MAX_LINE = 256;

    private InstanceProtocol() {}

    /** One line of at most {@link #MAX_LINE} characters, or null at the end of the stream. */
    static String readLine(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = r.read()) != -1) {
            if (c == '\n') {
                return line.toString().strip();
            }
            if (line.length() >= MAX_LINE) {
                return null;
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString().strip();
    }
}
