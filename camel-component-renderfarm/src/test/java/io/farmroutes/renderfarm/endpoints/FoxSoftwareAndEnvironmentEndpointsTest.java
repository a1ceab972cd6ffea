package io.farmroutes.renderfarm.endpoints;

import io.farmroutes.renderfarm.fox.FoxAcknowledgement;
import io.farmroutes.renderfarm.fox.FoxApiException;
import io.farmroutes.renderfarm.fox.model.AnalysisError;
import io.farmroutes.renderfarm.fox.model.EnvironmentName;
import io.farmroutes.renderfarm.fox.model.HardwareConfig;
import io.farmroutes.renderfarm.fox.model.PluginFamily;
import io.farmroutes.renderfarm.fox.model.PluginVersion;
import io.farmroutes.renderfarm.fox.model.RenderEnvironment;
import io.farmroutes.renderfarm.fox.model.Software;
import io.farmroutes.renderfarm.fox.model.SoftwareDetail;
import io.farmroutes.renderfarm.fox.model.SoftwareList;
import io.farmroutes.renderfarm.fox.model.SoftwareVersion;
import io.farmroutes.sandbox.fox.FoxState;
import io.farmroutes.spi.error.InvalidParameterException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The farm's software, plugins and hardware, the user's render environments, and analysis error texts. */
class FoxSoftwareAndEnvironmentEndpointsTest extends FoxEndpointTestSupport {

    static final List<String> ENDPOINTS = List.of("software/list", "software/plugins", "env/add", "env/update",
            "env/delete", "env/setDefault", "env/list", "hardware/list", "analysis/errorDetail");

    private static final String SOFTWARE = "/api/render/plugin/querySoftwareList";
    private static final String PLUGINS = "/api/render/plugin/querySoftwareDetail";
    private static final String ENV_ADD = "/api/render/plugin/addUserPluginConfig";
    private static final String ENV_EDIT = "/api/render/plugin/editUserPluginConfig";
    private static final String ENV_DELETE = "/api/render/plugin/deleteUserPluginConfig";
    private static final String ENV_DEFAULT = "/api/render/plugin/setDefaultUserPluginConfig";
    private static final String ENV_LIST = "/api/render/plugin/getUserPluginConfig";
    private static final String HARDWARE = "/api/render/hardwareConfig/list";
    private static final String ANALYSIS = "/api/render/submit/queryAnalyseErrorDetail";

    @Test
    void softwareListNamesTheTenSupportedApplications() {
        SoftwareList software = call("renderfarm:software/list", SoftwareList.class);

        assertEquals(1, software.isAutoCommit(), "the user's autoCommit setting");
        assertEquals(2000, software.defaultCgId());
        assertEquals(List.of(2000, 2001, 2004, 2005, 2007, 2008, 2012, 2013, 2015, 2016),
                software.renderInfoList().stream().map(Software::cgId).toList());
        Software blender = software.renderInfoList().get(4);
        assertEquals("Blender", blender.cgName());
        assertEquals("blend", blender.cgType());
        assertEquals("/img/softimage/2007.png", blender.iconPath());
        assertEquals(0, blender.isNeedProjectPath());
        assertEquals(1, blender.isNeedAnalyse());
        assertEquals(1, blender.isSupportLinux());
        Software maya = software.renderInfoList().get(0);
        assertEquals("ma;mb", maya.cgType());
        assertEquals(1, maya.isNeedProjectPath());
        assertEquals(0, software.renderInfoList().get(1).isSupportLinux(), "3ds Max renders on Windows only");
        assertEquals(json("{}"), body(onlyRequest(SOFTWARE)));
    }

    @Test
    void softwarePluginsListVersionsAndPluginFamiliesPerSystem() {
        SoftwareDetail maya = call("renderfarm:software/plugins?cgId=2000&osName=windows", SoftwareDetail.class);

        assertEquals(List.of("2020", "2022", "2023", "2024"),
                maya.cgVersion().stream().map(SoftwareVersion::cgVersion).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L), maya.cgVersion().stream().map(SoftwareVersion::id).toList());
        assertTrue(maya.cgVersion().stream().allMatch(v -> v.cgId() == 2000 && "Maya".equals(v.cgName())));
        assertEquals(List.of(101L, 102L, 103L), maya.cgPlugin().stream().map(PluginFamily::cvId).toList());
        assertEquals(List.of("vray", "mtoa", "redshift"),
                maya.cgPlugin().stream().map(PluginFamily::pluginName).toList());
        PluginFamily vray = maya.cgPlugin().get(0);
        assertEquals(List.of(11001L, 11002L), vray.pluginVersions().stream().map(PluginVersion::pluginId).toList());
        assertEquals(List.of("5.20.02", "6.00.01"),
                vray.pluginVersions().stream().map(PluginVersion::pluginVersion).toList());
        assertEquals(json("{\"cgId\":2000,\"osName\":\"windows\"}"), body(onlyRequest(PLUGINS)),
                "osName is text here");

