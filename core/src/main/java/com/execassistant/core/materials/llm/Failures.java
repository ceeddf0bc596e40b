package com.execassistant.core.materials.llm;

import com.execassistant.core.materials.MaterialsException;
import com.execassistant.core.materials.MaterialsException.Reason;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * The plain sentences LLM writers fail with. They are shown to the user in the materials' notices
 * (by the fallback), so they name the server but never a key, a prompt or a stack trace.
 */
public final class Failures {

    private Failures() {}

    public static MaterialsException timedOut(Duration limit) {
        return new MaterialsException(
                Reason.TIMED_OUT, "The AI writer timed out after " + words(limit) + ".");
    }

    public static MaterialsException unreachable(String server, Throwable cause) {
        return new MaterialsException(
                Reason.UNAVAILABLE, "The AI writer could not be reached at " + server + ".", cause);
    }

    public static MaterialsException unavailable(int status) {
        return new MaterialsException(
                Reason.UNAVAILABLE,
                "The AI writer is unavailable: its server answered HTTP " + status + ".");
    }

    public static MaterialsException invalid(String detail) {
        return new MaterialsException(
                Reason.INVALID_OUTPUT, "The AI writer's answer was unusable: " + detail + ".");
    }

    public static MaterialsException failed(String sentence, Throwable cause) {
        return new MaterialsException(Reason.FAILED, sentence, cause);
    }

    /** The failure for an exception from sending a request, found anywhere in its causes. */
    static MaterialsException ofTransport(Throwable error, String server, Duration limit) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return timedOut(limit);
            }
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException) {
                return unreachable(server, error);
            }
        }
        if (error instanceof IOException || error.getCause() instanceof IOException) {
            return new MaterialsException(
                    Reason.UNAVAILABLE,
                    "The AI writer's connection to " + server + " failed.",
                    error);
        }
        return failed("The AI writer failed while sending its request.", error);
    }

    /** "10 s", "300 ms", "1.5 s". */
    public static String words(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
