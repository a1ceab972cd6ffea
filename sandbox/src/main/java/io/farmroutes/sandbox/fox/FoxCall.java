package io.farmroutes.sandbox.fox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One authenticated call as an operation sees it: its JSON body, with typed accessors that answer
 * 601 for a missing parameter and 600 for one of the wrong type (spec §5: integers must be JSON integers,
 * lists JSON arrays).
 */
final class FoxCall {

    private final ObjectNode body;

    FoxCall(ObjectNode body) {
        this.body = body;
    }

    /** A required integer within the int range. */
    int integer(String name) {
        return optionalInteger(name).orElseThrow(() -> FoxApiError.missing(name));
    }

    Optional<Integer> optionalInteger(String name) {
        return optionalLong(name).map(v -> {
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw FoxApiError.invalid("parameter " + name + " is out of range: " + v);
            }
            return v.intValue();
        });
    }

    /** An optional integer that must be one of {@code allowed}. */
    int choice(String name, int defaultValue, int... allowed) {
        return checkChoice(name, optionalInteger(name).orElse(defaultValue), allowed);
    }

    /** A required integer that must be one of {@code allowed}. */
    int requiredChoice(String name, int... allowed) {
        return checkChoice(name, integer(name), allowed);
    }

    private static int checkChoice(String name, int value, int... allowed) {
        for (int a : allowed) {
            if (a == value) {
                return value;
            }
        }
        throw FoxApiError.invalid("parameter " + name + " must be one of " + Arrays.toString(allowed) + ": "
                + value);
    }

    long longValue(String name) {
        return optionalLong(name).orElseThrow(() -> FoxApiError.missing(name));
    }

    Optional<Long> optionalLong(String name) {
        JsonNode node = body.get(name);
        if (node == null) {
            return Optional.empty();
        }
        return Optional.of(asLong(name, node));
    }

    /** A required string; an empty one counts as missing. */
    String string(String name) {
        return optionalString(name).filter(s -> !s.isEmpty()).orElseThrow(() -> FoxApiError.missing(name));
    }

    Optional<String> optionalString(String name) {
        JsonNode node = body.get(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw FoxApiError.invalid("parameter " + name + " must be a string");
        }
        return Optional.of(node.textValue());
    }

    /** A required, non-empty array of integers, duplicates dropped, order kept. */
    List<Long> ids(String name) {
        List<Long> ids = optionalIds(name).orElseThrow(() -> FoxApiError.missing(name));
        if (ids.isEmpty()) {
            throw FoxApiError.missing(name);
        }
        return ids;
    }

    /** An array of integers (possibly empty), duplicates dropped, order kept. */
    Optional<List<Long>> optionalIds(String name) {
        JsonNode node = array(name);
        if (node == null) {
            return Optional.empty();
        }
        Set<Long> out = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(asLong(name + "[" + i + "]", node.get(i)));
        }
        return Optional.of(new ArrayList<>(out));
    }

    Optional<List<String>> optionalStrings(String name) {
        JsonNode node = array(name);
        if (node == null) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw FoxApiError.invalid("parameter " + name + " must be an array of strings");
            }
            out.add(element.textValue());
        }
        return Optional.of(out);
    }

    private JsonNode array(String name) {
        JsonNode node = body.get(name);
        if (node != null && !node.isArray()) {
            throw FoxApiError.invalid("parameter " + name + " must be an array");
        }
        return node;
    }

    private static long asLong(String name, JsonNode node) {
        if (!node.isIntegralNumber()) {
            throw FoxApiError.invalid("parameter " + name + " must be an integer");
        }
        if (!node.canConvertToLong()) {
            throw FoxApiError.invalid("parameter " + name + " is out of range");
        }
        return node.longValue();
    }
}
