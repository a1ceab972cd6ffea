package io.farmroutes.renderfarm.pipeline;

import io.farmroutes.renderfarm.FoxTestSupport;
import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.sandbox.fox.FoxEmulatorExtension;
import io.farmroutes.sandbox.fox.TaskView;
import io.farmroutes.spi.asset.DirectoryAssetTransport;
import io.farmroutes.spi.render.RenderFrame;
import io.farmroutes.spi.render.RenderJob;
import io.farmroutes.spi.state.InMemoryStateStore;
import io.farmroutes.spi.state.JdbcStateStore;
import io.farmroutes.spi.state.StateStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderPipelineTest {

    @RegisterExtension
    static FoxEmulatorExtension fox = new FoxEmulatorExtension();

    @TempDir
    Path share;
    @TempDir
    Path studio;

    private final List<Exchange> completed = Collections.synchronizedList(new ArrayList<>());
    private final List<Exchange> exhausted = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, TaskProgress> progress = new ConcurrentHashMap<>();

    private CamelContext start(StateStore store, RenderPipeline pipeline) throws Exception {
        CamelContext context = new DefaultCamelContext();
        RenderfarmComponent component = new RenderfarmComponent();
        FoxTestSupport.configure(component.getConfiguration(), fox.emulator());
        component.setStateStore(store);
        context.addComponent("renderfarm", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:completed").process(e -> completed.add(e.copy()));
                from("direct:exhausted").process(e -> exhausted.add(e.copy()));
                from("direct:progress").process(e -> {
                    TaskProgress p = e.getMessage().getBody(TaskProgress.class);
                    progress.put(p.taskId(), p);
                });
            }
        });
        context.addRoutes(pipeline);
        context.start();
        return context;
    }

    private RenderPipeline pipeline(int resubmits) {
        return RenderPipeline.named("shots").from("direct:shots")
                .watchEvery(Duration.ofMillis(100))
                .resubmitFailedFrames(resubmits, new Backoff(Duration.ofMillis(50), 2, Duration.ofMillis(200)))
                .assets(new DirectoryAssetTransport(share, "/mnt/share"))
                .fetchOutputsTo(studio.resolve("outputs"))
                .completedTo("direct:completed")
                .exhaustedTo("direct:exhausted")
                .progressTo("direct:progress");
    }

    private static RenderRequest shot(String name, String frames, Path scene) {
        return new RenderRequest(name, new RenderJob(name, scene.getFileName().toString(), frames, "blender"),
                List.of(scene));
    }

    @Test
    void everyShotRendersOnceWithFailedFramesResubmittedAndOutputsFetched() throws Exception {
        fox.emulator().settings().failureRate(0.3).retryFailureRate(0).outputStorage(share);
        Path scene = Files.writeString(studio.resolve("city.blend"), "scene");
        int before = fox.emulator().state().taskIds().size();
        try (CamelContext context = start(new InMemoryStateStore(), pipeline(2))) {
            ProducerTemplate template = context.createProducerTemplate();
            Exchange first = template.request("direct:shots", e -> e.getMessage().setBody(shot("sh010", "1-12[1]", scene)));
            template.sendBody("direct:shots", shot("sh020", "1-8[1]", scene));
            Exchange again = template.request("direct:shots", e -> e.getMessage().setBody(shot("sh010", "1-12[1]", scene)));

            assertEquals(false, first.getMessage().getHeader(PipelineHeaders.DUPLICATE));
            assertEquals(true, again.getMessage().getHeader(PipelineHeaders.DUPLICATE));
            assertEquals(first.getMessage().getBody(String.class), again.getMessage().getBody(String.class));
            awaitTrue(() -> completed.size() >= 2, "both shots complete");
        }
        List<Long> created = fox.emulator().state().taskIds().subList(before, fox.emulator().state().taskIds().size());
        assertEquals(2, created.size(), "one task per shot, the duplicate request created nothing");
        int recommitted = 0;
        for (long taskId : created) {
            TaskView task = fox.emulator().state().task(taskId);
            assertEquals(1, fox.emulator().state().submissions(taskId), "submitted once");
            assertEquals(task.frames().size(), task.frames(4), "every frame rendered");
            for (TaskView.FrameView frame : task.frames()) {
                assertTrue(frame.recommits() <= 1, "a frame that failed once was re-submitted once: " + frame);
                recommitted += frame.recommits();
            }
        }
        assertTrue(recommitted > 0, "the failure rate made some frame fail");
        assertEquals(2, completed.size(), "each shot completed exactly once");
        assertTrue(exhausted.isEmpty());
        for (Exchange done : completed) {
            TaskProgress task = done.getMessage().getBody(TaskProgress.class);
            assertEquals("COMPLETED", done.getMessage().getHeader(PipelineHeaders.OUTCOME));
            @SuppressWarnings("unchecked")
            List<Path> outputs = done.getMessage().getHeader(PipelineHeaders.OUTPUTS, List.class);
            assertEquals(task.frames(), outputs.size(), "one output per frame");
            assertTrue(outputs.stream().allMatch(Files::isRegularFile));
        }
        int reported = completed.stream().mapToInt(e -> e.getMessage().getBody(TaskProgress.class).resubmitted()).sum();
        assertEquals(recommitted, reported, "the pipeline counts the re-submissions the farm received");
        assertTrue(Files.isRegularFile(share.resolve("sh010/input/city.blend")), "the scene went through the share");
        assertFalse(progress.isEmpty(), "progress was reported");
    }

    @Test
    void framesThatKeepFailingAreReportedOnceAndTheTaskEndsAsFailed() throws Exception {
        fox.emulator().settings().failureRate(0.4).retryFailureRate(1);
        Path scene = Files.writeString(studio.resolve("forest.blend"), "scene");
        int before = fox.emulator().state().taskIds().size();
        try (CamelContext context = start(new InMemoryStateStore(), pipeline(1))) {
            context.createProducerTemplate().sendBody("direct:shots", shot("sh030", "1-10[1]", scene));
            awaitTrue(() -> completed.size() + exhausted.stream()
                    .filter(e -> e.getMessage().getBody() instanceof TaskProgress).count() >= 1, "the task ends");
        }
        long taskId = fox.emulator().state().taskIds().get(before);
        TaskView task = fox.emulator().state().task(taskId);
        long failed = task.frames(5);
        assertTrue(failed > 0, "some frame failed for good");
        assertTrue(task.frames().stream().allMatch(f -> f.recommits() <= 1), "one re-submission at most");
        List<Exchange> frames = exhausted.stream().filter(e -> e.getMessage().getBody() instanceof RenderFrame).toList();
        assertEquals(failed, frames.size(), "each exhausted frame reported once");
        assertTrue(frames.stream().allMatch(e -> Integer.valueOf(1).equals(
                e.getMessage().getHeader(PipelineHeaders.RESUBMITTED))));
        List<Exchange> ended = exhausted.stream().filter(e -> e.getMessage().getBody() instanceof TaskProgress).toList();
        assertEquals(1, ended.size());
        assertEquals("FAILED", ended.get(0).getMessage().getHeader(PipelineHeaders.OUTCOME));
        assertTrue(completed.isEmpty());
    }

    @Test
    void aRestartResumesTheTasksInFlightInsteadOfSubmittingThemAgain() throws Exception {
        fox.emulator().settings().failureRate(0.3).retryFailureRate(0).frameRenderTime(Duration.ofMillis(300));
        Path scene = Files.writeString(studio.resolve("sea.blend"), "scene");
        // a file database: the second run opens it afresh, as an application restarted on the same machine would
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + studio.resolve("state").toAbsolutePath());
        int before = fox.emulator().state().taskIds().size();
        try (CamelContext context = start(new JdbcStateStore(database), pipeline(2))) {
            ProducerTemplate template = context.createProducerTemplate();
            template.sendBody("direct:shots", shot("sh040", "1-16[1]", scene));
            template.sendBody("direct:shots", shot("sh050", "1-16[1]", scene));
        }
        assertTrue(completed.isEmpty(), "stopped while rendering");

        try (CamelContext restarted = start(new JdbcStateStore(database), pipeline(2))) {
            restarted.createProducerTemplate().sendBody("direct:shots", shot("sh040", "1-16[1]", scene));
            awaitTrue(() -> completed.size() >= 2, "both shots complete after the restart");
        }
        List<Long> created = fox.emulator().state().taskIds().subList(before, fox.emulator().state().taskIds().size());
        assertEquals(2, created.size(), "nothing created again");
        for (long taskId : created) {
            assertEquals(1, fox.emulator().state().submissions(taskId));
            TaskView task = fox.emulator().state().task(taskId);
            assertEquals(task.frames().size(), task.frames(4));
        }
        assertEquals(2, completed.size());
    }

    @Test
    void aSubmissionCutShortIsCompletedOnTheNextStart() throws Exception {
        fox.emulator().settings().failureRate(0).frameRenderTime(Duration.ofMillis(20));
        Path scene = Files.writeString(studio.resolve("sky.blend"), "scene");
        StateStore survives = new InMemoryStateStore();
        int before = fox.emulator().state().taskIds().size();
        try (CamelContext context = start(survives, pipeline(0).resume(Duration.ofHours(1), Duration.ofHours(1)))) {
            // the create call and the task.json upload pass; the submission meets a farm error, not retried
            fox.emulator().settings().failNext(500, 10);
            Exchange failed = context.createProducerTemplate().request("direct:shots",
                    e -> e.getMessage().setBody(shot("sh060", "1-4[1]", scene)));
            assertTrue(failed.isFailed(), "the farm error reaches the caller");
        }
        fox.emulator().settings().clearInjectedCodes();
        assertTrue(fox.emulator().state().taskIds().size() <= before + 1);

        try (CamelContext restarted = start(survives, pipeline(0))) {
            awaitTrue(() -> completed.size() >= 1, "the interrupted shot completes");
        }
        List<Long> created = fox.emulator().state().taskIds().subList(before, fox.emulator().state().taskIds().size());
        assertEquals(1, created.size(), "one task");
        assertTrue(fox.emulator().state().task(created.get(0)).submitted());
    }

    @Test
    void aSubmissionThatReachedTheFarmBeforeACrashIsNotRequestedAgain() throws Exception {
        fox.emulator().settings().failureRate(0).frameRenderTime(Duration.ofMillis(20));
        // the state a kill leaves between the farm taking the submission and the ledger noting it
        long taskId = fox.emulator().state().seedSubmittedTask(4);
        StateStore survives = new InMemoryStateStore();
        RenderJob job = new RenderJob("sh070", "sky.blend", "1-4[1]", "blender");
        JobRecord interrupted = new JobRecord(JobRecord.Phase.SUBMITTING, Long.toString(taskId), job, List.of(),
                List.of(), 0);
        assertTrue(new PipelineLedger(survives, "shots").claim("sh070", interrupted));

        try (CamelContext restarted = start(survives, pipeline(0))) {
            awaitTrue(() -> completed.size() >= 1, "the interrupted shot completes");
        }
        assertEquals(0, fox.emulator().state().submissions(taskId), "no second submit request reached the farm");
        assertEquals("sh070", completed.get(0).getMessage().getHeader(PipelineHeaders.JOB_KEY));
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (int i = 0; i < 600 && System.nanoTime() < deadline; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting: " + what);
    }
}
