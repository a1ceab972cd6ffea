package io.farmroutes.sandbox.flamenco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Dispatch to the simulated managers and the render they simulate, with time moved by hand (20 ms per frame):
 * progress, queueing, manager choice, stop and start, failures and respawn, and status reports.
 */
class FlamencoDispatchTest {

    private static final long FRAME = FlamencoEmulatorExtension.TEST_FRAME_RENDER_TIME.toMillis();

    @RegisterExtension
    static FlamencoEmulatorExtension flamenco = new FlamencoEmulatorExtension();

    private final ManualClock clock = new ManualClock();

    @BeforeEach
    void holdTime() {
        flamenco.emulator().settings().failureRate(0);
        flamenco.emulator().state().clock(clock);
    }

    private FlamencoClient client() {
        return new FlamencoClient(flamenco.emulator());
    }

    private FlamencoState state() {
        return flamenco.emulator().state();
    }

    /** Creates a running job over frames 1..end on these managers; returns its id. */
    private long job(int end, int chunk, long... managers) {
        List<String> fields = new java.util.ArrayList<>(List.of("project_id", "1", "frame_start", "1",
                "frame_end", Integer.toString(end), "chunk_size", Integer.toString(chunk), "job_name", "j",
                "status", "running"));
        for (long m : managers) {
            fields.add("managers");
            fields.add(Long.toString(m));
        }
        FlamencoClient.Reply r = client().post("/jobs", fields.toArray(String[]::new));
        assertEquals(201, r.status(), r::toString);
        return r.json().get("id").asLong();
    }

    private JobView view(long id) {
        return state().job(id).orElseThrow();
    }

    @Test
    void aDispatchedChunkRendersFrameByFrame() {
        long id = job(4, 4, 1);
        TaskView task = view(id).tasks().get(0);
        assertEquals("running", task.status());
        assertEquals(1, task.dispatches());
        assertEquals(1L, task.managerId());
        assertEquals(1, task.currentFrame());

        clock.at(2 * FRAME);
        JsonNode t = client().get("/tasks").json().get(Long.toString(task.id()));
        assertEquals(3, t.get("current_frame").asInt());
        assertEquals(75.0, t.get("percentage_done").asDouble());
        assertEquals("running", t.get("status").asText());
        JsonNode worker = client().get("/workers").json().get("render-01");
        assertEquals("rendering", worker.get("status").asText());
        assertEquals(task.id(), worker.get("current_task").asLong());

        clock.at(4 * FRAME - 1);
        assertEquals("running", view(id).tasks().get(0).status());
        clock.at(4 * FRAME);
        JobView done = view(id);
        assertEquals("finished", done.tasks().get(0).status());
        assertEquals(4, done.tasks().get(0).currentFrame());
        assertEquals("completed", done.status());
        assertEquals(4, client().get("/jobs/" + id).json().get("current_frame").asInt());
        assertEquals(100.0, client().get("/jobs").json().get(Long.toString(id)).get("percentage_done").asDouble());
        assertTrue(client().get("/workers").json().get("render-01").get("current_task").isNull());
    }

    @Test
    void waitingChunksStartTheMomentAWorkerFrees() {
        long id = job(6, 1, 1);
        assertEquals(List.of("running", "running", "running", "running", "ready", "ready"), view(id).taskStatuses());
        // looked at halfway through the second round: the last two started when the first four ended
        clock.at(FRAME + FRAME / 2);
        assertEquals(List.of("finished", "finished", "finished", "finished", "running", "running"),
                view(id).taskStatuses());
        clock.at(2 * FRAME);
        assertEquals("completed", view(id).status());
    }

    @Test
    void outcomesDoNotDependOnWhenClientsLook() {
        flamenco.emulator().settings().failureRate(0.5);
        long id = job(12, 1, 1);
        for (int step = 1; step <= 3 * FRAME; step += 7) {
            clock.at(step);
            client().get("/tasks");
        }
        clock.at(10 * FRAME);
        List<TaskView> polled = view(id).tasks();

        flamenco.emulator().reset();
        flamenco.emulator().settings().failureRate(0.5);
        ManualClock other = new ManualClock();
        state().clock(other);
        long again = job(12, 1, 1);
        other.at(10 * FRAME);
        assertEquals(polled, view(again).tasks());
        long failed = polled.stream().filter(t -> t.status().equals("failed")).count();
        assertTrue(failed > 0 && failed < 12, "some but not all fail at 50 %: " + failed);
        assertEquals("failed", view(again).status());
    }

