package io.farmroutes.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Decoded form or query parameters: an ordered multimap that remembers values that were not UTF-8. */
public final class Params {

    private static final Params EMPTY = new Params(new LinkedHashMap<>(), Set.of());

    private final Map<String, List<String>> values;
    private final Set<String> invalidUtf8Names;

    private Params(Map<String, List<String>> values, Set<String> invalidUtf8Names) {
        this.values = values;
        this.invalidUtf8Names = invalidUtf8Names;
    }

    /** No parameters. */
    public static Params empty() {
        return EMPTY;
    }

    /** Parses {@code a=1&b=x+y}; a pair without '=' has the empty value, empty pairs are skipped. */
    public static Params parse(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> invalid = new HashSet<>();
        for (String pair : encoded.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = UrlCodec.decode(eq < 0 ? pair : pair.substring(0, eq));
            byte[] raw = UrlCodec.decodeToBytes(eq < 0 ? "" : pair.substring(eq + 1));
            if (!UrlCodec.isValidUtf8(raw)) {
                invalid.add(name);
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(new String(raw, StandardCharsets.UTF_8));
        }
        values.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return new Params(Collections.unmodifiableMap(values), Collections.unmodifiableSet(invalid));
    }

    /** Parses a form body; the bytes of an urlencoded body are ASCII by definition. */
    public static Params parse(byte[] body) {
        return parse(new String(body, StandardCharsets.ISO_8859_1));
    }

    /** The first value of a parameter. */
    public Optional<String> first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** The last value of a parameter (what PHP's {@code $_GET} keeps when a name repeats). */
    public Optional<String> last(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    /** All values of a parameter, in order. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Whether the parameter was sent, with or without a value. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** Parameter names in the order they first appeared. */
    public Set<String> names() {
        return values.keySet();
    }

    /** An unmodifiable view of the multimap. */
    public Map<String, List<String>> asMap() {
        return values;
    }

    /** True unless some value of this parameter was not well-formed UTF-8 once percent-decoded. */
    public boolean isValidUtf8(String name) {
        return !invalidUtf8Names.contains(name);
    }

    /** True when every value is well-formed UTF-8. */
    public boolean allValidUtf8() {
        return invalidUtf8Names.isEmpty();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
