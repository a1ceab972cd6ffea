package io.farmroutes.benchmarks.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.farmroutes.sandbox.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether every watched task was asked for in every poll, judged from what the emulator received (not from what
 * the client says): the {@code taskIds} of each queryTaskInfo request, grouped by the poll whose time window
 * holds it. Both sides read the same wall clock, and a request is received after its poll began and before it
 * ended, so the windows need no slack (and polls that run back to back do not steal each other's requests).
 */
public final class PollCoverage {

    /** The farm's task-status path. */
    public static final String TASK_INFO_PATH = "/api/render/handle/queryTaskInfo/v2";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One poll as the farm saw it: its requests, and whether each watched task was in exactly one of them. */
    public record PolledCycle(int requests, int idsAsked, boolean everyTaskOnce) {
    }

    private PollCoverage() {
    }

    /** Per poll, in order; requests outside every window are ignored. */
    public static List<PolledCycle> check(Collection<String> watched, List<WatchCycles.Cycle> cycles,
                                          List<RecordedRequest> requests) {
        List<PolledCycle> polled = new ArrayList<>();
        for (WatchCycles.Cycle cycle : cycles) {
            long from = cycle.beginEpochMicros();
            long to = cycle.endEpochMicros();
            Map<String, Integer> asked = new HashMap<>();
            int count = 0;
            int ids = 0;
            for (RecordedRequest request : requests) {
                long at = request.at().getEpochSecond() * 1_000_000L + request.at().getNano() / 1_000;
                if (!request.path().equals(TASK_INFO_PATH) || at < from || at > to) {
                    continue;
                }
                count++;
                for (JsonNode id : taskIds(request)) {
                    asked.merge(id.asText(), 1, Integer::sum);
                    ids++;
                }
            }
            boolean once = asked.size() == watched.size() && ids == watched.size()
                    && watched.stream().allMatch(id -> asked.getOrDefault(id, 0) == 1);
            polled.add(new PolledCycle(count, ids, once));
        }
        return polled;
    }

    private static JsonNode taskIds(RecordedRequest request) {
        try {
            return JSON.readTree(request.body()).path("taskIds");
        } catch (IOException e) {
            throw new UncheckedIOException("a queryTaskInfo body that is not JSON", e);
        }
    }
}
