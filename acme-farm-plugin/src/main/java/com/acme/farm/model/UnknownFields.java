package com.acme.farm.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of an answer that a model does not declare, kept read-only and in their order. */
final class UnknownFields {

    private UnknownFields() {
    }

    static Map<String, Object> copy(Map<String, Object> extra) {
        // Map.copyOf would refuse the null values JSON may carry
        return extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
