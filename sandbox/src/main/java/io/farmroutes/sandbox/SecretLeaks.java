package io.farmroutes.sandbox;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects what a run shows to people (log lines, route dumps, toString() output, exception messages) and names
 * every place where one of the run's secrets, raw or URL-encoded, shows through.
 */
public final class SecretLeaks {

    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Map<String, List<String>> texts = new LinkedHashMap<>();

    /** A secret under a name for the report; the name, not the value, appears in failure messages. */
    public SecretLeaks secret(String name, String value) {
        if (value == null || value.length() < 8) {
            throw new IllegalArgumentException(name + ": a secret to look for must be distinctive (8+ characters)");
        }
        secrets.put(name, value);
        return this;
    }

    /** A text shown to people, filed under a kind (e.g. "log line", "toString", "exception"). */
    public SecretLeaks text(String kind, String text) {
        texts.computeIfAbsent(kind, k -> new ArrayList<>()).add(text == null ? "null" : text);
        return this;
    }

    /** Every line of a log (or any multi-line output) as a text of its own. */
    public SecretLeaks lines(String kind, String output) {
        output.lines().forEach(line -> text(kind, line));
        return this;
    }

    /** An exception's class, message and stack trace, with its causes and suppressed exceptions. */
    public SecretLeaks exception(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        text("exception", trace.toString());
        for (Throwable t = error; t != null; t = t.getCause()) {
            text("exception message", t.getMessage());
            text("exception toString", t.toString());
        }
        return this;
    }

    /** How many texts of this kind were collected. */
    public int count(String kind) {
        return texts.getOrDefault(kind, List.of()).size();
    }

    /** The collected kinds and their counts, for a test's report. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        texts.forEach((kind, list) -> out.append(kind).append('=').append(list.size()).append(' '));
        return out.toString().strip();
    }

    /** Each leak as "secret name in kind: text excerpt"; empty when nothing leaked. */
    public List<String> leaks() {
        List<String> found = new ArrayList<>();
        texts.forEach((kind, list) -> list.forEach(text -> secrets.forEach((name, value) -> {
            for (String form : forms(value)) {
                int at = text.indexOf(form);
                if (at >= 0) {
                    found.add(name + " in " + kind + ": "
                            + excerpt(text, at, form.length()).replace(form, "<" + name + ">"));
                    return;
                }
            }
        })));
        return found;
    }

    /** The value as written and as it travels in a URL or form (upper- and lower-case escapes). */
    static Set<String> forms(String value) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(value);
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        forms.add(encoded);
        forms.add(encoded.replace("+", "%20"));
        StringBuilder lower = new StringBuilder(encoded);
        for (int i = encoded.indexOf('%'); i >= 0; i = encoded.indexOf('%', i + 1)) {
            lower.replace(i + 1, i + 3, encoded.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
        }
        forms.add(lower.toString());
        return forms;
    }

    private static String excerpt(String text, int at, int length) {
        int from = Math.max(0, at - 80);
        int to = Math.min(text.length(), at + length + 80);
        return text.substring(from, to).replace('\n', ' ');
    }
}
