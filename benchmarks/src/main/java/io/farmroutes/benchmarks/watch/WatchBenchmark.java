package io.farmroutes.benchmarks.watch;

import io.farmroutes.benchmarks.Benchmark;
import io.farmroutes.benchmarks.ForkedJvm;
import io.farmroutes.benchmarks.Section;
import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.fox.FoxSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Watching thousands of active tasks: the component's own {@code renderfarm:task/watch} in a node held to
 * {@code -Xmx256m}, against a Fox emulator whose tasks keep rendering, at 1,000 to 10,000 tasks; the farm's side
 * checks that every task is asked for once in every poll.
 */
public final class WatchBenchmark implements Benchmark {

    static final int[] SIZES = {1_000, 2_500, 5_000, 10_000};
    /** The real cycle is 30 s; the run is ten times faster. */
    static final long REAL_PERIOD_MS = 30_000;
    static final int SCALE = 10;
    static final long PERIOD_MS = REAL_PERIOD_MS / SCALE;
    /** A young JVM still compiles the hot paths in its first polls: their CPU would count as the watcher's. */
    static final int WARM_UP_POLLS = 2;
    static final int MEASURED_POLLS = 6;
    static final String HEAP = "-Xmx256m";
    /** Frames long enough that no task ends during a run, staggered so that a tenth of them move every poll. */
    static final Duration FRAME_TIME = Duration.ofSeconds(30);
    static final int FRAMES_PER_TASK = 20;

    @Override
    public String name() {
        return "watch";
    }

    @Override
    public Section run() throws Exception {
        List<SizeResult> results = new ArrayList<>();
        for (int size : SIZES) {
            results.add(measure(size));
        }
        return WatchReport.section(results);
    }

    /** One size: a fresh emulator with that many rendering tasks, a fresh node watching them. */
    private SizeResult measure(int size) throws Exception {
        FoxSettings settings = new FoxSettings().frameRenderTime(FRAME_TIME).parallelFrames(4);
        Path idsFile = Files.createTempFile("watch-ids-", ".txt");
        try (FoxEmulator fox = FoxEmulator.start(settings, 0)) {
            List<String> ids = fox.state().seedSubmittedTasks(size, FRAMES_PER_TASK, FRAME_TIME).stream()
                    .map(String::valueOf).toList();
            Files.write(idsFile, ids);
            fox.ledger().clear();
            int polls = WARM_UP_POLLS + MEASURED_POLLS;
            long limitMs = 200 + polls * PERIOD_MS + 60_000;
            // Camel's start-up lines would bury the progress lines of the run
            Map<String, Object> result = ForkedJvm.of(WatchNode.class).option(HEAP)
                    .option("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
                    .timeout(Duration.ofMillis(limitMs + 30_000))
                    .run(fox.domain(), idsFile.toString(), Long.toString(PERIOD_MS), Integer.toString(polls),
                            Long.toString(limitMs));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rawCycles = (List<Map<String, Object>>) result.get("cycles");
            List<WatchCycles.Cycle> cycles = rawCycles.stream().map(WatchNode::cycle).toList();
            List<PollCoverage.PolledCycle> coverage = PollCoverage.check(ids, cycles,
                    fox.ledger().requests());
            SizeResult sized = SizeResult.of(size, cycles, coverage, WARM_UP_POLLS,
                    ((Number) result.get("liveHeapMb")).doubleValue(), Boolean.TRUE.equals(result.get("complete")));
            System.out.println(String.format(Locale.ROOT, "   %d tasks: median %.0f ms, max %.0f ms, cpu %.0f ms/poll,"
                    + " live heap %.1f MB, covered %d/%d", size, sized.medianMs(), sized.maxMs(), sized.cpuMsPerPoll(),
                    sized.liveHeapMb(), sized.coveredPolls(), sized.polls()));
            return sized;
        } finally {
            Files.deleteIfExists(idsFile);
        }
    }
}
