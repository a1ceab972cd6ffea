package io.farmroutes.benchmarks.watch;

import io.farmroutes.benchmarks.ForkedJvm;
import io.farmroutes.benchmarks.Resources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The watcher in a JVM of its own, so that its heap limit and CPU are its own:
 * {@code WatchNode <domain> <task-ids-file> <period-ms> <polls> <limit-ms>}; reports every poll.
 */
public final class WatchNode {

    private WatchNode() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: WatchNode <domain> <task-ids-file> <period-ms> <polls> <limit-ms>");
        }
        List<String> taskIds = Files.readAllLines(Path.of(args[1])).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        WatchRun.Outcome outcome = WatchRun.run(args[0], taskIds, Long.parseLong(args[2]), Integer.parseInt(args[3]),
                Long.parseLong(args[4]));
        List<Map<String, Object>> cycles = new ArrayList<>();
        for (WatchCycles.Cycle cycle : outcome.cycles()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("beginEpochMicros", cycle.beginEpochMicros());
            values.put("endEpochMicros", cycle.endEpochMicros());
            values.put("nanos", cycle.nanos());
            values.put("emitted", cycle.emitted());
            values.put("cpuNanosAfter", cycle.cpuNanosAfter());
            values.put("heapAfterLastGcMb", cycle.heapAfterLastGcMb());
            values.put("failure", cycle.failure());
            cycles.add(values);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("cycles", cycles);
        result.put("routed", outcome.routed());
        result.put("liveHeapMb", outcome.liveHeapMb());
        result.put("maxHeapMb", Resources.maxHeapMb());
        result.put("complete", outcome.complete());
        ForkedJvm.result(result);
    }

    /** Reads a cycle back from the node's result. */
    static WatchCycles.Cycle cycle(Map<String, Object> values) {
        return new WatchCycles.Cycle(number(values, "beginEpochMicros").longValue(),
                number(values, "endEpochMicros").longValue(), number(values, "nanos").longValue(),
                number(values, "emitted").intValue(), number(values, "cpuNanosAfter").longValue(),
                number(values, "heapAfterLastGcMb").doubleValue(), (String) values.get("failure"));
    }

    private static Number number(Map<String, Object> values, String key) {
        return (Number) values.get(key);
    }
}
