package io.farmroutes.benchmarks.overhead;

import io.farmroutes.benchmarks.Benchmark;
import io.farmroutes.benchmarks.ForkedJvm;
import io.farmroutes.benchmarks.Section;
import io.farmroutes.benchmarks.Table;
import io.farmroutes.sandbox.boinc.BoincEmulator;
import io.farmroutes.sandbox.boinc.BoincSettings;
import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.fox.FoxSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Per-call overhead: {@code renderfarm:frame/list} and {@code boinc:account/info} through a CamelContext against
 * the same requests made with the JDK HTTP client and Jackson, measured by JMH at 1 and 32 threads. The
 * emulators run here, so that JMH's fork holds only the clients.
 */
public final class OverheadBenchmark implements Benchmark {

    /** The issue's goal: Camel's time per call at most this multiple of the bare client's. */
    static final double GOAL_RATIO = 1.15;

    private static final int[] THREADS = {1, 32};
    private static final int SEEDED_FRAMES = 200;
    /** The interleaved comparison: rounds of one slice per side, alternating which goes first. */
    private static final long SLICE_MILLIS = 500;
    private static final int WARM_UP_SLICES = 2;
    private static final int ROUNDS = 16;

    /** The operations, each with the benchmark methods of its two sides. */
    private static final List<Operation> OPERATIONS = List.of(
            new Operation("frame/list", "frameListCamel", "frameListBare"),
            new Operation("account/info", "accountInfoCamel", "accountInfoBare"));

    @Override
    public String name() {
        return "overhead";
    }

    @Override
    public Section run() throws Exception {
        List<Measurement> measurements = new ArrayList<>();
        Map<String, Object> paired;
        try (FoxEmulator fox = FoxEmulator.start(new FoxSettings(), 0);
             BoincEmulator boinc = BoincEmulator.start(new BoincSettings())) {
            // hundreds of thousands of calls: count them, do not keep them
            fox.ledger().keepRequests(false);
            boinc.ledger().keepRequests(false);
            OverheadTarget target = OverheadTarget.of(fox, boinc, SEEDED_FRAMES);
            Path targetFile = target.writeTempFile();
            try {
                for (int threads : THREADS) {
                    for (RunResult run : new Runner(options(targetFile, threads)).run()) {
                        measurements.add(Measurement.of(run));
                    }
                }
                paired = ForkedJvm.of(PairedNode.class).option("-Xmx512m").option(OverheadTarget.option(targetFile))
                        .timeout(Duration.ofMinutes(10)).run(Long.toString(SLICE_MILLIS),
                                Integer.toString(WARM_UP_SLICES), Integer.toString(ROUNDS), "1", "32");
            } finally {
                Files.deleteIfExists(targetFile);
            }
            return section(measurements, paired, fox.ledger().count() + boinc.ledger().count());
        }
    }

    private static Options options(Path targetFile, int threads) {
        return new OptionsBuilder()
                .include(OverheadCalls.class.getName() + "\\.")
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .threads(threads)
                .addProfiler(GCProfiler.class)
                .addProfiler(ClientCpuProfiler.class)
                .jvmArgsAppend("-Xmx512m", OverheadTarget.option(targetFile))
                .shouldFailOnError(true)
                .build();
    }

