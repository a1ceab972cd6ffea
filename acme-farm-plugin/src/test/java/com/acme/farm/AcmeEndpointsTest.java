package com.acme.farm;

import com.acme.farm.model.AcmeFrame;
import com.acme.farm.model.AcmeFrameRetry;
import com.acme.farm.model.AcmeJob;

import io.farmroutes.spi.error.TransportException;
import io.farmroutes.spi.render.RenderStatus;

import java.util.List;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every acme endpoint in a real CamelContext, over HTTP to the emulator: producers, a poller, errors, retries. */
class AcmeEndpointsTest extends AcmeCamelTestSupport {

    private static final String TASK_ID_HEADER = "CamelRenderfarm.taskId";

    @Test
    void aJobIsCreatedReadStartedListedAndCancelled() {
        AcmeJob created = call(uri("job/create", "name=shot-010", "frameStart=1", "frameEnd=3",
                "scene=/scenes/shot.blend"), AcmeJob.class);
        assertEquals("draft", created.state());
        assertEquals(RenderStatus.WAITING, created.renderStatus());
        assertEquals(3, created.renderFrameCount());
        assertEquals("eu-west", created.extra().get("region"), "a field the model does not declare is kept");

        AcmeJob read = call(uri("job/get"), null, Map.of(TASK_ID_HEADER, created.id()), AcmeJob.class);
        assertEquals(created.id(), read.id());
        assertEquals("shot-010", read.renderTaskName());

        AcmeJob started = call(uri("job/start", "taskId=" + created.id()), AcmeJob.class);
        assertEquals("queued", started.state());

        List<?> queued = call(uri("job/list", "state=queued"), List.class);
        assertEquals(List.of(created.id()), queued.stream().map(job -> ((AcmeJob) job).id()).toList());
        assertTrue(call(uri("job/list", "state=done"), List.class).isEmpty());

        List<?> frames = call(uri("frame/list", "taskId=" + created.id()), List.class);
        assertEquals(3, frames.size());
        AcmeFrame first = assertInstanceOf(AcmeFrame.class, frames.get(0));
        assertEquals(created.id(), first.renderTaskId(), "the job id given once is on every frame");
        assertEquals("1", first.renderFrameId());

        AcmeJob cancelled = call(uri("job/cancel"), Map.of("taskId", created.id()), Map.of(), AcmeJob.class);
        assertEquals(RenderStatus.STOPPED, cancelled.renderStatus());
        assertEquals(1, emulator().requests("POST /v1/jobs"));
        assertEquals(1, emulator().requests("POST /v1/jobs/" + created.id() + "/cancel"));
    }

    @Test
    void aFailedFrameIsRenderedAgainThroughFrameRetry() {
        emulator().failOnFirstRender(2);
        String jobId = emulator().seedJob("retry", 1, 3);
        emulator().seedStart(jobId);
        for (int step = 0; step < 4; step++) {
            emulator().step();
        }
        assertEquals("error", emulator().state(jobId));
        List<?> frames = call(uri("frame/list", "taskId=" + jobId), List.class);
        assertEquals(List.of(RenderStatus.DONE, RenderStatus.FAILED, RenderStatus.DONE),
                frames.stream().map(f -> ((AcmeFrame) f).renderStatus()).toList());

        AcmeFrameRetry retried = call(uri("frame/retry"), Map.of("taskId", jobId, "frameIds", List.of(2)), Map.of(),
                AcmeFrameRetry.class);

        assertEquals(List.of(2), retried.retried());
        assertEquals(Map.of(1, 1, 2, 2, 3, 1), emulator().attempts(jobId));
        AcmeApiException notFailed = failure(uri("frame/retry", "taskId=" + jobId, "frameIds=1"),
                AcmeApiException.class);
        assertEquals(409, notFailed.getHttpStatus());
        assertEquals("frame_not_failed", notFailed.getRemoteCode());
        assertEquals(2, emulator().requests("POST /v1/jobs/" + jobId + "/frames/retry"));
    }

    @Test
    void aReadEndpointPollsAndEmitsOneExchangePerJob() throws Exception {
        emulator().seedJob("first", 1, 1);
        emulator().seedJob("second", 1, 1);
        MockEndpoint jobs = getMockEndpoint("mock:jobs");
        jobs.expectedMinimumMessageCount(2);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("job/list", "delay=50", "initialDelay=0")).routeId("poll-jobs").to("mock:jobs");
            }
        });

        jobs.assertIsSatisfied(20_000);
        context.getRouteController().stopRoute("poll-jobs");

        AcmeJob newest = assertInstanceOf(AcmeJob.class, jobs.getExchanges().get(0).getMessage().getBody());
        assertEquals("second", newest.name());
        assertTrue(emulator().requests("GET /v1/jobs") >= 1);
    }

    @Test
    void anOperationThatChangesTheFarmCannotBePolled() {
        Exception e = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("job/create", "name=never")).to("mock:never");
            }
        }));
        assertTrue(rootMessage(e).contains("renderfarm:job/create?provider=acme")
                && rootMessage(e).contains("cannot be polled"), rootMessage(e));
        assertEquals(0, emulator().requests());
    }

    @Test
    void anUnknownJobIsA404FromAcmeThatIsNotRetried() {
        AcmeApiException e = failure(uri("job/get", "taskId=job-404"), AcmeApiException.class);

        assertEquals(404, e.getHttpStatus());
        assertEquals("not_found", e.getRemoteCode());
        assertFalse(e.isTransient());
        assertTrue(e.getRequestId().startsWith("req-"), e.getRequestId());
        assertTrue(e.getMessage().startsWith("Acme Cloud Render answered renderfarm:job/get?provider=acme with error"
                + " not_found"), e.getMessage());
        assertEquals(1, emulator().requests("GET /v1/jobs/job-404"));
    }

    @Test
    void aServerErrorIsRetriedForAReadButNeverForCreate() {
        emulator().failNext(1, 503);
        assertTrue(call(uri("job/list"), List.class).isEmpty());
        assertEquals(2, emulator().requests("GET /v1/jobs"), "job/list is retry-safe: sent again");

        emulator().failNext(1, 503);
        AcmeApiException e = failure(uri("job/create", "name=once"), AcmeApiException.class);
        assertTrue(e.isTransient());
        assertEquals(503, e.getHttpStatus());
        assertEquals(1, emulator().requests("POST /v1/jobs"), "job/create is not retry-safe: sent once");
    }

    @Test
    void aGatewayPageInsteadOfAnEnvelopeIsATransientTransportFailure() {
        emulator().failNextWithPage(5, 502);

        TransportException e = failure(uri("job/get", "taskId=job-1", "maxAttempts=2"), TransportException.class);

        assertEquals(502, e.getHttpStatus());
        assertTrue(e.isTransient());
        assertTrue(e.getMessage().contains("Bad gateway"), e.getMessage());
        assertEquals(2, emulator().requests("GET /v1/jobs/job-1"), "maxAttempts=2");
    }

    @Test
    void aWrongAccessKeyIsRefusedWith401AndNotRetried() {
        String wrongKey = uri("job/list").replace(ACCESS_KEY, "not-the-key");

        AcmeApiException e = failure(wrongKey, AcmeApiException.class);

        assertEquals(401, e.getHttpStatus());
        assertEquals("unauthorized", e.getRemoteCode());
        assertEquals(1, emulator().requests("GET /v1/jobs"));
    }
}
