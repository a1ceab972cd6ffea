package io.farmroutes.renderfarm.flamenco.endpoints;

import io.farmroutes.renderfarm.flamenco.FlamencoApiException;
import io.farmroutes.renderfarm.flamenco.model.BrowseItem;
import io.farmroutes.renderfarm.flamenco.model.BrowseListing;
import io.farmroutes.renderfarm.flamenco.model.FlamencoProject;
import io.farmroutes.renderfarm.flamenco.model.RenderSettingsFiles;
import io.farmroutes.renderfarm.flamenco.model.ServerSettings;
import io.farmroutes.sandbox.Params;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.spi.error.InvalidParameterException;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** project/*, setting/* and browse/* through Camel against the Flamenco emulator. */
class FlamencoProjectSettingsAndBrowseEndpointsTest extends FlamencoEndpointTestSupport {

    static final List<String> ENDPOINTS = List.of("project/list", "project/get", "setting/list", "setting/update",
            "setting/renderFiles", "browse/root", "browse/path");

    /** Adds projects 2..{@code last} through the server's extra {@code POST /projects}, then forgets the requests. */
    private void addProjects(int last) {
        for (int id = 2; id <= last; id++) {
            HttpResponse<String> created = raw("POST", "/projects", "name=Project+" + id + "&path_server=/srv/p" + id
                    + "&render_path_server=/srv/r" + id);
            assertEquals(201, created.statusCode(), created::body);
        }
        clearLedger();
    }

    // ---- project/list, project/get ------------------------------------------------------------------------------

    @Test
    void projectListTakesEachIdFromItsKeyAndSortsThemAsNumbers() {
        addProjects(10);

        @SuppressWarnings("unchecked")
        List<FlamencoProject> projects = call("renderfarm:project/list", List.class);

        assertEquals(LongStream.rangeClosed(1, 10).boxed().toList(),
                projects.stream().map(FlamencoProject::id).toList(), "numeric order, not 1, 10, 2, …");
        FlamencoProject cube = projects.get(0);
        assertEquals("Encoded cube", cube.name());
        assertEquals("/srv/p", cube.pathServer());
        assertEquals("/mnt/p", cube.pathLinux());
        assertEquals("P:\\", cube.pathWin());
        assertEquals("/Volumes/p", cube.pathOsx());
        assertEquals("/srv/r", cube.renderPathServer());
        assertEquals("/mnt/r", cube.renderPathLinux());
        assertEquals("R:\\", cube.renderPathWin());
        assertEquals("/Volumes/r", cube.renderPathOsx());
        assertNull(cube.isActive(), "list members carry no is_active");
        assertFalse(cube.extra().containsKey("id"), "the id is a field, not an extra: " + cube.extra());
        FlamencoProject tenth = projects.get(9);
        assertEquals("Project 10", tenth.name());
        assertEquals("/srv/p10", tenth.pathServer());
        assertNull(tenth.pathWin(), "a path the project was created without");

        RecordedRequest sent = onlyRequest("GET", "/projects");
        assertEquals(0, sent.body().length);
        assertEquals(1, emulator().ledger().count());
    }

    @Test
    void projectGetReadsOneProjectAndWhetherItIsTheActiveOne() {
        addProjects(2);

        FlamencoProject active = call("renderfarm:project/get?projectId=1", FlamencoProject.class);
        FlamencoProject other = call("renderfarm:project/get", null, Map.of(HEADER + "projectId", 2L),
                FlamencoProject.class);

        assertEquals(1L, active.id());
        assertEquals("Encoded cube", active.name());
        assertEquals("/Volumes/r", active.renderPathOsx());
        assertEquals(Boolean.TRUE, active.isActive());
        assertEquals(2L, other.id());
        assertEquals("Project 2", other.name());
        assertEquals("/srv/r2", other.renderPathServer());
        assertEquals(Boolean.FALSE, other.isActive());
        assertEquals(List.of("GET /projects/1", "GET /projects/2"), calls());
    }

    @Test
    void anUnknownProjectIsNotFoundAndNotAskedForAgain() {
        FlamencoApiException missing = failure("renderfarm:project/get?projectId=42&maxAttempts=4",
                FlamencoApiException.class);

        assertTrue(missing.isNotFound());
        assertEquals(404, missing.getHttpStatus());
        assertFalse(missing.isTransient());
        assertTrue(missing.getMessage().contains("42"), missing.getMessage());
        assertEquals(List.of("GET /projects/42"), calls(), "a 404 is final even for a retry-safe read");
    }

