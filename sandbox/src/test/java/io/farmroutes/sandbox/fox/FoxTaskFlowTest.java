package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxTestClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The task life cycle as a client drives it over HTTP: create, upload, submit, poll, re-submit, manage. */
class FoxTaskFlowTest {

    private static final int MAX_POLLS = 200;
    private static final long MAX_POLL_MILLIS = 10_000;

    @RegisterExtension
    static FoxEmulatorExtension fox = new FoxEmulatorExtension();

    private FoxTestClient client() {
        return new FoxTestClient(fox.emulator());
    }

    private long createTask(FoxTestClient c) {
        JsonNode created = c.data("/api/render/submit/createTask", body("count", 1, "taskUserLevel", 50));
        return created.get("taskIdList").get(0).asLong();
    }

    private void uploadTaskJson(FoxTestClient c, long id, String frames) {
        String json = "{\"task_info\":{\"frames\":\"" + frames + "\",\"input_scene_path\":\"D:/work/cup.ma\","
                + "\"cg_id\":\"2000\",\"project_name\":\"demo_project\"},\"software_config\":{\"cg_name\":\"Maya\"}}";
        c.data("/api/render/submit/taskJsonFile", body("taskId", id, "fileName", "task.json", "content", json));
    }

    private JsonNode info(FoxTestClient c, long id) {
        return c.data("/api/render/handle/queryTaskInfo/v2", body("taskIds", List.of(id))).get("items").get(0);
    }

    /** Polls queryTaskInfo until the task reaches one of the statuses, within bounded polls and time. */
    private JsonNode pollUntil(FoxTestClient c, long id, int... statuses) throws InterruptedException {
        long deadline = System.currentTimeMillis() + MAX_POLL_MILLIS;
        for (int i = 0; i < MAX_POLLS && System.currentTimeMillis() < deadline; i++) {
            JsonNode task = info(c, id);
            for (int s : statuses) {
                if (task.get("taskStatus").asInt() == s) {
                    return task;
                }
            }
            Thread.sleep(50);
        }
        return fail("task " + id + " did not reach " + java.util.Arrays.toString(statuses));
    }

    @Test
    void createUploadSubmitAndPollToCompletion() throws Exception {
        FoxTestClient c = client();
        JsonNode created = c.data("/api/render/submit/createTask",
                body("count", 2, "taskUserLevel", 60, "labels", List.of("demo_project"), "artist", "ana"));
        assertEquals(2, created.get("taskIdList").size());
        long id = created.get("taskIdList").get(0).asLong();
        assertEquals("2W" + id, created.get("aliasTaskIdList").get(0).asText());
        assertEquals(FoxState.USER_ID, created.get("userId").asLong());
        assertEquals(id + 1, created.get("taskIdList").get(1).asLong());

        uploadTaskJson(c, id, "1-10[1]");
        c.data("/api/render/submit/taskJsonFile", body("taskId", id, "fileName", "upload.json", "content", "{}"));
        c.data("/api/render/submit/task", body("taskId", id, "producer", "farmroutes"));

        JsonNode done = pollUntil(c, id, 25, 30);
        assertEquals("cup.ma", done.get("sceneName").asText());
        assertEquals(2000, done.get("cgId").asInt());
        assertEquals(10, done.get("totalFrames").asInt());
        assertEquals(10, done.get("doneFrames").asInt() + done.get("failedFrames").asInt());
        assertEquals("1-10[1]", done.get("framesRange").asText());
        assertEquals("demo_project", done.get("projectName").asText());
        assertEquals(60, done.get("taskUserLevel").asInt());
        assertEquals("farmroutes", done.get("producer").asText());
        assertTrue(done.get("completedDate").asLong() >= done.get("startTime").asLong());
        assertEquals(done.get("failedFrames").asInt() > 0 ? 30 : 25, done.get("taskStatus").asInt());
        assertEquals(1, fox.emulator().state().submissions(id));

        JsonNode frames = c.data("/api/render/handle/queryTaskFrames",
                body("taskId", id, "pageNum", 1, "pageSize", 100));
        assertEquals(10, frames.get("total").asInt());
        JsonNode seventh = frames.get("items").get(6);
        assertEquals("7", seventh.get("frameIndex").asText());
        assertEquals(id, seventh.get("taskId").asLong());
        assertTrue(List.of(4, 5).contains(seventh.get("frameStatus").asInt()));
        assertEquals(0, seventh.get("recommitFlag").asInt());
    }

