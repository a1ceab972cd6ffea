package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxJson.obj;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The farm's fixed data: platforms, software and plugins, hardware, transfer settings and error texts. */
final class FoxCatalog {

    /** A supported DCC (spec §13 cgIds). */
    record Software(int cgId, String cgName, String cgType, boolean needProjectPath, boolean linux) {
    }

    /** A version of a DCC. */
    record CgVersion(int id, int cgId, String version) {
    }

    /**
     * A plugin version.
     *
     * @param cvId the plugin family (e.g. V-Ray for Maya)
     */
    record Plugin(long pluginId, int cvId, int cgId, String name, String version, boolean linux) {
    }

    /** A hardware configuration a task can render on. */
    record Hardware(int id, int type, String model, int ram, int gpuNum, int platform, List<Integer> notSupportCgId) {
    }

    static final List<Map<String, Object>> PLATFORMS = List.of(
            obj("platform", 2, "name", "W2"),
            obj("platform", 3, "name", "W3"),
            obj("platform", 6, "name", "W6"),
            obj("platform", 21, "name", "GPU-1"),
            obj("platform", 35, "name", "GPU-5"),
            obj("platform", 62, "name", "W3"));

    static final List<Software> SOFTWARE = List.of(
            new Software(2000, "Maya", "ma;mb", true, true),
            new Software(2001, "3ds Max", "max", false, false),
            new Software(2004, "Houdini", "hip;hipnc;hiplc", false, true),
            new Software(2005, "Cinema 4D", "c4d", false, false),
            new Software(2007, "Blender", "blend", false, true),
            new Software(2008, "V-Ray Standalone", "vrscene", false, true),
            new Software(2012, "KeyShot", "bip;ksp", false, false),
            new Software(2013, "Clarisse", "project", false, true),
            new Software(2015, "Nuke", "nk", false, true),
            new Software(2016, "Katana", "katana", true, true));

    static final List<CgVersion> VERSIONS = List.of(
            new CgVersion(1, 2000, "2020"), new CgVersion(2, 2000, "2022"), new CgVersion(3, 2000, "2023"),
            new CgVersion(4, 2000, "2024"),
            new CgVersion(11, 2001, "2020"), new CgVersion(12, 2001, "2022"), new CgVersion(13, 2001, "2024"),
            new CgVersion(21, 2004, "19.5"), new CgVersion(22, 2004, "20.0"),
            new CgVersion(31, 2005, "R25"), new CgVersion(32, 2005, "2023"),
            new CgVersion(41, 2007, "2.93"), new CgVersion(42, 2007, "3.6"), new CgVersion(43, 2007, "4.1"),
            new CgVersion(51, 2008, "6.0"), new CgVersion(61, 2012, "11.3"), new CgVersion(71, 2013, "5.0"),
            new CgVersion(81, 2015, "14.0"), new CgVersion(91, 2016, "6.0"));

    static final List<Plugin> PLUGINS = List.of(
            new Plugin(11001, 101, 2000, "vray", "5.20.02", true),
            new Plugin(11002, 101, 2000, "vray", "6.00.01", true),
            new Plugin(11011, 102, 2000, "mtoa", "5.1.0", true),
            new Plugin(11012, 102, 2000, "mtoa", "5.3.1", true),
            new Plugin(11021, 103, 2000, "redshift", "3.5.13", true),
            new Plugin(12001, 201, 2001, "vray", "5.20.02", false),
            new Plugin(12002, 201, 2001, "vray", "6.10.06", false),
            new Plugin(12011, 202, 2001, "corona", "9", false),
            new Plugin(12012, 202, 2001, "corona", "10", false),
            new Plugin(14001, 401, 2004, "redshift", "3.5.13", true),
            new Plugin(14011, 402, 2004, "htoa", "6.1.3", true),
            new Plugin(15001, 501, 2005, "redshift", "3.5.13", false),
            new Plugin(15011, 502, 2005, "octane", "2022.1", false),
            new Plugin(17001, 701, 2007, "octane", "2022.1", false));

    static final List<Hardware> HARDWARE = List.of(
            new Hardware(1, 1, "Intel Xeon Gold 2x24 cores", 64, 0, 2, List.of()),
            new Hardware(2, 1, "Intel Xeon Gold 2x24 cores", 128, 0, 2, List.of()),
            new Hardware(3, 1, "AMD EPYC 64 cores", 256, 0, 3, List.of(2012)),
            new Hardware(4, 2, "NVIDIA GeForce RTX 2080 Ti", 64, 1, 21, List.of(2001, 2012)),
            new Hardware(5, 2, "NVIDIA GeForce RTX 3090", 128, 2, 35, List.of(2001)));

    /** The hardware configuration tasks use unless told otherwise. */
    static final int DEFAULT_HARDWARE = 1;

    static final String INPUT_BID = "10202";
    static final String OUTPUT_BID = "20202";
    static final String CONFIG_BID = "30201";
    static final long SUB_USER_ID = 100093089L;
    static final String SUB_USER_OUTPUT_BID = "20203";
    static final String RAYSYNC_USER_KEY = "c2FuZGJveC1yYXlzeW5jLXVzZXIta2V5";

