package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads text sent as a string, number or list (lists comma-joined), so an odd shape never sinks a reply. */
final class LenientText extends StdDeserializer<String> {

    private static final long serialVersionUID = 1L;

    LenientText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = context.readTree(parser);
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isNull()) {
                    parts.add(element.isValueNode() ? element.asText() : element.toString());
                }
            }
            return String.join(",", parts);
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