    @Test
    void failedFramesAreResubmittedUntilTheTaskIsDone() throws Exception {
        fox.emulator().settings().failureRate(1).retryFailureRate(0);
        FoxTestClient c = client();
        long id = createTask(c);
        uploadTaskJson(c, id, "1-6");
        c.data("/api/render/submit/task", body("taskId", id));
        JsonNode failed = pollUntil(c, id, 30);
        assertEquals(6, failed.get("failedFrames").asInt());
        assertEquals("Done with failed frames", failed.get("statusText").asText());

        int redundant = fox.emulator().state().redundantRecommits();
        c.data("/api/render/handle/recommitTasks", body("taskIds", List.of(id)));
        JsonNode done = pollUntil(c, id, 25);
        assertEquals(6, done.get("doneFrames").asInt());
        assertEquals(30, done.get("preTaskStatus").asInt());
        TaskView view = fox.emulator().state().task(id);
        for (TaskView.FrameView f : view.frames()) {
            assertEquals(1, f.recommits());
            assertEquals(1, fox.emulator().state().frameRecommits(f.id()));
        }
        assertEquals(redundant, fox.emulator().state().redundantRecommits(), "recommitTasks takes failed frames only");
        assertEquals(1, fox.emulator().state().submissions(id));
    }

    @Test
    void chosenFramesAreResubmittedByIdAndOthersLeftAlone() throws Exception {
        FoxTestClient c = client();
        long id = fox.emulator().state().seedFinishedTask(5);
        JsonNode frames = c.data("/api/render/handle/queryTaskFrames",
                body("taskId", id, "pageNum", 1, "pageSize", 10, "searchKeyword", "3"));
        assertEquals(1, frames.get("total").asInt());
        long frameId = frames.get("items").get(0).get("id").asLong();
        int redundant = fox.emulator().state().redundantRecommits();
        c.data("/api/render/handle/recommitTaskFrames", body("taskId", id, "selectAll", 0, "ids", List.of(frameId)));
        assertEquals(redundant + 1, fox.emulator().state().redundantRecommits(), "a done frame was re-submitted");
        pollUntil(c, id, 25, 30);
        TaskView view = fox.emulator().state().task(id);
        assertEquals(List.of(0, 0, 1, 0, 0), view.frames().stream().map(TaskView.FrameView::recommits).toList());
        assertEquals(601, c.code("/api/render/handle/recommitTaskFrames", body("taskId", id, "selectAll", 0)));
        assertEquals(404, c.code("/api/render/handle/recommitTaskFrames",
                body("taskId", FoxState.SEEDED_DONE_TASK, "selectAll", 0, "ids", List.of(frameId))));
    }

    @Test
    void submittingWithoutTaskJsonOrTwiceIs600() {
        FoxTestClient c = client();
        long id = createTask(c);
        JsonNode missing = c.call("/api/render/submit/task", body("taskId", id));
        assertEquals(600, missing.get("code").asInt());
        assertTrue(missing.get("message").asText().contains("task.json"), missing.toString());
        assertEquals(600, c.code("/api/render/submit/taskJsonFile",
                body("taskId", id, "fileName", "task.json", "content", "{broken")));
        assertEquals(600, c.code("/api/render/submit/taskJsonFile",
                body("taskId", id, "fileName", "scene.json", "content", "{}")));
        c.data("/api/render/submit/taskJsonFile", body("taskId", id, "content", "{\"task_info\":{}}"));
        assertEquals(600, c.code("/api/render/submit/task", body("taskId", id)));
        uploadTaskJson(c, id, "5");
        c.data("/api/render/submit/task", body("taskId", id));
        JsonNode again = c.call("/api/render/submit/task", body("taskId", id));
        assertEquals(600, again.get("code").asInt());
        assertTrue(again.get("message").asText().contains("already"));
        assertEquals(4, fox.emulator().state().submissions(id));
        assertEquals(1, fox.emulator().state().task(id).frames().size());
    }

