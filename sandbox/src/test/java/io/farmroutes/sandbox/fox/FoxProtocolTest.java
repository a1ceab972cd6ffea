package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxTestClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Transport, authentication, envelope and validation, over real HTTP. */
class FoxProtocolTest {

    @RegisterExtension
    static FoxEmulatorExtension fox = new FoxEmulatorExtension();

    private FoxTestClient client() {
        return new FoxTestClient(fox.emulator());
    }

    @Test
    void aSignedCallGetsTheEnvelope() {
        JsonNode envelope = client().call("/api/render/common/queryPlatforms", body("zone", 2));
        assertEquals("2.0.0", envelope.get("version").asText());
        assertTrue(envelope.get("result").asBoolean());
        assertEquals(200, envelope.get("code").asInt());
        assertEquals("success", envelope.get("message").asText());
        assertTrue(envelope.get("serverTime").asLong() > 1_600_000_000_000L);
        assertFalse(envelope.get("requestId").asText().isEmpty());
        JsonNode platforms = envelope.get("data");
        assertTrue(platforms.isArray());
        assertEquals(2, platforms.get(0).get("platform").asInt());
        assertEquals("W2", platforms.get(0).get("name").asText());
        String otherId = client().call("/api/render/common/queryPlatforms", body("zone", 2)).get("requestId")
                .asText();
        assertFalse(otherId.equals(envelope.get("requestId").asText()));
    }

    @Test
    void aWrongKeyOrUnknownAccessIdIs611() {
        JsonNode wrong = client().credentials(FoxState.ACCESS_ID, "not-the-key")
                .call("/api/render/setUp/queryUserProfile", body());
        assertEquals(611, wrong.get("code").asInt());
        assertFalse(wrong.get("result").asBoolean());
        assertTrue(wrong.get("message").asText().startsWith("signature_invalid"), wrong.toString());
        assertEquals(611, client().credentials("AKIDnobody", FoxState.ACCESS_KEY)
                .code("/api/render/setUp/queryUserProfile", body()));
    }

    @Test
    void anotherRegisteredAccountIsAccepted() {
        fox.emulator().state().addAccount("AKIDsecond", "second-key");
        assertEquals(200, client().credentials("AKIDsecond", "second-key")
                .code("/api/render/setUp/queryUserProfile", body()));
    }

    @Test
    void aTamperedBodyIs611() throws Exception {
        FoxTestClient c = client();
        Map<String, String> headers = c.headers(0);
        String path = "/api/render/common/queryPlatforms";
        headers.put("signature", FoxTestClient.sign(FoxState.ACCESS_KEY, fox.emulator().domain(), path, headers,
                FoxTestClient.JSON.readTree("{\"zone\":2}")));
        headers.put("Content-Type", "application/json");
        JsonNode reply = FoxTestClient.envelope(c.raw("POST", path, "{\"zone\":1}", headers));
        assertEquals(611, reply.get("code").asInt());
    }

    @Test
    void aStaleOrFutureTimestampIs610() {
        FoxTestClient c = client();
        JsonNode stale = FoxTestClient.envelope(c.send("/api/render/setUp/queryUserProfile",
                FoxTestClient.JSON.createObjectNode(), -600));
        assertEquals(610, stale.get("code").asInt());
        JsonNode future = FoxTestClient.envelope(c.send("/api/render/setUp/queryUserProfile",
                FoxTestClient.JSON.createObjectNode(), 600));
        assertEquals(610, future.get("code").asInt());
        fox.emulator().settings().signatureWindow(java.time.Duration.ofHours(1));
        JsonNode allowed = FoxTestClient.envelope(c.send("/api/render/setUp/queryUserProfile",
                FoxTestClient.JSON.createObjectNode(), -600));
        assertEquals(200, allowed.get("code").asInt());
    }

    @Test
    void booleansNullsAndFloatsAre600() {
        String path = "/api/render/hardwareConfig/list";
        assertEquals(600, client().code(path, body("cloneTask", false)));
        Map<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("cloneTask", "false");
        withNull.put("taskIds", null);
        assertEquals(600, client().code(path, withNull));
        assertEquals(600, client().code("/api/render/common/queryPlatforms", body("zone", 2.0)));
        assertEquals(600, client().code("/api/render/handle/queryTaskInfo/v2",
                body("taskIds", List.of(body("x", 1.5)))));
        assertEquals(200, client().code(path, body("cloneTask", "false")));
    }

