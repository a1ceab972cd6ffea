package io.farmroutes.spi.operation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the valid names closest to a misspelt one, by edit distance, for error messages. */
public final class NameSuggester {

    private static final int MAX_SUGGESTIONS = 3;

    private NameSuggester() {
    }

    public static List<String> nearest(String wrong, Collection<String> valid) {
        String probe = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, probe.length() / 3);
        return valid.stream()
                .map(name -> new Scored(name, distance(probe, name.toLowerCase(Locale.ROOT))))
                .filter(s -> s.score <= limit || s.name.toLowerCase(Locale.ROOT).contains(probe)
                        || probe.contains(s.name.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt((Scored s) -> s.score).thenComparing(s -> s.name))
                .limit(MAX_SUGGESTIONS)
                .map(s -> s.name)
                .toList();
    }

    private record Scored(String name, int score) {
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