    @Test
    void aTwentyThousandFrameTaskPagesCorrectly() {
        FoxTestClient c = client();
        long id = fox.emulator().state().seedFinishedTask(20_000);
        JsonNode first = c.data("/api/render/handle/queryTaskFrames",
                body("taskId", id, "pageNum", 1, "pageSize", 1000));
        assertEquals(20, first.get("pageCount").asInt());
        assertEquals(20_000, first.get("total").asInt());
        assertEquals(1000, first.get("items").size());
        assertEquals("1", first.get("items").get(0).get("frameIndex").asText());
        JsonNode last = c.data("/api/render/handle/queryTaskFrames",
                body("taskId", id, "pageNum", 67, "pageSize", 300));
        assertEquals(67, last.get("pageCount").asInt());
        assertEquals(200, last.get("items").size());
        assertEquals("20000", last.get("items").get(199).get("frameIndex").asText());
        JsonNode past = c.data("/api/render/handle/queryTaskFrames",
                body("taskId", id, "pageNum", 68, "pageSize", 300));
        assertEquals(0, past.get("items").size());
        assertEquals(20_000, past.get("total").asInt());
        JsonNode task = info(c, id);
        assertEquals(25, task.get("taskStatus").asInt());
        assertEquals(20_000, task.get("doneFrames").asInt());
    }

    @Test
    void labelsCanBeAddedOnceAndDeleted() {
        FoxTestClient c = client();
        c.data("/api/render/project/add", body("newName", "shots_q3", "status", 0));
        JsonNode dup = c.call("/api/render/project/add", body("newName", "shots_q3"));
        assertEquals(503, dup.get("code").asInt());
        JsonNode names = c.data("/api/render/project/getList", body()).get("projectNameList");
        List<String> all = new ArrayList<>();
        names.forEach(n -> all.add(n.get("projectName").asText()));
        assertEquals(List.of("demo_project", "spring_campaign", "shots_q3"), all);
        assertEquals(3, c.data("/api/render/project/list", body("flag", 2)).get("projectNameList").size());
        c.data("/api/render/project/delete", body("delName", "shots_q3"));
        c.data("/api/render/project/delete", body("delName", "shots_q3"));
        assertEquals(2, c.data("/api/render/project/getList", body()).get("projectNameList").size());
    }

    @Test
    void taskLabelsAreAttachedAndRemovedById() {
        FoxTestClient c = client();
        long id = createTask(c);
        c.data("/api/render/handle/addTaskLabel", body("label", "urgent", "taskIds", List.of(id)));
        JsonNode labels = info(c, id).get("labels");
        assertEquals("urgent", labels.get(0).get("labelName").asText());
        long labelId = labels.get(0).get("labelId").asLong();
        assertEquals(601, c.code("/api/render/handle/deleteTaskLabel", body("labelIds", List.of())));
        c.data("/api/render/handle/deleteTaskLabel", body("labelIds", List.of(labelId), "taskIds", List.of(id)));
        assertEquals(0, info(c, id).get("labels").size());
    }

    @Test
    void deletedTasksAreListedOnlyInTheRecycleBin() {
        FoxTestClient c = client();
        long id = fox.emulator().state().seedFinishedTask(2);
        JsonNode before = c.data("/api/render/handle/getTaskList/v2", body("pageNum", 1, "pageSize", 10));
        assertEquals(3, before.get("total").asInt());
        assertEquals(id, before.get("items").get(0).get("id").asLong());
        c.data("/api/render/handle/deleteTask", body("taskIds", List.of(id)));
        JsonNode after = c.data("/api/render/handle/getTaskList/v2", body("pageNum", 1, "pageSize", 10));
        assertEquals(2, after.get("total").asInt());
        after.get("items").forEach(t -> assertFalse(t.get("id").asLong() == id));
        JsonNode bin = c.data("/api/render/handle/getTaskList/v2",
                body("pageNum", 1, "pageSize", 10, "recycleFlag", 1));
        assertEquals(1, bin.get("total").asInt());
        assertEquals(id, bin.get("items").get(0).get("id").asLong());
        assertEquals(1, bin.get("items").get(0).get("isDelete").asInt());
    }