        SoftwareDetail blenderLinux = call("renderfarm:software/plugins", null,
                params("cgId", 2007, "osName", "linux"), SoftwareDetail.class);
        assertEquals(List.of("2.93", "3.6", "4.1"),
                blenderLinux.cgVersion().stream().map(SoftwareVersion::cgVersion).toList());
        assertTrue(blenderLinux.cgPlugin().isEmpty(), "octane for Blender is Windows only");

        SoftwareDetail maxLinux = call("renderfarm:software/plugins?cgId=2001&osName=linux", SoftwareDetail.class);
        assertTrue(maxLinux.cgVersion().isEmpty());
        assertTrue(maxLinux.cgPlugin().isEmpty());
    }

    @Test
    void environmentsAreAddedUpdatedMadeDefaultListedAndDeleted() {
        List<RenderEnvironment> seeded = list("renderfarm:env/list?cgId=2007");
        assertEquals(List.of("blender36"), seeded.stream().map(RenderEnvironment::editName).toList());
        assertEquals(1, seeded.get(0).isDefault());
        assertEquals(json("{\"cgId\":2007,\"osName\":1}"), body(onlyRequest(ENV_LIST)), "Windows by default");

        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("cgId", 2007);
        environment.put("cgName", "Blender");
        environment.put("cgVersion", "4.1");
        environment.put("editName", "blender41_octane");
        environment.put("renderSystem", 1);
        environment.put("pluginIds", List.of(17001L));
        environment.put("projectPath", "/projects/spring");
        EnvironmentName added = call("renderfarm:env/add", environment, Map.of(), EnvironmentName.class);

        assertEquals("blender41_octane", added.editName());
        assertEquals(json("{\"cgId\":2007,\"cgName\":\"Blender\",\"cgVersion\":\"4.1\",\"editName\":"
                + "\"blender41_octane\",\"renderSystem\":1,\"pluginIds\":[17001],\"projectPath\":\"/projects/spring\"}"),
                body(onlyRequest(ENV_ADD)));
        assertTrue(emulator().state().environmentNames().contains("blender41_octane"));
        RenderEnvironment fresh = byName(list("renderfarm:env/list?cgId=2007"), "blender41_octane");
        assertEquals("4.1", fresh.cgVersion());
        assertEquals(1, fresh.osName());
        assertEquals(0, fresh.isDefault(), "blender36 stays the default");
        assertEquals("/projects/spring", fresh.projectPath());
        assertEquals(1, fresh.isMainUserId());
        assertEquals(List.of(new PluginVersion(17001L, "octane", "2022.1", Map.of())), fresh.respUserPluginInfoVos());

        Map<String, Object> changed = new LinkedHashMap<>(environment);
        changed.put("cgVersion", "3.6");
        changed.put("pluginIds", List.of());
        changed.put("renderLayerType", 1);
        changed.remove("projectPath");
        FoxAcknowledgement updated = call("renderfarm:env/update", changed, Map.of(), FoxAcknowledgement.class);

        assertEquals("renderfarm:env/update", updated.endpoint());
        JsonNode edit = body(onlyRequest(ENV_EDIT));
        assertTrue(edit.get("pluginIds").isArray() && edit.get("pluginIds").isEmpty(), "an empty list is sent");
        assertEquals(1, edit.get("renderLayerType").intValue());
        RenderEnvironment edited = byName(list("renderfarm:env/list?cgId=2007"), "blender41_octane");
        assertEquals("3.6", edited.cgVersion());
        assertEquals(1, edited.renderLayerType());
        assertTrue(edited.respUserPluginInfoVos().isEmpty());
        assertEquals(0, edited.isDefault(), "an update keeps the default flag");

        call("renderfarm:env/setDefault?editName=blender41_octane", FoxAcknowledgement.class);

        assertEquals(json("{\"editName\":\"blender41_octane\"}"), body(onlyRequest(ENV_DEFAULT)));
        List<RenderEnvironment> windows = list("renderfarm:env/list?cgId=2007");
        assertEquals(1, byName(windows, "blender41_octane").isDefault());
        assertEquals(0, byName(windows, "blender36").isDefault());
        List<RenderEnvironment> linux = list("renderfarm:env/list?cgIds=2000,2007&osName=0");
        assertEquals(List.of("blender41_linux"), linux.stream().map(RenderEnvironment::editName).toList());
        assertEquals(1, linux.get(0).isDefault(), "the Linux default is a different slot");
        assertEquals(json("{\"cgIds\":[2000,2007],\"osName\":0}"), body(lastRequest(ENV_LIST)));

        call("renderfarm:env/delete", null, params("editName", "blender41_octane"), FoxAcknowledgement.class);

        assertEquals(json("{\"editName\":\"blender41_octane\"}"), body(onlyRequest(ENV_DELETE)));
        assertFalse(emulator().state().environmentNames().contains("blender41_octane"));
        assertEquals(List.of("blender36"), this.<RenderEnvironment>list("renderfarm:env/list?cgId=2007").stream()
                .map(RenderEnvironment::editName).toList());
    }

    @Test
    void addingAnEnvironmentWhoseNameExistsIsRefusedOnce() {
        Map<String, Object> duplicate = Map.of("cgId", 2000, "cgName", "Maya", "cgVersion", "2022",
                "editName", "maya2022_arnold", "renderSystem", 1, "pluginIds", List.of(11011L));

        FoxApiException e = failure("renderfarm:env/add", duplicate, Map.of(), FoxApiException.class);

        assertEquals(600, e.getCode());
        assertEquals(1, requests(ENV_ADD).size(), "env/add is not retry-safe and 600 is permanent anyway");
        assertEquals(List.of("maya2022_arnold", "maya2023_vray", "blender36", "blender41_linux"),
                emulator().state().environmentNames());
    }

    @Test
    void envListNeedsACgIdOrCgIds() {
        InvalidParameterException e = failure("renderfarm:env/list?osName=1", InvalidParameterException.class);

        assertTrue(e.getParameter().contains("cgId") && e.getParameter().contains("cgIds"), e.getParameter());
        assertEquals(0, emulator().ledger().count());
    }

    @Test
    void hardwareListSendsCloneTaskAsTextAndMarksTheCurrentConfiguration() {
        List<HardwareConfig> hardware = list("renderfarm:hardware/list");

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), hardware.stream().map(HardwareConfig::id).toList());
        assertEquals(List.of(true, false, false, false, false),
                hardware.stream().map(HardwareConfig::current).toList());
        HardwareConfig gpu = hardware.get(3);
        assertEquals(2, gpu.type());
        assertEquals("NVIDIA GeForce RTX 2080 Ti", gpu.model());
        assertEquals("64", gpu.ram());
        assertEquals(1, gpu.gpuNum());
        assertEquals(21, gpu.platform());
        assertEquals(List.of(2001, 2012), gpu.notSupportCgId());
        assertEquals(1, gpu.status());
        JsonNode sent = body(onlyRequest(HARDWARE));
        assertEquals(json("{\"cloneTask\":\"false\"}"), sent);
        assertTrue(sent.get("cloneTask").isTextual(), "the text \"false\", never a boolean");

        List<HardwareConfig> forTask = list("renderfarm:hardware/list?cloneTask=true&taskIds="
                + FoxState.SEEDED_DONE_TASK);
        assertEquals(5, forTask.size());
        assertTrue(forTask.get(0).current());
        assertEquals(json("{\"cloneTask\":\"true\",\"taskIds\":[\"" + FoxState.SEEDED_DONE_TASK + "\"]}"),
                body(lastRequest(HARDWARE)), "task ids as text");
    }

    @Test
    void analysisErrorDetailExplainsOneCodeOrSeveral() {
        List<AnalysisError> one = list("renderfarm:analysis/errorDetail?code=15002");

        assertEquals(1, one.size());
        AnalysisError texture = one.get(0);
        assertEquals("15002", texture.code());
        assertEquals(1, texture.type());
        assertTrue(texture.isError());
        assertEquals(1, texture.languageFlag());
        assertEquals("A texture referenced by the scene is missing.", texture.desDescriptionCn());
        assertEquals("Upload the missing texture or fix its path in the scene.", texture.desSolutionCn());
        assertEquals("/support/analysis/15002", texture.solutionPath());
        assertEquals(0, texture.isRepair());
        assertEquals(1, texture.isOpen());
        assertEquals(1_700_000_000_000L, texture.updateTime());
        assertEquals(json("{\"language\":1,\"code\":\"15002\"}"), body(onlyRequest(ANALYSIS)),
                "English by default, the code as text");

        List<AnalysisError> several = list("renderfarm:analysis/errorDetail?codes=10010,15000&language=0");

        assertEquals(List.of("15000", "10010"), several.stream().map(AnalysisError::code).toList());
        assertEquals("渲染软件无法打开场景文件。", several.get(0).desDescriptionCn());
        assertEquals(0, several.get(0).languageFlag());
        assertTrue(several.get(0).isError());
        assertFalse(several.get(1).isError(), "10010 is a warning");
        assertEquals(1, several.get(1).isRepair());
        assertEquals(json("{\"language\":0,\"codes\":[\"10010\",\"15000\"]}"), body(lastRequest(ANALYSIS)));

        assertTrue(this.<AnalysisError>list("renderfarm:analysis/errorDetail?code=99999").isEmpty(),
                "an unknown code has no explanation");

        InvalidParameterException neither = failure("renderfarm:analysis/errorDetail",
                InvalidParameterException.class);
        assertTrue(neither.getParameter().contains("codes"), neither.getParameter());
        assertEquals(3, requests(ANALYSIS).size(), "nothing sent without a code");
    }

    private static RenderEnvironment byName(List<RenderEnvironment> environments, String editName) {
        return environments.stream().filter(e -> editName.equals(e.editName())).findFirst()
                .orElseThrow(() -> new AssertionError(editName + " not in " + environments));
    }
}
