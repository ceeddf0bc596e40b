package com.execassistant.desktop.ui.settings;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;

/**
 * A connected account as the Settings page lists it.
 *
 * @param calendars for Google, the calendar ids read ("" = those selected in Google Calendar)
 */
public record AccountRow(
        String id, String label, boolean google, boolean active, String calendars) {

    static AccountRow of(Account a) {
        String chosen = a.setting("calendars");
        return new AccountRow(
                a.id(),
                a.label(),
                a.kind() == AccountKind.GOOGLE,
                a.active(),
                chosen == null ? "" : chosen);
    }

    /** One line: "google-1 - dana@example.com (Google, calendars: primary)". */
    public String text() {
        String kind = google ? "Google" : "ICS";
        String cal =
                google
                        ? ", calendars: "
                                + (calendars.isEmpty() ? "as selected in Google" : calendars)
                        : "";
        return id + " - " + label + " (" + kind + cal + ")" + (active ? "" : " [paused]");
    }
}