    @Test
    void taskListFiltersByStatusAndKeywordNewestFirst() {
        FoxTestClient c = client();
        JsonNode failed = c.data("/api/render/handle/getTaskList/v2",
                body("pageNum", 1, "pageSize", 10, "statusList", List.of(30)));
        assertEquals(1, failed.get("total").asInt());
        assertEquals(FoxState.SEEDED_FAILED_TASK, failed.get("items").get(0).get("id").asLong());
        assertEquals(2, failed.get("items").get(0).get("failedFrames").asInt());
        JsonNode byScene = c.data("/api/render/handle/getTaskList/v2",
                body("pageNum", 1, "pageSize", 10, "searchKeyword", "SHOT010"));
        assertEquals(FoxState.SEEDED_DONE_TASK, byScene.get("items").get(0).get("id").asLong());
        JsonNode paged = c.data("/api/render/handle/getTaskList/v2", body("pageNum", 2, "pageSize", 1));
        assertEquals(2, paged.get("pageCount").asInt());
        assertEquals(FoxState.SEEDED_DONE_TASK, paged.get("items").get(0).get("id").asLong());
    }

    @Test
    void stopStartAndAbandonFollowTheStatusRules() {
        fox.emulator().settings().frameRenderTime(java.time.Duration.ofSeconds(30));
        FoxTestClient c = client();
        long id = fox.emulator().state().seedSubmittedTask(20);
        JsonNode rendering = info(c, id);
        assertEquals(5, rendering.get("taskStatus").asInt());
        assertEquals(8, rendering.get("executingFrames").asInt());
        c.data("/api/rendering/task/renderingTask/stopTask", body("taskIds", List.of(id)));
        JsonNode stopped = info(c, id);
        assertEquals(15, stopped.get("taskStatus").asInt());
        assertEquals(5, stopped.get("preTaskStatus").asInt());
        assertEquals(20, stopped.get("abortFrames").asInt());
        c.data("/api/rendering/task/renderingTask/startTask", body("taskIds", List.of(id)));
        assertEquals(5, info(c, id).get("taskStatus").asInt());
        c.data("/api/render/handle/abandonTask", body("taskIds", List.of(id)));
        assertEquals(35, info(c, id).get("taskStatus").asInt());
        assertEquals(600, c.code("/api/render/handle/recommitTasks", body("taskIds", List.of(id))));
    }

    @Test
    void stoppingFramesLeavesTheRestRendering() {
        fox.emulator().settings().frameRenderTime(java.time.Duration.ofSeconds(30));
        FoxTestClient c = client();
        long id = fox.emulator().state().seedSubmittedTask(10);
        c.data("/api/render/handle/stopTaskFrames", body("taskId", id, "selectAll", 1, "status", List.of(1)));
        TaskView view = fox.emulator().state().task(id);
        assertEquals(8, view.frames(2));
        assertEquals(2, view.frames(3));
    }

    @Test
    void taskSettingsChange() {
        FoxTestClient c = client();
        long id = createTask(c);
        c.data("/api/rendering/task/renderingTask/updateTaskUserLevel", body("taskId", id, "taskUserLevel", 60));
        c.data("/api/render/handle/updateTaskLimit", body("taskId", id, "taskLimit", 3));
        assertEquals("SUCCESS", c.data("/api/render/handle/setTaskOverTimeStop",
                body("taskIds", List.of(id), "overTime", 3600)).asText());
        JsonNode task = info(c, id);
        assertEquals(60, task.get("taskUserLevel").asInt());
        assertEquals(3, task.get("taskLimit").asInt());
        assertEquals(3600, task.get("taskOverTime").asInt());
        c.data("/api/render/handle/fullSpeedRendering", body("taskIds", List.of(id)));
        assertTrue(fox.emulator().state().task(id).fullSpeed());
        c.data("/api/render/handle/editTaskHardwareConfig", body("taskIds", List.of(id), "hardwareConfigId", 2));
        JsonNode hw = c.data("/api/render/hardwareConfig/list", body("cloneTask", "false",
                "taskIds", List.of(Long.toString(id))));
        assertTrue(hw.get(1).get("current").asBoolean());
        assertEquals(600, c.code("/api/rendering/task/renderingTask/updateTaskUserLevel",
                body("taskId", id, "taskUserLevel", 70)));
    }

    @Test
    void aNodeLimitCapsParallelFrames() {
        fox.emulator().settings().frameRenderTime(java.time.Duration.ofSeconds(30));
        FoxTestClient c = client();
        long id = createTask(c);
        c.data("/api/render/handle/updateTaskLimit", body("taskId", id, "taskLimit", 2));
        uploadTaskJson(c, id, "1-10[1]");
        c.data("/api/render/submit/task", body("taskId", id));
        assertEquals(2, info(c, id).get("executingFrames").asInt());
    }

