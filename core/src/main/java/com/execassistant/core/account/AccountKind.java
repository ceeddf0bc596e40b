package com.execassistant.core.account;

import java.util.Locale;

/** The calendar providers an account can come from. */
public enum AccountKind {
    GOOGLE,
    ICS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AccountKind parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
