package io.farmroutes.renderfarm.fox;

import io.farmroutes.spi.json.LenientJson;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * One Fox answer (fox-renderfarm.md §6): {@code code} 200 means success, {@code data} is the operation's
 * result in whatever shape the operation and the server version give it. The data is kept as the parser's
 * tokens, so that a typed result is bound straight from them without building a tree first.
 *
 * @param dataTokens the tokens of {@code data}, or null when the answer had none
 */
public record FoxEnvelope(int code, String message, TokenBuffer dataTokens, String requestId, Long serverTime) {

    public boolean isSuccess() {
        return code == 200;
    }

    /** Whether {@code data} is present and not null. */
    public boolean hasData() {
        return dataTokens != null && dataTokens.firstToken() != JsonToken.VALUE_NULL;
    }

    /** The data bound to a type (lenient as {@link LenientJson}); a mismatch is an IllegalArgumentException. */
    public <T> T read(JavaType type) {
        try {
            return LenientJson.mapper().readerFor(type).readValue(dataTokens.asParser());
        } catch (IOException e) {
            // tokens in memory cannot fail to read, only fail to fit: as convertValue reports it
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The data as a tree, for the few readers that look at its shape; null when absent. */
    public JsonNode data() {
        if (dataTokens == null) {
            return null;
        }
        try {
            return LenientJson.mapper().readTree(dataTokens.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data as text when it is a scalar (e.g. {@code "SUCCESS"}), else null. */
    public String dataText() {
        JsonNode data = data();
        return data != null && data.isValueNode() && !data.isNull() ? data.asText() : null;
    }
}
