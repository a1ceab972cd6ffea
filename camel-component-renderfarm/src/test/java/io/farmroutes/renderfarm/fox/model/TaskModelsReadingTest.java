package io.farmroutes.renderfarm.fox.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskModelsReadingTest {

    @Test
    void createdTasks() {
        CreatedTasks created = Json.read("""
                {"taskIdList": [35736251, "35736252"], "aliasTaskIdList": ["2W35736251", "2W35736252"],
                 "userId": 100093088}
                """, CreatedTasks.class);

        assertEquals(List.of(35736251L, 35736252L), created.taskIdList());
        assertEquals(List.of("2W35736251", "2W35736252"), created.aliasTaskIdList());
        assertEquals(100093088L, created.userId());
    }

    @Test
    void createdTasksWithASingleIdAndNoAliases() {
        CreatedTasks created = Json.read("{\"taskIdList\": 35736251}", CreatedTasks.class);

        assertEquals(List.of(35736251L), created.taskIdList(), "a single value stands for a one-element list");
        assertEquals(List.of(), created.aliasTaskIdList());
        assertNull(created.userId());
    }

    @Test
    void analysisErrors() {
        List<AnalysisError> errors = Json.read("""
                [{"id": 5, "code": "15000", "type": 1, "languageFlag": 1,
                  "desDescriptionCn": "3ds Max hangs or fails on start", "desSolutionCn": "Close the dialog",
                  "solutionPath": "https://example.invalid/15000", "isRepair": 0, "isDelete": 1, "isOpen": 1,
                  "lastModifyAdmin": "", "updateTime": 1534387709000},
                 {"id": 6, "code": 10010, "type": "0"}]
                """, new TypeReference<List<AnalysisError>>() { });

        AnalysisError error = errors.get(0);
        assertTrue(error.isError());
        assertEquals("15000", error.code());
        assertEquals(1, error.languageFlag());
        assertEquals("3ds Max hangs or fails on start", error.desDescriptionCn());
        assertEquals("Close the dialog", error.desSolutionCn());
        assertEquals(0, error.isRepair());
        assertEquals(1, error.isOpen());
        assertEquals(1534387709000L, error.updateTime());
        assertEquals(1, error.extra().get("isDelete"));
        AnalysisError warning = errors.get(1);
        assertFalse(warning.isError());
        assertEquals("10010", warning.code());
        assertFalse(new AnalysisError(1L, "x", null, null, null, null, null, null, null, null, null).isError());
        assertFalse(Json.write(error).contains("\"error\""), "isError is not written as a field");
    }

    @Test
    void frameStats() {
        FrameStats stats = Json.read("""
                {"executingFramesTotal": 1, "doneFramesTotal": 308, "failedFramesTotal": "2",
                 "waitingFramesTotal": 153, "abandonFramesTotal": null, "totalFrames": 577.0}
                """, FrameStats.class);

        assertEquals(1L, stats.executingFramesTotal());
        assertEquals(308L, stats.doneFramesTotal());
        assertEquals(2L, stats.failedFramesTotal());
        assertEquals(153L, stats.waitingFramesTotal());
        assertNull(stats.abandonFramesTotal());
        assertEquals(577L, stats.totalFrames());
    }

    @Test
    void projectNames() {
        ProjectNames names = Json.read("""
                {"projectNameList": [{"projectId": 3671, "projectName": "trailer"},
                                     {"projectId": "3672", "projectName": "teaser", "status": 0}]}
                """, ProjectNames.class);

        assertEquals(2, names.projectNameList().size());
        assertEquals(new Project(3671L, "trailer", Map.of()), names.projectNameList().get(0));
        assertEquals(3672L, names.projectNameList().get(1).projectId());
        assertEquals(Map.of("status", 0), names.projectNameList().get(1).extra());
        assertEquals(List.of(), Json.read("{}", ProjectNames.class).projectNameList());
    }

    @Test
    void softwareList() {
        SoftwareList list = Json.read("""
                {"isAutoCommit": 2, "defaultCgId": 2001,
                 "renderInfoList": [{"cgId": 2000, "cgName": "Maya", "cgType": "ma;mb",
                                     "iconPath": "/img/softimage/maya.png", "isNeedProjectPath": 3,
                                     "isNeedAnalyse": 1, "isSupportLinux": 1}]}
                """, SoftwareList.class);

        assertEquals(2, list.isAutoCommit());
        assertEquals(2001, list.defaultCgId());
        Software maya = list.renderInfoList().get(0);
        assertEquals(2000, maya.cgId());
        assertEquals("Maya", maya.cgName());
        assertEquals("ma;mb", maya.cgType());
        assertEquals("/img/softimage/maya.png", maya.iconPath());
        assertEquals(3, maya.isNeedProjectPath());
        assertEquals(1, maya.isNeedAnalyse());
        assertEquals(1, maya.isSupportLinux());
    }

    @Test
    void softwareDetail() {
        SoftwareDetail detail = Json.read("""
                {"cgPlugin": [{"cvId": 19, "pluginName": "zblur",
                               "pluginVersions": [{"pluginId": 1652, "pluginName": "zblur",
                                                   "pluginVersion": "zblur 2.02.019"}]},
                              {"cvId": 20, "pluginName": "empty", "pluginVersions": null}],
                 "cgVersion": [{"id": 23, "cgId": 2005, "cgName": "CINEMA 4D", "cgVersion": "R19"}]}
                """, SoftwareDetail.class);

        PluginFamily zblur = detail.cgPlugin().get(0);
        assertEquals(19L, zblur.cvId());
        assertEquals(new PluginVersion(1652L, "zblur", "zblur 2.02.019", Map.of()), zblur.pluginVersions().get(0));
        assertEquals(List.of(), detail.cgPlugin().get(1).pluginVersions());
        assertEquals(new SoftwareVersion(23L, 2005, "CINEMA 4D", "R19", Map.of()), detail.cgVersion().get(0));
    }

    @Test
    void renderEnvironments() {
        List<RenderEnvironment> environments = Json.read("""
                [{"cgId": 2000, "editName": "maya2020-wobble", "cgName": "Maya", "cgVersion": 2020, "osName": 0,
                  "renderLayerType": 0, "isDefault": 1, "projectPath": "", "isMainUserId": 1,
                  "respUserPluginInfoVos": [{"pluginId": 1166, "pluginName": "wobble",
                                             "pluginVersion": "wobble 0.9.5"}]},
                 {"cgId": 2000, "editName": "bare", "isDefault": 0}]
                """, new TypeReference<List<RenderEnvironment>>() { });

        RenderEnvironment env = environments.get(0);
        assertEquals(2000, env.cgId());
        assertEquals("maya2020-wobble", env.editName());
        assertEquals("2020", env.cgVersion());
        assertEquals(0, env.osName());
        assertEquals(1, env.isDefault());
        assertEquals(1, env.isMainUserId());
        assertEquals(1166L, env.respUserPluginInfoVos().get(0).pluginId());
        assertEquals(List.of(), environments.get(1).respUserPluginInfoVos());
        assertEquals("bare", Json.read("{\"editName\": \"bare\"}", EnvironmentName.class).editName());
    }

    @Test
    void taskProgressOfA3dsMaxTask() {
        TaskProgress progress = Json.read("""
                {"block": 16, "currentTaskType": "Render", "width": 2000, "height": "1500", "isRenderPhoton": 0,
                 "sceneName": "com_589250.max-Camera007", "startTime": "2018-11-09 18:27:40", "endTime": null,
                 "grabInfo": [[{"couponFee": "0.00", "frameIndex": "0", "frameBlock": "1",
                                "grabUrl": "/mnt/output/d20/small_pic/389406/block_0.jpg", "feeAmount": "0.20",
                                "frameStatus": "4", "framePercent": "100", "startTime": "2018-11-09 18:28:26"},
                               {"frameIndex": "0", "frameStatus": 2, "framePercent": 37.5}]]}
                """, TaskProgress.class);

        assertEquals(16, progress.block());
        assertEquals("Render", progress.currentTaskType());
        assertEquals(2000, progress.width());
        assertEquals(1500, progress.height());
        assertEquals(Boolean.FALSE, progress.isRenderPhoton(), "0 reads as false");
        assertEquals("2018-11-09 18:27:40", progress.startTime());
        assertNull(progress.endTime());
        List<GrabInfo> blocks = progress.grabInfo().get(0);
        assertEquals(2, blocks.size());
        assertEquals("0", blocks.get(0).frameIndex());
        assertEquals(4, blocks.get(0).frameStatus());
        assertEquals(100.0, blocks.get(0).framePercent());
        assertEquals("/mnt/output/d20/small_pic/389406/block_0.jpg", blocks.get(0).grabUrl());
        assertEquals("0.20", blocks.get(0).extra().get("feeAmount"));
        assertEquals(37.5, blocks.get(1).framePercent());

        TaskProgress numeric = Json.read("{\"currentTaskType\": 5, \"startTime\": 1541759260000}", TaskProgress.class);
        assertEquals("5", numeric.currentTaskType());
        assertEquals("1541759260000", numeric.startTime());
        assertNull(numeric.grabInfo());
    }

    @Test
    void outputTree() {
        List<OutputFile> files = Json.read("""
                [{"fileName": "35736251_street", "fileSize": 0, "iconPath": null, "lastModify": 1589532607599,
                  "fileType": "folder", "filePath": "/35736251_street", "directory": true, "isArrears": 0},
                 {"fileName": "beauty.0001.exr", "fileSize": "52428800", "fileType": "exr",
                  "filePath": "/35736251_street/beauty.0001.exr", "directory": false, "isArrears": 1,
                  "downloadUrl": null}]
                """, new TypeReference<List<OutputFile>>() { });

        OutputFile folder = files.get(0);
        assertEquals("35736251_street", folder.fileName());
        assertEquals(Boolean.TRUE, folder.directory());
        assertEquals("1589532607599", folder.lastModify());
        assertEquals("folder", folder.fileType());
        OutputFile exr = files.get(1);
        assertEquals(52428800L, exr.fileSize());
        assertEquals(Boolean.FALSE, exr.directory());
        assertEquals(Boolean.TRUE, exr.isArrears(), "1 reads as true");
        assertEquals("/35736251_street/beauty.0001.exr", exr.filePath());
        assertTrue(exr.extra().containsKey("downloadUrl"));
    }
}
