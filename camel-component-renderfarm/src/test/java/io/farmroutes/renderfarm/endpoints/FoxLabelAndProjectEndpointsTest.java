package io.farmroutes.renderfarm.endpoints;

import io.farmroutes.renderfarm.fox.FoxAcknowledgement;
import io.farmroutes.renderfarm.fox.FoxApiException;
import io.farmroutes.renderfarm.fox.FoxError;
import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.renderfarm.fox.model.Project;
import io.farmroutes.renderfarm.fox.model.ProjectNames;
import io.farmroutes.renderfarm.fox.model.TaskInfo;
import io.farmroutes.sandbox.fox.FoxState;
import io.farmroutes.spi.error.InvalidParameterException;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Custom labels, which Fox also calls projects: the account's list, and labels on tasks. */
class FoxLabelAndProjectEndpointsTest extends FoxEndpointTestSupport {

    static final List<String> ENDPOINTS = List.of("label/add", "label/delete", "project/names", "project/list",
            "task/addLabel", "task/deleteLabel");

    private static final String ADD = "/api/render/project/add";
    private static final String DELETE = "/api/render/project/delete";
    private static final String NAMES = "/api/render/project/getList";
    private static final String LIST = "/api/render/project/list";
    private static final String ADD_TO_TASKS = "/api/render/handle/addTaskLabel";
    private static final String REMOVE_FROM_TASKS = "/api/render/handle/deleteTaskLabel";

    private static final long DONE = FoxState.SEEDED_DONE_TASK;
    private static final long FAILED = FoxState.SEEDED_FAILED_TASK;

    private static List<String> names(ProjectNames projects) {
        return projects.projectNameList().stream().map(Project::projectName).toList();
    }

    private long projectId(String name) {
        return call("renderfarm:project/names", ProjectNames.class).projectNameList().stream()
                .filter(p -> p.projectName().equals(name)).findFirst().orElseThrow().projectId();
    }

    @Test
    void projectNamesAndProjectListGiveTheSeededLabelsWithTheirIds() {
        ProjectNames names = call("renderfarm:project/names", ProjectNames.class);

        assertEquals(List.of("demo_project", "spring_campaign"), names(names));
        long first = names.projectNameList().get(0).projectId();
        assertEquals(first + 1, names.projectNameList().get(1).projectId(), "ids in creation order");
        assertEquals(json("{}"), body(onlyRequest(NAMES)));

        for (int flag = 0; flag <= 2; flag++) {
            ProjectNames byFlag = call("renderfarm:project/list?flag=" + flag, ProjectNames.class);
            assertEquals(names.projectNameList(), byFlag.projectNameList(), "one account: every flag sees the same");
            assertEquals(json("{\"flag\":" + flag + "}"), body(lastRequest(LIST)));
        }

        InvalidParameterException missing = failure("renderfarm:project/list", InvalidParameterException.class);
        assertEquals("flag", missing.getParameter());
        assertEquals(3, requests(LIST).size(), "nothing sent without the flag");
    }

    @Test
    void addingALabelTwiceIsRefusedWithCode503AndNotRetried() {
        FoxAcknowledgement ack = call("renderfarm:label/add?newName=night_shots", FoxAcknowledgement.class);

        assertEquals("renderfarm:label/add", ack.endpoint());
        assertEquals(json("{\"newName\":\"night_shots\"}"), body(onlyRequest(ADD)), "status is optional");
        assertEquals(List.of("demo_project", "spring_campaign", "night_shots"), emulator().state().labelNames());
        ProjectNames names = call("renderfarm:project/names", ProjectNames.class);
        assertEquals(List.of("demo_project", "spring_campaign", "night_shots"), names(names));
        assertEquals(names.projectNameList().get(1).projectId() + 1, names.projectNameList().get(2).projectId());

        FoxApiException again = failure("renderfarm:label/add?newName=night_shots", FoxApiException.class);

        assertEquals(503, again.getCode());
        assertEquals(FoxError.LABEL_ALREADY_EXISTS, again.getError().orElseThrow());
        assertEquals("503", again.getRemoteCode());
        assertTrue(again.getRemoteMessage().contains("night_shots"), again.getRemoteMessage());
        assertFalse(again.isTransient());
        assertEquals(2, requests(ADD).size(), "the refusal was not retried");
        assertEquals(1, emulator().state().labelNames().stream().filter("night_shots"::equals).count());

        call("renderfarm:label/add?newName=day_shots&status=0", FoxAcknowledgement.class);
        assertEquals(json("{\"newName\":\"day_shots\",\"status\":0}"), body(lastRequest(ADD)));
        assertTrue(emulator().state().labelNames().contains("day_shots"));
    }

