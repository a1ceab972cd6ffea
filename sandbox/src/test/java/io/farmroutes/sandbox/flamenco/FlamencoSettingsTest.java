package io.farmroutes.sandbox.flamenco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /settings}, {@code /settings/render} and {@code /browse} over the virtual disk. */
class FlamencoSettingsTest {

    private static final List<String> SEVEN = List.of("blender_path_linux", "blender_path_win", "blender_path_osx",
            "render_settings_path_linux", "render_settings_path_win", "render_settings_path_osx", "active_project");

    @RegisterExtension
    static FlamencoEmulatorExtension flamenco = new FlamencoEmulatorExtension();

    private FlamencoClient client() {
        return new FlamencoClient(flamenco.emulator());
    }

    @Test
    void settingsAreOneFlatObjectOfStrings() {
        JsonNode s = client().get("/settings").json();
        for (String name : SEVEN) {
            assertTrue(s.has(name), name);
        }
        assertEquals("1", s.get("active_project").asText());
        assertTrue(s.get("active_project").isTextual());
        assertEquals("/opt/blender/blender", s.get("blender_path_linux").asText());
    }

    @Test
    void postingSettingsWritesAllSevenAndNullsTheOmittedWhileTheQuirkIsOn() {
        FlamencoClient c = client();
        c.post("/settings", "blender_path_linux", "/usr/bin/blender");
        Map<String, String> after = flamenco.emulator().state().settings();
        assertEquals("/usr/bin/blender", after.get("blender_path_linux"));
        for (String name : SEVEN.subList(1, SEVEN.size())) {
            assertTrue(after.containsKey(name), name);
            assertNull(after.get(name), name);
        }
        JsonNode s = c.get("/settings").json();
        assertTrue(s.get("active_project").isNull());
        // the null active project breaks the calls that need it
        assertEquals(500, c.get("/projects/1").status());
        assertEquals(500, c.get("/browse").status());
        assertEquals(500, c.get("/settings/render").status());
    }

    @Test
    void readModifyWriteKeepsEverything() {
        FlamencoClient c = client();
        JsonNode current = c.get("/settings").json();
        String[] fields = new String[SEVEN.size() * 2];
        for (int i = 0; i < SEVEN.size(); i++) {
            fields[2 * i] = SEVEN.get(i);
            fields[2 * i + 1] = SEVEN.get(i).equals("blender_path_osx") ? "/Applications/b" : current.get(SEVEN.get(i))
                    .asText();
        }
        c.post("/settings", fields);
        Map<String, String> after = flamenco.emulator().state().settings();
        assertEquals("/Applications/b", after.get("blender_path_osx"));
        assertEquals("1", after.get("active_project"));
        assertEquals(current.get("render_settings_path_win").asText(), after.get("render_settings_path_win"));
    }

    @Test
    void omittedSettingsStayWhenTheQuirkIsOff() {
        flamenco.emulator().settings().quirk(FlamencoQuirk.SETTINGS_UPDATE_NULLS_OMITTED, false);
        client().post("/settings", "blender_path_linux", "/usr/bin/blender", "unknown_setting", "x");
        Map<String, String> after = flamenco.emulator().state().settings();
        assertEquals("/usr/bin/blender", after.get("blender_path_linux"));
        assertEquals("1", after.get("active_project"));
        assertTrue(after.get("render_settings_path_linux").startsWith("/"));
        assertEquals(SEVEN.size(), after.size());
    }

    @Test
    void renderSettingsListTheLinuxDirectory() {
        FlamencoClient c = client();
        assertEquals(List.of("base_1080p.py", "base_720p.py"),
                FlamencoClient.JSON.convertValue(c.get("/settings/render").json().get("settings_files"), List.class));
        flamenco.emulator().settings().quirk(FlamencoQuirk.SETTINGS_UPDATE_NULLS_OMITTED, false);
        c.post("/settings", "render_settings_path_linux", "/nowhere");
        FlamencoClient.Reply missing = c.get("/settings/render");
        assertEquals(500, missing.status());
        assertTrue(missing.contentType().startsWith("text/html"));
        c.post("/settings", "render_settings_path_linux", "/srv/p/shots");
        assertEquals("[\"010\"]", c.get("/settings/render").json().get("settings_files").toString());
    }

    @Test
    void browsingTheProjectRootKeepsFoldersAndBlendFiles() {
        JsonNode root = client().get("/browse").json();
        assertEquals("/srv/p", root.get("project_path_server").asText());
        assertEquals("", root.get("parent_path").asText());
        assertEquals("[[\"shots\",\"shots\",\"folder\"],[\"main.blend\",\"main.blend\",\"blendfile\"]]",
                root.get("items_list").toString());
    }

    @Test
    void browsingASubPath() {
        FlamencoClient c = client();
        JsonNode shots = c.get("/browse/shots").json();
        assertEquals("shots/..", shots.get("parent_path").asText());
        assertEquals("[[\"010\",\"shots/010\",\"folder\"]]", shots.get("items_list").toString());
        JsonNode deep = c.get("/browse/shots/010").json();
        assertEquals("shots/010/..", deep.get("parent_path").asText());
        assertEquals("[[\"anim.blend\",\"shots/010/anim.blend\",\"blendfile\"]]", deep.get("items_list").toString());
        assertEquals(deep.get("items_list"), c.get("/browse/shots%2F010").json().get("items_list"));

        FlamencoClient.Reply file = c.get("/browse/main.blend");
        assertEquals(404, file.status());
        assertTrue(file.json().get("message").isTextual());
        assertEquals(404, c.get("/browse/nothing/here").status());
    }

    @Test
    void filesAddedByTestsShowUp() {
        FlamencoState state = flamenco.emulator().state();
        state.addFile("shots/020/");
        state.addFile("shots/020/layout.blend");
        state.addFile("shots/020/layout.blend1");
        state.addFile("shots/020/notes.md");
        JsonNode items = client().get("/browse/shots/020").json().get("items_list");
        assertEquals("[[\"layout.blend\",\"shots/020/layout.blend\",\"blendfile\"]]", items.toString());
        assertEquals(2, client().get("/browse/shots").json().get("items_list").size());

        client().post("/settings", "blender_path_linux", "/b");
        assertThrows(IllegalStateException.class, () -> state.addFile("x.blend"));
    }

    @Test
    void browsingFollowsTheActiveProject() {
        FlamencoClient c = client();
        c.post("/projects", "name", "Second", "path_server", "/srv/second", "is_active", "yes");
        assertEquals(500, c.get("/browse").status(), "the new root is not on the disk yet");
        flamenco.emulator().state().addFile("scene.blend");
        JsonNode root = c.get("/browse").json();
        assertEquals("/srv/second", root.get("project_path_server").asText());
        assertEquals("[[\"scene.blend\",\"scene.blend\",\"blendfile\"]]", root.get("items_list").toString());
    }
}
