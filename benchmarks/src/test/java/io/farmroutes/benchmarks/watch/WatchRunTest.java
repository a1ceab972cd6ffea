package io.farmroutes.benchmarks.watch;

import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.fox.FoxSettings;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watch benchmark's node at a tiny size, in this JVM: the farm sees every task asked for once per poll. */
class WatchRunTest {

    @Test
    void everyTaskIsAskedForExactlyOnceInEveryPoll() throws Exception {
        int size = Integer.getInteger("watch.test.size", 300);
        int polls = Integer.getInteger("watch.test.polls", 2);
        FoxSettings settings = new FoxSettings().frameRenderTime(Duration.ofSeconds(5)).parallelFrames(4);
        try (FoxEmulator fox = FoxEmulator.start(settings, 0)) {
            List<String> ids = fox.state().seedSubmittedTasks(size, 20, Duration.ofSeconds(5)).stream()
                    .map(String::valueOf).toList();
            fox.ledger().clear();

            WatchRun.Outcome outcome = WatchRun.run(fox.domain(), ids, 500, polls, 20_000);

            assertTrue(outcome.complete(), "the polls ended in time: " + outcome.cycles());
            List<PollCoverage.PolledCycle> coverage = PollCoverage.check(ids, outcome.cycles(),
                    fox.ledger().requests());
            assertEquals(polls, coverage.size());
            coverage.forEach(poll -> assertTrue(poll.everyTaskOnce(), "every task once per poll: " + coverage));
            assertEquals((size + 99) / 100, coverage.get(0).requests(), "100 task ids a request");
            assertEquals(size, outcome.cycles().get(0).emitted(), "the first poll emits every task");
            assertTrue(outcome.routed() >= size, "the route counted what was emitted");
        }
    }
}
