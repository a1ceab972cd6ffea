package io.farmroutes.sandbox.flamenco;

import io.farmroutes.sandbox.EmulatorRequest;
import io.farmroutes.sandbox.Params;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields of a request as the server's request parser reads them: a JSON body first, then the query string,
 * then an urlencoded body; the first value wins unless a field repeats on purpose ({@code managers}).
 * Integers convert as Python's {@code int()} does, and a failure is the parser's 400.
 */
final class FlamencoArgs {

    private static final Pattern PYTHON_INT = Pattern.compile("[+-]?\\d+");

    /** Each value is a String (query, form) or a JsonNode scalar (JSON body). */
    private final Map<String, List<Object>> values;

    private FlamencoArgs(Map<String, List<Object>> values) {
        this.values = values;
    }

    /** @throws FlamencoFailure 400 when the body claims to be JSON and is not */
    static FlamencoArgs of(EmulatorRequest request) {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        if (isJson(request)) {
            readJson(request.body(), values);
        }
        add(request.query(), values);
        add(request.form(), values);
        return new FlamencoArgs(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The first value as text, or null when the field is absent. */
    String text(String name) {
        List<Object> list = values.get(name);
        return list == null ? null : asText(list.get(0));
    }

    /** Whether the field is truthy as Python sees it: any non-empty string, including "False" and "0". */
    boolean truthy(String name) {
        List<Object> list = values.get(name);
        if (list == null) {
            return false;
        }
        Object v = list.get(0);
        if (v instanceof JsonNode node && !node.isTextual()) {
            return node.isNumber() ? node.asDouble() != 0 : node.asBoolean();
        }
        return !asText(v).isEmpty();
    }

    /** The first value as an integer, or null when absent. */
    Long integer(String name) {
        List<Long> all = integers(name);
        return all == null ? null : all.get(0);
    }

    /** Like {@link #integer} but for fields stored in 32 bits (frames, sizes, priorities). */
    Integer smallInteger(String name) {
        Long value = integer(name);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw FlamencoFailure.badField(name, "integer out of range: " + value);
        }
        return value.intValue();
    }

    /** Every value converted (a repeated field), or null when absent. */
    List<Long> integers(String name) {
        List<Object> list = values.get(name);
        if (list == null) {
            return null;
        }
        List<Long> out = new ArrayList<>(list.size());
        for (Object v : list) {
            out.add(toInteger(name, v));
        }
        return out;
    }

    /**
     * A comma-separated id list such as {@code 1,2,3}, or null when absent.
     *
     * @throws FlamencoFailure 400 naming the field when an item is not an integer
     */
    List<Long> idList(String name) {
        String raw = text(name);
        if (raw == null) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (String item : raw.split(",", -1)) {
            ids.add(parseInt(name, item));
        }
        return ids;
    }

    private static Long toInteger(String name, Object v) {
        if (v instanceof JsonNode node && !node.isTextual()) {
            if (node.isNumber()) {
                return node.longValue();
            }
            if (node.isBoolean()) {
                return node.booleanValue() ? 1L : 0L;
            }
            throw FlamencoFailure.badField(name, "int() argument must be a string or a number, not '"
                    + node.getNodeType().toString().toLowerCase(Locale.ROOT) + "'");
        }
        return parseInt(name, asText(v));
    }

    static long parseInt(String name, String text) {
        String s = text.strip();
        if (PYTHON_INT.matcher(s).matches()) {
            try {
                return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
            } catch (NumberFormatException e) {
                throw FlamencoFailure.badField(name, "integer out of range: " + s);
            }
        }
        throw FlamencoFailure.badField(name, "invalid literal for int() with base 10: " + pythonRepr(text));
    }

    /** How Python prints a string in an error message: single quotes unless the text holds one and no double. */
    static String pythonRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == quote) {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else {
                sb.append(c);
            }
        }
        return sb.append(quote).toString();
    }

    private static String asText(Object v) {
        if (v instanceof JsonNode node) {
            if (node.isTextual()) {
                return node.textValue();
            }
            if (node.isBoolean()) {
                return node.booleanValue() ? "True" : "False";
            }
            return node.isValueNode() ? node.asText() : node.toString();
        }
        return (String) v;
    }

    private static boolean isJson(EmulatorRequest request) {
        return request.header("Content-Type")
                .map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/json"))
                .orElse(false);
    }

    private static void readJson(byte[] body, Map<String, List<Object>> values) {
        if (body.length == 0) {
            return;
        }
        JsonNode root;
        try {
            root = FlamencoJson.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw FlamencoFailure.reply("bad JSON body", Replies.message(400,
                    "Failed to decode JSON object: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return;
        }
        root.fields().forEachRemaining(field -> {
            JsonNode v = field.getValue();
            // JSON null is the same as leaving the field out
            if (v.isNull()) {
                return;
            }
            List<Object> list = values.computeIfAbsent(field.getKey(), k -> new ArrayList<>());
            if (v.isArray()) {
                v.forEach(list::add);
            } else {
                list.add(v);
            }
            if (list.isEmpty()) {
                values.remove(field.getKey());
            }
        });
    }

    private static void add(Params params, Map<String, List<Object>> values) {
        params.asMap().forEach((name, list) -> values.computeIfAbsent(name, k -> new ArrayList<>()).addAll(list));
    }
}