    private static Section section(List<Measurement> measurements, Map<String, Object> paired, long requests) {
        Section section = new Section("Per-call overhead");
        Table table = new Table("operation", "threads", "Camel / bare, interleaved: median (middle half)",
                "same, synchronous=true", "Camel µs/op", "bare µs/op", "Camel / bare, JMH", "Camel alloc/op",
                "bare alloc/op", "Camel CPU µs/op", "bare CPU µs/op");
        for (Operation operation : OPERATIONS) {
            for (int threads : THREADS) {
                Measurement camel = find(measurements, operation.camelMethod(), threads);
                Measurement bare = find(measurements, operation.bareMethod(), threads);
                String key = operation.name() + "@" + threads;
                RatioSpread rounds = RatioSpread.of(paired.get(key));
                RatioSpread waiting = RatioSpread.of(paired.get(key + "/synchronous"));
                String at = " at " + threads + (threads == 1 ? " thread" : " threads");
                section.goal(operation.name() + " ≤ " + GOAL_RATIO + "× bare" + at, spread(rounds),
                        rounds.median() <= GOAL_RATIO);
                section.goal(operation.name() + "?synchronous=true ≤ " + GOAL_RATIO + "× bare" + at,
                        spread(waiting), waiting.median() <= GOAL_RATIO);
                table.add(operation.name(), threads, brief(rounds), brief(waiting), camel.time(), bare.time(),
                        ratio(camel.microsPerOp() / bare.microsPerOp()), camel.allocation(), bare.allocation(),
                        camel.cpu(), bare.cpu());
            }
        }
        section.add("The goals are judged on the interleaved comparison: in a node JVM of its own, each side makes"
                + " the call back to back on every thread for a " + SLICE_MILLIS + " ms slice, the two sides"
                + " alternating (A B, then B A, …) for " + ROUNDS + " rounds after " + WARM_UP_SLICES + " warm-up"
                + " slices each; a round's ratio is Camel's mean time per call over the bare client's in the"
                + " adjacent slice. The machine is a shared virtual one (steal time of 15–25 % was seen while"
                + " measuring), so averages taken a minute apart, as JMH takes one benchmark after the other, can"
                + " differ by more than the overhead being measured; adjacent slices see the same machine. By"
                + " default a producer releases the calling thread while the service answers and continues the"
                + " route on the component's completion pool, one thread hand-off more per call than the bare"
                + " client; with `synchronous=true` the calling thread waits and continues the route itself.");
        section.add("Each call is one request to an emulator on 127.0.0.1 in the harness JVM; JMH measures the"
                + " clients in a fork of their own: average wall time per call (± the 99.9 % interval), memory"
                + " allocated per call by every thread of the fork (JMH's gc profiler) and the fork's CPU time per"
                + " call (I/O threads and GC included). The emulators' work is in none of the last two, so they"
                + " show the client's own cost, and they move far less than wall time when other processes share"
                + " the cores. `frame/list` reads page 1 of a finished task's " + SEEDED_FRAMES + " frames, "
                + OverheadTarget.PAGE_SIZE + " to the page: a signed POST whose JSON envelope is checked for code"
                + " 200 and bound to typed frames. `account/info` is a GET of `am_get_info.php` whose XML is"
                + " checked for `<success/>` and bound to a typed account. The Camel side sends each call through"
                + " a ProducerTemplate to an endpoint resolved once (as a route's `to()` is), with the task id or"
                + " account key as a header, and gets the component's model (every field, unknown ones kept, the"
                + " preference XML kept verbatim); the bare side makes the same request with one shared JDK"
                + " `HttpClient` and binds the answer with Jackson to small records, ignoring what it does not"
                + " bind. Both sides run in the same JMH run against the same emulators; at 32 threads the"
                + " emulators share the two cores with the clients, so that row compares throughput under"
                + " contention rather than latency.");
        section.add(table);
        section.add("Requests served by the emulators during the run: " + requests + ".");
        return section;
    }

    private static Measurement find(List<Measurement> measurements, String method, int threads) {
        return measurements.stream().filter(m -> m.method().equals(method) && m.threads() == threads).findFirst()
                .orElseThrow(() -> new IllegalStateException("JMH gave no result for " + method + " at "
                        + threads + " threads"));
    }

    private static String spread(RatioSpread rounds) {
        return ratio(rounds.median()) + " (median of " + rounds.count() + " interleaved rounds; middle half "
                + ratio(rounds.lowerQuartile()) + "–" + ratio(rounds.upperQuartile()) + ")";
    }

    private static String brief(RatioSpread rounds) {
        return ratio(rounds.median()) + " (" + ratio(rounds.lowerQuartile()) + "–" + ratio(rounds.upperQuartile())
                + ")";
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    /** An operation and the benchmark methods of its Camel and bare sides in {@link OverheadCalls}. */
    private record Operation(String name, String camelMethod, String bareMethod) {
    }
}
