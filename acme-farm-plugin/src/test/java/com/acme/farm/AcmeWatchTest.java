package com.acme.farm;

import com.acme.farm.model.AcmeFrame;
import com.acme.farm.model.AcmeJob;

import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.spi.render.RenderStatus;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The component's watchers, written for no farm in particular, running on acme. */
class AcmeWatchTest extends AcmeCamelTestSupport {

    @Test
    void taskWatchEmitsOneExchangePerStatusChange() throws Exception {
        String jobId = emulator().seedJob("watched", 1, 3);
        MockEndpoint changes = getMockEndpoint("mock:changes");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("task/watch", "delay=20", "initialDelay=0", "watchTaskIds=" + jobId)).routeId("task-watch")
                        .to("mock:changes");
            }
        });
        awaitUntil("the watcher reported the job as created", () -> changes.getReceivedCounter() >= 1);

        call(uri("job/start", "taskId=" + jobId), AcmeJob.class);
        awaitUntil("the watcher reported the job done", () -> "done".equals(lastNativeStatus(changes)));
        context.getRouteController().stopRoute("task-watch");

        // the watcher is the farm's only reader, and each of its reads moves the job exactly one step
        List<Exchange> emitted = changes.getExchanges();
        assertEquals(List.of("draft", "queued", "rendering", "done"), emitted.stream()
                .map(e -> e.getMessage().getHeader(RenderfarmConstants.NATIVE_STATUS, String.class)).toList());
        assertEquals(List.of(RenderStatus.WAITING, RenderStatus.WAITING, RenderStatus.RUNNING, RenderStatus.DONE),
                emitted.stream().map(e -> e.getMessage().getHeader(RenderfarmConstants.NEW_STATUS,
                        RenderStatus.class)).toList());
        Exchange last = emitted.get(emitted.size() - 1);
        assertEquals(jobId, last.getMessage().getHeader(RenderfarmConstants.TASK_ID));
        assertEquals(RenderStatus.RUNNING, last.getMessage().getHeader(RenderfarmConstants.OLD_STATUS));
        assertEquals(3, assertInstanceOf(AcmeJob.class, last.getMessage().getBody()).renderFramesDone());
    }

    @Test
    void failedFramesGoFromFrameWatchToFrameRetryOnceEachAndTheJobCompletes() throws Exception {
        emulator().failOnFirstRender(2, 5, 7);
        AcmeJob job = call(uri("job/create", "name=shot-030", "frameStart=1", "frameEnd=8"), AcmeJob.class);
        call(uri("job/start", "taskId=" + job.id()), AcmeJob.class);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the watcher's headers (taskId, frameIds) are exactly frame/retry's parameters: no mapping step
                from(uri("frame/watch", "delay=20", "initialDelay=0", "watchStatuses=FAILED")).routeId("frame-watch")
                        .to("mock:failed")
                        .to(uri("frame/retry"));
            }
        });

        awaitUntil("the job rendered every frame", () -> "done".equals(emulator().state(job.id())));
        context.getRouteController().stopRoute("frame-watch");

        assertEquals(Map.of(1, 1, 2, 2, 3, 1, 4, 1, 5, 2, 6, 1, 7, 2, 8, 1), emulator().attempts(job.id()),
                "each failing frame rendered again exactly once, the others once");
        List<Exchange> failures = getMockEndpoint("mock:failed").getExchanges();
        assertEquals(Set.of("2", "5", "7"), failures.stream()
                .map(e -> e.getMessage().getHeader(RenderfarmConstants.FRAME_ID, String.class))
                .collect(Collectors.toSet()));
        assertEquals(3, failures.size(), "each failure emitted once");
        for (Exchange failure : failures) {
            assertEquals(job.id(), failure.getMessage().getHeader(RenderfarmConstants.TASK_ID));
            assertEquals(RenderStatus.FAILED, failure.getMessage().getHeader(RenderfarmConstants.NEW_STATUS));
            assertEquals(RenderStatus.FAILED,
                    assertInstanceOf(AcmeFrame.class, failure.getMessage().getBody()).renderStatus());
        }
        assertEquals(3, emulator().requests("POST /v1/jobs/" + job.id() + "/frames/retry"));
    }

    private static String lastNativeStatus(MockEndpoint changes) {
        List<Exchange> emitted = changes.getExchanges();
        return emitted.isEmpty() ? null
                : emitted.get(emitted.size() - 1).getMessage().getHeader(RenderfarmConstants.NATIVE_STATUS, String.class);
    }
}
