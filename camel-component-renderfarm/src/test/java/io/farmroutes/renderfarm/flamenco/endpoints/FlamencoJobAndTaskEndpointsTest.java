package io.farmroutes.renderfarm.flamenco.endpoints;

import io.farmroutes.renderfarm.flamenco.FlamencoApiException;
import io.farmroutes.renderfarm.flamenco.FlamencoCatalog;
import io.farmroutes.renderfarm.flamenco.model.FlamencoJob;
import io.farmroutes.renderfarm.flamenco.model.FlamencoJobSummary;
import io.farmroutes.renderfarm.flamenco.model.FlamencoTask;
import io.farmroutes.renderfarm.flamenco.model.JobDeletion;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.flamenco.FlamencoQuirk;
import io.farmroutes.sandbox.flamenco.JobView;
import io.farmroutes.sandbox.flamenco.TaskView;
import io.farmroutes.spi.error.InvalidParameterException;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** job/* and task/* through Camel against the Flamenco emulator, with its clock moved by hand. */
class FlamencoJobAndTaskEndpointsTest extends FlamencoEndpointTestSupport {

    static final List<String> ENDPOINTS = List.of("job/list", "job/create", "job/get", "job/command", "job/delete",
            "job/deleteMany", "task/list", "task/updateStatus");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A complete job/create call but for its managers. */
    private static final String CREATE = "renderfarm:job/create?projectId=1&filepath=main.blend";

    @BeforeEach
    void noRenderFails() {
        emulator().settings().failureRate(0);
    }

    private Duration frames(int count) {
        return emulator().settings().frameRenderTime().multipliedBy(count);
    }

    /** A job through the client; the ledger is cleared afterwards. */
    private long createJob(int frameStart, int frameEnd, int chunkSize, String more) {
        FlamencoJob job = call(CREATE + "&frameStart=" + frameStart + "&frameEnd=" + frameEnd + "&chunkSize="
                + chunkSize + more, FlamencoJob.class);
        clearLedger();
        return job.id();
    }

    private JobView job(long id) {
        return emulator().state().job(id).orElseThrow(() -> new AssertionError("no job " + id));
    }

    @SuppressWarnings("unchecked")
    private List<FlamencoJobSummary> jobList() {
        return call("renderfarm:job/list", List.class);
    }

    private FlamencoJobSummary listed(long jobId) {
        return jobList().stream().filter(j -> j.id() == jobId).findFirst()
                .orElseThrow(() -> new AssertionError("job/list lacks job " + jobId));
    }

    @SuppressWarnings("unchecked")
    private List<FlamencoTask> taskList() {
        return call("renderfarm:task/list", List.class);
    }