    @Test
    void wrongTypesAre600AndMissingParametersAre601() {
        assertEquals(601, client().code("/api/render/common/queryPlatforms", body()));
        assertEquals(600, client().code("/api/render/common/queryPlatforms", body("zone", "2")));
        assertEquals(600, client().code("/api/render/common/queryPlatforms", body("zone", 3)));
        assertEquals(601, client().code("/api/render/handle/queryTaskInfo/v2", body()));
        assertEquals(601, client().code("/api/render/handle/queryTaskInfo/v2", body("taskIds", List.of())));
        assertEquals(600, client().code("/api/render/handle/queryTaskInfo/v2", body("taskIds", 5)));
        assertEquals(600, client().code("/api/render/handle/queryTaskInfo/v2", body("taskIds", List.of("5"))));
        assertEquals(601, client().code("/api/render/plugin/getUserPluginConfig", body("osName", 1)));
        assertEquals(601, client().code("/api/render/submit/queryAnalyseErrorDetail", body("language", 1)));
        assertEquals(600, client().code("/api/render/handle/getTaskList/v2", body("pageNum", 1, "pageSize", 1001)));
        assertEquals(600, client().code("/api/render/handle/getTaskList/v2", body("pageNum", 0, "pageSize", 10)));
    }

    @Test
    void unknownTasksAndFramesAre404() {
        assertEquals(404, client().code("/api/render/handle/queryTaskInfo/v2", body("taskIds", List.of(1))));
        assertEquals(404, client().code("/api/render/submit/task", body("taskId", 1)));
        assertEquals(404, client().code("/api/render/handle/queryTaskFrames",
                body("taskId", 1, "pageNum", 1, "pageSize", 10)));
        assertEquals(404, client().code("/api/render/handle/showLog", body("id", 1, "pageNum", 1, "pageSize", 10)));
        assertEquals(404, client().code("/api/rendering/task/renderingTask/stopTask",
                body("taskIds", List.of(FoxState.SEEDED_DONE_TASK, 1))));
    }

    @Test
    void bodyAndContentTypeProblemsAre600() {
        FoxTestClient c = client();
        String path = "/api/render/setUp/queryUserProfile";
        Map<String, String> headers = c.headers(0);
        headers.put("signature", "x");
        assertEquals(600, FoxTestClient.envelope(c.raw("POST", path, "{}", headers)).get("code").asInt());
        headers.put("Content-Type", "text/plain");
        assertEquals(600, FoxTestClient.envelope(c.raw("POST", path, "{}", headers)).get("code").asInt());
        headers.put("Content-Type", "application/json");
        assertEquals(600, FoxTestClient.envelope(c.raw("POST", path, "{not json", headers)).get("code").asInt());
        assertEquals(600, FoxTestClient.envelope(c.raw("POST", path, "[1]", headers)).get("code").asInt());
        assertEquals(600, FoxTestClient.envelope(c.raw("POST", path, "", headers)).get("code").asInt());
    }

    @Test
    void aMissingSignedHeaderIs601() {
        FoxTestClient c = client();
        Map<String, String> headers = c.headers(0);
        headers.remove("nonce");
        headers.put("signature", "x");
        headers.put("Content-Type", "application/json");
        assertEquals(601, FoxTestClient.envelope(c.raw("POST", "/api/render/setUp/queryUserProfile", "{}", headers))
                .get("code").asInt());
    }

    @Test
    void otherMethodsAre405AndUnknownPathsAnHtml404() {
        FoxTestClient c = client();
        HttpResponse<String> get = c.raw("GET", "/api/render/setUp/queryUserProfile", null, Map.of());
        assertEquals(405, get.statusCode());
        HttpResponse<String> unknown = c.send("/api/render/no/such/thing", FoxTestClient.JSON.createObjectNode(), 0);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertThrows(IOException.class, () -> FoxTestClient.JSON.readTree(unknown.body()));
    }

