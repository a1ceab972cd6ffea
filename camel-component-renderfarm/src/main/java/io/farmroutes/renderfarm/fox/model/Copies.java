package io.farmroutes.renderfarm.fox.model;

import io.farmroutes.spi.json.UnknownFields;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Immutable copies for the records' compact constructors; the wire may put nulls inside lists and maps. */
final class Copies {

    private Copies() {
    }

    /** The unknown fields of a reply: never null, order kept, null values allowed (List/Map.copyOf reject them). */
    static Map<String, Object> extra(Map<String, Object> extra) {
        return UnknownFields.copy(extra);
    }

    /** A list that may legitimately be missing on the wire: null stays null. */
    static <T> List<T> nullable(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** A list the reply always carries: a missing one reads as empty. */
    static <T> List<T> present(List<T> list) {
        return list == null || list.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