    @Test
    void aStartDelayKeepsTheTaskWaiting() {
        fox.emulator().settings().startDelay(java.time.Duration.ofMinutes(5));
        FoxTestClient c = client();
        long id = createTask(c);
        uploadTaskJson(c, id, "1-3");
        c.data("/api/render/submit/task", body("taskId", id));
        JsonNode task = info(c, id);
        assertEquals(0, task.get("taskStatus").asInt());
        assertEquals(3, task.get("waitingFrames").asInt());
    }

    @Test
    void layeredTasksListTheirChildren() {
        FoxTestClient c = client();
        long parent = fox.emulator().state().seedLayeredTask(3);
        JsonNode task = info(c, parent);
        JsonNode children = task.get("respRenderingTaskList");
        assertEquals(3, children.size());
        assertEquals(parent, children.get(0).get("layerParentId").asLong());
        assertEquals(6, task.get("totalFrames").asInt());
        assertEquals(25, task.get("taskStatus").asInt());
        assertTrue(info(c, FoxState.SEEDED_DONE_TASK).get("respRenderingTaskList").isNull());
        JsonNode list = c.data("/api/render/handle/getTaskList/v2", body("pageNum", 1, "pageSize", 100));
        assertEquals(3, list.get("total").asInt());
    }

    @Test
    void frameStatsSumOverAllFrames() {
        FoxTestClient c = client();
        JsonNode seeded = c.data("/api/render/handle/queryAllFrameStats", body());
        assertEquals(15, seeded.get("totalFrames").asInt());
        assertEquals(13, seeded.get("doneFramesTotal").asInt());
        assertEquals(2, seeded.get("failedFramesTotal").asInt());
        fox.emulator().state().seedFinishedTask(100);
        assertEquals(115, c.data("/api/render/handle/queryAllFrameStats", body()).get("totalFrames").asInt());
    }

    @Test
    void framesHaveThumbnailsAndLogs() {
        FoxTestClient c = client();
        JsonNode frames = c.data("/api/render/handle/queryTaskFrames",
                body("taskId", FoxState.SEEDED_FAILED_TASK, "pageNum", 1, "pageSize", 10));
        long doneId = frames.get("items").get(0).get("id").asLong();
        long failedId = frames.get("items").get(4).get("id").asLong();
        JsonNode thumbs = c.data("/api/render/handle/loadingFrameThumbnail", body("id", doneId, "frameStatus", 4));
        assertEquals(2, thumbs.size());
        assertTrue(thumbs.get(0).asText().startsWith("/thumbnail/"));
        assertEquals(0, c.data("/api/render/handle/loadingFrameThumbnail", body("id", failedId)).size());
        JsonNode log = c.data("/api/render/handle/showLog",
                body("renderingType", "render", "id", failedId, "pageNum", 1, "pageSize", 2));
        assertEquals(2, log.get("items").size());
        assertTrue(log.get("total").asInt() >= 3);
        JsonNode progress = c.data("/api/render/handle/loadTaskProcessImg",
                body("taskId", FoxState.SEEDED_FAILED_TASK, "frameType", 5));
        assertEquals(5, progress.get("grabInfo").size());
    }

    @Test
    void outputTreeListsSeededFoldersAndTaskOutputs() {
        FoxTestClient c = client();
        JsonNode root = c.data("/api/render/file/operate/getOutputUserDirFile", body("treePath", "/"));
        List<String> names = new ArrayList<>();
        root.forEach(e -> names.add(e.get("fileName").asText()));
        assertTrue(names.containsAll(List.of("demo_project", "archive",
                FoxState.SEEDED_DONE_TASK + "_shot010_lighting")), names.toString());
        assertTrue(root.get(0).get("directory").asBoolean());
        JsonNode demo = c.data("/api/render/file/operate/getOutputUserDirFile", body("treePath", "/demo_project/"));
        assertEquals("shot010_beauty.0001.exr", demo.get(0).get("fileName").asText());
        assertEquals("/demo_project/shot010_beauty.0001.exr", demo.get(0).get("filePath").asText());
        JsonNode task = c.data("/api/render/file/operate/getOutputUserDirFile",
                body("treePath", "/", "taskId", FoxState.SEEDED_DONE_TASK));
        assertEquals(10, task.size());
    }

