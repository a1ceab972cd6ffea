package io.farmroutes.renderfarm.endpoints;

import io.farmroutes.renderfarm.fox.FoxAcknowledgement;
import io.farmroutes.renderfarm.fox.model.CreatedTasks;
import io.farmroutes.renderfarm.fox.model.EngineAccount;
import io.farmroutes.renderfarm.fox.model.EngineLine;
import io.farmroutes.renderfarm.fox.model.LoginRecord;
import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.renderfarm.fox.model.Platform;
import io.farmroutes.renderfarm.fox.model.RaysyncServerInfo;
import io.farmroutes.renderfarm.fox.model.RaysyncUserKey;
import io.farmroutes.renderfarm.fox.model.SubUserOutputBid;
import io.farmroutes.renderfarm.fox.model.TaskOperationRecord;
import io.farmroutes.renderfarm.fox.model.TransferBids;
import io.farmroutes.renderfarm.fox.model.TransferConfig;
import io.farmroutes.renderfarm.fox.model.TransferEngine;
import io.farmroutes.renderfarm.fox.model.UserProfile;
import io.farmroutes.renderfarm.fox.model.UserSettings;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.fox.FoxState;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Account, user settings, transfer storage ids and engines, and the two SDK-only histories. */
class FoxAccountAndTransferEndpointsTest extends FoxEndpointTestSupport {

    static final List<String> ENDPOINTS = List.of("platform/list", "user/profile", "user/settings",
            "user/updateSettings", "transfer/bid", "transfer/serverInfo", "transfer/raysyncKey", "transfer/config",
            "user/taskRecord", "user/loginRecord");

    private static final String PLATFORMS = "/api/render/common/queryPlatforms";
    private static final String PROFILE = "/api/render/setUp/queryUserProfile";
    private static final String SETTINGS = "/api/render/setUp/queryUserSetting";
    private static final String UPDATE_SETTINGS = "/api/render/setUp/updateUserSetting";
    private static final String BID = "/api/render/transfer/getBid";
    private static final String SERVER_INFO = "/api/render/transfer/getServerInfo";
    private static final String RAYSYNC_KEY = "/api/render/transfer/getRaySyncUserKey";
    private static final String TRANSFER_CONFIG = "/api/render/transfer/getConfig";
    private static final String TASK_RECORD = "/api/render/handle/operate/sdk/taskRecord";
    private static final String LOGIN_RECORD = "/api/render/handle/operate/sdk/loginRecord";

    @Test
    void platformListSendsTheComponentZoneWithTheSignedHeadersAndListsThePlatforms() {
        List<Platform> platforms = list("renderfarm:platform/list");

        assertEquals(List.of("2 W2", "3 W3", "6 W6", "21 GPU-1", "35 GPU-5", "62 W3"),
                platforms.stream().map(p -> p.platform() + " " + p.name()).toList());
        RecordedRequest request = onlyRequest(PLATFORMS);
        assertEquals(json("{\"zone\":2}"), body(request), "zone comes from the component option");
        assertEquals(emulator().accessId(), header(request, "accessId"));
        assertEquals("4", header(request, "channel"));
        assertEquals("2", header(request, "platform"));
        assertEquals("2.0.0", header(request, "version"));
        assertEquals("1", header(request, "languageFlag"), "English for a domain that is not renderbus");
        long sentAt = Long.parseLong(header(request, "UTCTimestamp"));
        assertTrue(Math.abs(sentAt - Instant.now().getEpochSecond()) < 120, "timestamp in seconds, about now");
        assertTrue(header(request, "signature").matches("[A-Za-z0-9+/]{43}="), "Base64 of an HMAC-SHA256");
        assertFalse(request.bodyText().contains(emulator().accessKey()), "the access key is never sent");
        request.headers().values().forEach(values -> assertFalse(values.contains(emulator().accessKey())));

        List<Platform> mainland = list("renderfarm:platform/list?zone=1");
        assertEquals(6, mainland.size());
        assertEquals(json("{\"zone\":1}"), body(lastRequest(PLATFORMS)), "an explicit zone wins");
    }

