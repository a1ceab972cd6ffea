package io.farmroutes.reliability.faults;

import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.renderfarm.RenderfarmConfiguration;
import io.farmroutes.renderfarm.pipeline.Backoff;
import io.farmroutes.renderfarm.pipeline.PipelineHeaders;
import io.farmroutes.renderfarm.pipeline.RenderPipeline;
import io.farmroutes.renderfarm.pipeline.RenderRequest;
import io.farmroutes.sandbox.Faults;
import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.fox.FoxSettings;
import io.farmroutes.sandbox.fox.FoxState;
import io.farmroutes.sandbox.fox.TaskView;
import io.farmroutes.spi.render.RenderJob;
import io.farmroutes.spi.state.InMemoryStateStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 500 render requests through the pipeline while the Fox emulator answers 10% of requests 503, drops 5% of
 * connections (half before the work, half after it, the reply lost), stalls 5% past the client's read timeout
 * after doing the work, and cuts 2% of bodies short. The emulator's own ledger must show every request rendered
 * by exactly one task, submitted once, and no frame re-submitted that had not failed.
 */
class FaultyFarmPipelineTest {

    private static final int TASKS = 500;
    private static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    private final Set<String> completedKeys = ConcurrentHashMap.newKeySet();
    private final AtomicInteger completions = new AtomicInteger();
    private final AtomicInteger exhausted = new AtomicInteger();
    private FoxEmulator fox;
    private CamelContext context;

    @BeforeEach
    void startFarm() {
        // Failed frames are rendered fine on their second attempt: a task that still ends badly was mishandled.
        fox = FoxEmulator.start(new FoxSettings().frameRenderTime(Duration.ofMillis(5)).parallelFrames(8)
                .failureRate(0.1).retryFailureRate(0).seed(500), 0);
    }

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.close();
        }
        fox.close();
    }

    @Test
    void fiveHundredTasksCompleteOnceEachThroughAFaultyNetwork() throws Exception {
        long started = System.nanoTime();
        context = pipelineContext();
        Faults faults = fox.faults().seed(7).serverErrors(0.10).dropConnections(0.025).lostReplies(0.025)
                .timeouts(0.05, READ_TIMEOUT.plusMillis(300)).malformedBodies(0.02);

        int refusedAtOnce = sendAll(context.createProducerTemplate());
        awaitAllFinished(Duration.ofMinutes(6));
        Map<String, Long> injected = faults.injected();
        int requests = fox.ledger().count();
        faults.clear();

        FoxState farm = fox.state();
        List<TaskView> tasks = farm.taskIds().stream().map(farm::task)
                .filter(t -> t.id() != FoxState.SEEDED_DONE_TASK && t.id() != FoxState.SEEDED_FAILED_TASK).toList();
        List<TaskView> submitted = tasks.stream().filter(TaskView::submitted).toList();
        List<TaskView> orphans = tasks.stream().filter(t -> !t.submitted()).toList();
        int resubmittedFrames = 0;
        int maxSubmissions = 0;
        for (TaskView task : submitted) {
            maxSubmissions = Math.max(maxSubmissions, farm.submissions(task.id()));
            for (TaskView.FrameView frame : task.frames()) {
                resubmittedFrames += frame.recommits();
            }
        }
        System.out.printf("[faults] %d tasks in %.1f s: %d requests, injected %s; %d requests failed at the caller"
                        + " and were carried on by the pipeline; %d tasks submitted (max %d submit calls per task),"
                        + " %d frames re-submitted, %d redundant re-submissions, %d created-but-unsubmitted tasks%n",
                TASKS, (System.nanoTime() - started) / 1e9, requests, injected, refusedAtOnce, submitted.size(),
                maxSubmissions, resubmittedFrames, farm.redundantRecommits(), orphans.size());

        assertEquals(TASKS, completedKeys.size(), "every request completed");
        assertEquals(TASKS, completions.get(), "each one reported complete once");
        assertEquals(0, exhausted.get(), "nothing ended badly");
        assertEquals(TASKS, submitted.size(), "one submitted task per request: none lost, none twice");
        assertEquals(1, maxSubmissions, "no task was sent a second submission");
        assertEquals(0, farm.redundantRecommits(), "no failure was re-submitted twice");
        for (TaskView task : submitted) {
            assertEquals(task.frames().size(), task.frames(4), "task " + task.id() + " rendered every frame");
        }
        assertTrue(resubmittedFrames > 0, "the run exercised re-submission");
        assertTrue(injected.getOrDefault("lostReplies", 0L) > 0 && injected.getOrDefault("timeouts", 0L) > 0
                   && injected.getOrDefault("serverErrors", 0L) > 0 && injected.getOrDefault("malformedBodies", 0L) > 0,
                "every kind of fault happened: " + injected);
    }

    private CamelContext pipelineContext() throws Exception {
        CamelContext camel = new DefaultCamelContext();
        RenderfarmComponent component = new RenderfarmComponent();
        RenderfarmConfiguration config = component.getConfiguration();
        config.setDomain(fox.domain());
        config.setProtocol("http");
        config.setAccessId(fox.accessId());
        config.setAccessKey(fox.accessKey());
        config.setPlatform(fox.platform());
        config.setZone(2);
        config.setReadTimeout(READ_TIMEOUT.toMillis());
        config.setMaxAttempts(8);
        config.setRetryDelay(10);
        component.setStateStore(new InMemoryStateStore());
        camel.addComponent("renderfarm", component);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:completed").process(e -> {
                    completions.incrementAndGet();
                    completedKeys.add(e.getMessage().getHeader(PipelineHeaders.JOB_KEY, String.class));
                });
                from("direct:exhausted").process(e -> exhausted.incrementAndGet());
            }
        });
        camel.addRoutes(RenderPipeline.named("faulty").from("direct:shots")
                .watchEvery(Duration.ofMillis(250))
                .resubmitFailedFrames(3, new Backoff(Duration.ofMillis(50), 2, Duration.ofMillis(400)))
                .resume(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .completedTo("direct:completed")
                .exhaustedTo("direct:exhausted"));
        camel.start();
        return camel;
    }

    /** Sends every request once, as a caller would; returns how many failed at the caller. */
    private int sendAll(ProducerTemplate template) {
        int failed = 0;
        for (int i = 0; i < TASKS; i++) {
            String key = String.format("shot-%03d", i);
            RenderRequest request = new RenderRequest(key, new RenderJob(key, key + ".blend", "1-4[1]", "blender"),
                    List.of());
            Exchange sent = template.request("direct:shots", e -> e.getMessage().setBody(request));
            if (sent.isFailed()) {
                failed++; // left to the pipeline's resume step: the key is claimed, so nothing is lost
            }
        }
        return failed;
    }

    private void awaitAllFinished(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline && completions.get() + exhausted.get() < TASKS) {
            Thread.sleep(500);
            int now = completions.get();
            if (now / 100 != last / 100) {
                System.out.println("[faults] " + now + " of " + TASKS + " completed");
                last = now;
            }
        }
    }
}
