package com.execassistant.core.account;

import java.util.Map;
import java.util.Objects;

/**
 * A connected calendar account. Secrets are never kept here: they live encrypted in the vault,
 * keyed by the account id.
 *
 * @param id short stable id chosen when the account is added (e.g. "google-1", "ics-2")
 * @param kind which source reads it
 * @param label what the user sees (an email address, a file name, a URL without its secret)
 * @param ownerEmail the user's own address in this calendar, to recognise their responses
 * @param settings kind-specific, non-secret settings (ICS source, calendar ids)
 * @param active whether the monitor reads it
 */
public record Account(
        String id,
        AccountKind kind,
        String label,
        String ownerEmail,
        Map<String, String> settings,
        boolean active) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    public String setting(String key) {
        return settings.get(key);
    }
}