    @Test
    void aProjectReadFailingWithoutAnActiveProjectIsRetriedThenReported() {
        // the extra DELETE /projects/{id} of the active project leaves active_project null, which breaks 6.2
        addProjects(2);
        assertEquals(204, raw("DELETE", "/projects/1", null).statusCode());
        clearLedger();

        FlamencoApiException broken = failure("renderfarm:project/get?projectId=2&maxAttempts=2",
                FlamencoApiException.class);

        assertEquals(500, broken.getHttpStatus());
        assertTrue(broken.isTransient());
        assertEquals(List.of("GET /projects/2", "GET /projects/2"), calls());
    }

    // ---- setting/list, setting/update, setting/renderFiles ------------------------------------------------------

    @Test
    void settingListReadsTheSevenSettingsAsText() {
        ServerSettings settings = call("renderfarm:setting/list", ServerSettings.class);

        Map<String, String> stored = emulator().state().settings();
        assertEquals(stored.get("blender_path_linux"), settings.blenderPathLinux());
        assertEquals("/opt/blender/blender", settings.blenderPathLinux());
        assertEquals(stored.get("blender_path_win"), settings.blenderPathWin());
        assertEquals(stored.get("blender_path_osx"), settings.blenderPathOsx());
        assertEquals("/srv/brender/render_settings", settings.renderSettingsPathLinux());
        assertEquals("S:\\brender\\render_settings", settings.renderSettingsPathWin());
        assertEquals("/Volumes/brender/render_settings", settings.renderSettingsPathOsx());
        assertEquals("1", settings.activeProject(), "numbers are stored as text");
        assertTrue(settings.extra().isEmpty(), settings.extra().toString());
        assertEquals(List.of("GET /settings"), calls());
    }

    @Test
    void settingUpdateSendsAllSevenAndRenderFilesThenListsTheNewDirectory() {
        emulator().state().addServerFile("/srv/brender/hq/hq_4k.py");
        emulator().state().addServerFile("/srv/brender/hq/hq_2k.py");

        Object nothing = template.requestBody("renderfarm:setting/update?renderSettingsPathLinux=/srv/brender/hq",
                (Object) null);
        RenderSettingsFiles files = call("renderfarm:setting/renderFiles", RenderSettingsFiles.class);

        assertNull(nothing);
        assertEquals(List.of("hq_4k.py", "hq_2k.py"), files.settingsFiles(), "directory-listing order");
        assertEquals(List.of("GET /settings", "POST /settings", "GET /settings/render"), calls());
        Params posted = form(onlyRequest("POST", "/settings"));
        assertEquals(Map.of("blender_path_linux", List.of("/opt/blender/blender"),
                "blender_path_win", List.of("C:\\Program Files\\Blender Foundation\\Blender\\blender.exe"),
                "blender_path_osx", List.of("/Applications/Blender/blender.app/Contents/MacOS/blender"),
                "render_settings_path_linux", List.of("/srv/brender/hq"),
                "render_settings_path_win", List.of("S:\\brender\\render_settings"),
                "render_settings_path_osx", List.of("/Volumes/brender/render_settings"),
                "active_project", List.of("1")), posted.asMap());
        assertEquals("/srv/brender/hq", emulator().state().settings().get("render_settings_path_linux"));
    }

    @Test
    void settingUpdateCanMakeAnotherProjectActive() {
        addProjects(2);
        emulator().state().addServerFile("/srv/p2/intro.blend");

        template.requestBody("renderfarm:setting/update?activeProject=2", (Object) null);
        FlamencoProject second = call("renderfarm:project/get?projectId=2", FlamencoProject.class);
        BrowseListing root = call("renderfarm:browse/root", BrowseListing.class);

        assertEquals("2", field(onlyRequest("POST", "/settings"), "active_project"));
        assertEquals(Boolean.TRUE, second.isActive());
        assertEquals("/srv/p2", root.projectPathServer(), "browse follows the active project");
        assertEquals(List.of(new BrowseItem("intro.blend", "intro.blend", "blendfile")), root.items());
    }