    @Test
    void aCloudManagerTakesWhatTheSiteCannot() {
        long id = job(6, 1, 1, 2);
        List<Long> managers = view(id).tasks().stream().map(TaskView::managerId).toList();
        assertEquals(Arrays.asList(1L, 1L, 1L, 1L, 2L, 2L), managers);
        JsonNode cloudWorkers = client().get("/workers").json();
        assertEquals(view(id).tasks().get(4).id(), cloudWorkers.get("cloud-vm-01").get("current_task").asLong());
        assertEquals(view(id).tasks().get(5).id(), cloudWorkers.get("cloud-vm-02").get("current_task").asLong());
    }

    @Test
    void aCloudManagerHasNoWorkerLimit() {
        long id = job(10, 1, 2);
        assertEquals(10, view(id).tasks().stream().filter(t -> t.status().equals("running")).count());
        clock.at(FRAME);
        assertEquals("completed", view(id).status());
    }

    @Test
    void theLeastLoadedSiteGetsTheNextChunk() {
        long site = state().addManager("site-b", 2, false);
        assertEquals(3L, site);
        long id = job(3, 1, 1, site);
        assertEquals(Arrays.asList(1L, 3L, 1L), view(id).tasks().stream().map(TaskView::managerId).toList());
        JsonNode workers = client().get("/workers").json();
        assertEquals(view(id).tasks().get(1).id(), workers.get("site-b-01").get("current_task").asLong());
    }

    @Test
    void chunksOfJobsWithFewerManagersGoFirst() {
        FlamencoClient c = client();
        String a = c.post("/managers", "port", "9000", "name", "a").json().get("uuid").asText();
        c.post("/managers", "port", "9001", "name", "b");
        List<Long> ids = state().managers().stream().map(ManagerView::id).toList();
        assertEquals(List.of(1L, 2L, 3L, 4L), ids);
        long wide = job(1, 1, 3, 4);
        long narrow = job(1, 1, 3);
        assertEquals(List.of("ready"), view(wide).taskStatuses(), "no manager has a worker yet");

        c.patch("/managers/" + a, "total_workers", "1");
        assertEquals(List.of("running"), view(narrow).taskStatuses());
        assertEquals(List.of("ready"), view(wide).taskStatuses());
        clock.at(FRAME);
        assertEquals(List.of("running"), view(wide).taskStatuses(), "the next dispatch takes the other job");
    }

    @Test
    void stopAbortsRunningChunksAndStartResumesThem() {
        long id = job(4, 4, 1);
        clock.at(2 * FRAME + FRAME / 2);
        JsonNode stopped = client().put("/jobs/" + id, "command", "stop").json();
        assertEquals("stopped", stopped.get("status").asText());
        TaskView aborted = view(id).tasks().get(0);
        assertEquals("aborted", aborted.status());
        assertEquals(3, aborted.currentFrame());
        assertTrue(client().get("/workers").json().get("render-01").get("current_task").isNull());

        clock.at(100 * FRAME);
        assertEquals("aborted", view(id).tasks().get(0).status(), "nothing moves while stopped");

        client().put("/jobs/" + id, "command", "start");
        TaskView resumed = view(id).tasks().get(0);
        assertEquals("running", resumed.status());
        assertEquals(2, resumed.dispatches());
        assertEquals(3, resumed.currentFrame());
        clock.at(102 * FRAME - 1);
        assertEquals("running", view(id).tasks().get(0).status());
        clock.at(102 * FRAME);
        assertEquals("completed", view(id).status());
    }

