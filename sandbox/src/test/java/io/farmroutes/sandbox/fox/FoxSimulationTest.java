package io.farmroutes.sandbox.fox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The lazy render simulation, driven by a hand-moved clock so that every step is exact. */
class FoxSimulationTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private static FoxState state(FoxSettings settings) {
        FoxState state = new FoxState(settings);
        state.clock(Clock.fixed(T0, ZoneOffset.UTC));
        return state;
    }

    private static void at(FoxState state, Duration sinceStart) {
        state.clock(Clock.fixed(T0.plus(sinceStart), ZoneOffset.UTC));
    }

    @Test
    void framesRenderInBatchesOfTheParallelLimit() {
        FoxSettings settings = new FoxSettings().frameRenderTime(Duration.ofSeconds(10)).parallelFrames(3)
                .failureRate(0);
        FoxState state = state(settings);
        long id = state.seedSubmittedTask(7);
        assertEquals(List.of(2, 2, 2, 1, 1, 1, 1), state.task(id).frameStatuses());
        assertEquals(5, state.task(id).status());
        at(state, Duration.ofSeconds(10));
        assertEquals(List.of(4, 4, 4, 2, 2, 2, 1), state.task(id).frameStatuses());
        at(state, Duration.ofSeconds(29));
        assertEquals(List.of(4, 4, 4, 4, 4, 4, 2), state.task(id).frameStatuses());
        at(state, Duration.ofSeconds(30));
        assertEquals(25, state.task(id).status());
    }

    @Test
    void failuresDependOnlyOnTheSeedAndIds() {
        FoxSettings settings = new FoxSettings().frameRenderTime(Duration.ofSeconds(1)).parallelFrames(100)
                .failureRate(0.5).seed(99);
        FoxState a = state(settings);
        FoxState b = state(settings);
        long ida = a.seedSubmittedTask(200);
        long idb = b.seedSubmittedTask(200);
        // one state is looked at after every second, the other only at the end: same outcome
        for (int s = 1; s <= 3; s++) {
            at(a, Duration.ofSeconds(s));
            a.task(ida);
        }
        at(b, Duration.ofSeconds(5));
        List<Integer> sa = a.task(ida).frameStatuses();
        assertEquals(sa, b.task(idb).frameStatuses());
        long failed = sa.stream().filter(s -> s == 5).count();
        assertTrue(failed > 60 && failed < 140, "failed " + failed);
        assertEquals(30, a.task(ida).status());
    }

    @Test
    void aStartDelayHoldsTheTaskAtWaiting() {
        FoxSettings settings = new FoxSettings().frameRenderTime(Duration.ofSeconds(1)).failureRate(0)
                .startDelay(Duration.ofSeconds(30));
        FoxState state = state(settings);
        long id = state.seedSubmittedTask(2);
        at(state, Duration.ofSeconds(29));
        assertEquals(0, state.task(id).status());
        at(state, Duration.ofSeconds(30));
        assertEquals(5, state.task(id).status());
        at(state, Duration.ofSeconds(31));
        assertEquals(25, state.task(id).status());
    }

    @Test
    void bulkSeededTasksRenderStaggeredSoThatSomeMoveAtEveryLook() {
        FoxSettings settings = new FoxSettings().frameRenderTime(Duration.ofSeconds(10)).parallelFrames(2)
                .failureRate(0);
        FoxState state = state(settings);
        List<Long> ids = state.seedSubmittedTasks(10, 6, Duration.ofSeconds(10));
        assertEquals(10, ids.size());
        assertEquals(10, ids.stream().distinct().count());
        // the first was submitted now, the last 9 s ago: none has finished a frame yet, all are rendering
        ids.forEach(id -> assertEquals(5, state.task(id).status()));
        assertEquals(List.of(2, 2, 1, 1, 1, 1), state.task(ids.get(9)).frameStatuses());
        // 2.5 s later only the two submitted earliest (9 s and 8 s before) have finished their first frames
        at(state, Duration.ofMillis(2500));
        long moved = ids.stream().filter(id -> state.task(id).frameStatuses().get(0) == 4).count();
        assertEquals(2, moved);
        at(state, Duration.ofSeconds(30));
        ids.forEach(id -> assertEquals(25, state.task(id).status()));
    }

    @Test
    void frameRanges() {
        assertEquals(List.of(1, 3, 5), FrameRange.parse("1-5[2]"));
        assertEquals(List.of(1, 2, 3), FrameRange.parse("1-3"));
        assertEquals(List.of(5), FrameRange.parse("5"));
        assertEquals(List.of(1, 2, 7), FrameRange.parse("1-2,7"));
    }

    @Test
    void seedingTwentyThousandFinishedFramesIsCheap() {
        FoxState state = state(new FoxSettings());
        long start = System.nanoTime();
        long id = state.seedFinishedTask(20_000);
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
        assertEquals(20_000, state.task(id).frames(4));
        assertEquals(25, state.task(id).status());
    }
}