    @Test
    void userProfileDescribesTheSeededAccountAndItsBalanceFollowsRendering() {
        UserProfile profile = call("renderfarm:user/profile", UserProfile.class);

        assertEquals(FoxState.USER_ID, profile.userId());
        assertEquals("sandbox_artist", profile.userName());
        assertEquals(2, profile.platform());
        assertEquals(2, profile.zone());
        assertEquals("Sandbox Artist", profile.name());
        assertEquals("artist@example.com", profile.email());
        assertEquals("Sandbox Studio", profile.company());
        assertEquals("Lighting TD", profile.job());
        assertEquals(2000, profile.softType());
        assertEquals(0.04, profile.cpuPrice());
        assertEquals(0.9, profile.gpuPrice());
        // 5000 minus 0.05 for each of the 15 frames the two seeded tasks rendered
        assertEquals(4999.25, profile.usdbalance(), 1e-9);
        assertEquals(0.0, profile.rmbbalance());
        assertEquals(25.0, ((Number) profile.extra().get("coupon")).doubleValue(), "unknown fields are kept");
        assertEquals(json("{}"), body(onlyRequest(PROFILE)), "no parameters: the body is {}");

        emulator().state().seedFinishedTask(20);
        UserProfile after = call("renderfarm:user/profile", UserProfile.class);
        assertEquals(4998.25, after.usdbalance(), 1e-9, "twenty more frames at 0.05 each");
    }

    @Test
    void updateSettingsChangesWhatUserSettingsReads() {
        UserSettings before = call("renderfarm:user/settings", UserSettings.class);
        assertEquals(43200, before.taskOverTimeSec());
        assertEquals(12, before.taskOverTime());
        assertEquals(1, before.autoCommit());
        assertEquals(0, before.downloadDisable());
        assertEquals(1, before.singleNodeRenderFrames(), "sent as the text \"1\", read as a number");
        assertEquals(0, before.manuallyStartAnalysisFlag());
        assertEquals(64, ((Number) before.extra().get("renderRam")).intValue());
        assertEquals(json("{}"), body(onlyRequest(SETTINGS)));

        FoxAcknowledgement ack = call("renderfarm:user/updateSettings?taskOverTimeSec=7200",
                FoxAcknowledgement.class);

        assertEquals("renderfarm:user/updateSettings", ack.endpoint());
        assertEquals("success", ack.message());
        assertTrue(ack.requestId().startsWith("fox-sandbox-"), ack.requestId());
        assertNull(ack.data(), "the farm answers data: null");
        assertEquals(json("{\"taskOverTimeSec\":7200}"), body(onlyRequest(UPDATE_SETTINGS)));
        UserSettings after = call("renderfarm:user/settings", UserSettings.class);
        assertEquals(7200, after.taskOverTimeSec());
        assertEquals(2, after.taskOverTime(), "the hours follow the seconds");
        assertEquals(before.autoCommit(), after.autoCommit(), "nothing else changed");

        call("renderfarm:user/updateSettings", null, params("taskOverTimeSec", 0), FoxAcknowledgement.class);
        assertEquals(0, call("renderfarm:user/settings", UserSettings.class).taskOverTimeSec(),
                "a header works as well as the URI");
    }

    @Test
    void transferBidReadsTheSnakeCaseStorageIds() {
        TransferBids bids = call("renderfarm:transfer/bid", TransferBids.class);

        assertEquals("30201", bids.configBid());
        assertEquals("10202", bids.inputBid());
        assertEquals("20202", bids.outputBid());
        assertEquals("10202", bids.parentInputBid());
        assertEquals(List.of(new SubUserOutputBid(100093089L, "20203", Map.of())), bids.subUserOutputBids(),
                "the sub-user id arrives as text and reads as a number");
        assertEquals(Map.of(), bids.extra(), "every snake_case key is mapped");
        assertEquals(json("{}"), body(onlyRequest(BID)));
    }

