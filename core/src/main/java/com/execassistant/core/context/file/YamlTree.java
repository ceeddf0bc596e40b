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
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new DataFileException(fileName, line, "is not valid YAML (" + problem(e) + ")");
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

    /** The parser's own first sentence, without Jackson's source-location boilerplate. */
    private static String problem(StreamReadException e) {
        String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        String first =
                message.lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .findFirst()
                        .orElse(message);
        return first.length() > 160 ? first.substring(0, 160) + "..." : first;
    }
}
