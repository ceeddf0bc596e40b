package com.execassistant.desktop.prep.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads prep.yaml: the defaults shipped in the app, then the workspace's file over them key by key.
 * Anything wrong stops with one message naming the file, the line and the fix.
 */
public final class PrepConfigLoader {

    public static final String FILE = "prep.yaml";
    private static final Set<String> CHANNELS = Set.of("tray", "slack", "sms");
    private static final Set<String> THEMES = Set.of("system", "light", "dark");
    private static final Set<String> WRITERS = Set.of("template", "openai", "bedrock");
    private static final List<String> DAYS =
            List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private PrepConfigLoader() {}

    /** The defaults, overridden by {@code <workspace>/config/prep.yaml} when it exists. */
    public static PrepConfig load(Path workspace) {
        PrepConfig config = defaults();
        Path file = workspace == null ? null : workspace.resolve("config").resolve(FILE);
        if (file != null && Files.exists(file)) {
            try {
                YAML.setDefaultMergeable(true);
                config = YAML.readerForUpdating(config).readValue(file.toFile());
            } catch (IOException e) {
                throw problem(file.toString(), e);
            }
            validate(config, file.toString());
        }
        return config;
    }

    /**
     * The defaults overridden by {@code file}, read and validated like the workspace's own file;
     * used to check a file before it replaces prep.yaml.
     */
    public static PrepConfig loadFile(Path file, String shownAs) {
        PrepConfig config = defaults();
        try {
            YAML.setDefaultMergeable(true);
            config = YAML.readerForUpdating(config).readValue(file.toFile());
        } catch (IOException e) {
            throw problem(shownAs, e);
        }
        validate(config, shownAs);
        return config;
    }

    static PrepConfig defaults() {
        try (InputStream in = PrepConfigLoader.class.getResourceAsStream("/config/" + FILE)) {
            if (in == null) {
                return new PrepConfig();
            }
            PrepConfig c = YAML.readValue(in, PrepConfig.class);
            validate(c, "the built-in " + FILE);
            return c;
        } catch (IOException e) {
            throw problem("the built-in " + FILE, e);
        }
    }

    private static PrepConfigException problem(String file, IOException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return new PrepConfigException(
                    "Invalid configuration in "
                            + file
                            + " at line "
                            + line(u)
                            + ": unknown key \""
                            + u.getPropertyName()
                            + "\". Fix: use one of "
                            + u.getKnownPropertyIds()
                            + ".");
        }
        if (e instanceof JsonMappingException m) {
            return new PrepConfigException(
                    "Invalid configuration in "
                            + file
                            + " at line "
                            + line(m)
                            + ": "
                            + m.getOriginalMessage().split("\n")[0]
                            + ". Fix: give the value the type shown in the default prep.yaml.");
        }
        if (e instanceof JsonProcessingException p) {
            return new PrepConfigException(
                    "Invalid configuration in "
                            + file
                            + " at line "
                            + line(p)
                            + ": the YAML cannot be read ("
                            + p.getOriginalMessage().split("\n")[0]
                            + "). Fix: check the indentation and quotes there.");
        }
        return new PrepConfigException("Cannot read " + file + ": " + e.getMessage());
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    static void validate(PrepConfig c, String file) {
        for (String ch : c.notifications.channels) {
            require(
                    CHANNELS.contains(ch),
                    file,
                    "notifications.channels has \"" + ch + "\"",
                    "use tray, slack or sms");
        }
        require(
                WRITERS.contains(c.materials.writer),
                file,
                "materials.writer is \"" + c.materials.writer + "\"",
                "use template, openai or bedrock");
        require(
                THEMES.contains(c.appearance.theme),
                file,
                "appearance.theme is \"" + c.appearance.theme + "\"",
                "use system, light or dark");
        require(
                c.chat.timeout_hours > 0,
                file,
                "chat.timeout_hours must be positive",
                "set a number of hours such as 24");
        require(
                c.chat.snooze_minutes > 0,
                file,
                "chat.snooze_minutes must be positive",
                "set a number of minutes such as 60");
        require(
                c.materials.time_limit_seconds > 0,
                file,
                "materials.time_limit_seconds must be positive",
                "set e.g. 10");
        require(
                c.materials.retention_days > 0,
                file,
                "materials.retention_days must be positive",
                "set e.g. 30");
        require(
                c.context.time_limit_seconds > 0,
                file,
                "context.time_limit_seconds must be positive",
                "set e.g. 5");
        require(
                c.retries.max_attempts > 0,
                file,
                "retries.max_attempts must be at least 1",
                "set e.g. 5");
        require(
                c.retries.base_delay_seconds > 0 && c.retries.max_delay_minutes > 0,
                file,
                "retry delays must be positive",
                "set base_delay_seconds and max_delay_minutes above 0");
        LocalTime start = time(c.working_hours.start, file, "working_hours.start");
        LocalTime end = time(c.working_hours.end, file, "working_hours.end");
        require(
                end.isAfter(start),
                file,
                "working_hours.end is not after working_hours.start",
                "e.g. start \"08:00\", end \"18:00\"");
        for (String d : c.working_hours.days) {
            require(
                    DAYS.contains(d),
                    file,
                    "working_hours.days has \"" + d + "\"",
                    "use " + String.join(", ", DAYS));
        }
        if (!c.working_hours.time_zone.isBlank()) {
            try {
                ZoneId.of(c.working_hours.time_zone);
            } catch (DateTimeException e) {
                throw fail(
                        file,
                        "working_hours.time_zone \""
                                + c.working_hours.time_zone
                                + "\" is not a time zone",
                        "use a name like Europe/Berlin, or leave it empty");
            }
        }
    }

    private static LocalTime time(String value, String file, String key) {
        try {
            return LocalTime.parse(value);
        } catch (DateTimeException e) {
            throw fail(
                    file,
                    key + " \"" + value + "\" is not a time",
                    "write it as HH:MM, e.g. \"08:00\"");
        }
    }

    private static void require(boolean ok, String file, String what, String fix) {
        if (!ok) {
            throw fail(file, what, fix);
        }
    }

    private static PrepConfigException fail(String file, String what, String fix) {
        return new PrepConfigException(
                "Invalid configuration in " + file + ": " + what + ". Fix: " + fix + ".");
    }

    /** The working days as java.time days. */
    public static Set<java.time.DayOfWeek> days(PrepConfig c) {
        return c.working_hours.days.stream()
                .map(d -> java.time.DayOfWeek.of(DAYS.indexOf(d) + 1))
                .collect(Collectors.toSet());
    }
}
