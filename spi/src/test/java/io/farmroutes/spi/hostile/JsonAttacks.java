package io.farmroutes.spi.hostile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Attacks on JSON decoders: every field given each wrong type, nulls, duplicate keys, non-standard syntax. */
final class JsonAttacks {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands in for a raw fragment in a serialized tree, since a tree cannot hold invalid JSON. */
    private static final String SLOT = "\u0001slot\u0001";
    private static final String SLOT_JSON = "\"\\u0001slot\\u0001\"";
    private static final Pattern KEY = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"\\s*:");
    private static final String[] WRONG_VALUES = {"null", "\"\"", "\" \"", "\"text\"", "0", "-1", "1.5", "1e308",
            "1e999999", "-1e999999", "9223372036854775808", "123456789012345678901234567890", "true", "false",
            "[]", "{}", "[1,2]", "{\"a\":1}", "[null]", "\"NaN\"", "\"2024-13-45T99:99:99Z\"", "\"1e999\"",
            "\"\\u0000\"", "\"\\ud800\"", "[[[[[[[[]]]]]]]]", "{\"\":null}", "-0", "0.0000000000000000000001",
            "\"9999999999999999999999\"", "\"true\"", "\"-1\""};
    private static final String[] ROOTS = {"null", "[]", "{}", "\"text\"", "0", "true", "[{}]", "{\"api\":null}",
            "{\"code\":\"200\"}", "{\"code\":200}", "{\"code\":200,\"data\":null}", "{\"api\":{\"status\":\"ok\"}}",
            "{\"api\":{\"status\":\"error\"}}", "{\"api\":[]}"};
    private static final String[] SYNTAX = {"{'a':1}", "{a:1}", "{\"a\":1,}", "[1,2,]", "{\"a\":NaN}",
            "{\"a\":Infinity}", "{\"a\":01}", "// c\n{}", "/* c */{}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}",
            "{\"a\":1}{\"b\":2}", "{\"a\":1} trailing", "{\"a\":\"unterminated}", "{\"a\" 1}", "{,}", "[,1]",
            "{\"a\":+1}", "{\"a\":.5}", "{\"a\":1.}", "{\"a\":--1}", "\"\\ud800\\ud800\""};

    private JsonAttacks() {
    }

    /** One node of the tree (any depth, the root included) replaced by a value of another type. */
    static String wrongType(String json, Random random) {
        JsonNode tree = parse(json);
        String fragment = random.nextInt(20) == 0 ? "\"" + "s".repeat(65_536) + "\""
                : WRONG_VALUES[random.nextInt(WRONG_VALUES.length)];
        if (tree == null) {
            return fragment;
        }
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        if (slots.isEmpty()) {
            return fragment;
        }
        slots.get(random.nextInt(slots.size())).fill();
        return write(tree).replace(SLOT_JSON, fragment);
    }

    /** Every scalar set to null, or every member of one object, as servers do when a record is half-written. */
    static String nulls(String json) {
        JsonNode tree = parse(json);
        if (tree == null) {
            return "null";
        }
        nullScalars(tree);
        return write(tree);
    }

    static String duplicateKey(String json, Random random) {
        Matcher m = KEY.matcher(json);
        List<int[]> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(new int[]{m.start(), m.end()});
        }
        if (keys.isEmpty()) {
            return json;
        }
        int[] key = keys.get(random.nextInt(keys.size()));
        String value = WRONG_VALUES[random.nextInt(WRONG_VALUES.length)];
        return json.substring(0, key[0]) + json.substring(key[0], key[1]) + value + "," + json.substring(key[0]);
    }

    static String wrongRoot(Random random) {
        return ROOTS[random.nextInt(ROOTS.length)];
    }

    static String nonStandardSyntax(Random random) {
        return SYNTAX[random.nextInt(SYNTAX.length)];
    }

    static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static String nestedObjects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** The first string value (or the root) replaced by one of the given length. */
    static String withHugeString(String json, int length) {
        JsonNode tree = parse(json);
        if (tree == null) {
            return "\"" + "H".repeat(length) + "\"";
        }
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        Slot target = slots.stream().filter(s -> s.current().isTextual()).findFirst()
                .orElse(slots.isEmpty() ? null : slots.get(0));
        if (target == null) {
            return "\"" + "H".repeat(length) + "\"";
        }
        target.fill();
        return write(tree).replace(SLOT_JSON, "\"" + "H".repeat(length) + "\"");
    }

    static String hugeNumber(int digits) {
        return "{\"code\":" + "9".repeat(digits) + ",\"data\":" + "1".repeat(digits) + ",\"api\":{\"status\":\"ok\"}}";
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String write(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                slots.add(new Slot(object, e.getKey(), -1, e.getValue()));
                collect(e.getValue(), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i, array.get(i)));
                collect(array.get(i), slots);
            }
        }
    }

    private static void nullScalars(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (object.get(name).isValueNode()) {
                    object.putNull(name);
                } else {
                    nullScalars(object.get(name));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isValueNode()) {
                    array.set(i, JSON.nullNode());
                } else {
                    nullScalars(array.get(i));
                }
            }
        }
    }

    /** A place in a tree that can take another value. */
    private record Slot(JsonNode parent, String name, int index, JsonNode current) {

        void fill() {
            if (parent instanceof ObjectNode object) {
                object.set(name, TextNode.valueOf(SLOT));
            } else {
                ((ArrayNode) parent).set(index, TextNode.valueOf(SLOT));
            }
        }
    }
}
