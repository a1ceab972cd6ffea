package com.acme.farm;

import io.farmroutes.renderfarm.RenderfarmEndpoint;
import io.farmroutes.spi.render.RenderFrame;
import io.farmroutes.spi.render.RenderJob;
import io.farmroutes.spi.render.RenderOperations;
import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.render.RenderTask;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The portable operations (what watchers and pipelines use) on acme, obtained through the component. */
class AcmeRenderOperationsTest extends AcmeCamelTestSupport {

    private RenderOperations operations() {
        return context.getEndpoint(uri("job/list"), RenderfarmEndpoint.class).renderOperations();
    }

    @Test
    void aJobIsCreatedSubmittedAndFollowedUntilEveryFrameIsDone() {
        RenderOperations acme = operations();

        RenderTask created = acme.create(new RenderJob("shot-020", "/scenes/shot.blend", "1-4[1]", "blender")).join();
        assertEquals(RenderStatus.WAITING, created.renderStatus());
        assertEquals(4, created.renderFrameCount());
        acme.submit(created.renderTaskId()).join();

        // each status read moves the emulated farm one step, so the states follow in a fixed order
        List<String> seen = new ArrayList<>();
        RenderTask task = created;
        for (int read = 0; read < 20 && !task.renderStatus().isTerminal(); read++) {
            task = acme.status(List.of(created.renderTaskId())).join().get(0);
            seen.add(task.nativeStatus());
        }

        assertEquals(List.of("queued", "rendering", "rendering", "rendering", "rendering", "done"), seen);
        assertEquals(RenderStatus.DONE, task.renderStatus());
        assertEquals(4, task.renderFramesDone());
        assertEquals(List.of(RenderStatus.DONE, RenderStatus.DONE, RenderStatus.DONE, RenderStatus.DONE),
                statuses(acme.frames(created.renderTaskId())));
    }

    @Test
    void statusLeavesOutJobsAcmeDoesNotKnowAndKeepsTheOrderGiven() {
        String first = emulator().seedJob("first", 1, 1);
        String second = emulator().seedJob("second", 1, 1);

        List<RenderTask> tasks = operations().status(List.of(second, "job-404", first)).join();

        assertEquals(List.of(second, first), tasks.stream().map(RenderTask::renderTaskId).toList());
    }

    @Test
    void tasksListsEveryJobNewestFirst() {
        String older = emulator().seedJob("older", 1, 1);
        String newer = emulator().seedJob("newer", 1, 1);

        List<String> ids = new ArrayList<>();
        operations().tasks().forEachRemaining(task -> ids.add(task.renderTaskId()));

        assertEquals(List.of(newer, older), ids);
    }

    @Test
    void failedFramesAreResubmittedAndAStoppedJobIsStopped() {
        emulator().failOnFirstRender(2);
        RenderOperations acme = operations();
        String jobId = acme.create(new RenderJob("retry", null, "1-3", null)).join().renderTaskId();
        acme.submit(jobId).join();
        for (int step = 0; step < 4; step++) {
            emulator().step();
        }
        assertEquals(List.of(RenderStatus.DONE, RenderStatus.FAILED, RenderStatus.DONE), statuses(acme.frames(jobId)));

        acme.resubmitFrames(jobId, List.of("2")).join();
        emulator().step();

        assertEquals(Map.of(1, 1, 2, 2, 3, 1), emulator().attempts(jobId));
        assertEquals("done", emulator().state(jobId));

        String other = acme.create(new RenderJob("stop me", null, "7", null)).join().renderTaskId();
        acme.submit(other).join();
        acme.stop(other).join();
        assertEquals(RenderStatus.STOPPED, acme.status(List.of(other)).join().get(0).renderStatus());
    }

    private static List<RenderStatus> statuses(Iterator<RenderFrame> frames) {
        List<RenderStatus> statuses = new ArrayList<>();
        frames.forEachRemaining(frame -> statuses.add(frame.renderStatus()));
        return statuses;
    }
}
