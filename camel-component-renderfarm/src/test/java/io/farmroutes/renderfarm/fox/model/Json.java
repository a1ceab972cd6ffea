package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.farmroutes.spi.json.LenientJson;

/** Reads samples the way the client does: text to tree, tree to model through the shared lenient mapper. */
final class Json {

    private Json() {
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return LenientJson.mapper().convertValue(LenientJson.parse(json), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return LenientJson.mapper().convertValue(LenientJson.parse(json), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String write(Object value) {
        try {
            return LenientJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