    private FoxCatalog() {
    }

    /** The alias prefix of a platform: the id, then the first letter of its name ("2W"). */
    static String aliasPrefix(int platform) {
        for (Map<String, Object> p : PLATFORMS) {
            if (p.get("platform").equals(platform)) {
                return platform + ((String) p.get("name")).substring(0, 1);
            }
        }
        return platform + "W";
    }

    static Optional<Software> software(int cgId) {
        return SOFTWARE.stream().filter(s -> s.cgId() == cgId).findFirst();
    }

    static Optional<Hardware> hardware(int id) {
        return HARDWARE.stream().filter(h -> h.id() == id).findFirst();
    }

    static Optional<Plugin> plugin(long pluginId) {
        return PLUGINS.stream().filter(p -> p.pluginId() == pluginId).findFirst();
    }

    /** A minimal task.json as the SDK's analysis would write it. */
    static String taskJson(String scene, String frames, int cgId) {
        return "{\"task_info\":{\"input_scene_path\":\"D:/projects/" + scene + "\",\"frames\":\"" + frames
                + "\",\"cg_id\":\"" + cgId + "\",\"platform\":\"" + FoxState.PLATFORM + "\"},"
                + "\"software_config\":{\"cg_name\":\"" + software(cgId).map(Software::cgName).orElse("") + "\"}}";
    }

    static Map<String, Object> defaultUserSettings() {
        return obj("infoEmail", 1, "infoPhone", 0, "language", 1, "autoCommit", 1, "downloadDisable", 0,
                "taskOverTime", 12, "taskOverTimeSec", 43200, "singleNodeRenderFrames", "1",
                "ignoreMapFlag", 1, "isVrayLicense", 0, "manuallyStartAnalysisFlag", 0, "jobNameShow", 1,
                "openRenderRam", 0, "renderRam", 64, "downloadLimit", 1, "shareMainCapital", 0,
                "userProfileShow", 1);
    }

    static List<FoxEnvironment> defaultEnvironments() {
        return List.of(
                new FoxEnvironment(2000, "maya2022_arnold", "Maya", "2022", 1, 0, true, "",
                        List.of(11011L)),
                new FoxEnvironment(2000, "maya2023_vray", "Maya", "2023", 1, 0, false, "",
                        List.of(11002L)),
                new FoxEnvironment(2007, "blender36", "Blender", "3.6", 1, null, true, "", List.of()),
                new FoxEnvironment(2007, "blender41_linux", "Blender", "4.1", 0, null, true, "", List.of()));
    }

    static Map<String, Object> profile(long userId, BigDecimal balance) {
        return obj("userId", userId, "userName", FoxState.USER_NAME, "platform", FoxState.PLATFORM,
                "zone", FoxState.ZONE, "phone", "", "email", "artist@example.com", "company", "Sandbox Studio",
                "name", "Sandbox Artist", "job", "Lighting TD", "communicationNumber", "", "softType", 2000,
                "softStatus", 1, "businessType", 1, "status", 1, "infoStatus", 1, "accountType", 1,
                "mainUserId", 0, "shareMainCapital", 0, "subDeleteTask", 0, "useMainBalance", 0,
                "currencyFlag", 1, "userType", 1, "level", 49, "credit", new BigDecimal("0.00"),
                "balance", balance, "usdbalance", balance, "rmbbalance", new BigDecimal("0.00"),
                "coupon", new BigDecimal("25.00"), "qyCoupon", new BigDecimal("0.00"),
                "rmbCumulative", new BigDecimal("0.00"),
                "usdCumulative", new BigDecimal("5000.00"), "cpuPrice", new BigDecimal("0.04"),
                "gpuPrice", new BigDecimal("0.9"), "downloadDisable", 0, "hideBalance", 0,
                "hideJobCharge", 0, "subUserCount", 1);
    }

    static Map<String, Object> bids() {
        return obj("config_bid", CONFIG_BID, "input_bid", INPUT_BID, "output_bid", OUTPUT_BID,
                "parent_input_bid", INPUT_BID,
                "sub_user_output_bids", List.of(obj("userId", Long.toString(SUB_USER_ID),
                        "outputBid", SUB_USER_OUTPUT_BID)));
    }

