package com.execassistant.core.chat;

/** A Q&A message that cannot be taken; the message is a plain sentence. */
public class ChatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChatException(String message) {
        super(message);
    }
}
