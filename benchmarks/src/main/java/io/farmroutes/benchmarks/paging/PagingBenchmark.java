package io.farmroutes.benchmarks.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.farmroutes.benchmarks.Benchmark;
import io.farmroutes.benchmarks.ForkedJvm;
import io.farmroutes.benchmarks.Section;
import io.farmroutes.benchmarks.Table;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.fox.FoxSettings;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * {@code frame/listAll} over 200,000 frames: the requests the emulator received for the task against
 * ceil(total / pageSize), and the live heap the reading node grew by, streamed and, for contrast, collected.
 */
public final class PagingBenchmark implements Benchmark {

    static final int FRAMES = 200_000;
    private static final int WARM_UP_FRAMES = 2_000;
    private static final double GROWTH_GOAL_MB = 32;
    private static final String FRAMES_PATH = "/api/render/handle/queryTaskFrames";
    private static final String NODE_HEAP = "-Xmx1g";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One reading: how, with which page size. */
    private record Reading(String mode, int pageSize) {
    }

    @Override
    public String name() {
        return "paging";
    }

    @Override
    public Section run() throws Exception {
        Section section = new Section("frame/listAll over 200,000 frames");
        Table table = new Table("reading", "page size", "frames (checksum)", "requests for the task",
                "ceil(total / pageSize)", "live heap before (MB)", "largest live heap (MB)", "growth (MB)",
                "wall (ms)", "node CPU (ms)");
        try (FoxEmulator fox = FoxEmulator.start(new FoxSettings(), 0)) {
            long task = fox.state().seedFinishedTask(FRAMES);
            long warmUp = fox.state().seedFinishedTask(WARM_UP_FRAMES);
            long expectedSum = (long) FRAMES * (FRAMES + 1) / 2;
            for (Reading reading : new Reading[] {new Reading("stream", 1000), new Reading("stream", 300),
                    new Reading("collect", 1000)}) {
                fox.ledger().clear();
                Map<String, Object> node = ForkedJvm.of(ListAllNode.class).option(NODE_HEAP)
                        .timeout(Duration.ofMinutes(5)).run(fox.domain(), Long.toString(task), Long.toString(warmUp),
                                Integer.toString(reading.pageSize()), reading.mode());
                long frames = number(node, "frames");
                boolean complete = frames == FRAMES && number(node, "frameNumberSum") == expectedSum;
                long requests = requestsFor(fox, task);
                long minimum = (FRAMES + reading.pageSize() - 1) / reading.pageSize();
                double growth = (double) node.get("maxLiveMb") - (double) node.get("baselineMb");
                String how = reading.mode().equals("stream") ? "`frame/listAll` + `split().streaming()`"
                        : "`frame/list` pages collected in a list";
                table.add(how, reading.pageSize(), frames + (complete ? " (sum ok)" : " (**sum wrong**)"), requests,
                        minimum, mb(node.get("baselineMb")), mb(node.get("maxLiveMb")), mb(growth),
                        node.get("wallMs"), node.get("cpuMs"));
                if (reading.mode().equals("stream")) {
                    section.goal("requests = ceil(total/pageSize), pageSize " + reading.pageSize(),
                            requests + " requests for " + minimum + "; " + frames + " frames, each once",
                            requests == minimum && complete);
                    section.goal("heap growth ≤ 32 MB, pageSize " + reading.pageSize(), mb(growth) + " MB",
                            growth <= GROWTH_GOAL_MB);
                }
            }
        }
        section.add("One Fox emulator in the harness JVM holds a finished task of " + FRAMES + " frames; each"
                + " reading runs in a node JVM of its own (" + NODE_HEAP + ") that first reads a " + WARM_UP_FRAMES
                + "-frame task (class loading, pools), then takes its baseline live heap after a full collection,"
                + " then reads the big task and takes the live heap after a full collection every 20,000 frames"
                + " and at the end (with the collected list still referenced). Growth = largest − baseline."
                + " Requests are the `queryTaskFrames` requests the emulator received for the big task. The"
                + " checksum is the sum of the frame numbers, which must be 1 + 2 + … + " + FRAMES + ".");
        section.add(table);
        return section;
    }

    private static long requestsFor(FoxEmulator fox, long task) throws IOException {
        long count = 0;
        for (RecordedRequest request : fox.ledger().requests()) {
            if (request.path().equals(FRAMES_PATH)) {
                JsonNode body = JSON.readTree(request.bodyText());
                if (body.path("taskId").asLong() == task) {
                    count++;
                }
            }
        }
        return count;
    }

    private static long number(Map<String, Object> node, String key) {
        return ((Number) node.get(key)).longValue();
    }

    private static String mb(Object value) {
        return String.format("%.1f", ((Number) value).doubleValue());
    }
}
