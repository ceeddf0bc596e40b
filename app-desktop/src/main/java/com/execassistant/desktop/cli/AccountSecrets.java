package com.execassistant.desktop.cli;

import com.execassistant.core.calendar.google.GoogleCredentialStore;
import com.execassistant.desktop.sync.CalendarSources;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.net.URI;

/** The secret side of accounts: what goes into the vault, and how addresses are shown. */
final class AccountSecrets {

    private AccountSecrets() {}

    static void forget(LocalRuntime rt, String accountId) {
        rt.sources().vault().remove(CalendarSources.icsSourceKey(accountId));
        new GoogleCredentialStore(rt.sources().vault()).remove(accountId);
    }

    /**
     * A label for an ICS source that does not give its secret away: a file name as it is, a web
     * address as scheme, host and the last path segment's name shortened.
     */
    static String icsLabel(String source) {
        if (!source.contains("://")) {
            return source;
        }
        try {
            URI uri = URI.create(source.trim());
            return uri.getScheme() + "://" + uri.getHost() + "/…";
        } catch (IllegalArgumentException e) {
            return "calendar feed";
        }
    }
}
