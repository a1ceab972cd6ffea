package io.farmroutes.renderfarm.fox.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskInfoReadingTest {

    private static final String LAYERED_TASK_PAGE = """
            {"pageCount": 3, "pageNum": 1, "total": 5, "size": 2,
             "items": [
               {"id": 35736251, "taskAlias": "2W35736251", "sceneName": "street_night.mb",
                "taskStatus": 5, "statusText": "render_task_status_5", "preTaskStatus": 0,
                "preStatusText": "render_task_status_0",
                "totalFrames": "12", "doneFrames": 4.0, "failedFrames": null, "executingFrames": 3,
                "abortFrames": null, "framesRange": "1-12[1]", "projectName": "",
                "renderConsume": "1.25", "arrearsFee": 0, "couponConsume": null,
                "submitDate": 1589532600000, "startTime": "1589532607599", "completedDate": null,
                "renderDuration": 3600.0, "producer": null, "taskLevel": 60, "taskUserLevel": 50,
                "taskLimit": null, "outputFileName": null, "layerParentId": 0, "cgId": 2000, "taskType": null,
                "renderCamera": "persp", "cloneOriginalId": null, "isDelete": 0, "userId": 100093088,
                "taskKeyValueVo": {"tiles": 4, "allCamera": ["cam1", "cam2"], "renderableCamera": "cam1",
                                   "tilesType": "block"},
                "respRenderingTaskList": [
                  {"id": 35736252, "taskAlias": "2W35736252", "sceneName": null, "taskStatus": 25,
                   "totalFrames": 6, "doneFrames": 6, "failedFrames": 0, "layerParentId": 35736251,
                   "respRenderingTaskList": null},
                  {"id": 35736253, "taskAlias": "2W35736253", "taskStatus": 30,
                   "totalFrames": 6, "doneFrames": 5, "failedFrames": 1, "layerParentId": 35736251}
                ]},
               {"id": 35736300, "taskAlias": "2W35736300", "sceneName": "teapot.max", "taskStatus": 0,
                "totalFrames": 0, "taskKeyValueVo": null, "respRenderingTaskList": null}
             ],
             "userAccountConsume": null}
            """;

    @Test
    void readsATaskPageWithLayersNullsAndLooseNumbers() {
        Page<TaskInfo> page = Json.read(LAYERED_TASK_PAGE, new TypeReference<Page<TaskInfo>>() { });

        assertEquals(3, page.pageCount());
        assertEquals(1, page.pageNum());
        assertEquals(5L, page.total());
        assertEquals(2, page.items().size());
        assertFalse(page.isLast());
        assertTrue(page.extra().containsKey("userAccountConsume"));

        TaskInfo task = page.items().get(0);
        assertEquals(35736251L, task.id());
        assertEquals("2W35736251", task.taskAlias());
        assertEquals(5, task.taskStatus());
        assertEquals(12, task.totalFrames(), "a number sent as a string");
        assertEquals(4, task.doneFrames(), "a decimal sent for an integer");
        assertNull(task.failedFrames());
        assertNull(task.abortFrames());
        assertEquals(1.25, task.renderConsume());
        assertEquals(0.0, task.arrearsFee());
        assertEquals(1589532607599L, task.startTime());
        assertEquals(3600L, task.renderDuration());
        assertNull(task.completedDate());
        assertEquals("", task.projectName());
        assertEquals(2000, task.cgId());
        assertEquals(0, task.isDelete());
        assertEquals(Optional.of(TaskStatus.RENDERING), task.status());
        assertEquals(Boolean.TRUE, task.renderSubmitted(), "a submit date means the farm took the submission");
        assertEquals(Boolean.FALSE, page.items().get(1).renderSubmitted(), "waiting without a submit date");

        assertEquals(100093088, ((Number) task.extra().get("userId")).intValue(), "unknown fields are kept");
        assertEquals("render_task_status_0", task.extra().get("preStatusText"));

        TaskKeyValue keyValue = task.taskKeyValueVo();
        assertEquals("4", keyValue.tiles(), "a number where text is expected");
        assertEquals("cam1,cam2", keyValue.allCamera(), "a list where text is expected");
        assertEquals("cam1", keyValue.renderableCamera());
        assertEquals(Map.of("tilesType", "block"), keyValue.extra());

        List<TaskInfo> layers = task.respRenderingTaskList();
        assertEquals(2, layers.size());
        assertEquals(35736252L, layers.get(0).id());
        assertEquals(TaskStatus.DONE, layers.get(0).status().orElseThrow());
        assertNull(layers.get(0).respRenderingTaskList());
        assertEquals(35736251L, layers.get(1).layerParentId());
        assertEquals(1, layers.get(1).renderFramesFailed());
        assertTrue(layers.get(1).extra().isEmpty());

        TaskInfo plain = page.items().get(1);
        assertNull(plain.taskKeyValueVo());
        assertNull(plain.respRenderingTaskList(), "not a layered task");
        assertEquals(Map.of(), plain.extra());
    }

    @Test
    void childListAndExtraAreImmutable() {
        Page<TaskInfo> page = Json.read(LAYERED_TASK_PAGE, new TypeReference<Page<TaskInfo>>() { });
        TaskInfo task = page.items().get(0);

        assertThrows(UnsupportedOperationException.class, () -> task.respRenderingTaskList().clear());
        assertThrows(UnsupportedOperationException.class, () -> task.extra().put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> page.items().clear());
    }

    @Test
    void readsAnAlmostEmptyTask() {
        TaskInfo task = Json.read("{\"id\": \"7\"}", TaskInfo.class);

        assertEquals(7L, task.id());
        assertNull(task.taskStatus());
        assertEquals(Optional.empty(), task.status());
        assertNull(task.respRenderingTaskList());
        assertEquals(Map.of(), task.extra());
    }

    @Test
    void writesUnknownFieldsBackFlat() {
        TaskInfo task = Json.read("{\"id\": 9, \"taskStatus\": 25, \"userName\": \"rayvision\"}", TaskInfo.class);

        String json = Json.write(task);

        assertTrue(json.contains("\"userName\":\"rayvision\""), json);
        assertFalse(json.contains("\"extra\""), json);
        assertEquals(task, Json.read(json, TaskInfo.class));
    }
}
