package io.farmroutes.renderfarm;

import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.spi.render.RenderTask;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Status of many tasks: 100 ids a queryTaskInfo request, a few requests in flight at once, answers in order. */
class FoxStatusBatchTest extends FoxTestSupport {

    private static final String TASK_INFO_PATH = "/api/render/handle/queryTaskInfo/v2";
    private static final Duration LATENCY = Duration.ofMillis(300);

    @Test
    void manyTasksAreReadInBatchesAFewAtATimeAndComeBackInTheOrderAsked() throws Exception {
        List<String> ids = new ArrayList<>(emulator().state().seedSubmittedTasks(1_700, 4, Duration.ZERO).stream()
                .map(String::valueOf).toList());
        Collections.reverse(ids);
        emulator().faults().latency(LATENCY);
        emulator().ledger().clear();

        List<RenderTask> tasks = context.getEndpoint("renderfarm:task/watch", RenderfarmEndpoint.class)
                .renderOperations().status(ids).get(30, TimeUnit.SECONDS);

        assertEquals(ids, tasks.stream().map(RenderTask::renderTaskId).toList());
        List<Instant> arrivals = requests(TASK_INFO_PATH).stream().map(RecordedRequest::at).sorted().toList();
        assertEquals(17, arrivals.size(), "100 ids a request");
        // 17 requests, 8 at a time, each held by the farm: the third round cannot arrive before two delays passed
        Duration spread = Duration.between(arrivals.get(0), arrivals.get(arrivals.size() - 1));
        assertTrue(spread.compareTo(LATENCY.multipliedBy(2)) >= 0,
                "at most 8 requests in flight, yet all arrived within " + spread.toMillis() + " ms");
    }
}
