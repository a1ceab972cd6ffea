package io.farmroutes.reliability.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Each scheduled tick in a window, against the rows the nodes wrote for it: none missing, none twice. */
final class TickAudit {

    private final List<Instant> expected = new ArrayList<>();
    private final List<Instant> missing = new ArrayList<>();
    private final Map<Instant, Integer> duplicated = new TreeMap<>();

    /** The scheduled instants in [from, to] of a tick every {@code period}, counted from the epoch (as cron does). */
    TickAudit(List<ClusterRecord.Tick> ticks, Instant from, Instant to, Duration period) {
        Map<Instant, Integer> rows = new TreeMap<>();
        for (ClusterRecord.Tick tick : ticks) {
            rows.merge(tick.scheduled(), 1, Integer::sum);
        }
        long step = period.toMillis();
        for (long at = ceil(from.toEpochMilli(), step); at <= to.toEpochMilli(); at += step) {
            Instant instant = Instant.ofEpochMilli(at);
            expected.add(instant);
            int count = rows.getOrDefault(instant, 0);
            if (count == 0) {
                missing.add(instant);
            } else if (count > 1) {
                duplicated.put(instant, count);
            }
        }
    }

    /** How many scheduled ticks fall in (after, until): "within two ticks" means at most 2. */
    static long ticksBetween(Instant after, Instant until, Duration period) {
        long step = period.toMillis();
        long first = ceil(after.toEpochMilli() + 1, step);
        return until.toEpochMilli() <= first ? 0 : (until.toEpochMilli() - 1 - first) / step + 1;
    }

    private static long ceil(long millis, long step) {
        return Math.floorDiv(millis + step - 1, step) * step;
    }

    int expectedCount() {
        return expected.size();
    }

    List<Instant> missing() {
        return missing;
    }

    Map<Instant, Integer> duplicated() {
        return duplicated;
    }

    @Override
    public String toString() {
        return expected.size() + " ticks scheduled, " + missing.size() + " missing " + missing + ", "
                + duplicated.size() + " fired more than once " + duplicated;
    }
}