    @Test
    void renderFilesSeesTheSeededDirectory() {
        RenderSettingsFiles files = call("renderfarm:setting/renderFiles", RenderSettingsFiles.class);

        assertEquals(List.of("base_1080p.py", "base_720p.py"), files.settingsFiles());
        assertTrue(files.extra().isEmpty(), files.extra().toString());
        RecordedRequest sent = onlyRequest("GET", "/settings/render");
        assertEquals(0, sent.body().length);
    }

    @Test
    void renderFilesFromAPathThatIsNoDirectoryIsAServerErrorRetriedUpToMaxAttempts() {
        template.requestBody("renderfarm:setting/update?renderSettingsPathLinux=/srv/p/main.blend", (Object) null);
        clearLedger();

        FlamencoApiException broken = failure("renderfarm:setting/renderFiles?maxAttempts=3",
                FlamencoApiException.class);

        assertEquals(500, broken.getHttpStatus());
        assertEquals(3, requests("GET", "/settings/render").size());
        assertEquals(3, emulator().ledger().count());
    }

    // ---- browse/root, browse/path -------------------------------------------------------------------------------

    @Test
    void browseRootListsFoldersAndBlendFilesInDirectoryOrder() {
        emulator().state().addFile("renders/");
        emulator().state().addFile("old.blend1");
        emulator().state().addFile("lighting.blend");

        BrowseListing root = call("renderfarm:browse/root", BrowseListing.class);

        assertEquals("/srv/p", root.projectPathServer());
        assertEquals("", root.parentPath());
        assertEquals(List.of(new BrowseItem("shots", "shots", "folder"),
                new BrowseItem("main.blend", "main.blend", "blendfile"),
                new BrowseItem("renders", "renders", "folder"),
                new BrowseItem("lighting.blend", "lighting.blend", "blendfile")), root.items(),
                "notes.txt and old.blend1 are left out");
        assertEquals(List.of("GET /browse"), calls());
    }

    @Test
    void browsePathEncodesEachSegmentAndDropsLeadingSlashes() {
        emulator().state().addFile("shots/take two/comp.blend");

        BrowseListing listing = call("renderfarm:browse/path", null, Map.of(HEADER + "path", "/shots/take two"),
                BrowseListing.class);

        assertEquals("shots/take two/..", listing.parentPath());
        assertEquals(List.of(new BrowseItem("comp.blend", "shots/take two/comp.blend", "blendfile")),
                listing.items());
        assertTrue(listing.items().get(0).isBlendFile());
        assertEquals(List.of("GET /browse/shots/take%20two"), calls());
    }

    @Test
    void browsePathOfAFileIsNotFound() {
        FlamencoApiException notADirectory = failure("renderfarm:browse/path?path=main.blend",
                FlamencoApiException.class);

        assertTrue(notADirectory.isNotFound());
        assertEquals(List.of("GET /browse/main.blend"), calls(), "not retried");
    }

    // ---- refused before sending ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
            "renderfarm:project/get, projectId",
            "renderfarm:browse/path, path",
    })
    void aMissingRequiredParameterIsRefusedBeforeSending(String uri, String parameter) {
        refused(uri, parameter);
    }

    @Test
    void settingUpdateWithNothingToChangeIsRefused() {
        InvalidParameterException e = failure("renderfarm:setting/update", InvalidParameterException.class);

        assertTrue(e.getParameter().contains("activeProject") && e.getParameter().contains("blenderPathLinux"),
                e.getParameter());
        assertTrue(e.getMessage().contains("renderfarm:setting/update"), e.getMessage());
        assertEquals(0, emulator().ledger().count(), "not even the read of the read-modify-write");
    }

    @Test
    void aBrowsePathOfOnlySlashesIsRefused() {
        refused("renderfarm:browse/path", Map.of(HEADER + "path", "//"), "path");
    }

    @Test
    void textWhereTheProjectIdBelongsIsRefused() {
        InvalidParameterException e = refused("renderfarm:project/get?projectId=first", "projectId");
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void unknownOptionsAreRefusedWithTheNearestNames() {
        assertTrue(unknownOption("renderfarm:project/get?projectID=1", "projectID").getSuggestions()
                .contains("projectId"));
        assertTrue(unknownOption("renderfarm:setting/update?activeproject=2", "activeproject").getSuggestions()
                .contains("activeProject"));
        assertTrue(unknownOption("renderfarm:browse/path?pth=shots", "pth").getSuggestions().contains("path"));
    }
}