    static Map<String, Object> transferConfig() {
        Map<String, Object> raysync = obj("engineName", "RaySync", "isDefault", 1, "checkServer", "127.0.0.1",
                "checkPort", 2542, "checkEnable", 1, "checkExcludType", "exe,bat", "languageFlag", 1,
                "resqEngineAccounts", List.of(obj("bid", INPUT_BID, "name", FoxState.USER_NAME,
                        "password", "raysync-sandbox-password")),
                "respTaskEngineLines", List.of(
                        obj("name", "Default line", "server", "127.0.0.1", "port", 2542, "isDefault", 1,
                                "lineId", 1),
                        obj("name", "Backup line", "server", "127.0.0.1", "port", 2543, "isDefault", 0,
                                "lineId", 2)));
        Map<String, Object> aspera = obj("engineName", "Aspera", "isDefault", 0, "checkServer", "127.0.0.1",
                "checkPort", 10221, "checkEnable", 0, "checkExcludType", "", "languageFlag", 1,
                "resqEngineAccounts", List.of(obj("bid", INPUT_BID, "name", FoxState.USER_NAME,
                        "password", "aspera-sandbox-password")),
                "respTaskEngineLines", List.of(obj("name", "Aspera line", "server", "127.0.0.1", "port", 10221,
                        "isDefault", 1, "lineId", 3)));
        return obj("inputBid", INPUT_BID, "outputBid", OUTPUT_BID, "configBid", CONFIG_BID,
                "parentInputBid", INPUT_BID, "resqEngines", List.of(raysync, aspera),
                "subUserOutputBids", List.of(obj("userId", SUB_USER_ID, "outputBid", SUB_USER_OUTPUT_BID)));
    }

    static Map<String, Object> serverInfo(int zone) {
        return obj("clientVersion", "6.2.1.5", "protocolVersion", "2", "zone", zone,
                "raysyncTransfer", obj("serverIp", "127.0.0.1", "serverPort", 2542, "proxyIp", "127.0.0.1",
                        "proxyPort", 2442, "sslPort", 2443, "port", 2542));
    }

    static Map<String, Object> raySyncUserKey() {
        return obj("raySyncUserKey", RAYSYNC_USER_KEY, "userName", FoxState.USER_NAME, "platform",
                FoxState.PLATFORM, "id", FoxState.USER_ID, "zone", FoxState.ZONE, "channel", 4,
                "language", 1);
    }

    static Map<String, Object> packNodeInfo() {
        return obj("userId", FoxState.USER_ID, "packNodes", List.of(obj("packageId", 1,
                "packageName", "Sandbox 10-node pack", "nodeNum", 10, "usedNodeNum", 0,
                "hardwareConfigId", DEFAULT_HARDWARE, "platform", FoxState.PLATFORM,
                "expireTime", 4102444800000L)));
    }

    /** Analysis error codes: code, type (0 warning, 1 error), English and Chinese description and solution. */
    private static final List<String[]> ANALYSIS_ERRORS = List.of(
            new String[] {"15000", "1", "The scene file could not be opened by the render software.",
                "Save the scene again with the version selected in the render environment.",
                "渲染软件无法打开场景文件。", "请使用渲染环境中选择的版本重新保存场景。"},
            new String[] {"15002", "1", "A texture referenced by the scene is missing.",
                "Upload the missing texture or fix its path in the scene.",
                "场景引用的贴图丢失。", "请上传丢失的贴图或修正场景中的路径。"},
            new String[] {"15009", "1", "The plugin version used by the scene is not available on the farm.",
                "Pick an available plugin version in the render environment.",
                "场景使用的插件版本在农场上不可用。", "请在渲染环境中选择可用的插件版本。"},
            new String[] {"10010", "0", "No render camera is set; the default camera will be used.",
                "Set a renderable camera if the default one is not intended.",
                "未设置渲染相机，将使用默认相机。", "如不需要默认相机，请设置可渲染相机。"},
            new String[] {"10025", "0", "The output path contains non-ASCII characters.",
                "Rename the output path with ASCII characters only.",
                "输出路径包含非ASCII字符。", "请将输出路径改为仅含ASCII字符。"});

    static List<Map<String, Object>> analysisErrors(List<String> codes, int language) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < ANALYSIS_ERRORS.size(); i++) {
            String[] e = ANALYSIS_ERRORS.get(i);
            if (!codes.contains(e[0])) {
                continue;
            }
            boolean english = language == 1;
            out.add(obj("id", i + 1, "code", e[0], "type", Integer.parseInt(e[1]), "languageFlag", language,
                    "desDescriptionCn", english ? e[2] : e[4], "desSolutionCn", english ? e[3] : e[5],
                    "solutionPath", "/support/analysis/" + e[0], "isRepair", e[1].equals("1") ? 0 : 1,
                    "isOpen", 1, "updateTime", 1_700_000_000_000L));
        }
        return out;
    }

    /** Seeded output folders and files: path of the folder → entries (name, size or -1 for a folder). */
    static Map<String, List<Map.Entry<String, Long>>> seededOutputs() {
        Map<String, List<Map.Entry<String, Long>>> tree = new LinkedHashMap<>();
        tree.put("/", List.of(Map.entry("demo_project", -1L), Map.entry("archive", -1L)));
        tree.put("/demo_project", List.of(Map.entry("shot010_beauty.0001.exr", 8_388_608L),
                Map.entry("shot010_beauty.0002.exr", 8_391_204L), Map.entry("shot010_beauty.0003.exr", 8_380_117L),
                Map.entry("passes", -1L)));
        tree.put("/demo_project/passes", List.of(Map.entry("shot010_diffuse.0001.exr", 4_194_304L)));
        tree.put("/archive", List.of(Map.entry("spring_campaign_final.zip", 268_435_456L)));
        return tree;
    }
}
