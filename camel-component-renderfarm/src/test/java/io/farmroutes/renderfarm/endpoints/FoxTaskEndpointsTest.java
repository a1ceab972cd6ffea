package io.farmroutes.renderfarm.endpoints;

import io.farmroutes.renderfarm.fox.FoxAcknowledgement;
import io.farmroutes.renderfarm.fox.FoxApiException;
import io.farmroutes.renderfarm.fox.model.CreatedTasks;
import io.farmroutes.renderfarm.fox.model.GrabInfo;
import io.farmroutes.renderfarm.fox.model.OutputFile;
import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.renderfarm.fox.model.TaskInfo;
import io.farmroutes.renderfarm.fox.model.TaskProgress;
import io.farmroutes.renderfarm.fox.model.TaskStatus;
import io.farmroutes.sandbox.MovableClock;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.fox.FoxState;
import io.farmroutes.sandbox.fox.TaskView;
import io.farmroutes.spi.render.RenderStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The task life cycle, listing, control (stop, start, abandon, delete), tuning, progress and outputs. */
class FoxTaskEndpointsTest extends FoxEndpointTestSupport {

    static final List<String> ENDPOINTS = List.of("task/create", "task/uploadJson", "task/submit", "task/info",
            "task/list", "task/stop", "task/start", "task/abandon", "task/delete", "task/recommitFailed",
            "task/subtaskIds", "task/progress", "task/setOvertimeStop", "task/fullSpeed", "task/updatePriority",
            "task/updateLimit", "file/outputTree");

    private static final String CREATE = "/api/render/submit/createTask";
    private static final String UPLOAD = "/api/render/submit/taskJsonFile";
    private static final String SUBMIT = "/api/render/submit/task";
    private static final String INFO = "/api/render/handle/queryTaskInfo/v2";
    private static final String LIST = "/api/render/handle/getTaskList/v2";
    private static final String STOP = "/api/rendering/task/renderingTask/stopTask";
    private static final String START = "/api/rendering/task/renderingTask/startTask";
    private static final String ABANDON = "/api/render/handle/abandonTask";
    private static final String DELETE = "/api/render/handle/deleteTask";
    private static final String RECOMMIT = "/api/render/handle/recommitTasks";
    private static final String PROGRESS = "/api/render/handle/loadTaskProcessImg";
    private static final String OVERTIME = "/api/render/handle/setTaskOverTimeStop";
    private static final String FULL_SPEED = "/api/render/handle/fullSpeedRendering";
    private static final String PRIORITY = "/api/rendering/task/renderingTask/updateTaskUserLevel";
    private static final String LIMIT = "/api/render/handle/updateTaskLimit";
    private static final String OUTPUT_TREE = "/api/render/file/operate/getOutputUserDirFile";

    private static final long DONE = FoxState.SEEDED_DONE_TASK;
    private static final long FAILED = FoxState.SEEDED_FAILED_TASK;

    // ---- create, upload, submit, info ---------------------------------------------------------------------