    @Test
    void serverInfoTakesTheZoneFromTheComponentOrTheUri() {
        RaysyncServerInfo info = call("renderfarm:transfer/serverInfo", RaysyncServerInfo.class);

        assertEquals("6.2.1.5", info.clientVersion());
        assertEquals("2", info.protocolVersion());
        assertEquals("127.0.0.1", info.raysyncTransfer().serverIp());
        assertEquals(2542, info.raysyncTransfer().serverPort());
        assertEquals("127.0.0.1", info.raysyncTransfer().proxyIp());
        assertEquals(2442, info.raysyncTransfer().proxyPort());
        assertEquals(2443, info.raysyncTransfer().sslPort());
        assertEquals(2542, info.raysyncTransfer().port());
        assertEquals(2, ((Number) info.extra().get("zone")).intValue());
        assertEquals(json("{\"zone\":2}"), body(onlyRequest(SERVER_INFO)));

        RaysyncServerInfo mainland = call("renderfarm:transfer/serverInfo?zone=1", RaysyncServerInfo.class);
        assertEquals(1, ((Number) mainland.extra().get("zone")).intValue());
        assertEquals(json("{\"zone\":1}"), body(lastRequest(SERVER_INFO)));
    }

    @Test
    void raysyncKeyIsReadAndMaskedWhenPrinted() {
        RaysyncUserKey key = call("renderfarm:transfer/raysyncKey", RaysyncUserKey.class);

        assertEquals("c2FuZGJveC1yYXlzeW5jLXVzZXIta2V5", key.raySyncUserKey());
        assertEquals("sandbox_artist", key.userName());
        assertEquals(2, key.platform());
        assertEquals(FoxState.USER_ID, key.id());
        assertEquals(2, key.zone());
        assertFalse(key.toString().contains(key.raySyncUserKey()), key.toString());
        assertTrue(key.toString().contains("****"), key.toString());
        assertEquals(json("{}"), body(onlyRequest(RAYSYNC_KEY)));
    }

    @Test
    void transferConfigListsTheStorageIdsTheEnginesAndTheirLines() {
        TransferConfig config = call("renderfarm:transfer/config", TransferConfig.class);

        assertEquals("10202", config.inputBid());
        assertEquals("20202", config.outputBid());
        assertEquals("30201", config.configBid());
        assertEquals("10202", config.parentInputBid());
        assertEquals(List.of("RaySync", "Aspera"), config.resqEngines().stream().map(TransferEngine::engineName)
                .toList());
        TransferEngine raysync = config.resqEngines().get(0);
        assertEquals(1, raysync.isDefault());
        assertEquals(List.of("Default line 127.0.0.1:2542", "Backup line 127.0.0.1:2543"),
                raysync.respTaskEngineLines().stream().map(l -> l.name() + " " + l.server() + ":" + l.port())
                        .toList());
        assertEquals(List.of(1, 0), raysync.respTaskEngineLines().stream().map(EngineLine::isDefault).toList());
        EngineAccount account = raysync.resqEngineAccounts().get(0);
        assertEquals("10202", account.bid());
        assertEquals("sandbox_artist", account.name());
        assertEquals("raysync-sandbox-password", account.password());
        assertFalse(account.toString().contains("raysync-sandbox-password"), "the password is never printed");
        assertEquals(0, config.resqEngines().get(1).isDefault());
        assertEquals("127.0.0.1", raysync.checkServer(), "a host, kept as text");
        assertEquals("2542", raysync.checkPort(), "a number, kept as text");
        assertEquals("exe,bat", raysync.extra().get("checkExcludType"));
        assertEquals(List.of(new SubUserOutputBid(100093089L, "20203", Map.of())), config.subUserOutputBids());
        assertEquals(json("{}"), body(onlyRequest(TRANSFER_CONFIG)));
    }