    @Test
    void injectedCodesAnswerTheNextRequestsThenStop() {
        fox.emulator().settings().failNext(500, 2).failNext(1000);
        String path = "/api/render/setUp/queryUserSetting";
        JsonNode first = client().call(path, body());
        assertEquals(500, first.get("code").asInt());
        assertFalse(first.get("result").asBoolean());
        assertEquals(500, client().code(path, body()));
        assertEquals(1000, client().code(path, body()));
        assertEquals(200, client().code(path, body()));
        assertTrue(fox.emulator().settings().injectedCodes().isEmpty());
    }

    @Test
    void injectedCodesDoNotTouchState() {
        fox.emulator().settings().failNext(500);
        assertEquals(500, client().code("/api/render/project/add", body("newName", "x")));
        assertFalse(fox.emulator().state().labelNames().contains("x"));
    }

    @Test
    void resetRestoresSettingsAndSeedData() {
        fox.emulator().settings().failNext(500).maxPageSize(5);
        fox.emulator().state().seedFinishedTask(3);
        fox.emulator().reset();
        assertTrue(fox.emulator().settings().injectedCodes().isEmpty());
        assertEquals(1000, fox.emulator().settings().maxPageSize());
        assertEquals(List.of(FoxState.SEEDED_DONE_TASK, FoxState.SEEDED_FAILED_TASK),
                fox.emulator().state().taskIds());
    }

    /** The 47 server paths of the fox rows of operations.tsv (three more rows are client-side compositions). */
    private static final List<String> SDK_PATHS = List.of(
            "/api/render/common/queryPlatforms",
            "/api/render/setUp/queryUserProfile",
            "/api/render/setUp/queryUserSetting",
            "/api/render/setUp/updateUserSetting",
            "/api/render/transfer/getBid",
            "/api/render/submit/createTask",
            "/api/render/submit/task",
            "/api/render/submit/queryAnalyseErrorDetail",
            "/api/render/handle/getTaskList/v2",
            "/api/rendering/task/renderingTask/stopTask",
            "/api/rendering/task/renderingTask/startTask",
            "/api/render/handle/abandonTask",
            "/api/render/handle/deleteTask",
            "/api/render/handle/queryTaskFrames",
            "/api/render/handle/queryAllFrameStats",
            "/api/render/handle/recommitTasks",
            "/api/render/handle/recommitTaskFrames",
            "/api/render/handle/queryTaskInfo/v2",
            "/api/render/project/add",
            "/api/render/project/delete",
            "/api/render/project/getList",
            "/api/render/project/list",
            "/api/render/handle/addTaskLabel",
            "/api/render/handle/deleteTaskLabel",
            "/api/render/plugin/querySoftwareList",
            "/api/render/plugin/querySoftwareDetail",
            "/api/render/plugin/addUserPluginConfig",
            "/api/render/plugin/editUserPluginConfig",
            "/api/render/plugin/deleteUserPluginConfig",
            "/api/render/plugin/setDefaultUserPluginConfig",
            "/api/render/plugin/getUserPluginConfig",
            "/api/render/handle/loadTaskProcessImg",
            "/api/render/handle/setTaskOverTimeStop",
            "/api/render/handle/loadingFrameThumbnail",
            "/api/render/transfer/getServerInfo",
            "/api/render/transfer/getRaySyncUserKey",
            "/api/render/handle/fullSpeedRendering",
            "/api/render/transfer/getConfig",
            "/api/render/submit/taskJsonFile",
            "/api/render/file/operate/getOutputUserDirFile",
            "/api/render/hardwareConfig/list",
            "/api/render/handle/stopTaskFrames",
            "/api/render/handle/showLog",
            "/api/rendering/task/renderingTask/updateTaskUserLevel",
            "/api/render/handle/updateTaskLimit",
            "/api/render/handle/operate/sdk/taskRecord",
            "/api/render/handle/operate/sdk/loginRecord");

    @Test
    void everySdkPathAndEveryDocumentationAliasIsServed() {
        assertEquals(47, SDK_PATHS.size());
        Set<String> expected = new HashSet<>(SDK_PATHS);
        expected.addAll(List.of("/api/render/handle/stopTask", "/api/render/handle/startTask",
                "/api/render/handle/getTaskList", "/api/render/handle/queryTaskInfo",
                "/api/render/task/deleteTaskLabel", "/api/render/user/getRaySyncUserKey",
                "/api/render/handle/editTaskHardwareConfig", "/api/render/submit/getUserPackNodeInfo"));
        assertEquals(expected, fox.emulator().operationPaths().keySet());
    }

