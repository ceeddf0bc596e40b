package com.execassistant.desktop.meeting;

/** A type choice that cannot be made; the message is a plain sentence for the user. */
public final class TypeChoiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TypeChoiceException(String message) {
        super(message);
    }
}
