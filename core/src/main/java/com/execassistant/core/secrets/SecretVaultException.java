package com.execassistant.core.secrets;

/** The secret vault could not be read or written; the message is a plain sentence for the user. */
public class SecretVaultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretVaultException(String message) {
        super(message);
    }

    public SecretVaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
