package io.farmroutes.sandbox.flamenco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /projects}: listing, reading, the extras that create, overwrite and delete, and the overwrite quirk. */
class FlamencoProjectsTest {

    private static final List<String> PATHS = List.of("path_server", "path_linux", "path_win", "path_osx",
            "render_path_server", "render_path_linux", "render_path_win", "render_path_osx");

    @RegisterExtension
    static FlamencoEmulatorExtension flamenco = new FlamencoEmulatorExtension();

    private FlamencoClient client() {
        return new FlamencoClient(flamenco.emulator());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theListIsKeyedByStringIdAndCarriesNoIdNorIsActive() {
        JsonNode list = client().get("/projects").json();
        assertEquals(List.of("1"), names(list));
        JsonNode p = list.get("1");
        List<String> expected = new ArrayList<>(List.of("name"));
        expected.addAll(PATHS);
        assertEquals(expected, names(p));
        assertEquals("Encoded cube", p.get("name").asText());
        assertEquals("/srv/p", p.get("path_server").asText());
        assertEquals("P:\\", p.get("path_win").asText());
    }

    @Test
    void aProjectObjectHasTheFixedFieldSet() {
        FlamencoClient.Reply r = client().get("/projects/1");
        assertEquals(200, r.status());
        List<String> expected = new ArrayList<>(List.of("id", "name"));
        expected.addAll(PATHS);
        expected.add("is_active");
        assertEquals(expected, names(r.json()));
        assertEquals(1, r.json().get("id").asInt());
        assertTrue(r.json().get("is_active").asBoolean());

        FlamencoClient.Reply missing = client().get("/projects/42");
        assertEquals(404, missing.status());
        assertTrue(missing.json().get("message").isTextual(), missing::toString);
    }

    @Test
    void creatingIsNotIdempotentAndMayActivate() {
        FlamencoClient c = client();
        FlamencoClient.Reply first = c.post("/projects", "name", "Spring", "path_server", "/srv/spring");
        FlamencoClient.Reply second = c.post("/projects", "name", "Spring", "path_server", "/srv/spring");
        assertEquals(201, first.status());
        assertEquals(2, first.json().get("id").asInt());
        assertEquals(3, second.json().get("id").asInt());
        assertFalse(first.json().get("is_active").asBoolean());
        assertNull(first.json().get("path_osx").textValue());

        FlamencoClient.Reply active = c.post("/projects", "name", "Autumn", "is_active", "1");
        assertTrue(active.json().get("is_active").asBoolean());
        assertEquals("4", flamenco.emulator().state().settings().get("active_project"));
        assertFalse(c.get("/projects/1").json().get("is_active").asBoolean());
        assertTrue(flamenco.emulator().state().project(4).orElseThrow().active());
    }

    @Test
    void anUpdateOverwritesEveryPathWhileTheQuirkIsOn() {
        FlamencoClient.Reply r = client().put("/projects/1", "path_server", "/srv/new", "name", "");
        assertEquals(201, r.status(), r::toString);
        assertEquals("Encoded cube", r.json().get("name").asText());
        assertEquals("/srv/new", r.json().get("path_server").asText());
        for (String p : PATHS.subList(1, PATHS.size())) {
            assertNull(r.json().get(p).textValue(), p);
        }
        ProjectView view = flamenco.emulator().state().project(1).orElseThrow();
        assertNull(view.paths().get("render_path_linux"));
        assertEquals("/srv/new", view.paths().get("path_server"));
    }

    @Test
    void anUpdateLeavesOmittedPathsAloneWhenTheQuirkIsOff() {
        flamenco.emulator().settings().quirk(FlamencoQuirk.PROJECT_UPDATE_NULLS_OMITTED, false);
        JsonNode p = client().put("/projects/1", "path_server", "/srv/new", "name", "Renamed").json();
        assertEquals("Renamed", p.get("name").asText());
        assertEquals("/srv/new", p.get("path_server").asText());
        assertEquals("/mnt/p", p.get("path_linux").asText());
        assertEquals("/Volumes/r", p.get("render_path_osx").asText());
        assertEquals(404, client().put("/projects/9", "name", "x").status());
    }

    @Test
    void deletingTakesTheJobsButLeavesTheirTasksAndClearsTheActiveProject() {
        FlamencoClient c = client();
        c.delete("/projects/1");
        FlamencoState state = flamenco.emulator().state();
        assertTrue(state.project(1).isEmpty());
        assertTrue(state.jobIds().isEmpty());
        assertEquals(List.of(1L, 2L), state.taskIds());
        assertEquals(2, c.get("/tasks").json().size());
        assertNull(state.settings().get("active_project"));
        assertTrue(state.settings().containsKey("active_project"));
        assertEquals(404, c.delete("/projects/1").status());

        // with active_project null, reading any project fails until a new one is set
        // creating a project replies with is_active, which trips over the null setting after the row is committed
        assertEquals(500, c.post("/projects", "name", "Other").status());
        assertTrue(state.project(2).isPresent());
        assertEquals(500, c.get("/projects/2").status());
        assertEquals(200, c.get("/projects").status());
        c.post("/settings", "active_project", "2");
        assertEquals(200, c.get("/projects/2").status());
        assertTrue(c.get("/projects/2").json().get("is_active").asBoolean());
    }
}
