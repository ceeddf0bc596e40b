package com.execassistant.core.config.internal;

import com.execassistant.core.config.ConfigException;
import com.execassistant.core.config.internal.YamlNode.Entry;
import com.execassistant.core.config.internal.YamlNode.Kind;
import com.execassistant.core.config.internal.YamlNode.ListNode;
import com.execassistant.core.config.internal.YamlNode.Location;
import com.execassistant.core.config.internal.YamlNode.MapNode;
import com.execassistant.core.config.internal.YamlNode.ScalarNode;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads YAML text into a {@link YamlNode} tree, turning syntax errors into ConfigExceptions. */
public final class YamlTreeReader {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private YamlTreeReader() {}

    /**
     * @param file the file name shown in messages
     * @return the document's root, or null when the file holds no document at all
     */
    public static YamlNode read(String file, String text) {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = value(file, parser);
            if (parser.nextToken() != null) {
                Location at = location(file, parser);
                throw new ConfigException(
                        file,
                        at.line(),
                        at.column(),
                        "the file holds more than one YAML document",
                        "keep a single document: remove the '---' separator and what follows it");
            }
            return root;
        } catch (IOException e) {
            throw YamlSyntax.toConfigException(file, e);
        }
    }

    private static YamlNode value(String file, JsonParser parser) throws IOException {
        Location at = location(file, parser);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> map(file, parser, at);
            case START_ARRAY -> list(file, parser, at);
            case VALUE_STRING -> new ScalarNode(at, Kind.STRING, parser.getText(), null);
            case VALUE_NUMBER_INT ->
                    new ScalarNode(at, Kind.INTEGER, parser.getText(), asLong(parser));
            case VALUE_NUMBER_FLOAT -> new ScalarNode(at, Kind.DECIMAL, parser.getText(), null);
            case VALUE_TRUE, VALUE_FALSE ->
                    new ScalarNode(at, Kind.BOOLEAN, parser.getText(), null);
            case VALUE_NULL -> new ScalarNode(at, Kind.NULL, "", null);
            default -> new ScalarNode(at, Kind.STRING, parser.getText(), null);
        };
    }

    private static MapNode map(String file, JsonParser parser, Location at) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = location(file, parser);
            Entry earlier = entries.get(key);
            if (earlier != null) {
                throw new ConfigException(
                        file,
                        keyAt.line(),
                        keyAt.column(),
                        "the key \""
                                + key
                                + "\" appears twice in the same place (first at line "
                                + earlier.keyLocation().line()
                                + ")",
                        "keep one of them and delete the other");
            }
            parser.nextToken();
            entries.put(key, new Entry(key, keyAt, value(file, parser)));
        }
        return new MapNode(at, entries);
    }

    private static ListNode list(String file, JsonParser parser, Location at) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(file, parser));
        }
        return new ListNode(at, items);
    }

    private static Long asLong(JsonParser parser) throws IOException {
        try {
            return parser.getLongValue();
        } catch (IOException tooLarge) {
            return null;
        }
    }

    private static Location location(String file, JsonParser parser) {
        JsonLocation l = parser.currentTokenLocation();
        return new Location(file, l.getLineNr(), l.getColumnNr());
    }
}
