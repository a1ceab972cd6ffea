package io.farmroutes.benchmarks.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** When each ticket was emitted by a tracker, and how many times: the proof that none was lost or repeated. */
final class Emissions {

    private final Map<String, Instant> firstEmitted = new ConcurrentHashMap<>();
    private final Map<String, Integer> times = new ConcurrentHashMap<>();

    void emitted(String ticket) {
        firstEmitted.putIfAbsent(ticket, Instant.now());
        times.merge(ticket, 1, Integer::sum);
    }

    /** Waits, at most {@code timeout}, until every one of these tickets has been emitted. */
    boolean awaitAll(Collection<String> tickets, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!firstEmitted.keySet().containsAll(tickets)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Fails unless each of these tickets, and nothing else, was emitted exactly once. */
    void requireEachExactlyOnce(Collection<String> tickets, String tracker) {
        List<String> wrong = new ArrayList<>();
        for (String ticket : tickets) {
            int count = times.getOrDefault(ticket, 0);
            if (count != 1) {
                wrong.add(ticket + " x" + count);
            }
        }
        if (!wrong.isEmpty() || times.size() != tickets.size()) {
            throw new IllegalStateException(tracker + " did not emit each of the " + tickets.size()
                    + " tickets exactly once: " + wrong.size() + " wrong (" + wrong.stream().limit(5).toList()
                    + "), " + times.size() + " distinct emitted");
        }
    }

    Instant emittedAt(String ticket) {
        return firstEmitted.get(ticket);
    }
}
