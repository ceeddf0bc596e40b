package com.execassistant.core.materials;

import java.util.Objects;

/** A materials writer could not produce valid materials; the message is a plain sentence. */
public class MaterialsException extends Exception {

    /** Why a writer failed, so that a fallback can record it. */
    public enum Reason {
        UNAVAILABLE,
        TIMED_OUT,
        INVALID_OUTPUT,
        FAILED
    }

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public MaterialsException(Reason reason, String message) {
        this(reason, message, null);
    }

    public MaterialsException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