    @Test
    void deletingALabelRemovesItFromTheListAndFromItsTasks() {
        assertEquals(List.of("spring_campaign"), emulator().state().task(FAILED).labels());

        FoxAcknowledgement ack = call("renderfarm:label/delete?delName=spring_campaign", FoxAcknowledgement.class);

        assertEquals("renderfarm:label/delete", ack.endpoint());
        assertEquals(json("{\"delName\":\"spring_campaign\"}"), body(onlyRequest(DELETE)));
        assertEquals(List.of("demo_project"), emulator().state().labelNames());
        assertEquals(List.of(), emulator().state().task(FAILED).labels());
        assertEquals(List.of("demo_project"), emulator().state().task(DONE).labels(), "other labels untouched");
        assertEquals(List.of("demo_project"), names(call("renderfarm:project/names", ProjectNames.class)));

        call("renderfarm:label/delete?delName=spring_campaign", FoxAcknowledgement.class);
        assertEquals(List.of("demo_project"), emulator().state().labelNames(), "deleting again changes nothing");
    }

    @Test
    void addTaskLabelPutsALabelOnSeveralTasksAndCreatesIt() {
        FoxAcknowledgement ack = call("renderfarm:task/addLabel?label=hero&taskIds=" + DONE + "," + FAILED,
                FoxAcknowledgement.class);

        assertEquals("renderfarm:task/addLabel", ack.endpoint());
        assertEquals(json("{\"label\":\"hero\",\"taskIds\":[" + DONE + "," + FAILED + "]}"),
                body(onlyRequest(ADD_TO_TASKS)));
        assertEquals(List.of("demo_project", "hero"), emulator().state().task(DONE).labels());
        assertEquals(List.of("spring_campaign", "hero"), emulator().state().task(FAILED).labels());
        assertTrue(emulator().state().labelNames().contains("hero"), "the label exists now");

        Page<TaskInfo> tagged = page("renderfarm:task/list", params("searchKeyword", "hero"));
        assertEquals(List.of(FAILED, DONE), tagged.items().stream().map(TaskInfo::id).toList());
    }

    @Test
    void deleteTaskLabelByNameSendsAnEmptyLabelIdList() {
        FoxAcknowledgement ack = call("renderfarm:task/deleteLabel", null,
                params("labelNames", List.of("demo_project"), "taskIds", List.of(DONE)), FoxAcknowledgement.class);

        assertEquals("renderfarm:task/deleteLabel", ack.endpoint());
        JsonNode sent = body(onlyRequest(REMOVE_FROM_TASKS));
        assertEquals(json("{\"labelIds\":[],\"taskIds\":[" + DONE + "],\"labelNames\":[\"demo_project\"]}"), sent);
        assertTrue(sent.get("labelIds").isArray() && sent.get("labelIds").isEmpty(), "labelIds [] when unused");
        assertEquals(List.of(), emulator().state().task(DONE).labels());
        assertTrue(emulator().state().labelNames().contains("demo_project"), "the label itself stays");
    }

    @Test
    void deleteTaskLabelByIdWithoutTasksRemovesItEverywhere() {
        long springId = projectId("spring_campaign");
        call("renderfarm:task/addLabel?label=spring_campaign&taskIds=" + DONE, FoxAcknowledgement.class);
        assertEquals(List.of("demo_project", "spring_campaign"), emulator().state().task(DONE).labels());

        call("renderfarm:task/deleteLabel?labelIds=" + springId, FoxAcknowledgement.class);

        assertEquals(json("{\"labelIds\":[" + springId + "]}"), body(onlyRequest(REMOVE_FROM_TASKS)),
                "no taskIds key when none are given");
        assertEquals(List.of("demo_project"), emulator().state().task(DONE).labels());
        assertEquals(List.of(), emulator().state().task(FAILED).labels());
    }
}