    @Test
    void everyPathAnswersAnEnvelopeForEmptyOrIllTypedBodies() {
        Map<String, Object> illTyped = body("taskId", "1", "taskIds", "1", "id", List.of(1), "ids", 1,
                "pageNum", "1", "pageSize", List.of(), "zone", "2", "cgId", "2000", "cgIds", 2000, "label", 5,
                "labelIds", "x", "newName", 1, "delName", List.of(), "editName", 2, "count", "1", "selectAll", "1",
                "treePath", 1, "content", 1, "platform", "2", "flag", "0", "language", "1", "cloneTask", 0,
                "overTime", "1", "taskLimit", "1", "taskUserLevel", "50", "taskOverTimeSec", "1", "osName", 9,
                "renderSystem", "1", "pluginIds", 1, "hardwareConfigId", "1", "status", "1", "statusList", 1);
        for (String path : fox.emulator().operationPaths().keySet()) {
            for (Object b : List.of(body(), illTyped)) {
                JsonNode envelope = client().call(path, b);
                int code = envelope.get("code").asInt();
                assertTrue(code == 200 || code == 600 || code == 601, path + " " + b + " -> " + envelope);
            }
        }
    }

    @Test
    void documentationPathsReachTheSameOperations() {
        FoxTestClient c = client();
        long id = fox.emulator().state().seedFinishedTask(3);
        JsonNode viaDocs = c.data("/api/render/handle/queryTaskInfo", body("taskIds", List.of(id)));
        assertEquals(id, viaDocs.get("items").get(0).get("id").asLong());
        JsonNode list = c.data("/api/render/handle/getTaskList", body("pageNum", 1, "pageSize", 1));
        assertEquals(id, list.get("items").get(0).get("id").asLong());
        assertTrue(c.data("/api/render/user/getRaySyncUserKey", body()).has("raySyncUserKey"));
        long running = fox.emulator().state().seedSubmittedTask(50);
        c.data("/api/render/handle/stopTask", body("taskIds", List.of(running)));
        assertEquals(15, fox.emulator().state().task(running).status());
        c.data("/api/render/handle/startTask", body("taskIds", List.of(running)));
        assertEquals(5, fox.emulator().state().task(running).status());
        c.data("/api/render/handle/addTaskLabel", body("label", "docs", "taskIds", List.of(id)));
        c.data("/api/render/task/deleteTaskLabel", body("labelIds", List.of(), "labelNames", List.of("docs"),
                "taskIds", List.of(id)));
        assertTrue(fox.emulator().state().task(id).labels().isEmpty());
    }

    @Test
    void theThreeConstructionTimeCallsReturnObjects() {
        FoxTestClient c = client();
        JsonNode profile = c.data("/api/render/setUp/queryUserProfile", body());
        assertEquals(FoxState.USER_ID, profile.get("userId").asLong());
        assertEquals(FoxState.USER_NAME, profile.get("userName").asText());
        assertEquals(2, profile.get("platform").asInt());
        assertEquals(2, profile.get("zone").asInt());
        assertTrue(profile.get("balance").isNumber());
        JsonNode settings = c.data("/api/render/setUp/queryUserSetting", body());
        assertTrue(settings.isObject() && settings.has("taskOverTimeSec"));
        JsonNode bid = c.data("/api/render/transfer/getBid", body());
        assertTrue(bid.isObject());
        assertEquals("30201", bid.get("config_bid").asText());
        assertEquals("10202", bid.get("input_bid").asText());
        assertEquals("20202", bid.get("output_bid").asText());
        assertTrue(bid.has("parent_input_bid") && bid.get("sub_user_output_bids").isArray());
        assertFalse(bid.has("configBid"));
    }

    @Test
    void theBodyPlatformWinsInTheSignature() {
        // taskRecord carries platform in the body; the client signs the body value, here different from the header
        JsonNode page = client().data("/api/render/handle/operate/sdk/taskRecord",
                body("platform", 21, "pageNum", 1, "pageSize", 10, "startDate", "", "endDate", ""));
        assertEquals(0, page.get("total").asInt());
        JsonNode own = client().data("/api/render/handle/operate/sdk/taskRecord",
                body("platform", 2, "pageNum", 1, "pageSize", 10, "startDate", "", "endDate", ""));
        assertEquals(4, own.get("total").asInt());
    }
}
