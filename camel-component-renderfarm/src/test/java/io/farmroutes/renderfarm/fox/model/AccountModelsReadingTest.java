package io.farmroutes.renderfarm.fox.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountModelsReadingTest {

    @Test
    void platforms() {
        List<Platform> platforms = Json.read("""
                [{"platform": 2, "name": "W2"}, {"platform": "62", "name": "W3", "isGpu": false}]
                """, new TypeReference<List<Platform>>() { });

        assertEquals(2, platforms.size());
        assertEquals(new Platform(2, "W2", Map.of()), platforms.get(0));
        assertEquals(62, platforms.get(1).platform());
        assertEquals(false, platforms.get(1).extra().get("isGpu"));
    }

    @Test
    void userProfile() {
        UserProfile profile = Json.read("""
                {"userId": 10001136, "userName": "rayvision", "platform": 2, "zone": 2, "phone": "173333333333",
                 "email": "", "company": "", "name": "", "job": "", "communicationNumber": "", "softType": 2000,
                 "softStatus": 1, "businessType": 1, "status": 1, "infoStatus": 0, "accountType": 1,
                 "rmbbalance": "64.495", "usdbalance": 0, "credit": "0.0", "commonCoupon": 0.018,
                 "cpuPrice": "0.67", "hideBalance": null}
                """, UserProfile.class);

        assertEquals(10001136L, profile.userId());
        assertEquals("rayvision", profile.userName());
        assertEquals(2, profile.platform());
        assertEquals(2, profile.zone());
        assertEquals(64.495, profile.rmbbalance());
        assertEquals(0.0, profile.usdbalance());
        assertEquals(0.0, profile.credit());
        assertEquals(0.018, profile.commonCoupon());
        assertEquals(0.67, profile.cpuPrice());
        assertEquals(2000, profile.softType());
        assertEquals(1, profile.accountType());
        assertNull(profile.hideBalance());
        assertNull(profile.gpuPrice());
        assertEquals("", profile.extra().get("communicationNumber"));
    }

    @Test
    void userSettings() {
        UserSettings settings = Json.read("""
                {"infoStatus": null, "accountType": null, "shareMainCapital": 0, "subDeleteTask": 0,
                 "useMainBalance": 0, "singleNodeRenderFrames": "1", "maxIgnoreMapFlag": "1", "autoCommit": "2",
                 "separateAccountFlag": 0, "mifileSwitchFlag": 0, "assfileSwitchFlag": 0,
                 "manuallyStartAnalysisFlag": 0, "downloadDisable": 0, "taskOverTime": 12,
                 "taskOverTimeSec": 43200, "houdiniFlag": "1"}
                """, UserSettings.class);

        assertEquals(2, settings.autoCommit());
        assertEquals(0, settings.downloadDisable());
        assertEquals(12, settings.taskOverTime());
        assertEquals(43200, settings.taskOverTimeSec());
        assertEquals(1, settings.singleNodeRenderFrames());
        assertEquals(1, settings.maxIgnoreMapFlag());
        assertNull(settings.infoStatus());
        assertEquals(Map.of("houdiniFlag", "1"), settings.extra());
    }

    @Test
    void transferBidsInSnakeCase() {
        TransferBids bids = Json.read("""
                {"config_bid": "30201", "input_bid": "10201", "output_bid": 20201, "parent_input_bid": "10200",
                 "sub_user_output_bids": [{"userId": 100093089, "outputBid": "20209"}], "zone_hint": 1}
                """, TransferBids.class);

        assertEquals("30201", bids.configBid());
        assertEquals("10201", bids.inputBid());
        assertEquals("20201", bids.outputBid());
        assertEquals("10200", bids.parentInputBid());
        assertEquals(List.of(new SubUserOutputBid(100093089L, "20209", Map.of())), bids.subUserOutputBids());
        assertEquals(Map.of("zone_hint", 1), bids.extra());
    }

    @Test
    void transferBidsWithoutSubUsersAndInCamelCase() {
        TransferBids bids = Json.read("{\"configBid\": \"30201\", \"input_bid\": \"10201\"}", TransferBids.class);

        assertEquals("30201", bids.configBid());
        assertEquals("10201", bids.inputBid());
        assertNull(bids.outputBid());
        assertNull(bids.subUserOutputBids());
        assertTrue(bids.extra().isEmpty());
    }

    @Test
    void transferBidsAreWrittenBackInSnakeCase() {
        String json = Json.write(new TransferBids("1", "2", "3", null, null, null));

        assertTrue(json.contains("\"config_bid\":\"1\""), json);
        assertFalse(json.contains("configBid"), json);
    }

    @Test
    void raysyncServerInfo() {
        RaysyncServerInfo info = Json.read("""
                {"clientVersion": "6.6.8.7", "protocolVersion": "6.0",
                 "raysyncTransfer": {"port": 2542, "proxyIp": "render.raysync.cn", "proxyPort": "32011",
                                     "serverIp": "127.0.0.1", "serverPort": 2121, "sslPort": 2543}}
                """, RaysyncServerInfo.class);

        assertEquals("6.6.8.7", info.clientVersion());
        assertEquals("6.0", info.protocolVersion());
        RaysyncTransfer transfer = info.raysyncTransfer();
        assertEquals("127.0.0.1", transfer.serverIp());
        assertEquals(2121, transfer.serverPort());
        assertEquals("render.raysync.cn", transfer.proxyIp());
        assertEquals(32011, transfer.proxyPort());
        assertEquals(2543, transfer.sslPort());
        assertEquals(2542, transfer.port());
    }

    @Test
    void transferConfig() {
        TransferConfig config = Json.read("""
                {"inputBid": "10202", "outputBid": "20202", "configBid": "30202", "parentInputBid": "10200",
                 "resqEngines": [
                   {"engineName": "RaySync", "isDefault": 1, "checkServer": 0, "checkPort": 0,
                    "checkUserName": 1, "checkPassword": 1, "resqEngineAccounts": null,
                    "respTaskEngineLines": [{"name": "Line A", "server": "sz.raysync.cn", "port": "2542",
                                             "isDefault": 1, "lineId": 3}]},
                   {"engineName": "Aspera", "isDefault": 0,
                    "resqEngineAccounts": [{"bid": "10202", "name": "asp", "password": "pw"}]}],
                 "subUserOutputBids": []}
                """, TransferConfig.class);

        assertEquals("10202", config.inputBid());
        assertEquals("10200", config.parentInputBid());
        assertEquals(List.of(), config.subUserOutputBids());
        assertEquals(2, config.resqEngines().size());
        TransferEngine raysync = config.resqEngines().get(0);
        assertEquals("RaySync", raysync.engineName());
        assertEquals(1, raysync.isDefault());
        assertEquals("1", raysync.checkPassword(), "flags are kept as text");
        assertEquals("0", raysync.checkServer());
        assertNull(raysync.resqEngineAccounts());
        EngineLine line = raysync.respTaskEngineLines().get(0);
        assertEquals(new EngineLine("Line A", "sz.raysync.cn", "2542", 1, 3L, Map.of()), line);
        TransferEngine aspera = config.resqEngines().get(1);
        assertNull(aspera.respTaskEngineLines());
        assertEquals("asp", aspera.resqEngineAccounts().get(0).name());
    }

    @Test
    void hardwareConfigs() {
        List<HardwareConfig> configs = Json.read("""
                [{"id": 5, "type": 2, "model": "RTX 3090", "ram": "64GB", "gpuNum": 2, "platform": 21,
                  "current": true, "notSupportCgId": [2012, "2015"], "status": 1},
                 {"id": 6, "type": 1, "model": "E5", "ram": 128, "current": "false", "notSupportCgId": null}]
                """, new TypeReference<List<HardwareConfig>>() { });

        HardwareConfig gpu = configs.get(0);
        assertEquals(5L, gpu.id());
        assertEquals(2, gpu.type());
        assertEquals("RTX 3090", gpu.model());
        assertEquals("64GB", gpu.ram());
        assertEquals(2, gpu.gpuNum());
        assertEquals(21, gpu.platform());
        assertEquals(Boolean.TRUE, gpu.current());
        assertEquals(List.of(2012, 2015), gpu.notSupportCgId());
        assertEquals(1, gpu.status());
        HardwareConfig cpu = configs.get(1);
        assertEquals("128", cpu.ram());
        assertEquals(Boolean.FALSE, cpu.current());
        assertNull(cpu.notSupportCgId());
    }

    @Test
    void operationAndLoginHistory() {
        Page<TaskOperationRecord> tasks = Json.read("""
                {"pageCount": 1, "pageNum": 1, "total": 1, "size": 10,
                 "items": [{"id": 1, "taskId": 35736251, "taskAlias": "2W35736251", "userId": 100093088,
                            "userName": "rayvision", "operation": "stopTask", "ip": "10.0.0.1",
                            "operateTime": 1589532607599, "source": "sdk"}]}
                """, new TypeReference<Page<TaskOperationRecord>>() { });
        Page<LoginRecord> logins = Json.read("""
                {"pageCount": 1, "pageNum": 1, "total": 1, "size": 10,
                 "items": [{"userId": 100093088, "userName": "rayvision", "loginTime": "2020-05-15 10:00:00",
                            "ip": "10.0.0.2", "loginType": 4, "browser": "sdk"}]}
                """, new TypeReference<Page<LoginRecord>>() { });

        TaskOperationRecord operation = tasks.items().get(0);
        assertEquals(35736251L, operation.taskId());
        assertEquals("stopTask", operation.operation());
        assertEquals("1589532607599", operation.operateTime());
        assertEquals(Map.of("source", "sdk"), operation.extra());
        LoginRecord login = logins.items().get(0);
        assertEquals("2020-05-15 10:00:00", login.loginTime());
        assertEquals("10.0.0.2", login.ip());
        assertEquals("4", login.loginType());
        assertEquals(Map.of("browser", "sdk"), login.extra());
    }
}
