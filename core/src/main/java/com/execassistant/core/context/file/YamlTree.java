package com.execassistant.core.context.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads a YAML document into {@link YamlNode}s, keeping each value's line. */
final class YamlTree {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTree() {}

    /**
     * @return the document's root, or null for an empty document
     * @throws DataFileException for malformed YAML or a key given twice, naming the line
     */
    static YamlNode read(byte[] content, String fileName) throws DataFileException {
        try (JsonParser parser = FACTORY.createParser(content)) {
            if (parser.nextToken() == null) {
                return null;
            }
            return node(parser, fileName);
        } catch (StreamReadException e) {
            throw new DataFileException(
                    fileName, line(e), "is not valid YAML (" + problem(e) + ")");
        } catch (IOException e) {
            throw new DataFileException(fileName + " could not be read: " + e.getMessage(), e);
        }
    }

    private static YamlNode node(JsonParser parser, String fileName)
            throws IOException, DataFileException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                if (fields.put(name, node(parser, fileName)) != null) {
                    throw new DataFileException(fileName, keyLine, "'" + name + "' is given twice");
                }
            }
            return new YamlNode.Mapping(line, fields);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser, fileName));
            }
            return new YamlNode.Sequence(line, items);
        }
        return new YamlNode.Scalar(line, token == JsonToken.VALUE_NULL ? null : parser.getText());
    }

    /** The line of the problem itself; Jackson's location is sometimes the construct around it. */
    private static int line(StreamReadException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            return m.getProblemMark().getLine() + 1;
        }
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }

    /** The YAML parser's complaint, in plainer words for the mistakes people make by hand. */
    private static String problem(StreamReadException e) {
        String problem =
                e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null
                        ? m.getProblem()
                        : firstLine(e.getOriginalMessage());
        if (problem.contains("TAB")) {
            return "a tab is used for indentation; use spaces";
        }
        if (problem.contains("<block")) {
            return "the indentation does not line up with the lines above";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "a value contains ': '; put the value in quotes";
        }
        return problem.length() > 160 ? problem.substring(0, 160) + "..." : problem;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse(message);
    }
}
