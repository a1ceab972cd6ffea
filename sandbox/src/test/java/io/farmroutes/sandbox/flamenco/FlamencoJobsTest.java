package io.farmroutes.sandbox.flamenco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /jobs} and {@code /jobs/{id}}: creation, the job object and its quirks, listing, edits and deletion. */
class FlamencoJobsTest {

    @RegisterExtension
    static FlamencoEmulatorExtension flamenco = new FlamencoEmulatorExtension();

    private final ManualClock clock = new ManualClock();

    @BeforeEach
    void holdTime() {
        flamenco.emulator().state().clock(clock);
    }

    private FlamencoClient client() {
        return new FlamencoClient(flamenco.emulator());
    }

    private FlamencoState state() {
        return flamenco.emulator().state();
    }

    /** A job over frames 1..end in chunks, on manager 1, with this status. */
    private FlamencoClient.Reply createJob(int end, int chunk, String status) {
        return client().post("/jobs", "project_id", "1", "frame_start", "1", "frame_end", Integer.toString(end),
                "chunk_size", Integer.toString(chunk), "current_frame", "1", "filepath", "shots/010/anim.blend",
                "job_name", "shot_010", "render_settings", "base_1080p.py", "format", "PNG", "status", status,
                "priority", "50", "managers", "1");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void creatingSplitsTheRangeIntoReadyChunks() {
        FlamencoClient.Reply r = createJob(10, 4, "stopped");
        assertEquals(201, r.status(), r::toString);
        JsonNode job = r.json();
        assertEquals(List.of("id", "project_id", "frame_start", "frame_end", "chunk_size", "current_frame", "filepath",
                "job_name", "render_settings", "format", "status", "priority"), names(job));
        assertEquals(2, job.get("id").asInt());
        assertEquals("stopped", job.get("status").asText());
        assertEquals(1, state().jobsCreated());

        JobView view = state().job(2).orElseThrow();
        assertEquals(List.of(1, 5, 9), view.tasks().stream().map(TaskView::chunkStart).toList());
        assertEquals(List.of(4, 8, 10), view.tasks().stream().map(TaskView::chunkEnd).toList());
        assertEquals(List.of("ready", "ready", "ready"), view.taskStatuses());
        assertEquals(List.of(3L, 4L, 5L), view.tasks().stream().map(TaskView::id).toList());
        JsonNode task = client().get("/tasks").json().get("3");
        assertEquals(50, task.get("priority").asInt());
        assertEquals(1, task.get("current_frame").asInt());
        assertEquals(25.0, task.get("percentage_done").asDouble());
        assertEquals(2, task.get("job_id").asInt());
    }

    @Test
    void theJobObjectHidesTheNameAndSpellsPriorityAsAStringWhileTheQuirksAreOn() {
        JsonNode job = createJob(4, 4, "stopped").json();
        assertTrue(job.get("job_name").isNull());
        assertEquals("50", job.get("priority").textValue());
        JsonNode read = client().get("/jobs/2").json();
        assertTrue(read.get("job_name").isNull());
        assertEquals("50", read.get("priority").textValue());
        // the list is where the name can be read
        assertEquals("shot_010", client().get("/jobs").json().get("2").get("job_name").asText());
    }

    @Test
    void theJobObjectShowsNameAndIntegerPriorityWhenTheQuirksAreOff() {
        flamenco.emulator().settings().quirk(FlamencoQuirk.JOB_NAME_NULL_IN_JOB_OBJECT, false)
                .quirk(FlamencoQuirk.PRIORITY_AS_STRING, false);
        JsonNode job = createJob(4, 4, "stopped").json();
        assertEquals("shot_010", job.get("job_name").asText());
        assertTrue(job.get("priority").isInt());
        assertEquals(50, job.get("priority").asInt());
        assertEquals("shot_010", client().get("/jobs/2").json().get("job_name").asText());
    }

    @Test
    void missingIntegersReadAsZeroAndMissingStringsAsNull() {
        JsonNode job = client().post("/jobs", "frame_start", "1", "frame_end", "2", "chunk_size", "2",
                "status", "stopped", "managers", "1").json();
        assertEquals(0, job.get("project_id").asInt());
        assertEquals(0, job.get("current_frame").asInt());
        assertTrue(job.get("filepath").isNull());
        assertTrue(job.get("format").isNull());
        assertTrue(job.get("priority").isNull());
    }

    @Test
    void theListIsKeyedByIdWithPercentageDone() {
        JsonNode list = client().get("/jobs").json();
        assertEquals(List.of("1"), names(list));
        JsonNode seeded = list.get("1");
        assertEquals(List.of("job_name", "frame_start", "frame_end", "current_frame", "status", "percentage_done",
                "render_settings", "format"), names(seeded));
        assertEquals("completed", seeded.get("status").asText());
        assertEquals(100.0, seeded.get("percentage_done").asDouble());
        assertEquals(8, seeded.get("current_frame").asInt());
    }

    @Test
    void percentageDoneIsFinishedTasksOverAllToOneDecimal() {
        createJob(3, 1, "running");
        JobView job = state().job(2).orElseThrow();
        assertEquals(List.of("running", "running", "running"), job.taskStatuses());
        client().post("/tasks", "id", Long.toString(job.tasks().get(0).id()), "status", "FINISHED");
        JsonNode entry = client().get("/jobs").json().get("2");
        assertEquals("33.3", entry.get("percentage_done").toString());
        assertEquals(1, entry.get("current_frame").asInt());
        client().post("/tasks", "id", Long.toString(job.tasks().get(2).id()), "status", "finished");
        assertEquals("66.7", client().get("/jobs").json().get("2").get("percentage_done").toString());
        assertEquals(3, client().get("/jobs").json().get("2").get("current_frame").asInt());
    }

    @Test
    void withoutManagersTheJobIsCommittedThenTheRequestFails() {
        FlamencoClient.Reply r = client().post("/jobs", "project_id", "1", "frame_start", "1", "frame_end", "4",
                "chunk_size", "2", "job_name", "orphan", "status", "running");
        assertEquals(500, r.status());
        assertTrue(r.contentType().startsWith("text/html"));
        assertEquals(1, state().jobsCreated());
        JobView job = state().job(2).orElseThrow();
        assertTrue(job.tasks().isEmpty());
        assertTrue(job.managerIds().isEmpty());

        // one task-less job breaks the whole list, while single reads still work
        assertEquals(500, client().get("/jobs").status());
        assertEquals(200, client().get("/jobs/2").status());
        assertEquals(200, client().get("/jobs/1").status());
    }

    @Test
    void aChunkSizeOfZeroFailsAfterTheManagersAreLinked() {
        FlamencoClient.Reply r = createJob(4, 0, "running");
        assertEquals(500, r.status());
        JobView job = state().job(2).orElseThrow();
        assertEquals(List.of(1L), job.managerIds());
        assertTrue(job.tasks().isEmpty());
        assertEquals(500, client().get("/jobs").status());
    }

    @Test
    void withTheQuirkOffTasklessJobsAreListedAtZeroPercent() {
        flamenco.emulator().settings().quirk(FlamencoQuirk.JOB_LIST_FAILS_ON_TASKLESS_JOB, false);
        createJob(4, 0, "running");
        client().post("/jobs", "job_name", "no frames", "managers", "1");
        JsonNode list = client().get("/jobs").json();
        assertEquals(List.of("1", "2", "3"), names(list));
        assertEquals(0.0, list.get("2").get("percentage_done").asDouble());
        assertEquals(0, list.get("3").get("frame_start").asInt());
        assertEquals(2, state().jobsCreated());
    }

    @Test
    void anUnknownJobIs404() {
        FlamencoClient.Reply r = client().get("/jobs/77");
        assertEquals(404, r.status());
        assertTrue(r.json().get("message").isTextual());
        assertEquals(404, client().put("/jobs/77", "command", "start").status());
        assertEquals(404, client().delete("/jobs/77").status());
    }

    @Test
    void anUnknownCommandIsAZeroedJobWithStatus200WhileTheQuirkIsOn() {
        FlamencoClient.Reply r = client().put("/jobs/1", "command", "pause");
        assertEquals(200, r.status());
        JsonNode job = r.json();
        assertEquals("400 BAD REQUEST", job.get("status").asText());
        assertEquals(0, job.get("id").asInt());
        assertEquals(0, job.get("frame_end").asInt());
        assertTrue(job.get("filepath").isNull());
        assertTrue(job.get("priority").isNull());
        assertEquals("completed", state().job(1).orElseThrow().status());
    }

    @Test
    void anUnknownCommandIs400WhenTheQuirkIsOff() {
        flamenco.emulator().settings().quirk(FlamencoQuirk.ZEROED_JOB_ON_UNKNOWN_COMMAND, false);
        FlamencoClient.Reply r = client().put("/jobs/1", "command", "pause");
        assertEquals(400, r.status());
        assertTrue(r.json().get("message").asText().contains("pause"), r::toString);
    }

    @Test
    void resetIsANoOpAndStartAppliesEvenToACompletedJob() {
        FlamencoClient c = client();
        JsonNode reset = c.put("/jobs/1", "command", "reset").json();
        assertEquals("completed", reset.get("status").asText());
        assertEquals(List.of("finished", "finished"), state().job(1).orElseThrow().taskStatuses());
        assertEquals("running", c.put("/jobs/1", "command", "start").json().get("status").asText());
        assertEquals("stopped", c.put("/jobs/1", "command", "stop").json().get("status").asText());
    }

    @Test
    void anEditSetsNonEmptyNonZeroFieldsAndOnlyEchoesTheName() {
        createJob(8, 4, "stopped");
        FlamencoClient.Reply r = client().put("/jobs/2", "frame_end", "12", "chunk_size", "0", "filepath", "",
                "format", "EXR", "job_name", "renamed", "priority", "70");
        assertEquals(200, r.status(), r::toString);
        JsonNode job = r.json();
        assertEquals(12, job.get("frame_end").asInt());
        assertEquals(4, job.get("chunk_size").asInt());
        assertEquals("shots/010/anim.blend", job.get("filepath").asText());
        assertEquals("EXR", job.get("format").asText());
        assertEquals("renamed", job.get("job_name").asText());
        assertEquals("70", job.get("priority").asText());
        // tasks are not regenerated and the name was not stored
        assertEquals(2, state().job(2).orElseThrow().tasks().size());
        assertEquals("shot_010", state().job(2).orElseThrow().name());
        assertTrue(client().get("/jobs/2").json().get("job_name").isNull());
        assertEquals("shot_010", client().get("/jobs").json().get("2").get("job_name").asText());
    }

    @Test
    void anEditStoresTheNameWhenTheNameQuirkIsOff() {
        flamenco.emulator().settings().quirk(FlamencoQuirk.JOB_NAME_NULL_IN_JOB_OBJECT, false);
        createJob(8, 4, "stopped");
        client().put("/jobs/2", "job_name", "renamed", "status", "paused");
        JobView job = state().job(2).orElseThrow();
        assertEquals("renamed", job.name());
        assertEquals("paused", job.status());
    }

    @Test
    void deleteOnOneJobDeletesNothingWhileTheQuirkIsOn() {
        createJob(8, 4, "stopped");
        client().delete("/jobs/2");
        assertEquals(List.of(1L, 2L), state().jobIds());
        assertEquals(2, state().job(2).orElseThrow().tasks().size());
    }

    @Test
    void deleteOnOneJobDeletesItAndItsTasksWhenTheQuirkIsOff() {
        flamenco.emulator().settings().quirk(FlamencoQuirk.DELETE_JOB_DOES_NOTHING, false);
        createJob(8, 4, "stopped");
        client().delete("/jobs/2");
        assertEquals(List.of(1L), state().jobIds());
        assertEquals(List.of(1L, 2L), state().taskIds());
        assertEquals(404, client().get("/jobs/2").status());
    }

    @Test
    void bulkDeleteStopsAtTheFirstUnknownIdWithAnEmptyStringBody() {
        createJob(4, 4, "running");
        createJob(4, 4, "stopped");
        assertEquals("running", state().job(2).orElseThrow().taskStatuses().get(0));
        FlamencoClient.Reply r = client().post("/jobs/delete", "id", "2,99,3");
        assertEquals(404, r.status());
        assertEquals("application/json", r.contentType());
        assertEquals("\"\"", r.body());
        assertEquals(List.of(1L, 3L), state().jobIds());
        // the running task was stopped through its manager, whose worker is free again
        JsonNode workers = client().get("/workers").json();
        workers.forEach(w -> assertTrue(w.get("current_task").isNull(), w::toString));

        client().post("/jobs/delete", "id", "3,1");
        assertTrue(state().jobIds().isEmpty());
        assertTrue(state().taskIds().isEmpty());
        assertEquals(400, client().post("/jobs/delete", "id", "1,x").status());
    }

    @Test
    void bulkCommandsEchoTheIdsWithStatusRunning() {
        createJob(4, 4, "stopped");
        createJob(4, 4, "stopped");
        FlamencoClient.Reply r = client().put("/jobs", "id", "2,3", "status", "start");
        assertEquals(200, r.status(), r::toString);
        assertEquals("{\"id\": \"2,3\", \"status\": \"running\"}", r.body());
        assertEquals("running", state().job(2).orElseThrow().status());
        assertEquals("running", state().job(3).orElseThrow().status());

        FlamencoClient.Reply stop = client().put("/jobs", "id", "2", "status", "stop");
        assertEquals("{\"id\": \"2\", \"status\": \"running\"}", stop.body());
        assertEquals("stopped", state().job(2).orElseThrow().status());
        assertEquals(List.of("aborted"), state().job(2).orElseThrow().taskStatuses());
    }

    @Test
    void bulkCommandErrorsEchoTheFields() {
        createJob(4, 4, "stopped");
        FlamencoClient.Reply unknownCommand = client().put("/jobs", "id", "2", "status", "pause");
        assertEquals(400, unknownCommand.status());
        assertEquals("{\"id\": \"2\", \"status\": \"pause\"}", unknownCommand.body());

        FlamencoClient.Reply unknownId = client().put("/jobs", "id", "2,42", "status", "start");
        assertEquals(404, unknownId.status());
        assertEquals("{\"id\": \"2,42\", \"status\": \"start\"}", unknownId.body());
        assertEquals("running", state().job(2).orElseThrow().status(), "ids before the unknown one are done");
        assertEquals(500, client().put("/jobs", "status", "start").status());
    }

    @Test
    void bulkStartAndStopSkipSettledJobs() {
        client().put("/jobs", "id", "1", "status", "start");
        assertEquals("completed", state().job(1).orElseThrow().status());
        client().put("/jobs", "id", "1", "status", "stop");
        assertEquals("completed", state().job(1).orElseThrow().status());
    }

    @Test
    void bulkResetIsRefusedForARunningJobAndRecreatesTasksOtherwise() {
        createJob(8, 4, "running");
        FlamencoClient.Reply refused = client().put("/jobs", "id", "2", "status", "reset");
        assertEquals(404, refused.status());
        assertEquals("running", state().job(2).orElseThrow().status());

        client().put("/jobs", "id", "2", "status", "stop");
        client().put("/jobs/2", "current_frame", "6");
        FlamencoClient.Reply reset = client().put("/jobs", "id", "2", "status", "reset");
        assertEquals(200, reset.status());
        JobView job = state().job(2).orElseThrow();
        assertEquals("ready", job.status());
        assertEquals(List.of(5L, 6L), job.tasks().stream().map(TaskView::id).toList());
        assertEquals(List.of("ready", "ready"), job.taskStatuses());
        assertEquals(1, client().get("/jobs/2").json().get("current_frame").asInt());
        assertEquals(List.of(1L, 2L, 5L, 6L), state().taskIds());
    }

    @Test
    void aJobCreatedStoppedWaitsUntilStarted() {
        createJob(4, 4, "stopped");
        clock.at(10_000);
        assertEquals(List.of("ready"), state().job(2).orElseThrow().taskStatuses());
        FlamencoClient.Reply started = client().put("/jobs/2", "command", "start");
        assertEquals("running", started.json().get("status").asText());
        assertEquals(List.of("running"), state().job(2).orElseThrow().taskStatuses());
    }

    @Test
    void anyStatusIsStoredVerbatimAndOnlyReadyOrRunningJobsAreDispatched() {
        createJob(4, 4, "queued");
        createJob(4, 4, "ready");
        assertEquals("queued", client().get("/jobs/2").json().get("status").asText());
        assertEquals(List.of("ready"), state().job(2).orElseThrow().taskStatuses());
        assertEquals(List.of("running"), state().job(3).orElseThrow().taskStatuses());
        assertEquals("ready", state().job(3).orElseThrow().status(), "dispatch does not change the job status");
    }

    @Test
    void theManagersFieldRepeats() {
        FlamencoClient.Reply r = client().post("/jobs", "frame_start", "1", "frame_end", "1", "chunk_size", "1",
                "status", "stopped", "managers", "1", "managers", "2");
        assertEquals(201, r.status());
        assertEquals(List.of(1L, 2L), state().job(2).orElseThrow().managerIds());
        assertFalse(state().job(2).orElseThrow().managerIds().isEmpty());
        assertNull(state().job(99).orElse(null));
    }
}
