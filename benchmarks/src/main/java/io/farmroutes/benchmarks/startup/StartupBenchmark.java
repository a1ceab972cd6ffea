package io.farmroutes.benchmarks.startup;

import io.farmroutes.benchmarks.Benchmark;
import io.farmroutes.benchmarks.ForkedJvm;
import io.farmroutes.benchmarks.Quantiles;
import io.farmroutes.benchmarks.Section;
import io.farmroutes.benchmarks.Table;
import io.farmroutes.sandbox.boinc.BoincEmulator;
import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.ipernity.IpernityEmulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Start-up of a CamelContext with the three components and the render pipeline, each in a fresh JVM, against a
 * context with one plain route started the same way in the same run.
 */
public final class StartupBenchmark implements Benchmark {

    private static final int RUNS = 7;
    private static final double GOAL_MS = 1500;

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public Section run() throws Exception {
        List<Map<String, Object>> full = new ArrayList<>();
        List<Map<String, Object>> bare = new ArrayList<>();
        Path share = Files.createTempDirectory("farmroutes-startup");
        try (FoxEmulator fox = FoxEmulator.start(); BoincEmulator boinc = BoincEmulator.start();
             IpernityEmulator ipernity = IpernityEmulator.start()) {
            // alternate, so that whatever else the machine does falls on both kinds alike
            for (int i = 0; i < RUNS; i++) {
                bare.add(node("bare", fox, boinc, ipernity, share));
                full.add(node("full", fox, boinc, ipernity, share));
            }
        }
        double fullMedian = median(full, "mainToStartedMs");
        double bareMedian = median(bare, "mainToStartedMs");
        Section section = new Section("Start-up of a CamelContext with the three components and the pipeline");
        section.goal("start-up ≤ 1.5 s (median of " + RUNS + " fresh JVMs, main to started)",
                String.format("%.0f ms (max %.0f ms)", fullMedian, max(full, "mainToStartedMs")),
                fullMedian <= GOAL_MS);
        section.add("Each start is a fresh JVM (the harness's class path, default flags) that builds and starts a"
                + " CamelContext, timed from the first line of `main` to `start()` returning; the JVM's own boot"
                + " before `main` is shown apart. The full context has `renderfarm:` (Fox), `boinc:` and"
                + " `ipernity:` configured for the emulators, `RenderPipeline` (its submit, watcher, resubmit and"
                + " resume routes), publication to `ipernity:upload/file`, the `ipernity:upload/checkTickets`"
                + " consumer and a `boinc:account/info` route. The baseline is a context with one `direct:` route"
                + " and none of our components, started the same way, alternating with the full one.");
        Table table = new Table("context", "routes", "main → started, median (ms)", "max (ms)",
                "JVM boot → main, median (ms)", "JVM boot → started, median (ms)");
        table.add("full (3 components + pipeline)", full.get(0).get("routes"), round(fullMedian),
                round(max(full, "mainToStartedMs")), round(median(full, "jvmToMainMs")),
                round(median(full, "jvmToStartedMs")));
        table.add("baseline (one direct: route)", bare.get(0).get("routes"), round(bareMedian),
                round(max(bare, "mainToStartedMs")), round(median(bare, "jvmToMainMs")),
                round(median(bare, "jvmToStartedMs")));
        section.add(table);
        section.add(String.format("Full / baseline, main → started: %.2f×.", fullMedian / bareMedian));
        return section;
    }

    private static Map<String, Object> node(String kind, FoxEmulator fox, BoincEmulator boinc,
                                            IpernityEmulator ipernity, Path share) throws Exception {
        return ForkedJvm.of(StartupNode.class).timeout(Duration.ofMinutes(2))
                .run(kind, fox.domain(), boinc.masterUrl(), ipernity.baseUrl(), share.toString());
    }

    private static double median(List<Map<String, Object>> runs, String key) {
        return Quantiles.median(runs.stream().map(run -> (Number) run.get(key)).toList());
    }

    private static double max(List<Map<String, Object>> runs, String key) {
        return runs.stream().mapToDouble(run -> ((Number) run.get(key)).doubleValue()).max().orElseThrow();
    }

    private static String round(double millis) {
        return String.format("%.0f", millis);
    }
}
