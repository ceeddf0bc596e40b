package com.execassistant.desktop.materials.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/**
 * Converts between Jackson trees and the AWS SDK's {@link Document}, so the plan schema goes out as
 * a tool's input schema and a tool call's input comes back to the shared plan parser.
 */
final class Documents {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Documents() {}

    static Document of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Document.fromNull();
        }
        if (node.isObject()) {
            Map<String, Document> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), of(e.getValue())));
            return Document.fromMap(map);
        }
        if (node.isArray()) {
            List<Document> list = new ArrayList<>();
            node.forEach(n -> list.add(of(n)));
            return Document.fromList(list);
        }
        if (node.isBoolean()) {
            return Document.fromBoolean(node.booleanValue());
        }
        if (node.isIntegralNumber()) {
            return Document.fromNumber(SdkNumber.fromBigInteger(node.bigIntegerValue()));
        }
        if (node.isNumber()) {
            return Document.fromNumber(SdkNumber.fromBigDecimal(node.decimalValue()));
        }
        return Document.fromString(node.asText());
    }

    static JsonNode toJson(Document doc) {
        if (doc == null || doc.isNull()) {
            return NODES.nullNode();
        }
        if (doc.isMap()) {
            ObjectNode object = NODES.objectNode();
            doc.asMap().forEach((k, v) -> object.set(k, toJson(v)));
            return object;
        }
        if (doc.isList()) {
            ArrayNode array = NODES.arrayNode();
            doc.asList().forEach(d -> array.add(toJson(d)));
            return array;
        }
        if (doc.isBoolean()) {
            return NODES.booleanNode(doc.asBoolean());
        }
        if (doc.isNumber()) {
            // Whole numbers stay integral so that minutes read as minutes, not 20.0.
            BigDecimal decimal = doc.asNumber().bigDecimalValue();
            if (decimal.stripTrailingZeros().scale() > 0) {
                return NODES.numberNode(decimal);
            }
            BigInteger whole = decimal.toBigIntegerExact();
            return whole.bitLength() < Integer.SIZE
                    ? NODES.numberNode(whole.intValue())
                    : NODES.numberNode(whole);
        }
        return NODES.textNode(doc.asString());
    }
}