    @Test
    void failedChunksAreRespawnedToCompletion() {
        flamenco.emulator().settings().failureRate(1.0).retryFailureRate(0);
        long id = job(8, 2, 1);
        clock.at(2 * FRAME);
        JobView failed = view(id);
        assertEquals(List.of("failed", "failed", "failed", "failed"), failed.taskStatuses());
        assertEquals("failed", failed.status());
        assertEquals(0.0, client().get("/jobs").json().get(Long.toString(id)).get("percentage_done").asDouble());

        FlamencoClient.Reply respawn = client().put("/jobs", "id", Long.toString(id), "status", "respawn");
        assertEquals(200, respawn.status());
        JobView again = view(id);
        assertEquals("running", again.status());
        assertEquals(List.of("running", "running", "running", "running"), again.taskStatuses());
        again.tasks().forEach(t -> assertEquals(2, t.dispatches()));
        again.tasks().forEach(t -> assertEquals(t.chunkStart(), t.currentFrame(), "a failed chunk starts over"));

        clock.at(4 * FRAME);
        JobView done = view(id);
        assertEquals("completed", done.status());
        assertEquals(List.of("finished", "finished", "finished", "finished"), done.taskStatuses());
        assertEquals(100.0, client().get("/jobs").json().get(Long.toString(id)).get("percentage_done").asDouble());
    }

    @Test
    void respawnRequeuesEveryUnfinishedChunk() {
        long id = job(6, 1, 1);
        clock.at(FRAME);
        // four finished, two running; stop aborts the two
        client().put("/jobs/" + id, "command", "stop");
        assertEquals(List.of("finished", "finished", "finished", "finished", "aborted", "aborted"),
                view(id).taskStatuses());
        client().put("/jobs", "id", Long.toString(id), "status", "respawn");
        assertEquals(List.of("finished", "finished", "finished", "finished", "running", "running"),
                view(id).taskStatuses());
        clock.at(2 * FRAME);
        assertEquals("completed", view(id).status());
    }

    @Test
    void aRetryFailureRateFailsLaterRuns() {
        flamenco.emulator().settings().failureRate(1.0).retryFailureRate(1.0);
        long id = job(2, 2, 1);
        clock.at(2 * FRAME);
        client().put("/jobs", "id", Long.toString(id), "status", "respawn");
        clock.at(4 * FRAME);
        assertEquals(List.of("failed"), view(id).taskStatuses());
        assertEquals(2, view(id).tasks().get(0).dispatches());
    }

    @Test
    void statusReportsChangeOnlyRunningTasks() {
        long id = job(5, 1, 1);
        List<TaskView> tasks = view(id).tasks();
        FlamencoClient c = client();

        assertEquals(500, c.post("/tasks", "id", Long.toString(tasks.get(0).id())).status());
        assertEquals("running", view(id).tasks().get(0).status());
        c.post("/tasks", "id", Long.toString(tasks.get(0).id()), "status", "rendering");
        assertEquals("running", view(id).tasks().get(0).status());
        c.post("/tasks", "id", Long.toString(tasks.get(4).id()), "status", "finished");
        assertEquals("ready", view(id).tasks().get(4).status(), "a ready task is not changed by a report");

        // a report frees the worker: the waiting chunk is dispatched at once
        c.post("/tasks", "id", Long.toString(tasks.get(0).id()), "status", "Failed");
        List<String> statuses = view(id).taskStatuses();
        assertEquals(List.of("failed", "running", "running", "running", "running"), statuses);
        assertNotEquals("failed", view(id).status(), "the job settles only when every task has");
        clock.at(2 * FRAME);
        assertEquals("failed", view(id).status());
    }

    @Test
    void aManagerPatchDispatchesWaitingChunks() {
        String uuid = client().post("/managers", "port", "9100", "name", "late").json().get("uuid").asText();
        long late = state().managers().get(2).id();
        long id = job(2, 1, late);
        assertEquals(List.of("ready", "ready"), view(id).taskStatuses());
        client().patch("/managers/" + uuid, "total_workers", "1");
        assertEquals(List.of("running", "ready"), view(id).taskStatuses());
        clock.at(FRAME);
        assertEquals(List.of("finished", "running"), view(id).taskStatuses());
    }

    @Test
    void aLongJobPlaysOutInOneCatchUp() {
        long id = job(1000, 1, 1);
        clock.at(250 * FRAME);
        JobView done = view(id);
        assertEquals("completed", done.status());
        assertEquals(1000, done.tasks().stream().filter(t -> t.status().equals("finished")).count());
        assertEquals(1000, client().get("/jobs/" + id).json().get("current_frame").asInt());
    }
}