    @Test
    void renderEnvironmentsAreManaged() {
        FoxTestClient c = client();
        JsonNode software = c.data("/api/render/plugin/querySoftwareList", body());
        assertEquals(10, software.get("renderInfoList").size());
        JsonNode detail = c.data("/api/render/plugin/querySoftwareDetail", body("cgId", 2000, "osName", "windows"));
        long mtoa = detail.get("cgPlugin").get(1).get("pluginVersions").get(1).get("pluginId").asLong();
        assertEquals("mtoa", detail.get("cgPlugin").get(1).get("pluginName").asText());
        Object env = body("cgId", 2000, "cgName", "Maya", "cgVersion", "2024", "editName", "maya24",
                "renderSystem", 1, "pluginIds", List.of(mtoa));
        assertEquals("maya24", c.data("/api/render/plugin/addUserPluginConfig", env).get("editName").asText());
        assertEquals(600, c.code("/api/render/plugin/addUserPluginConfig", env));
        c.data("/api/render/plugin/setDefaultUserPluginConfig", body("editName", "maya24"));
        JsonNode maya = c.data("/api/render/plugin/getUserPluginConfig", body("cgIds", List.of(2000), "osName", 1));
        assertEquals(3, maya.size());
        for (JsonNode e : maya) {
            assertEquals(e.get("editName").asText().equals("maya24") ? 1 : 0, e.get("isDefault").asInt());
        }
        assertEquals("5.3.1", maya.get(2).get("respUserPluginInfoVos").get(0).get("pluginVersion").asText());
        c.data("/api/render/plugin/deleteUserPluginConfig", body("editName", "maya24"));
        assertEquals(2, c.data("/api/render/plugin/getUserPluginConfig", body("cgId", 2000)).size());
        assertEquals(1, c.data("/api/render/plugin/getUserPluginConfig", body("cgId", 2007, "osName", 0)).size());
        assertEquals(404, c.code("/api/render/plugin/setDefaultUserPluginConfig", body("editName", "nope")));
    }

    @Test
    void transferAndCatalogReadsHaveTheirShapes() {
        FoxTestClient c = client();
        JsonNode config = c.data("/api/render/transfer/getConfig", body());
        assertEquals("RaySync", config.get("resqEngines").get(0).get("engineName").asText());
        assertTrue(config.get("resqEngines").get(0).get("respTaskEngineLines").isArray());
        JsonNode server = c.data("/api/render/transfer/getServerInfo", body("zone", 1));
        assertTrue(server.get("raysyncTransfer").has("serverPort"));
        JsonNode errors = c.data("/api/render/submit/queryAnalyseErrorDetail",
                body("language", 1, "codes", List.of("15000", "10010", "99999")));
        assertEquals(2, errors.size());
        assertEquals("15000", errors.get(0).get("code").asText());
        c.data("/api/render/setUp/updateUserSetting", body("taskOverTimeSec", 7200));
        JsonNode settings = c.data("/api/render/setUp/queryUserSetting", body());
        assertEquals(7200, settings.get("taskOverTimeSec").asInt());
        assertEquals(2, settings.get("taskOverTime").asInt());
        assertTrue(c.data("/api/render/submit/getUserPackNodeInfo", body()).isObject());
        JsonNode logins = c.data("/api/render/handle/operate/sdk/loginRecord",
                body("pageNum", 1, "pageSize", 2, "startDate", "", "endDate", ""));
        assertEquals(3, logins.get("total").asInt());
        assertEquals(2, logins.get("pageCount").asInt());
    }

    @Test
    void operationsAreRecordedInTheTaskHistory() {
        FoxTestClient c = client();
        long id = fox.emulator().state().seedSubmittedTask(4);
        c.data("/api/rendering/task/renderingTask/stopTask", body("taskIds", List.of(id)));
        JsonNode records = c.data("/api/render/handle/operate/sdk/taskRecord",
                body("platform", 2, "pageNum", 1, "pageSize", 1, "startDate", "", "endDate", ""));
        JsonNode newest = records.get("items").get(0);
        assertEquals(id, newest.get("taskId").asLong());
        assertEquals("stop", newest.get("operateType").asText());
    }
}
