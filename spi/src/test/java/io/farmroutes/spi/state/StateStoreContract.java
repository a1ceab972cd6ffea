package io.farmroutes.spi.state;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What every {@link StateStore} must do, run against each implementation by a subclass. */
abstract class StateStoreContract {

    static final int THREADS = 8;

    /** Quotes, an SQL comment, a backslash, a newline, characters outside the BMP, and text past any short column. */
    static final List<String> AWKWARD_VALUES = List.of(
            "",
            "it's \"quoted\"",
            "'); DROP TABLE farmroutes_state; --",
            "back\\slash\nnew line\ttab",
            "Grüße, 日本語, emoji \uD83C\uDFA5\uD83D\uDC04",
            "x".repeat(4_000) + "ü".repeat(3_000) + "\uD83D\uDE80".repeat(1_500));

    protected StateStore store;

    protected abstract StateStore newStore() throws Exception;

    /** The store thread {@code index} of a race uses; a shared database gives each thread its own "node". */
    protected StateStore node(int index) {
        return store;
    }

    @BeforeEach
    void openStore() throws Exception {
        store = newStore();
    }

    @Test
    void absentKeyReadsEmpty() {
        assertEquals(Optional.empty(), store.get("tasks", "nothing"));
        assertEquals(Map.of(), store.entries("never-written"));
    }

    @Test
    void putWritesAndOverwrites() {
        store.put("tasks", "t1", "queued");
        assertEquals(Optional.of("queued"), store.get("tasks", "t1"));
        store.put("tasks", "t1", "rendering");
        assertEquals(Optional.of("rendering"), store.get("tasks", "t1"));
        assertEquals(Map.of("t1", "rendering"), store.entries("tasks"));
    }

    @Test
    void putIfAbsentClaimsOnceAndKeepsTheFirstValue() {
        assertTrue(store.putIfAbsent("submitted", "job-7", "node-a"));
        assertFalse(store.putIfAbsent("submitted", "job-7", "node-b"));
        assertFalse(store.putIfAbsent("submitted", "job-7", "node-a"));
        assertEquals(Optional.of("node-a"), store.get("submitted", "job-7"));
        assertTrue(store.putIfAbsent("submitted", "job-8", "node-b"), "another key is another claim");
    }

    @Test
    void replaceNeedsTheCurrentValue() {
        assertFalse(store.replace("retries", "frame-3", "0", "1"), "nothing to replace yet");
        assertEquals(Optional.empty(), store.get("retries", "frame-3"));

        store.put("retries", "frame-3", "0");
        assertFalse(store.replace("retries", "frame-3", "1", "2"));
        assertEquals(Optional.of("0"), store.get("retries", "frame-3"));
        assertTrue(store.replace("retries", "frame-3", "0", "1"));
        assertFalse(store.replace("retries", "frame-3", "0", "1"), "the same expectation twice wins once");
        assertEquals(Optional.of("1"), store.get("retries", "frame-3"));
    }

    @Test
    void removeForgetsOneKey() {
        store.put("tasks", "a", "1");
        store.put("tasks", "b", "2");
        store.remove("tasks", "a");
        store.remove("tasks", "never-there");
        assertEquals(Optional.empty(), store.get("tasks", "a"));
        assertEquals(Map.of("b", "2"), store.entries("tasks"));
        assertTrue(store.putIfAbsent("tasks", "a", "again"), "a removed key can be claimed again");
    }

    @Test
    void namespacesAreIsolated() {
        store.put("watcher-1", "k", "one");
        store.put("watcher-2", "k", "two");
        assertTrue(store.putIfAbsent("watcher-3", "k", "three"));
        store.put("watcher-1", "only-in-1", "x");

        assertEquals(Map.of("k", "one", "only-in-1", "x"), store.entries("watcher-1"));
        assertEquals(Map.of("k", "two"), store.entries("watcher-2"));
        store.remove("watcher-2", "k");
        assertEquals(Optional.of("one"), store.get("watcher-1", "k"));
        assertEquals(Optional.of("three"), store.get("watcher-3", "k"));
    }

