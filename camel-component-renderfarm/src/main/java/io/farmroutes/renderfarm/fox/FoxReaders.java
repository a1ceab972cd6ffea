package io.farmroutes.renderfarm.fox;

import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.spi.json.LenientJson;
import io.farmroutes.spi.operation.ResultReader;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;

/** Readers that turn an envelope's {@code data} into the operation's typed result. */
final class FoxReaders {

    private FoxReaders() {
    }

    /** An object-shaped result; null data gives null. */
    static ResultReader object(Class<?> type) {
        JavaType javaType = TypeFactory.defaultInstance().constructType(type);
        return payload -> {
            FoxEnvelope envelope = (FoxEnvelope) payload;
            return envelope.hasData() ? envelope.read(javaType) : null;
        };
    }

    /** A §8 page of these items. */
    static ResultReader page(Class<?> itemType) {
        JavaType type = TypeFactory.defaultInstance().constructParametricType(Page.class, itemType);
        return payload -> {
            FoxEnvelope envelope = (FoxEnvelope) payload;
            return envelope.hasData() ? envelope.read(type) : LenientJson.mapper().convertValue(emptyPage(), type);
        };
    }

    /** A list of these items; null data is an empty list, a lone item a list of one. */
    static ResultReader list(Class<?> itemType) {
        JavaType type = TypeFactory.defaultInstance().constructCollectionType(List.class, itemType);
        return payload -> {
            FoxEnvelope envelope = (FoxEnvelope) payload;
            return envelope.hasData() ? envelope.read(type) : List.of();
        };
    }

    /** Texts, where the server may also answer one bare string. */
    static ResultReader texts() {
        return payload -> {
            JsonNode data = ((FoxEnvelope) payload).data();
            List<String> texts = new ArrayList<>();
            if (data != null && data.isArray()) {
                data.forEach(item -> texts.add(item.asText()));
            } else if (data != null && !data.isNull()) {
                texts.add(data.asText());
            }
            return List.copyOf(texts);
        };
    }

    /** For operations that answer only success. */
    static ResultReader acknowledgement(String endpoint) {
        return payload -> {
            FoxEnvelope envelope = (FoxEnvelope) payload;
            return new FoxAcknowledgement(endpoint, envelope.message(), envelope.requestId(), envelope.dataText());
        };
    }

    private static JsonNode emptyPage() {
        return LenientJson.mapper().createObjectNode().put("pageCount", 0).put("pageNum", 1).put("total", 0);
    }
}