    @Test
    void createUploadSubmitAndInfoTakeATaskFromReservedIdToRendered() {
        emulator().settings().failureRate(0);
        List<Long> before = emulator().state().taskIds();

        CreatedTasks created = call("renderfarm:task/create", CreatedTasks.class);

        assertEquals(1, created.taskIdList().size());
        long taskId = created.taskIdList().get(0);
        assertFalse(before.contains(taskId), "a new id");
        assertTrue(taskId > before.stream().mapToLong(Long::longValue).max().orElseThrow());
        assertEquals(List.of("2W" + taskId), created.aliasTaskIdList(), "platform prefix plus the id");
        assertEquals(emulator().userId(), created.userId());
        TaskView reserved = emulator().state().task(taskId);
        assertFalse(reserved.submitted());
        assertEquals(0, reserved.status());
        assertTrue(reserved.files().isEmpty());
        assertEquals(json("{}"), body(onlyRequest(CREATE)), "optional parameters are omitted, not sent as null");

        Map<String, Object> info = new LinkedHashMap<>();
        info.put("input_scene_path", "D:/projects/shots/shot020.blend");
        info.put("frames", "1-4[1]");
        info.put("cg_id", "2007");
        info.put("project_name", "lifecycle");
        FoxAcknowledgement uploaded = call("renderfarm:task/uploadJson", Map.of("taskId", taskId,
                "content", Map.of("task_info", info)), Map.of(), FoxAcknowledgement.class);

        assertEquals("renderfarm:task/uploadJson", uploaded.endpoint());
        JsonNode upload = body(onlyRequest(UPLOAD));
        assertEquals(taskId, upload.get("taskId").longValue());
        assertEquals("task.json", upload.get("fileName").textValue(), "the default file name is sent");
        assertTrue(upload.get("content").isTextual(), "the document travels as text");
        assertEquals(json("{\"task_info\":{\"input_scene_path\":\"D:/projects/shots/shot020.blend\","
                + "\"frames\":\"1-4[1]\",\"cg_id\":\"2007\",\"project_name\":\"lifecycle\"}}"),
                json(upload.get("content").textValue()));
        assertEquals(json(upload.get("content").textValue()),
                json(emulator().state().task(taskId).files().get("task.json")), "the farm stored the document");

        FoxAcknowledgement submitted = call("renderfarm:task/submit", null,
                params("taskId", taskId, "producer", "lighting-team"), FoxAcknowledgement.class);

        assertEquals("renderfarm:task/submit", submitted.endpoint());
        assertEquals(1, emulator().state().submissions(taskId));
        assertTrue(emulator().state().task(taskId).submitted());
        assertEquals(json("{\"taskId\":" + taskId + ",\"producer\":\"lighting-team\"}"), body(onlyRequest(SUBMIT)));

        TaskInfo done = awaitTask(taskId, s -> s == 25, "done");

        assertEquals(taskId, done.id());
        assertEquals("2W" + taskId, done.taskAlias());
        assertEquals("shot020.blend", done.sceneName(), "the scene file of task.json");
        assertEquals("Done", done.statusText());
        assertEquals(TaskStatus.DONE, done.status().orElseThrow());
        assertEquals(RenderStatus.DONE, done.renderStatus());
        assertEquals(4, done.totalFrames());
        assertEquals(4, done.doneFrames());
        assertEquals(0, done.failedFrames());
        assertEquals(0, done.executingFrames());
        assertEquals("1-4[1]", done.framesRange());
        assertEquals("lifecycle", done.projectName());
        assertEquals("lighting-team", done.producer());
        assertEquals(2007, done.cgId());
        assertEquals(50, done.taskUserLevel());
        assertEquals(0, done.isDelete());
        assertNull(done.layerParentId());
        assertNull(done.respRenderingTaskList(), "not a layered task");
        assertNotNull(done.submitDate());
        assertNotNull(done.completedDate());
        assertTrue(done.completedDate() >= done.startTime());
        assertEquals(0.2, done.renderConsume(), 1e-9, "four frames at 0.05");
        assertEquals(List.of(4, 4, 4, 4), emulator().state().task(taskId).frameStatuses());
        assertEquals(json("{\"taskIds\":[" + taskId + "]}"), body(lastRequest(INFO)));

        FoxApiException again = failure("renderfarm:task/submit?taskId=" + taskId, null, Map.of(),
                FoxApiException.class);
        assertEquals(600, again.getCode(), again.getMessage());
        assertEquals(2, emulator().state().submissions(taskId), "the refused submit reached the farm once, no retry");
    }

