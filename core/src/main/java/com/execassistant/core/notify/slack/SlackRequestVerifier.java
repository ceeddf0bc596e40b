package com.execassistant.core.notify.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that an HTTP request really comes from Slack (signing secret, v0 scheme): the {@code
 * X-Slack-Signature} header must be {@code v0=} and the hex HMAC-SHA256 of {@code
 * v0:<X-Slack-Request-Timestamp>:<raw body>}, and the timestamp within five minutes of now, so a
 * captured request cannot be replayed later. For the cloud backend's HTTPS endpoints; Socket Mode
 * needs no signature.
 */
public final class SlackRequestVerifier {

    /** How far a request's timestamp may be from now. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** Why a request was accepted or refused. */
    public enum Verdict {
        VALID,
        MISSING,
        STALE,
        BAD_SIGNATURE
    }

    private final byte[] secret;
    private final Clock clock;

    public SlackRequestVerifier(String signingSecret, Clock clock) {
        Objects.requireNonNull(signingSecret, "signingSecret");
        if (signingSecret.isBlank()) {
            throw new IllegalArgumentException("The Slack signing secret is empty.");
        }
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The verdict for a request's timestamp header, raw body and signature header. */
    public Verdict check(String timestamp, String body, String signature) {
        if (timestamp == null || body == null || signature == null) {
            return Verdict.MISSING;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Verdict.MISSING;
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (skew > MAX_AGE.toSeconds()) {
            return Verdict.STALE;
        }
        byte[] expected = sign(timestamp.trim(), body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
        // Constant time, so the comparison does not leak how many leading characters matched.
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
    }

    public boolean isValid(String timestamp, String body, String signature) {
        return check(timestamp, body, signature) == Verdict.VALID;
    }

    /** The {@code v0=...} signature of a body at a timestamp. */
    String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest =
                    mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