    @Test
    void taskRecordSendsThePlatformInTheBodyAndListsTheNewestOperationFirst() {
        CreatedTasks created = call("renderfarm:task/create", CreatedTasks.class);
        long taskId = created.taskIdList().get(0);

        Page<TaskOperationRecord> records = page("renderfarm:user/taskRecord");

        // the two seeded tasks were created and submitted, then the new one was created
        assertEquals(5L, records.total());
        assertEquals(5, records.items().size());
        TaskOperationRecord newest = records.items().get(0);
        assertEquals(taskId, newest.taskId());
        assertEquals(created.aliasTaskIdList().get(0), newest.taskAlias());
        assertTrue(newest.operateTime().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), newest.operateTime());
        // the emulator names these operateType/operateContent (see the report): they land in extra
        assertEquals("create", newest.extra().get("operateType"));
        assertEquals("task created", newest.extra().get("operateContent"));
        assertEquals(List.of(FoxState.SEEDED_FAILED_TASK, FoxState.SEEDED_FAILED_TASK, FoxState.SEEDED_DONE_TASK,
                FoxState.SEEDED_DONE_TASK), records.items().subList(1, 5).stream().map(TaskOperationRecord::taskId)
                .toList());
        RecordedRequest request = onlyRequest(TASK_RECORD);
        assertEquals(json("{\"platform\":2,\"pageNum\":1,\"pageSize\":100,\"startDate\":\"\",\"endDate\":\"\"}"),
                body(request), "platform is a body key too, dates are sent empty");
        assertEquals("2", header(request, "platform"));

        // as a message header, platform is the operation's parameter: only the body changes
        Page<TaskOperationRecord> otherPlatform = page("renderfarm:user/taskRecord", params("platform", 3));
        assertEquals(0L, otherPlatform.total(), "the farm filters on the body's platform");
        RecordedRequest second = lastRequest(TASK_RECORD);
        assertEquals(3, body(second).get("platform").intValue());
        assertEquals("2", header(second, "platform"), "the header keeps the account's platform; the signature held");

        // in the URI, platform is also the endpoint's connection option, so the header follows it
        Page<TaskOperationRecord> viaUri = page("renderfarm:user/taskRecord?platform=3");
        assertEquals(0L, viaUri.total());
        RecordedRequest third = lastRequest(TASK_RECORD);
        assertEquals(3, body(third).get("platform").intValue());
        assertEquals("3", header(third, "platform"));
    }

    @Test
    void loginRecordPagesThroughTheSeededLogins() {
        Page<LoginRecord> all = page("renderfarm:user/loginRecord");

        assertEquals(3L, all.total());
        assertEquals(List.of("198.51.100.7", "203.0.113.24", "203.0.113.24"),
                all.items().stream().map(LoginRecord::ip).toList(), "newest first");
        LoginRecord newest = all.items().get(0);
        assertEquals("sandbox_artist", newest.userName());
        assertTrue(newest.loginTime().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), newest.loginTime());
        assertEquals("client", newest.extra().get("loginWay"));
        assertEquals("Tokyo", newest.extra().get("location"));
        JsonNode sent = body(onlyRequest(LOGIN_RECORD));
        assertEquals(json("{\"pageNum\":1,\"pageSize\":100,\"startDate\":\"\",\"endDate\":\"\"}"), sent);

        Page<LoginRecord> second = page("renderfarm:user/loginRecord?pageSize=2&pageNum=2");
        assertEquals(2, second.pageCount());
        assertEquals(2, second.pageNum());
        assertEquals(3L, second.total());
        assertEquals(1, second.items().size());
        assertEquals("web", second.items().get(0).extra().get("loginWay"));
        assertEquals("Singapore", second.items().get(0).extra().get("location"));
    }
}
