package com.execassistant.desktop.accounts;

/** An account cannot be added or changed as asked; the message says why and what to do. */
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountException(String message) {
        super(message);
    }
}
