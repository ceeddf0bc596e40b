package com.execassistant.core.calendar.ics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Reads the test corpus under src/test/resources/ics and expands it. */
final class IcsCorpus {

    /** The zone of floating times in tests: deliberately not the JVM's or any file's zone. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Chicago");

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static final String OWNER = "exec@example.com";

    private IcsCorpus() {}

    static String text(String file) {
        try (InputStream in = IcsCorpus.class.getResourceAsStream("/ics/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Expands a corpus file over [from, to), both UTC midnights. */
    static IcsExpansion expand(String file, String from, String to) {
        return new IcsExpander(DEFAULT_ZONE, OWNER)
                .expand(text(file), file, utcMidnight(from), utcMidnight(to));
    }

    static Instant utcMidnight(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
