package io.farmroutes.spi.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a reply that a model does not know, kept as the model's {@code extra} map. */
public final class UnknownFields {

    private UnknownFields() {
    }

    /** Never null, order kept, null values allowed (Map.copyOf would reject them), unmodifiable. */
    public static Map<String, Object> copy(Map<String, Object> extra) {
        return extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
