package io.farmroutes.spi.testing;

import io.farmroutes.spi.testing.BadCall.Form;
import io.farmroutes.spi.testing.BadCall.Kind;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts, per kind of bad call, the cases refused before any request, where they were refused, and the skips. */
public final class BadCallTally {

    /** Where a call was refused: when Camel resolved the endpoint, or when the exchange was processed. */
    public enum Stage { CREATION, EXCHANGE }

    private final String module;
    private int endpoints;
    private int planned;
    private final Map<Kind, Map<Form, Integer>> refused = new EnumMap<>(Kind.class);
    private final Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
    private final Map<Kind, Map<String, Integer>> skipped = new EnumMap<>(Kind.class);

    public BadCallTally(String module) {
        this.module = module;
    }

    public synchronized void endpoint(int plannedCalls) {
        endpoints++;
        planned += plannedCalls;
    }

    synchronized void refusedBeforeSending(BadCall call, Stage stage) {
        refused.computeIfAbsent(call.kind(), k -> new EnumMap<>(Form.class)).merge(call.form(), 1, Integer::sum);
        stages.merge(stage, 1, Integer::sum);
    }

    synchronized void skip(Kind kind, String reason) {
        skipped.computeIfAbsent(kind, k -> new TreeMap<>()).merge(reason, 1, Integer::sum);
    }

    public synchronized int refusedCount() {
        return refused.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    public synchronized int plannedCount() {
        return planned;
    }

    /** One line for RELIABILITY.md: endpoints, cases per kind and form, where refused, and what was skipped. */
    public synchronized String summary() {
        StringBuilder line = new StringBuilder(module).append(": ").append(endpoints).append(" endpoints");
        for (Kind kind : Kind.values()) {
            Map<Form, Integer> byForm = refused.getOrDefault(kind, Map.of());
            int total = byForm.values().stream().mapToInt(Integer::intValue).sum();
            line.append("; ").append(kind.name().toLowerCase()).append(' ').append(total).append(" (uri ")
                    .append(byForm.getOrDefault(Form.URI, 0)).append(", header ")
                    .append(byForm.getOrDefault(Form.HEADER, 0)).append(')');
        }
        line.append("; ").append(refusedCount()).append('/').append(planned)
                .append(" refused before any request (at endpoint creation ")
                .append(stages.getOrDefault(Stage.CREATION, 0)).append(", at exchange ")
                .append(stages.getOrDefault(Stage.EXCHANGE, 0)).append(')');
        if (!skipped.isEmpty()) {
            line.append("; not applicable: ").append(skipped.entrySet().stream()
                    .map(e -> e.getKey().name().toLowerCase() + " " + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
        return line.toString();
    }
}
