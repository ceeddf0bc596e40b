package com.execassistant.desktop.notify.sms;

/** The SMS settings are unusable (a malformed phone number, region or sender id). */
public class SmsSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public SmsSettingsException(String message) {
        super(message);
    }
}
