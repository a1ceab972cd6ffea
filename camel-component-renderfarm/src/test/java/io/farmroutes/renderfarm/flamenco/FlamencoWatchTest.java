package io.farmroutes.renderfarm.flamenco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.RenderfarmEndpoint;
import io.farmroutes.spi.render.RenderJob;
import io.farmroutes.spi.render.RenderOperations;
import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.render.RenderTask;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

/** task/watch and frame/watch on Flamenco: job changes and failed chunks, each emitted once. */
class FlamencoWatchTest extends FlamencoTestSupport {

    @Test
    void failedChunksAreEmittedOnceAndTheJobChangesAreFollowed() throws Exception {
        emulator().settings().failureRate(1.0).retryFailureRate(0.0);
        RenderOperations ops = context.getEndpoint("renderfarm:job/list", RenderfarmEndpoint.class)
                .renderOperations();
        String jobId = ops.create(new RenderJob("watched", "main.blend", "1-4", "blender", Map.of("chunkSize", 2)))
                .get().renderTaskId();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("renderfarm:frame/watch?delay=50&initialDelay=0&watchStatuses=FAILED&watchTaskIds=" + jobId)
                        .to("mock:failed");
                from("renderfarm:task/watch?delay=50&initialDelay=0&watchTaskIds=" + jobId).to("mock:job");
            }
        });
        MockEndpoint failed = getMockEndpoint("mock:failed");
        MockEndpoint job = getMockEndpoint("mock:job");
        job.expectedMinimumMessageCount(1);
        job.assertIsSatisfied(10_000);

        ops.submit(jobId).get();
        clock.advance(Duration.ofMinutes(5));
        failed.expectedMessageCount(2);
        failed.assertIsSatisfied(10_000);
        Set<String> chunks = failed.getExchanges().stream()
                .map(e -> e.getMessage().getHeader(RenderfarmConstants.FRAME_INDEX, String.class))
                .collect(Collectors.toSet());
        assertEquals(Set.of("1-2", "3-4"), chunks);
        for (Exchange e : failed.getExchanges()) {
            assertEquals(jobId, e.getMessage().getHeader(RenderfarmConstants.TASK_ID));
            assertEquals(RenderStatus.FAILED, e.getMessage().getHeader(RenderfarmConstants.NEW_STATUS));
        }

        awaitStatus(job, RenderStatus.FAILED);
        ops.resubmitFrames(jobId, List.of()).get();
        clock.advance(Duration.ofMinutes(5));
        List<RenderStatus> seen = awaitStatus(job, RenderStatus.DONE);
        assertEquals(RenderStatus.DONE, seen.get(seen.size() - 1), seen.toString());
        assertEquals(2, failed.getReceivedCounter(), "no chunk emitted again after its successful re-run");
    }

    @Test
    void frameWatchToFrameResubmitIsTheSameRouteAsOnAnyFarm() throws Exception {
        emulator().settings().failureRate(1.0).retryFailureRate(0.0);
        RenderOperations ops = context.getEndpoint("renderfarm:job/list", RenderfarmEndpoint.class)
                .renderOperations();
        String jobId = ops.create(new RenderJob("loop", "main.blend", "1-6", "blender", Map.of("chunkSize", 2)))
                .get().renderTaskId();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("renderfarm:frame/watch?delay=50&initialDelay=0&watchStatuses=FAILED&watchTaskIds=" + jobId)
                        .to("renderfarm:frame/resubmit")
                        .to("mock:resubmitted");
            }
        });
        ops.submit(jobId).get();
        clock.advance(Duration.ofMinutes(5));
        MockEndpoint resubmitted = getMockEndpoint("mock:resubmitted");
        resubmitted.expectedMessageCount(3);
        resubmitted.assertIsSatisfied(10_000);
        clock.advance(Duration.ofMinutes(5));
        RenderTask done = ops.status(List.of(jobId)).get().get(0);
        assertEquals(RenderStatus.DONE, done.renderStatus(), done.toString());
        for (var task : emulator().state().job(Long.parseLong(jobId)).orElseThrow().tasks()) {
            assertEquals(2, task.dispatches(), "three failures, one respawn: each chunk ran twice " + task);
        }
        assertEquals(1, requests("PUT", "/jobs").size(), "the later requests found nothing failed any more");
        assertTrue(resubmitted.getExchanges().get(0).getMessage().getBody(List.class).size() == 1);
    }

    /** The task watcher polls on its own schedule: a bounded wait for it to have emitted this status. */
    private static List<RenderStatus> awaitStatus(MockEndpoint job, RenderStatus status) throws InterruptedException {
        List<RenderStatus> seen = jobStatuses(job);
        for (int poll = 0; poll < 400 && !seen.contains(status); poll++) {
            Thread.sleep(25);
            seen = jobStatuses(job);
        }
        assertTrue(seen.contains(status), "task/watch never emitted " + status + ": " + seen);
        return seen;
    }

    private static List<RenderStatus> jobStatuses(MockEndpoint job) {
        return job.getExchanges().stream()
                .map(e -> e.getMessage().getHeader(RenderfarmConstants.NEW_STATUS, RenderStatus.class)).toList();
    }
}