    @Test
    void createPassesCountPriorityLabelsArtistAndTheTaskToClone() {
        CreatedTasks created = call("renderfarm:task/create?count=2&taskUserLevel=60&labels=hero,fx&artist=Ana"
                + "&cloneOriginalId=" + DONE, CreatedTasks.class);

        assertEquals(2, created.taskIdList().size());
        assertEquals(created.taskIdList().stream().map(id -> "2W" + id).toList(), created.aliasTaskIdList());
        JsonNode sent = body(onlyRequest(CREATE));
        assertEquals(json("{\"count\":2,\"taskUserLevel\":60,\"labels\":[\"hero\",\"fx\"],\"cloneOriginalId\":"
                + DONE + ",\"artist\":\"Ana\"}"), sent);
        TaskView original = emulator().state().task(DONE);
        for (long id : created.taskIdList()) {
            TaskView clone = emulator().state().task(id);
            assertEquals(60, clone.taskUserLevel());
            assertEquals(List.of("hero", "fx"), clone.labels());
            assertEquals(original.files(), clone.files(), "the clone takes the original's configuration files");
            assertFalse(clone.submitted());
            TaskInfo info = taskInfo(id);
            assertEquals(DONE, info.cloneOriginalId());
            assertEquals(2000, info.cgId());
            assertEquals("shot010_lighting.mb", info.sceneName());
            assertEquals("Ana", info.extra().get("artist"));
            assertEquals(60, info.taskUserLevel());
        }
        assertTrue(emulator().state().labelNames().containsAll(List.of("hero", "fx")), "the labels now exist");
    }

    @Test
    void infoReadsSeveralTasksInOneRequest() {
        Page<TaskInfo> page = page("renderfarm:task/info?taskIds=" + DONE + "," + FAILED);

        assertEquals(2L, page.total());
        assertEquals(List.of(DONE, FAILED), page.items().stream().map(TaskInfo::id).toList());
        TaskInfo done = page.items().get(0);
        assertEquals(25, done.taskStatus());
        assertEquals(10, done.doneFrames());
        assertEquals("demo_project", done.projectName());
        assertEquals("shot010_lighting.mb", done.sceneName());
        TaskInfo failed = page.items().get(1);
        assertEquals(30, failed.taskStatus());
        assertEquals("Done with failed frames", failed.statusText());
        assertEquals(RenderStatus.FAILED, failed.renderStatus());
        assertEquals(5, failed.totalFrames());
        assertEquals(3, failed.doneFrames());
        assertEquals(2, failed.failedFrames());
        assertEquals("1", failed.taskKeyValueVo().tiles(), "a number read as text");
        assertEquals(json("{\"taskIds\":[" + DONE + "," + FAILED + "]}"), body(onlyRequest(INFO)));

        FoxApiException unknown = failure("renderfarm:task/info?taskIds=999", FoxApiException.class);
        assertEquals(404, unknown.getCode());
    }

    // ---- list ------------------------------------------------------------------------------------------------

