package io.farmroutes.renderfarm.flamenco;

import io.farmroutes.renderfarm.flamenco.model.BrowseItem;
import io.farmroutes.renderfarm.flamenco.model.BrowseListing;
import io.farmroutes.spi.json.LenientJson;
import io.farmroutes.spi.operation.ResultReader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Readers that turn Flamenco's JSON answers into typed results. */
final class FlamencoReaders {

    private FlamencoReaders() {
    }

    static ResultReader object(Class<?> type) {
        return payload -> LenientJson.convert(payload, type);
    }

    /** A JSON object as it came, for answers whose shape the managers define. */
    static ResultReader map() {
        return payload -> LenientJson.convert(payload, Map.class);
    }

    /**
     * A collection keyed by id (or name): each member becomes one item, with the key copied into
     * {@code keyField} when the member lacks it, sorted because the server's key order means nothing.
     */
    static <T> ResultReader keyed(Class<T> type, String keyField, Function<T, Comparable> sortKey) {
        return payload -> {
            JsonNode collection = (JsonNode) payload;
            List<T> items = new ArrayList<>();
            collection.fields().forEachRemaining(entry -> {
                JsonNode member = entry.getValue();
                if (member.isObject()) {
                    ObjectNode copy = ((ObjectNode) member).deepCopy();
                    if (!copy.hasNonNull(keyField)) {
                        copy.put(keyField, entry.getKey());
                    }
                    items.add(LenientJson.convert(copy, type));
                }
            });
            items.sort(Comparator.comparing(item -> sortKey.apply(item),
                    Comparator.nullsLast(Comparator.naturalOrder())));
            return List.copyOf(items);
        };
    }

    /** browse/root and browse/path: items are {@code [name, relative path, "folder" | "blendfile"]} triples. */
    static ResultReader browse() {
        return payload -> {
            JsonNode listing = (JsonNode) payload;
            List<BrowseItem> items = new ArrayList<>();
            for (JsonNode item : listing.path("items_list")) {
                if (item.isArray() && item.size() >= 3) {
                    items.add(new BrowseItem(item.get(0).asText(), item.get(1).asText(), item.get(2).asText()));
                }
            }
            return new BrowseListing(text(listing, "project_path_server"), text(listing, "parent_path"), items);
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
