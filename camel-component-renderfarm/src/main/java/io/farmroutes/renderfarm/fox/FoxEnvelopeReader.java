package io.farmroutes.renderfarm.fox;

import io.farmroutes.spi.json.LenientJson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * Reads the §6 envelope in one pass over the body: the small fields as values, {@code data} as tokens for the
 * operation's reader. Values are taken as a tree would give them ({@code code} any number that fits an int,
 * text of any scalar, the last of repeated keys).
 */
final class FoxEnvelopeReader {

    private FoxEnvelopeReader() {
    }

    /** The envelope, or null when the body is not one: not a JSON object, or no numeric {@code code}. */
    static FoxEnvelope read(byte[] body) throws IOException {
        try (JsonParser parser = LenientJson.mapper().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Integer code = null;
            String message = null;
            TokenBuffer data = null;
            String requestId = null;
            Long serverTime = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "code" -> code = intOf(parser, value);
                    case "message" -> message = textOf(parser, value);
                    case "data" -> {
                        data = new TokenBuffer(parser);
                        data.copyCurrentStructure(parser);
                    }
                    case "requestId" -> requestId = textOf(parser, value);
                    case "serverTime" -> serverTime = longOf(parser, value);
                    default -> parser.skipChildren();
                }
            }
            return code == null ? null : new FoxEnvelope(code, message, data, requestId, serverTime);
        }
    }

    private static Integer intOf(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue();
        }
        if (value == JsonToken.VALUE_NUMBER_FLOAT) {
            double number = parser.getDoubleValue();
            return number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE ? (int) number : null;
        }
        parser.skipChildren();
        return null;
    }

    private static Long longOf(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return parser.getLongValue();
        }
        if (value == JsonToken.VALUE_NUMBER_FLOAT) {
            double number = parser.getDoubleValue();
            return number >= Long.MIN_VALUE && number <= Long.MAX_VALUE ? (long) number : null;
        }
        parser.skipChildren();
        return null;
    }

    /** Scalars as text, null as null, and a container as empty text (as a tree's {@code asText} gives). */
    private static String textOf(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value.isStructStart()) {
            parser.skipChildren();
            return "";
        }
        return parser.getText();
    }
}
