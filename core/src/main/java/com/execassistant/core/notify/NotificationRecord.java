package com.execassistant.core.notify;

import java.time.Instant;

/**
 * One attempt to deliver one notification on one channel.
 *
 * @param tag distinguishes deliberate repeats of a purpose (a snoozed prep asked again); usually
 *     empty
 * @param reference what the channel returned (message id), for SENT
 * @param error the plain reason, for FAILED
 */
public record NotificationRecord(
        String runId,
        Purpose purpose,
        String tag,
        Channel channel,
        Outcome outcome,
        String reference,
        String error,
        Instant at) {

    /** How the attempt ended. PENDING is written before sending, so a crash leaves a trace. */
    public enum Outcome {
        PENDING,
        SENT,
        FAILED
    }
}
