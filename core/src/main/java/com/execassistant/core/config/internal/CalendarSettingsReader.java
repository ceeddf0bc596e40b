package com.execassistant.core.config.internal;

import com.execassistant.core.config.CalendarSettings;
import com.execassistant.core.config.CalendarSettings.Google;
import com.execassistant.core.config.CalendarSettings.Ics;
import com.execassistant.core.config.CalendarSettings.RateLimits;
import com.execassistant.core.config.CalendarSettings.Retry;
import com.execassistant.core.config.CalendarSettings.Sync;
import com.execassistant.core.config.internal.Section.Located;
import com.execassistant.core.config.internal.YamlNode.Entry;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;

/** Validates a calendar.yaml tree (defaults with the user's settings laid over) and reads it. */
public final class CalendarSettingsReader {

    private CalendarSettingsReader() {}

    public static CalendarSettings read(YamlNode root) {
        Section top = Section.of(root, root.location(), "at the top of the file", "sync:");
        top.allowOnly(List.of("providers", "sync", "rate_limits", "retry"));
        Section providers = section(top, "providers", "google: and ics:");
        providers.allowOnly(List.of("google", "ics"));
        return new CalendarSettings(
                google(section(providers, "google", "scopes: [...]")),
                ics(section(providers, "ics", "timeout_seconds: 30")),
                sync(section(top, "sync", "days_ahead: 14")),
                new RateLimits(rateLimit(section(top, "rate_limits", "requests_per_minute: 100"))),
                retry(section(top, "retry", "max_attempts: 5")));
    }

    private static Section section(Section parent, String key, String example) {
        Entry e = parent.required(key, key + ": with " + example + " below it");
        return Section.of(e.value(), e.keyLocation(), "under " + key, example);
    }

    private static Google google(Section s) {
        s.allowOnly(List.of("scopes", "api_root_url", "auth_url", "token_url", "calendar_ids"));
        List<String> scopes =
                strings(
                        s,
                        "scopes",
                        "scopes: [\"https://www.googleapis.com/auth/calendar.readonly\"]");
        if (scopes.isEmpty()) {
            throw Section.fail(
                    s.required("scopes", "").keyLocation(),
                    "scopes " + s.where() + " is empty",
                    "list at least https://www.googleapis.com/auth/calendar.readonly");
        }
        URI root = url(s, "api_root_url");
        if (!root.toString().endsWith("/")) {
            // The Google client joins paths onto the root URL and needs the trailing slash.
            root = URI.create(root + "/");
        }
        return new Google(
                scopes,
                root,
                url(s, "auth_url"),
                url(s, "token_url"),
                strings(s, "calendar_ids", "calendar_ids: [primary]"));
    }

    private static Ics ics(Section s) {
        s.allowOnly(List.of("timeout_seconds", "max_size_mb"));
        int timeout = integer(s, "timeout_seconds", 1, 3600, "seconds");
        int maxMb = integer(s, "max_size_mb", 1, 1024, "megabytes");
        return new Ics(Duration.ofSeconds(timeout), maxMb * 1024L * 1024L);
    }

    private static Sync sync(Section s) {
        s.allowOnly(List.of("days_ahead", "days_behind", "interval_hours"));
        return new Sync(
                integer(s, "days_ahead", 1, 366, "days"),
                integer(s, "days_behind", 0, 366, "days"),
                Duration.ofHours(integer(s, "interval_hours", 1, 24 * 7, "hours")));
    }

    private static int rateLimit(Section s) {
        s.allowOnly(List.of("requests_per_minute"));
        return integer(s, "requests_per_minute", 1, 100_000, "requests");
    }

    private static Retry retry(Section s) {
        s.allowOnly(List.of("max_attempts", "base_delay_ms", "max_delay_ms"));
        int attempts = integer(s, "max_attempts", 1, 20, "attempts");
        int base = integer(s, "base_delay_ms", 1, 600_000, "milliseconds");
        Entry maxEntry = s.required("max_delay_ms", "max_delay_ms: 30000");
        int max = Section.integer(maxEntry, s.where(), 1, 3_600_000, "milliseconds");
        if (max < base) {
            throw Section.fail(
                    maxEntry.value().location(),
                    "max_delay_ms "
                            + s.where()
                            + " ("
                            + max
                            + ") is smaller than base_delay_ms ("
                            + base
                            + ")",
                    "make max_delay_ms at least as large as base_delay_ms");
        }
        return new Retry(attempts, Duration.ofMillis(base), Duration.ofMillis(max));
    }

    private static int integer(Section s, String key, int min, int max, String unit) {
        return Section.integer(
                s.required(key, key + ": " + Math.max(min, 1)), s.where(), min, max, unit);
    }

    private static List<String> strings(Section s, String key, String example) {
        return Section.texts(s.required(key, example), s.where()).stream()
                .map(Located::text)
                .toList();
    }

    private static URI url(Section s, String key) {
        Entry e = s.required(key, key + ": \"https://...\"");
        String text = Section.text(e.value(), key + " " + s.where());
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (uri.getHost() != null && ("https".equals(scheme) || "http".equals(scheme))) {
                return uri;
            }
        } catch (URISyntaxException e2) {
            // reported below, in the same words as a URL without a scheme or host
        }
        throw Section.fail(
                e.value().location(),
                key + " " + s.where() + " is not a web address (\"" + text + "\")",
                "write a full address starting with https://, e.g. https://www.googleapis.com/");
    }
}
