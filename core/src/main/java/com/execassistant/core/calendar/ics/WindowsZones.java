package com.execassistant.core.calendar.ics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Windows time-zone names to IANA zones. Outlook and Exchange write TZIDs such as "Eastern Standard
 * Time", which the time-zone database does not know; the JDK has no public mapping, so the CLDR
 * table ships as a resource.
 */
final class WindowsZones {

    private static final Map<String, ZoneId> ZONES = load();

    private WindowsZones() {}

    /** The IANA zone for a Windows name, ignoring case and surrounding blanks. */
    static Optional<ZoneId> lookup(String windowsName) {
        return Optional.ofNullable(ZONES.get(key(windowsName)));
    }

    /** Every mapped Windows name, for checking the table. */
    static Map<String, ZoneId> all() {
        return Map.copyOf(ZONES);
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, ZoneId> load() {
        Map<String, ZoneId> zones = new HashMap<>();
        try (InputStream in = WindowsZones.class.getResourceAsStream("windows-zones.txt");
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int eq = line.lastIndexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                try {
                    zones.put(key(line.substring(0, eq)), ZoneId.of(line.substring(eq + 1).trim()));
                } catch (DateTimeException e) {
                    // An older JDK's time-zone data may lack a newer zone; that name stays
                    // unmapped.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the Windows time-zone table cannot be read", e);
        }
        return zones;
    }
}
