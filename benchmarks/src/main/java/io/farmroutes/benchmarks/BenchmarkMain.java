package io.farmroutes.benchmarks;

import io.farmroutes.benchmarks.overhead.OverheadBenchmark;
import io.farmroutes.benchmarks.paging.PagingBenchmark;
import io.farmroutes.benchmarks.startup.StartupBenchmark;
import io.farmroutes.benchmarks.tickets.TicketTrackingBenchmark;
import io.farmroutes.benchmarks.watch.WatchBenchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the benchmarks one after the other and writes their sections, with the command and the machine, to one
 * markdown file: {@code BenchmarkMain <report.md> [all|name,name]}.
 */
public final class BenchmarkMain {

    /** The command README.md and BENCHMARKS.md give. */
    static final String COMMAND = "mvn -B -q -DskipTests -Pbenchmarks -pl benchmarks -am verify";

    private BenchmarkMain() {
    }

    /** Every benchmark, in report order. */
    static List<Benchmark> all() {
        return List.of(new OverheadBenchmark(), new WatchBenchmark(), new PagingBenchmark(),
                new TicketTrackingBenchmark(), new StartupBenchmark());
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: BenchmarkMain <report.md> [all|name,name,...]");
        }
        Path report = Path.of(args[0]);
        List<Benchmark> chosen = choose(args.length > 1 ? args[1] : "all");
        Instant started = Instant.now();
        Map<String, Section> sections = new LinkedHashMap<>();
        boolean failed = false;
        for (Benchmark benchmark : chosen) {
            System.out.println("== " + benchmark.name());
            Instant begin = Instant.now();
            Section section;
            try {
                section = benchmark.run();
            } catch (Exception | Error e) {
                failed = true;
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                System.out.println(trace);
                section = new Section(benchmark.name() + " (failed)").add("The run failed: `" + e + "`");
            }
            System.out.println("== " + benchmark.name() + " took " + Duration.between(begin, Instant.now()).toSeconds()
                    + " s");
            section.goals().forEach(goal -> System.out.println("   " + (goal.met() ? "met    " : "MISSED ")
                    + goal.goal() + ": " + goal.measured()));
            sections.put(benchmark.name(), section);
        }
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, markdown(sections, started), StandardCharsets.UTF_8);
        System.out.println("report: " + report.toAbsolutePath());
        if (failed) {
            System.exit(1);
        }
    }

    private static List<Benchmark> choose(String selection) {
        if (selection.isBlank() || selection.equals("all")) {
            return all();
        }
        Set<String> names = Arrays.stream(selection.split(",")).map(String::strip).collect(Collectors.toSet());
        List<Benchmark> chosen = new ArrayList<>();
        for (Benchmark benchmark : all()) {
            if (names.remove(benchmark.name())) {
                chosen.add(benchmark);
            }
        }
        if (!names.isEmpty()) {
            throw new IllegalArgumentException("no benchmark named " + names + "; there are "
                    + all().stream().map(Benchmark::name).toList());
        }
        return chosen;
    }

    private static String markdown(Map<String, Section> sections, Instant started) {
        StringBuilder out = new StringBuilder();
        out.append("Measured ").append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                started.atOffset(ZoneOffset.UTC).withNano(0))).append(" UTC on ").append(Machine.describe())
                .append(", by `").append(COMMAND).append("`.\n\n");
        sections.values().forEach(section -> out.append(section.markdown()));
        return out.toString();
    }
}
