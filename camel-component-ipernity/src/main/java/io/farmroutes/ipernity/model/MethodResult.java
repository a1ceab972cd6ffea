package io.farmroutes.ipernity.model;

import java.util.Map;
import java.util.Optional;

/**
 * The answer of a method called through {@code call/<method>}: the members of the JSON answer other than the
 * {@code api} status block, as maps, lists and strings (numbers usually arrive as strings).
 */
public record MethodResult(String method, Map<String, Object> members) {

    public MethodResult {
        members = members == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(members));
    }

    /** The result's root member (e.g. {@code doc} for doc.get), when there is exactly one. */
    public Optional<Object> root() {
        return members.size() == 1 ? Optional.of(members.values().iterator().next()) : Optional.empty();
    }

    /** The member named after the result's root element, e.g. {@code get("doc")}. */
    public Object get(String name) {
        return members.get(name);
    }
}