    @Test
    void listPagesAndFiltersTheAccountsTasksNewestFirst() {
        Page<TaskInfo> all = page("renderfarm:task/list");

        assertEquals(2L, all.total());
        assertEquals(1, all.pageCount());
        assertEquals(1, all.pageNum());
        assertEquals(List.of(FAILED, DONE), all.items().stream().map(TaskInfo::id).toList());
        assertEquals(List.of(30, 25), all.items().stream().map(TaskInfo::taskStatus).toList());
        assertEquals(json("{\"pageNum\":1,\"pageSize\":100}"), body(onlyRequest(LIST)),
                "defaults sent, unset filters left out");

        Page<TaskInfo> failedOnly = page("renderfarm:task/list?statusList=30");
        assertEquals(List.of(FAILED), failedOnly.items().stream().map(TaskInfo::id).toList());
        assertEquals(json("{\"pageNum\":1,\"pageSize\":100,\"statusList\":[30]}"), body(lastRequest(LIST)));

        Page<TaskInfo> byKeyword = page("renderfarm:task/list", params("searchKeyword", "teaser"));
        assertEquals(List.of("spring_teaser.blend"), byKeyword.items().stream().map(TaskInfo::sceneName).toList());

        Page<TaskInfo> second = page("renderfarm:task/list?pageSize=1&pageNum=2");
        assertEquals(2, second.pageCount());
        assertEquals(2L, second.total());
        assertEquals(List.of(DONE), second.items().stream().map(TaskInfo::id).toList());

        String since = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC)
                .format(Instant.now().minus(Duration.ofHours(36)));
        Page<TaskInfo> recent = page("renderfarm:task/list", params("startTime", since));
        assertEquals(List.of(FAILED), recent.items().stream().map(TaskInfo::id).toList(),
                "only the task submitted a day ago");
        assertEquals(since, body(lastRequest(LIST)).get("startTime").textValue());
    }

    // ---- stop, start, abandon, delete ----------------------------------------------------------------------

    @Test
    void stopHaltsTheFramesStartResumesThemAndAbandonEndsTheTask() {
        emulator().settings().frameRenderTime(Duration.ofSeconds(30));
        long taskId = emulator().state().seedSubmittedTask(3);
        assertEquals(5, emulator().state().task(taskId).status());

        FoxAcknowledgement stopped = call("renderfarm:task/stop?taskIds=" + taskId, FoxAcknowledgement.class);

        assertEquals("renderfarm:task/stop", stopped.endpoint());
        assertEquals(json("{\"taskIds\":[" + taskId + "]}"), body(onlyRequest(STOP)));
        TaskView view = emulator().state().task(taskId);
        assertEquals(15, view.status());
        assertEquals(List.of(3, 3, 3), view.frameStatuses(), "every unfinished frame stopped");
        TaskInfo info = taskInfo(taskId);
        assertEquals(15, info.taskStatus());
        assertEquals("Stopped by user", info.statusText());
        assertEquals(5, info.preTaskStatus());
        assertEquals(3, info.abortFrames());
        assertEquals(0, info.executingFrames());

        call("renderfarm:task/start", null, params("taskIds", List.of(taskId)), FoxAcknowledgement.class);

        assertEquals(json("{\"taskIds\":[" + taskId + "]}"), body(onlyRequest(START)));
        view = emulator().state().task(taskId);
        assertEquals(5, view.status());
        assertEquals(List.of(2, 2, 2), view.frameStatuses(), "the stopped frames render again");
        assertEquals(15, taskInfo(taskId).preTaskStatus());

        call("renderfarm:task/abandon?taskIds=" + taskId, FoxAcknowledgement.class);

        assertEquals(json("{\"taskIds\":[" + taskId + "]}"), body(onlyRequest(ABANDON)));
        view = emulator().state().task(taskId);
        assertEquals(35, view.status());
        assertEquals(List.of(3, 3, 3), view.frameStatuses());
        info = taskInfo(taskId);
        assertEquals("Abandoned", info.statusText());
        assertEquals(RenderStatus.ABANDONED, info.renderStatus());
        assertNotNull(info.completedDate(), "an abandoned task has an end");

        call("renderfarm:task/start?taskIds=" + taskId, FoxAcknowledgement.class);
        assertEquals(35, emulator().state().task(taskId).status(), "an abandoned task does not start again");
    }

    @Test
    void deleteHidesATaskExceptFromTheRecycleBin() {
        FoxAcknowledgement deleted = call("renderfarm:task/delete?taskIds=" + DONE, FoxAcknowledgement.class);

        assertEquals("renderfarm:task/delete", deleted.endpoint());
        assertEquals(json("{\"taskIds\":[" + DONE + "]}"), body(onlyRequest(DELETE)));
        assertTrue(emulator().state().task(DONE).deleted());
        assertEquals(List.of(FAILED), page("renderfarm:task/list").items().stream()
                .map(t -> ((TaskInfo) t).id()).toList(), "gone from the normal list");

        Page<TaskInfo> bin = page("renderfarm:task/list?recycleFlag=1");
        assertEquals(List.of(DONE), bin.items().stream().map(TaskInfo::id).toList());
        assertEquals(1, bin.items().get(0).isDelete());
        assertEquals(1, body(lastRequest(LIST)).get("recycleFlag").intValue());

        emulator().settings().frameRenderTime(Duration.ofSeconds(30));
        long rendering = emulator().state().seedSubmittedTask(2);
        call("renderfarm:task/delete?taskIds=" + rendering, FoxAcknowledgement.class);
        TaskView view = emulator().state().task(rendering);
        assertTrue(view.deleted());
        assertEquals(35, view.status(), "a rendering task is abandoned when deleted");
        assertEquals(List.of(DONE, rendering), page("renderfarm:task/list?recycleFlag=1").items().stream()
                .map(t -> ((TaskInfo) t).id()).sorted().toList());
    }

    // ---- recommitFailed ------------------------------------------------------------------------------------

    @Test
    void recommitFailedSendsOnlyTheFailedFramesBackAndTheTaskEndsDone() {
        TaskView before = emulator().state().task(FAILED);
        assertEquals(List.of(4, 4, 4, 5, 5), before.frameStatuses());

        call("renderfarm:task/recommitFailed?taskIds=" + FAILED, FoxAcknowledgement.class);

        assertEquals(json("{\"taskIds\":[" + FAILED + "]}"), body(onlyRequest(RECOMMIT)),
                "no status list: the farm takes the failed frames");
        for (TaskView.FrameView f : before.frames()) {
            int expected = f.status() == 5 ? 1 : 0;
            assertEquals(expected, emulator().state().frameRecommits(f.id()), "frame " + f.frameIndex());
        }
        TaskView now = emulator().state().task(FAILED);
        assertEquals(List.of(0, 0, 0, 1, 1), now.frames().stream().map(TaskView.FrameView::recommits).toList());

        TaskInfo done = awaitTask(FAILED, s -> s == 25, "done");
        assertEquals(5, done.doneFrames());
        assertEquals(0, done.failedFrames());
        assertEquals(30, done.preTaskStatus());
        assertEquals(List.of(4, 4, 4, 4, 4), emulator().state().task(FAILED).frameStatuses());
    }

    @Test
    void recommitFailedWithAStatusListTakesFramesInThoseStates() {
        call("renderfarm:task/recommitFailed?status=4", null, params("taskIds", FAILED), FoxAcknowledgement.class);

        assertEquals(json("{\"taskIds\":[" + FAILED + "],\"status\":[4]}"), body(onlyRequest(RECOMMIT)));
        TaskView view = emulator().state().task(FAILED);
        assertEquals(List.of(1, 1, 1, 0, 0), view.frames().stream().map(TaskView.FrameView::recommits).toList(),
                "the done frames went back, the failed ones did not");

        TaskInfo settled = awaitTask(FAILED, s -> s == 30, "done with failed frames again");
        assertEquals(2, settled.failedFrames());
    }

    // ---- subtaskIds --------------------------------------------------------------------------------------------

    @Test
    void subtaskIdsListsTheLayersOfALayeredTaskAndTheTaskItselfOtherwise() {
        long parent = emulator().state().seedLayeredTask(3);
        List<Long> layers = emulator().state().task(parent).children();
        assertEquals(3, layers.size());

        List<Long> ids = list("renderfarm:task/subtaskIds?taskId=" + parent);

        assertEquals(layers, ids);
        assertEquals(json("{\"taskIds\":[" + parent + "]}"), body(onlyRequest(INFO)), "one task/info request");

        List<Long> plain = list("renderfarm:task/subtaskIds", params("taskId", DONE));
        assertEquals(List.of(DONE), plain);
        assertEquals(2, requests(INFO).size());

        TaskInfo layered = taskInfo(parent);
        assertEquals(layers, layered.respRenderingTaskList().stream().map(TaskInfo::id).toList());
        assertTrue(layered.respRenderingTaskList().stream().allMatch(c -> c.layerParentId() == parent));
        assertEquals(6, layered.totalFrames(), "three layers of two frames");
    }

    // ---- progress --------------------------------------------------------------------------------------------

    /** The request half of task/progress; the typed answer is checked by the disabled test below. */
    @Test
    void progressSendsTheTaskAndTheFrameType() {
        template.send("renderfarm:task/progress?taskId=" + DONE, exchange -> { });
        template.send("renderfarm:task/progress?taskId=" + DONE + "&frameType=2", exchange -> { });

        List<RecordedRequest> sent = requests(PROGRESS);
        assertEquals(2, sent.size());
        assertEquals(json("{\"taskId\":" + DONE + "}"), body(sent.get(0)), "frameType is optional");
        assertEquals(json("{\"taskId\":" + DONE + ",\"frameType\":2}"), body(sent.get(1)));
    }

    @Test
    void progressShowsEveryFrameOfADoneTaskAtAHundredPercent() {
        TaskProgress progress = call("renderfarm:task/progress?taskId=" + DONE, TaskProgress.class);

        assertEquals(1920, progress.width());
        assertEquals(1080, progress.height());
        assertEquals(1, progress.block());
        assertEquals(Boolean.FALSE, progress.isRenderPhoton(), "the vendor documents a Boolean");
        assertEquals("Render", progress.currentTaskType());
        assertEquals("shot010_lighting.mb", progress.sceneName());
        assertNotNull(progress.startTime());
        assertNotNull(progress.endTime());
        assertEquals(10, progress.grabInfo().size());
        GrabInfo first = progress.grabInfo().get(0).get(0);
        assertEquals("1", first.frameIndex());
        assertEquals(4, first.frameStatus());
        assertEquals(100.0, first.framePercent());
        assertEquals("/grab/" + DONE + "/1.jpg", first.grabUrl());

        TaskProgress photon = call("renderfarm:task/progress?taskId=" + DONE + "&frameType=2", TaskProgress.class);
        assertEquals("Photon", photon.currentTaskType());
        assertTrue(photon.grabInfo().isEmpty());
    }

    // ---- tuning: overtime, full speed, priority, node limit ------------------------------------------------

    @Test
    void overtimeFullSpeedPriorityAndLimitAreStoredOnTheTask() {
        FoxAcknowledgement overtime = call("renderfarm:task/setOvertimeStop?overTime=3600&taskIds=" + DONE + ","
                + FAILED, FoxAcknowledgement.class);

        assertEquals("SUCCESS", overtime.data(), "the scalar the farm answers is kept");
        assertEquals(json("{\"taskIds\":[" + DONE + "," + FAILED + "],\"overTime\":3600}"),
                body(onlyRequest(OVERTIME)));
        assertEquals(3600, emulator().state().task(DONE).overTimeSec());
        assertEquals(3600, emulator().state().task(FAILED).overTimeSec());
        assertEquals(3600, ((Number) taskInfo(DONE).extra().get("taskOverTime")).intValue());

        FoxAcknowledgement fullSpeed = call("renderfarm:task/fullSpeed?taskIds=" + DONE, FoxAcknowledgement.class);

        assertEquals("成功", fullSpeed.data(), "UTF-8 text survives");
        assertEquals(json("{\"taskIds\":[" + DONE + "]}"), body(onlyRequest(FULL_SPEED)));
        assertTrue(emulator().state().task(DONE).fullSpeed());
        assertFalse(emulator().state().task(FAILED).fullSpeed());
        assertEquals(1, ((Number) taskInfo(DONE).extra().get("isFullSpeed")).intValue());

        call("renderfarm:task/updatePriority?taskUserLevel=60", null, params("taskId", DONE),
                FoxAcknowledgement.class);

        assertEquals(json("{\"taskId\":" + DONE + ",\"taskUserLevel\":60}"), body(onlyRequest(PRIORITY)));
        assertEquals(60, emulator().state().task(DONE).taskUserLevel());
        assertEquals(60, taskInfo(DONE).taskUserLevel());

        call("renderfarm:task/updateLimit?taskId=" + DONE + "&taskLimit=2", FoxAcknowledgement.class);

        assertEquals(json("{\"taskId\":" + DONE + ",\"taskLimit\":2}"), body(onlyRequest(LIMIT)));
        TaskView view = emulator().state().task(DONE);
        assertEquals(2, view.taskLimit());
        assertFalse(view.fullSpeed(), "a node limit ends full-speed rendering");
        assertEquals(2, taskInfo(DONE).taskLimit());
    }

    @Test
    void aNodeLimitSlowsRenderingAndFullSpeedLiftsItAgain() {
        emulator().settings().failureRate(0).frameRenderTime(Duration.ofSeconds(10));
        MovableClock clock = new MovableClock(Instant.now());
        emulator().state().clock(clock);
        long taskId = emulator().state().seedSubmittedTask(12);
        assertEquals(8, emulator().state().task(taskId).frames(2), "eight frames at a time");

        call("renderfarm:task/updateLimit?taskLimit=2&taskId=" + taskId, FoxAcknowledgement.class);
        clock.advance(Duration.ofSeconds(10));

        TaskView limited = emulator().state().task(taskId);
        assertEquals(8, limited.frames(4), "the first eight finished");
        assertEquals(2, limited.frames(2), "then only two at a time");
        assertEquals(2, limited.frames(1));

        call("renderfarm:task/fullSpeed?taskIds=" + taskId, FoxAcknowledgement.class);

        TaskView fast = emulator().state().task(taskId);
        assertEquals(4, fast.frames(2), "full speed starts the waiting frames at once");
        assertEquals(0, fast.frames(1));
        assertTrue(fast.fullSpeed());
    }

    // ---- output tree ------------------------------------------------------------------------------------------

    @Test
    void outputTreeOfATaskAlwaysAsksFromTheRoot() {
        long taskId = call("renderfarm:task/create", CreatedTasks.class).taskIdList().get(0);

        List<OutputFile> nothingYet = list("renderfarm:file/outputTree?treePath=/somewhere/else&taskId=" + taskId);

        assertTrue(nothingYet.isEmpty(), "a task that rendered nothing has no outputs");
        assertEquals(json("{\"treePath\":\"/\",\"taskId\":" + taskId + "}"), body(onlyRequest(OUTPUT_TREE)),
                "treePath is forced to / when a taskId is given");

        List<OutputFile> missing = list("renderfarm:file/outputTree?treePath=/no/such/folder");
        assertTrue(missing.isEmpty());
        assertEquals(json("{\"treePath\":\"/no/such/folder\"}"), body(lastRequest(OUTPUT_TREE)),
                "without a taskId the path is sent as given");
    }

    /** The request half of the default listing; the typed answer is checked by the disabled test below. */
    @Test
    void outputTreeSendsTheRootByDefault() {
        template.send("renderfarm:file/outputTree", exchange -> { });

        assertEquals(json("{\"treePath\":\"/\"}"), body(onlyRequest(OUTPUT_TREE)));
    }

    @Test
    void outputTreeListsFoldersAndTheFramesATaskRendered() {
        List<OutputFile> root = list("renderfarm:file/outputTree");

        assertEquals(List.of("demo_project", "archive", DONE + "_shot010_lighting", FAILED + "_spring_teaser"),
                root.stream().map(OutputFile::fileName).toList());
        assertTrue(root.stream().allMatch(f -> Boolean.TRUE.equals(f.directory())));
        assertTrue(root.stream().allMatch(f -> Boolean.FALSE.equals(f.isArrears())));

        List<OutputFile> project = list("renderfarm:file/outputTree?treePath=/demo_project");
        assertEquals(4, project.size());
        assertEquals("/demo_project/shot010_beauty.0001.exr", project.get(0).filePath());
        assertEquals(8_388_608L, project.get(0).fileSize());
        assertEquals("exr", project.get(0).fileType());

        List<OutputFile> frames = list("renderfarm:file/outputTree?taskId=" + FAILED);
        assertEquals(List.of("spring_teaser.0001.png", "spring_teaser.0002.png", "spring_teaser.0003.png"),
                frames.stream().map(OutputFile::fileName).toList(), "only the three done frames");
    }
}
