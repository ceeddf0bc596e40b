package com.execassistant.core.config;

import com.execassistant.core.config.internal.CalendarSettingsReader;
import com.execassistant.core.config.internal.MeetingTypesReader;
import com.execassistant.core.config.internal.Section;
import com.execassistant.core.config.internal.TreeMerge;
import com.execassistant.core.config.internal.YamlNode;
import com.execassistant.core.config.internal.YamlNode.MapNode;
import com.execassistant.core.config.internal.YamlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads the configuration: the built-in defaults shipped on the classpath under {@code config/},
 * and the user's files in {@code <workspace>/config/} when they exist.
 *
 * <p>A user's meeting_types.yaml replaces the built-in one whole, because the order of the types is
 * their precedence and a user must be able to remove a type. A user's calendar.yaml is laid over
 * the built-in one key by key, so it only needs the settings that differ.
 */
public final class ConfigLoader {

    public static final String MEETING_TYPES_FILE = "meeting_types.yaml";
    public static final String CALENDAR_FILE = "calendar.yaml";

    private final Path overrideDirectory;

    private ConfigLoader(Path overrideDirectory) {
        this.overrideDirectory = overrideDirectory;
    }

    /** Only the built-in defaults. */
    public static ConfigLoader builtIn() {
        return new ConfigLoader(null);
    }

    /** The defaults, overridden by the files in {@code workspace/config/} that exist. */
    public static ConfigLoader forWorkspace(Path workspace) {
        return new ConfigLoader(workspace.resolve("config"));
    }

    /** Where the user's files are looked for, if anywhere. */
    public Optional<Path> overrideDirectory() {
        return Optional.ofNullable(overrideDirectory);
    }

    /**
     * Reads and validates everything.
     *
     * @throws ConfigException at the first problem, naming the file, line and fix
     */
    public Configuration load() {
        List<ConfigWarning> warnings = new ArrayList<>();
        ConfigText types =
                userFile(MEETING_TYPES_FILE).orElseGet(() -> builtInFile(MEETING_TYPES_FILE));
        MeetingTypes meetingTypes =
                MeetingTypesReader.read(
                        types.name(), YamlTreeReader.read(types.name(), types.text()), warnings);
        return new Configuration(meetingTypes, calendar(), warnings);
    }

    /**
     * Reads meeting types from YAML text, as a user's meeting_types.yaml would be read.
     *
     * @param fileName the name shown in error messages
     * @throws ConfigException when the text is not a valid meeting_types.yaml
     */
    public static MeetingTypes meetingTypesFromYaml(String fileName, String yaml) {
        return MeetingTypesReader.read(
                fileName, YamlTreeReader.read(fileName, yaml), new ArrayList<>());
    }

    private CalendarSettings calendar() {
        ConfigText defaults = builtInFile(CALENDAR_FILE);
        YamlNode base = YamlTreeReader.read(defaults.name(), defaults.text());
        if (!(base instanceof MapNode baseMap)) {
            throw new ConfigException(
                    defaults.name(),
                    0,
                    0,
                    "the built-in file is damaged",
                    "reinstall the application");
        }
        Optional<ConfigText> user = userFile(CALENDAR_FILE);
        if (user.isEmpty()) {
            return CalendarSettingsReader.read(baseMap);
        }
        YamlNode override = YamlTreeReader.read(user.get().name(), user.get().text());
        if (override == null) {
            // A file with only comments changes nothing; users comment settings out this way.
            return CalendarSettingsReader.read(baseMap);
        }
        if (!(override instanceof MapNode overrideMap)) {
            throw Section.fail(
                    override.location(),
                    "the file must hold settings as keys, but it is " + override.describe(),
                    "write only the settings that differ from the defaults, e.g. 'sync:' and"
                            + " below it '  days_ahead: 30'");
        }
        return CalendarSettingsReader.read(TreeMerge.merge(baseMap, overrideMap));
    }

    private Optional<ConfigText> userFile(String fileName) {
        if (overrideDirectory == null) {
            return Optional.empty();
        }
        Path path = overrideDirectory.resolve(fileName);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        String name = path.toAbsolutePath().normalize().toString();
        if (!Files.isRegularFile(path)) {
            throw new ConfigException(
                    name,
                    0,
                    0,
                    "this is not a regular file",
                    "replace it with a YAML file or remove it");
        }
        try {
            return Optional.of(
                    new ConfigText(name, Files.readString(path, StandardCharsets.UTF_8)));
        } catch (CharacterCodingException e) {
            throw new ConfigException(
                    name, "the file is not UTF-8 text", "save it with UTF-8 encoding", e);
        } catch (IOException e) {
            throw new ConfigException(
                    name,
                    "the file cannot be read (" + e.getMessage() + ")",
                    "check that it exists and that you may read it",
                    e);
        }
    }

    private static ConfigText builtInFile(String fileName) {
        String name = "built-in config/" + fileName;
        try (InputStream in =
                ConfigLoader.class.getClassLoader().getResourceAsStream("config/" + fileName)) {
            if (in == null) {
                throw new ConfigException(
                        name,
                        0,
                        0,
                        "the file is missing from the application",
                        "reinstall the application");
            }
            return new ConfigText(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException(
                    name, "the file cannot be read", "reinstall the application", e);
        }
    }

    private record ConfigText(String name, String text) {}
}