    private static FlamencoTask task(List<FlamencoTask> tasks, long id) {
        return tasks.stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + id + " in " + tasks));
    }

    // ---- job/list -----------------------------------------------------------------------------------------------

    @Test
    void jobListShowsNamesAndProgressThatMoveWithTheClock() {
        long solo = emulator().state().addManager("solo", 1, false);
        long jobId = createJob(1, 12, 4, "&jobName=shot_040&status=running&renderSettings=base_720p.py"
                + "&format=JPEG&managers=" + solo);

        List<FlamencoJobSummary> jobs = jobList();
        assertEquals(List.of(1L, jobId), jobs.stream().map(FlamencoJobSummary::id).toList());
        FlamencoJobSummary seeded = jobs.get(0);
        assertEquals("cube_turntable", seeded.jobName());
        assertEquals("completed", seeded.status());
        assertEquals(100.0, seeded.percentageDone());
        assertEquals(8, seeded.currentFrame());
        assertEquals("base_1080p.py", seeded.renderSettings());
        assertEquals("PNG", seeded.format());
        FlamencoJobSummary fresh = jobs.get(1);
        assertEquals("shot_040", fresh.jobName(), "job/list has the name the job object lacks");
        assertEquals(1, fresh.frameStart());
        assertEquals(12, fresh.frameEnd());
        assertEquals("running", fresh.status());
        assertEquals(0.0, fresh.percentageDone());
        assertEquals(1, fresh.currentFrame());
        assertEquals("base_720p.py", fresh.renderSettings());
        assertEquals("JPEG", fresh.format());

        clock.advance(frames(2));
        assertEquals(0.0, listed(jobId).percentageDone(), "half a chunk is no finished task");
        assertEquals(1, listed(jobId).currentFrame());

        clock.advance(frames(2));
        FlamencoJobSummary third = listed(jobId);
        assertEquals(33.3, third.percentageDone());
        assertEquals(4, third.currentFrame());

        clock.advance(frames(4));
        FlamencoJobSummary twoThirds = listed(jobId);
        assertEquals(66.7, twoThirds.percentageDone());
        assertEquals(8, twoThirds.currentFrame());
        assertEquals("running", twoThirds.status());

        clock.advance(frames(4));
        FlamencoJobSummary done = listed(jobId);
        assertEquals(100.0, done.percentageDone());
        assertEquals(12, done.currentFrame());
        assertEquals("completed", done.status());

        assertEquals(6, requests("GET", "/jobs").size());
        assertEquals(6, emulator().ledger().count());
    }

    // ---- job/create ---------------------------------------------------------------------------------------------

    @Test
    void createSendsEveryFieldUnderItsWireNameAndReadsTheJobObject() {
        FlamencoJob created = call(CREATE.replace("main.blend", "shots/010/anim.blend") + "&frameStart=3"
                + "&frameEnd=9&chunkSize=3&jobName=shot_050&renderSettings=base_720p.py&format=EXR&priority=7"
                + "&managers=2", FlamencoJob.class);

        assertEquals(2L, created.id());
        assertEquals(1L, created.projectId());
        assertEquals(3, created.frameStart());
        assertEquals(9, created.frameEnd());
        assertEquals(3, created.chunkSize());
        assertEquals(3, created.currentFrame());
        assertEquals("shots/010/anim.blend", created.filepath());
        assertNull(created.jobName(), "the server's job object leaves the name out");
        assertEquals("base_720p.py", created.renderSettings());
        assertEquals("EXR", created.format());
        assertEquals("ready", created.status());
        assertEquals(7, created.priority(), "sent back as \"7\"");

        RecordedRequest sent = onlyRequest("POST", "/jobs");
        assertEquals(Map.ofEntries(Map.entry("project_id", List.of("1")), Map.entry("frame_start", List.of("3")),
                Map.entry("frame_end", List.of("9")), Map.entry("chunk_size", List.of("3")),
                Map.entry("current_frame", List.of("3")), Map.entry("filepath", List.of("shots/010/anim.blend")),
                Map.entry("job_name", List.of("shot_050")), Map.entry("render_settings", List.of("base_720p.py")),
                Map.entry("format", List.of("EXR")), Map.entry("status", List.of("ready")),
                Map.entry("priority", List.of("7")), Map.entry("managers", List.of("2"))), form(sent).asMap());

        JobView stored = job(created.id());
        assertEquals("shot_050", stored.name());
        assertEquals(List.of(2L), stored.managerIds());
        assertEquals(List.of(3, 6, 9), stored.tasks().stream().map(TaskView::chunkStart).toList());
        assertEquals(List.of(5, 8, 9), stored.tasks().stream().map(TaskView::chunkEnd).toList());
        assertEquals(List.of("running", "running", "running"), stored.taskStatuses(),
                "the cloud manager takes every chunk at once");
    }

    @Test
    void createIsNotRetriedWhileAReadIs() {
        int before = emulator().state().jobsCreated();
        emulator().faults().serverErrors(1.0);

        FlamencoApiException create = failure(CREATE + "&frameStart=1&frameEnd=2&chunkSize=1&managers=1",
                FlamencoApiException.class);
        FlamencoApiException read = failure("renderfarm:job/get?jobId=1", FlamencoApiException.class);

        assertEquals(503, create.getHttpStatus());
        assertTrue(create.isTransient());
        assertEquals(1, requests("POST", "/jobs").size(), "a repeat could create the job twice");
        assertEquals(503, read.getHttpStatus());
        assertEquals(3, requests("GET", "/jobs/1").size(), "job/get is retried up to maxAttempts");
        assertEquals(before, emulator().state().jobsCreated());
    }

    // ---- job/get ------------------------------------------------------------------------------------------------

    @Test
    void jobGetReadsThePriorityTextAsANumberAndHasNoName() throws Exception {
        JsonNode onTheWire = JSON.readTree(raw("GET", "/jobs/1", null).body());
        assertEquals("50", onTheWire.get("priority").textValue(), "the server sends the priority as text");
        assertTrue(onTheWire.get("job_name").isNull());
        clearLedger();

        FlamencoJob job = call("renderfarm:job/get?jobId=1", FlamencoJob.class);

        assertEquals(new FlamencoJob(1L, 1L, 1, 8, 4, 8, "shots/010/anim.blend", null, "base_1080p.py", "PNG",
                "completed", 50, Map.of()), job);
        assertEquals(List.of("GET /jobs/1"), calls());
        assertEquals(0, onlyRequest("GET", "/jobs/1").body().length);
    }

    @Test
    void jobGetOnAnIdealServerHasTheNameAndANumericPriority() {
        emulator().settings().quirk(FlamencoQuirk.JOB_NAME_NULL_IN_JOB_OBJECT, false)
                .quirk(FlamencoQuirk.PRIORITY_AS_STRING, false);

        FlamencoJob job = call("renderfarm:job/get", null, Map.of(HEADER + "jobId", "1"), FlamencoJob.class);

        assertEquals("cube_turntable", job.jobName());
        assertEquals(50, job.priority());
    }

    @Test
    void anUnknownJobIsNotFoundAndNotAskedForAgain() {
        FlamencoApiException missing = failure("renderfarm:job/get?jobId=77", FlamencoApiException.class);

        assertTrue(missing.isNotFound());
        assertEquals(List.of("GET /jobs/77"), calls());
    }

    // ---- job/command --------------------------------------------------------------------------------------------

    @Test
    void startRunsTheJobStopAbortsItsChunksAndResetChangesNothing() {
        long jobId = createJob(1, 8, 4, "&status=stopped&managers=1");
        assertEquals(List.of(0, 0), job(jobId).tasks().stream().map(TaskView::dispatches).toList(),
                "a stopped job is not dispatched");

        FlamencoJob started = call("renderfarm:job/command?jobId=" + jobId + "&command=start", FlamencoJob.class);
        assertEquals(jobId, started.id());
        assertEquals("running", started.status());
        assertEquals(List.of("running", "running"), job(jobId).taskStatuses());

        clock.advance(frames(1).plus(frames(1).dividedBy(2)));
        FlamencoJob stopped = call("renderfarm:job/command?jobId=" + jobId + "&command=stop", FlamencoJob.class);
        assertEquals("stopped", stopped.status());
        JobView afterStop = job(jobId);
        assertEquals(List.of("aborted", "aborted"), afterStop.taskStatuses());
        assertEquals(List.of(2, 6), afterStop.tasks().stream().map(TaskView::currentFrame).toList(),
                "each chunk keeps the frame its manager had reached");

        FlamencoJob reset = call("renderfarm:job/command?jobId=" + jobId + "&command=reset", FlamencoJob.class);
        assertEquals(stopped, reset, "reset answers the job unchanged");
        assertEquals(afterStop, job(jobId), "and changes nothing");

        FlamencoJob restarted = call("renderfarm:job/command", null,
                Map.of(HEADER + "jobId", jobId, HEADER + "command", "start"), FlamencoJob.class);
        assertEquals("running", restarted.status());
        assertEquals(List.of(2, 2), job(jobId).tasks().stream().map(TaskView::dispatches).toList(),
                "aborted chunks are ready again and dispatched");
        clock.advance(frames(3));
        assertEquals("completed", job(jobId).status(), "the chunks resumed from frames 2 and 6");

        List<RecordedRequest> sent = requests("PUT", "/jobs/" + jobId);
        assertEquals(List.of("start", "stop", "reset", "start"),
                sent.stream().map(r -> field(r, "command")).toList());
        assertEquals(4, emulator().ledger().count());
    }

    @Test
    void startAppliesToACompletedJobToo() {
        FlamencoJob job = call("renderfarm:job/command?jobId=1&command=start", FlamencoJob.class);

        assertEquals("running", job.status());
        assertEquals("running", job(1).status());
        assertEquals(List.of("finished", "finished"), job(1).taskStatuses());
        assertEquals(Map.of("command", List.of("start")), form(onlyRequest("PUT", "/jobs/1")).asMap());
    }

    @Test
    void aCommandForAnUnknownJobIsNotFound() {
        FlamencoApiException missing = failure("renderfarm:job/command?jobId=99&command=stop",
                FlamencoApiException.class);

        assertTrue(missing.isNotFound());
        assertEquals(List.of("PUT /jobs/99"), calls());
    }

    // ---- job/delete, job/deleteMany -----------------------------------------------------------------------------

    @Test
    void deleteAsksTheServerLooksAgainAndDeletesInBulkWhenTheJobStayed() {
        long jobId = createJob(1, 4, 2, "&managers=1");

        JobDeletion deletion = call("renderfarm:job/delete?jobId=" + jobId, JobDeletion.class);

        assertEquals(jobId, deletion.jobId());
        assertTrue(deletion.viaBulkDelete());
        assertEquals(List.of("DELETE /jobs/" + jobId, "GET /jobs/" + jobId, "POST /jobs/delete"), calls());
        assertEquals(Long.toString(jobId), field(onlyRequest("POST", "/jobs/delete"), "id"));
        assertEquals(0, onlyRequest("DELETE", "/jobs/" + jobId).body().length);
        assertEquals(List.of(1L), emulator().state().jobIds());
        assertEquals(List.of(1L, 2L), emulator().state().taskIds(), "the job's tasks went with it");
    }

    @Test
    void deleteOfAnUnknownJobIsNotFoundWithoutAFallback() {
        FlamencoApiException missing = failure("renderfarm:job/delete?jobId=99", FlamencoApiException.class);

        assertTrue(missing.isNotFound());
        assertEquals(List.of("DELETE /jobs/99"), calls());
    }

    @Test
    void deleteManyStopsAtTheFirstUnknownIdWithTheEarlierOnesDeleted() {
        long second = createJob(1, 2, 1, "&managers=1");
        long third = createJob(1, 2, 1, "&managers=1");
        assertEquals(List.of("running", "running"), job(second).taskStatuses());

        FlamencoApiException partial = failure("renderfarm:job/deleteMany?jobIds=" + second + ",99," + third,
                FlamencoApiException.class);

        assertTrue(partial.isNotFound());
        assertEquals(second + ",99," + third, field(onlyRequest("POST", "/jobs/delete"), "id"));
        assertEquals(List.of(1L, third), emulator().state().jobIds(), "deleted up to the unknown id, not after");
        assertTrue(emulator().state().taskIds().stream()
                .noneMatch(id -> emulator().state().task(id).orElseThrow().jobId() == second));

        Object nothing = template.requestBody("renderfarm:job/deleteMany?jobIds=" + third + ",1", (Object) null);
        assertNull(nothing);
        assertEquals(List.of(), emulator().state().jobIds());
        assertEquals(List.of(), emulator().state().taskIds());

        FlamencoApiException again = failure("renderfarm:job/deleteMany?jobIds=" + third,
                FlamencoApiException.class);
        assertTrue(again.isNotFound(), "a repeat answers 404 at the first id already deleted");
        assertEquals(3, requests("POST", "/jobs/delete").size(), "none of them was retried");
    }

    // ---- task/list ----------------------------------------------------------------------------------------------

    @Test
    void taskListShowsEachChunkWithItsLiveFrameAndPercentage() {
        long solo = emulator().state().addManager("solo", 1, false);
        long jobId = createJob(1, 12, 4, "&managers=" + solo);
        List<Long> ids = job(jobId).tasks().stream().map(TaskView::id).toList();
        clock.advance(frames(2));

        List<FlamencoTask> tasks = taskList();

        assertEquals(List.of(1L, 2L, ids.get(0), ids.get(1), ids.get(2)), tasks.stream().map(FlamencoTask::id)
                .toList());
        FlamencoTask rendering = task(tasks, ids.get(0));
        assertEquals(jobId, rendering.jobId());
        assertEquals(1, rendering.chunkStart());
        assertEquals(4, rendering.chunkEnd());
        assertEquals(3, rendering.currentFrame());
        assertEquals("running", rendering.status());
        assertEquals(75.0, rendering.percentageDone());
        assertEquals(50, rendering.priority());
        assertEquals("1-4", rendering.renderFrameIndex());
        FlamencoTask waiting = task(tasks, ids.get(1));
        assertEquals("ready", waiting.status());
        assertEquals(5, waiting.currentFrame());
        assertEquals(25.0, waiting.percentageDone());
        FlamencoTask seeded = task(tasks, 1);
        assertEquals(1L, seeded.jobId());
        assertEquals("finished", seeded.status());
        assertEquals(100.0, seeded.percentageDone());

        clock.advance(frames(3));
        List<FlamencoTask> later = taskList();
        assertEquals("finished", task(later, ids.get(0)).status());
        assertEquals(4, task(later, ids.get(0)).currentFrame());
        assertEquals("running", task(later, ids.get(1)).status());
        assertEquals(6, task(later, ids.get(1)).currentFrame(), "the next chunk started when the first ended");
        assertEquals(50.0, task(later, ids.get(1)).percentageDone());
        assertEquals(List.of("GET /tasks", "GET /tasks"), calls());
    }

    /** The emulator always sends a number; spec §6.20 also allows a numeric string, so the reader gets both. */
    @Test
    void taskListReadsThePercentageAsANumberOrAsText() throws Exception {
        JsonNode answer = JSON.readTree("""
                {"12": {"job_id": 7, "chunk_start": 1, "chunk_end": 4, "current_frame": 2, "status": "running",
                        "percentage_done": "50.0", "priority": 50},
                 "3": {"job_id": 7, "chunk_start": 5, "chunk_end": 8, "current_frame": 7, "status": "running",
                       "percentage_done": 62.5, "priority": "40"}}
                """);

        @SuppressWarnings("unchecked")
        List<FlamencoTask> tasks = (List<FlamencoTask>) FlamencoCatalog.catalog().require("task/list")
                .resultReader().read(answer);

        assertEquals(List.of(3L, 12L), tasks.stream().map(FlamencoTask::id).toList(), "by id, as numbers");
        assertEquals(62.5, tasks.get(0).percentageDone());
        assertEquals(40, tasks.get(0).priority());
        assertEquals(50.0, tasks.get(1).percentageDone());
        assertEquals(7L, tasks.get(1).jobId());
    }

    // ---- task/updateStatus --------------------------------------------------------------------------------------

    @Test
    void aReportChangesOnlyARunningTaskAndOnlyToFinishedOrFailed() {
        long solo = emulator().state().addManager("solo", 1, false);
        long jobId = createJob(1, 8, 4, "&status=running&managers=" + solo);
        long first = job(jobId).tasks().get(0).id();
        long second = job(jobId).tasks().get(1).id();
        assertEquals(List.of("running", "ready"), job(jobId).taskStatuses());

        assertNull(template.requestBody("renderfarm:task/updateStatus?taskId=" + second + "&status=finished",
                (Object) null));
        assertEquals(List.of("running", "ready"), job(jobId).taskStatuses(), "a waiting task is left alone");
        template.requestBody("renderfarm:task/updateStatus?taskId=" + first + "&status=rendering", (Object) null);
        assertEquals(List.of("running", "ready"), job(jobId).taskStatuses(), "other words are ignored");
        template.requestBody("renderfarm:task/updateStatus?taskId=999&status=finished", (Object) null);
        assertEquals(List.of("running", "ready"), job(jobId).taskStatuses(), "an unknown task too");

        template.requestBody("renderfarm:task/updateStatus?taskId=" + first + "&status=FINISHED", (Object) null);
        JobView afterFirst = job(jobId);
        assertEquals(List.of("finished", "running"), afterFirst.taskStatuses(),
                "the chunk is done and dispatch gave the free worker the next");
        assertEquals(4, afterFirst.tasks().get(0).currentFrame());
        assertEquals(solo, afterFirst.tasks().get(1).managerId());
        assertEquals("running", afterFirst.status());
        assertEquals(4, listed(jobId).currentFrame(), "the job's frame rose to the chunk's end");

        template.requestBodyAndHeaders("renderfarm:task/updateStatus", null,
                Map.of(HEADER + "taskId", second, HEADER + "status", "failed"));
        assertEquals(List.of("finished", "failed"), job(jobId).taskStatuses());
        assertEquals("failed", job(jobId).status(), "every chunk settled, one failed");

        List<String> reports = requests("POST", "/tasks").stream()
                .map(r -> field(r, "id") + " " + field(r, "status")).toList();
        assertEquals(List.of(second + " finished", first + " rendering", "999 finished", first + " FINISHED",
                second + " failed"), reports);
    }

    @Test
    void theLastChunkFinishingCompletesTheJob() {
        long jobId = createJob(1, 2, 2, "&managers=1");
        long only = job(jobId).tasks().get(0).id();

        template.requestBody("renderfarm:task/updateStatus?taskId=" + only + "&status=finished", (Object) null);

        assertEquals("completed", job(jobId).status());
        assertEquals(List.of("finished"), job(jobId).taskStatuses());
    }

    // ---- refused before sending ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
            "renderfarm:job/create?frameStart=1&frameEnd=4&chunkSize=2&filepath=main.blend&managers=1, projectId",
            "renderfarm:job/create?projectId=1&frameEnd=4&chunkSize=2&filepath=main.blend&managers=1, frameStart",
            "renderfarm:job/create?projectId=1&frameStart=1&chunkSize=2&filepath=main.blend&managers=1, frameEnd",
            "renderfarm:job/create?projectId=1&frameStart=1&frameEnd=4&filepath=main.blend&managers=1, chunkSize",
            "renderfarm:job/create?projectId=1&frameStart=1&frameEnd=4&chunkSize=2&managers=1, filepath",
            "renderfarm:job/create?projectId=1&frameStart=1&frameEnd=4&chunkSize=2&filepath=main.blend, managers",
            "renderfarm:job/get, jobId",
            "renderfarm:job/command?command=start, jobId",
            "renderfarm:job/command?jobId=1, command",
            "renderfarm:job/delete, jobId",
            "renderfarm:job/deleteMany, jobIds",
            "renderfarm:task/updateStatus?status=finished, taskId",
            "renderfarm:task/updateStatus?taskId=1, status",
    })
    void aMissingRequiredParameterIsRefusedBeforeSending(String uri, String parameter) {
        int jobs = emulator().state().jobsCreated();
        refused(uri, parameter);
        assertEquals(jobs, emulator().state().jobsCreated());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "renderfarm:job/get?jobId=one, jobId",
            "renderfarm:job/command?jobId=1.5&command=stop, jobId",
            "'renderfarm:job/deleteMany?jobIds=2,x', jobIds",
            "renderfarm:task/updateStatus?taskId=seven&status=finished, taskId",
            "renderfarm:job/create?projectId=1&frameStart=a&frameEnd=4&chunkSize=2&filepath=main.blend&managers=1,"
                    + " frameStart",
    })
    void textWhereAWholeNumberBelongsIsRefused(String uri, String parameter) {
        InvalidParameterException e = refused(uri, parameter);
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void anEmptyJobIdListIsRefusedBeforeSending() {
        refused("renderfarm:job/deleteMany", Map.of(HEADER + "jobIds", List.of()), "jobIds");
        refused("renderfarm:job/deleteMany?jobIds=,", "jobIds");
    }

    @Test
    void aCommandTheServerWouldAnswerWithAZeroedJobIsRefused() {
        InvalidParameterException e = refused("renderfarm:job/command?jobId=1&command=respawn", "command");
        assertTrue(e.getMessage().contains("start"), e.getMessage());
    }

    @Test
    void unknownOptionsAreRefusedWithTheNearestNames() {
        assertTrue(unknownOption("renderfarm:job/command?jobID=1&command=start", "jobID").getSuggestions()
                .contains("jobId"));
        assertTrue(unknownOption("renderfarm:job/create?chunksize=4", "chunksize").getSuggestions()
                .contains("chunkSize"));
        assertTrue(unknownOption("renderfarm:task/updateStatus?taskID=3&status=finished", "taskID")
                .getSuggestions().contains("taskId"));
        assertTrue(unknownOption("renderfarm:job/deleteMany?jobsIds=1", "jobsIds").getSuggestions()
                .contains("jobIds"));
    }
}