    @Test
    void entriesAreASnapshot() {
        store.put("tasks", "a", "1");
        Map<String, String> before = store.entries("tasks");
        store.put("tasks", "b", "2");
        assertEquals(Map.of("a", "1"), before);
        assertThrows(UnsupportedOperationException.class, () -> before.put("c", "3"));
    }

    @Test
    void awkwardValuesAndKeysComeBackUnchanged() {
        for (int i = 0; i < AWKWARD_VALUES.size(); i++) {
            String value = AWKWARD_VALUES.get(i);
            String key = "k" + i + " '\"; --" + "\u00e9\uD83C\uDFA5";
            store.put("awkward", key, value);
            assertEquals(Optional.of(value), store.get("awkward", key), "value " + i);
            assertTrue(store.replace("awkward", key, value, value + "!"), "replace matches value " + i);
            assertEquals(Optional.of(value + "!"), store.get("awkward", key));
        }
        assertTrue(store.putIfAbsent("awkward '\"", "k", AWKWARD_VALUES.get(5)));
        assertEquals(Map.of("k", AWKWARD_VALUES.get(5)), store.entries("awkward '\""));
        assertEquals(AWKWARD_VALUES.size(), store.entries("awkward").size());
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> store.put("tasks", "k", null));
        assertThrows(NullPointerException.class, () -> store.putIfAbsent("tasks", "k", null));
        assertThrows(NullPointerException.class, () -> store.replace("tasks", "k", "a", null));
        assertThrows(NullPointerException.class, () -> store.get(null, "k"));
        assertEquals(Optional.empty(), store.get("tasks", "k"));
    }

    @Test
    void racingClaimsHaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 10; round++) {
            String key = "job-" + round;
            List<Boolean> claims = race(i -> () -> node(i).putIfAbsent("claims", key, "thread-" + i));
            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                if (claims.get(i)) {
                    winners.add(i);
                }
            }
            assertEquals(1, winners.size(), "round " + round + " winners " + winners);
            assertEquals(Optional.of("thread-" + winners.get(0)), store.get("claims", key));
        }
    }

    @Test
    void racingCompareAndSetLosesNoIncrement() throws Exception {
        int perThread = 25;
        store.put("counters", "frames", "0");
        List<Integer> successes = race(i -> () -> {
            int done = 0;
            for (int attempt = 0; done < perThread; attempt++) {
                if (attempt == 100_000) {
                    fail("thread " + i + " starved after " + done + " increments");
                }
                int current = Integer.parseInt(node(i).get("counters", "frames").orElseThrow());
                if (node(i).replace("counters", "frames", Integer.toString(current), Integer.toString(current + 1))) {
                    done++;
                }
            }
            return done;
        });
        assertEquals(THREADS * perThread, successes.stream().mapToInt(Integer::intValue).sum());
        assertEquals(Optional.of(Integer.toString(THREADS * perThread)), store.get("counters", "frames"));
    }

    @Test
    void racingPutsLeaveOneOfTheirValues() throws Exception {
        race(i -> () -> {
            for (int n = 0; n < 10; n++) {
                node(i).put("last-seen", "task", "thread-" + i);
                node(i).remove("last-seen", "other-" + (n % 2));
                node(i).put("last-seen", "other-" + (n % 2), "thread-" + i);
            }
            return null;
        });
        Set<String> values = new HashSet<>(store.entries("last-seen").values());
        assertTrue(store.get("last-seen", "task").orElseThrow().startsWith("thread-"));
        assertTrue(values.stream().allMatch(v -> v.startsWith("thread-")), values.toString());
    }

    /** Starts {@link #THREADS} tasks at once and returns their results in thread order. */
    static <T> List<T> race(IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<T> body = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return body.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                // A bound against a hung database, not a timing assertion.
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
