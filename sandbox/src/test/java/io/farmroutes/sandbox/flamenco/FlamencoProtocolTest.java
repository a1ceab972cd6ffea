package io.farmroutes.sandbox.flamenco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Transport-level behaviour: route misses, verbs, field parsing, error shapes, health, stats, ledger and faults. */
class FlamencoProtocolTest {

    private static final String ROUTE_MISS = "{\"code\": 404, \"message\": \"No interface defined for URL\"}";

    @RegisterExtension
    static FlamencoEmulatorExtension flamenco = new FlamencoEmulatorExtension();

    private FlamencoClient client() {
        return new FlamencoClient(flamenco.emulator());
    }

    @Test
    void aRouteMissIsTheServersOwnJsonBody() {
        FlamencoClient c = client();
        for (String path : new String[] {"/nothing", "/jobs/", "/projects/abc", "/browse/", "/jobs/1/tasks",
                "/managers/a/b", "/projects/-1"}) {
            FlamencoClient.Reply r = c.get(path);
            assertEquals(404, r.status(), path);
            assertEquals("application/json", r.contentType(), path);
            assertEquals(ROUTE_MISS, r.body(), path);
        }
        assertEquals(ROUTE_MISS, c.post("/nothing", "a", "1").body());
    }

    @Test
    void aWrongVerbIs405WithAJsonMessageAndTheAllowedVerbs() {
        FlamencoClient.Reply r = client().delete("/projects");
        assertEquals(405, r.status());
        assertTrue(r.json().get("message").isTextual(), r::toString);
        assertTrue(r.header("Allow").contains("GET"), r.header("Allow"));
        assertTrue(r.header("Allow").contains("POST"), r.header("Allow"));
        assertEquals(405, client().get("/jobs/delete").status());
        assertEquals(405, client().post("/jobs/1").status());
        assertEquals(405, client().get("/managers/" + "a".repeat(32)).status());
        assertEquals(405, client().get("/connect").status());
    }

    @Test
    void anUnparseableIntegerIs400NamingTheFieldAndChangesNothing() {
        FlamencoClient.Reply r = client().post("/jobs", "project_id", "1", "frame_start", "abc", "frame_end", "x",
                "managers", "1");
        assertEquals(400, r.status());
        assertEquals("application/json", r.contentType());
        assertEquals("{\"message\": {\"frame_start\": \"invalid literal for int() with base 10: 'abc'\"}}", r.body());
        assertEquals(0, flamenco.emulator().state().jobsCreated());
        assertEquals(java.util.List.of(1L), flamenco.emulator().state().jobIds());

        JsonNode managers = client().post("/jobs", "frame_start", "1", "managers", "one").json();
        assertEquals("invalid literal for int() with base 10: 'one'", managers.get("message").get("managers").asText());
        assertEquals(400, client().post("/tasks", "id", "seven", "status", "finished").status());
        assertEquals(400, client().post("/managers", "port", "http").status());
    }

    @Test
    void integersParseAsPythonDoes() {
        FlamencoClient.Reply r = client().post("/jobs", "project_id", " 1 ", "frame_start", "+1", "frame_end", "4",
                "chunk_size", "4", "status", "stopped", "managers", "1");
        assertEquals(201, r.status(), r::toString);
        assertEquals(1, r.json().get("frame_start").asInt());
        assertEquals(400, client().post("/jobs", "frame_start", "1.5").status());
        assertEquals(400, client().post("/jobs", "frame_start", "").status());
    }

    @Test
    void queryParametersAndJsonBodiesAreReadLikeFormFields() {
        FlamencoClient c = client();
        FlamencoClient.Reply byQuery = c.post("/projects?name=From+query&path_server=%2Fsrv%2Fq");
        assertEquals(201, byQuery.status(), byQuery::toString);
        assertEquals("From query", byQuery.json().get("name").asText());
        assertEquals("/srv/q", byQuery.json().get("path_server").asText());

        FlamencoClient.Reply byJson = c.postJson("POST", "/projects", "{\"name\": \"From JSON\", \"is_active\": false,"
                + " \"path_linux\": \"/mnt/j\"}");
        assertEquals(201, byJson.status(), byJson::toString);
        assertEquals("From JSON", byJson.json().get("name").asText());
        assertEquals("/mnt/j", byJson.json().get("path_linux").asText());
        assertFalse(byJson.json().get("is_active").asBoolean());

        FlamencoClient.Reply job = c.postJson("POST", "/jobs", "{\"project_id\": 1, \"frame_start\": 1,"
                + " \"frame_end\": 2, \"chunk_size\": 1, \"status\": \"stopped\", \"managers\": [1, 2]}");
        assertEquals(201, job.status(), job::toString);
        assertEquals(java.util.List.of(1L, 2L),
                flamenco.emulator().state().job(job.json().get("id").asLong()).orElseThrow().managerIds());

        FlamencoClient.Reply broken = c.postJson("POST", "/projects", "{\"name\": ");
        assertEquals(400, broken.status());
        assertTrue(broken.json().get("message").isTextual());
    }

    @Test
    void isActiveIsTrueForAnyNonEmptyString() {
        FlamencoClient c = client();
        JsonNode created = c.post("/projects", "name", "Falsy looking", "is_active", "False").json();
        assertTrue(created.get("is_active").asBoolean());
        assertEquals(created.get("id").asText(), flamenco.emulator().state().settings().get("active_project"));
        JsonNode notActive = c.post("/projects", "name", "Empty", "is_active", "").json();
        assertFalse(notActive.get("is_active").asBoolean());
    }

    @Test
    void healthStatsAndTheMissingSlashRedirect() {
        FlamencoClient c = client();
        FlamencoClient.Reply health = c.get("/");
        assertEquals(200, health.status());
        assertEquals("{\"message\": \"Brender server up and running!\"}", health.body());

        JsonNode stats = c.get("/stats/").json().get("server_stats");
        // the server's naming: "jobs" are tasks and "shots" are jobs
        assertEquals(2, stats.get("total_jobs").asInt());
        assertEquals(1, stats.get("total_shots").asInt());
        assertEquals(1, stats.get("total_projects").asInt());

        FlamencoClient.Reply redirect = c.get("/stats");
        assertEquals(301, redirect.status());
        assertTrue(redirect.header("Location").endsWith("/stats/"), redirect.header("Location"));
    }

    @Test
    void unhandledErrorsAreAnHtmlPage() {
        FlamencoClient.Reply r = client().post("/connect");
        assertEquals(500, r.status());
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        assertTrue(r.body().contains("Internal Server Error"), r.body());
    }

    /**
     * Every 204 of the API, in one place. Needs the sandbox's ExchangeHandler to leave the entity off a 204:
     * httpcore otherwise turns the reply into "400 Response 204 must not enclose an entity".
     */
    @Test
    void everyNoContentReplyIs204WithAnEmptyBody() {
        FlamencoClient c = client();
        flamenco.emulator().settings().quirk(FlamencoQuirk.WORKER_UPDATE_BROKEN, false);
        long job = c.post("/jobs", "project_id", "1", "frame_start", "1", "frame_end", "2", "chunk_size", "1",
                "status", "stopped", "managers", "1").json().get("id").asLong();
        long project = c.post("/projects", "name", "doomed").json().get("id").asLong();
        FlamencoClient.Reply[] replies = {
            c.post("/tasks", "id", "999", "status", "finished"),
            c.post("/settings", "blender_path_linux", "/b", "render_settings_path_linux", "/r",
                    "active_project", "1"),
            c.delete("/jobs/" + job),
            c.post("/jobs/delete", "id", Long.toString(job)),
            c.delete("/projects/" + project),
            c.post("/workers", "id", "1", "status", "enabled"),
        };
        for (FlamencoClient.Reply r : replies) {
            assertEquals(204, r.status(), r::toString);
            assertEquals("", r.body());
        }
    }

    @Test
    void optionsAndHeadFollowTheRule() {
        FlamencoClient.Reply options = client().send("OPTIONS", "/jobs", null, null);
        assertEquals(200, options.status());
        assertTrue(options.header("Allow").contains("PUT"), options.header("Allow"));
        FlamencoClient.Reply head = client().send("HEAD", "/projects", null, null);
        assertEquals(200, head.status());
        assertEquals("", head.body());
    }

    @Test
    void requestsAreRecordedAndFaultsApply() {
        FlamencoEmulator emulator = flamenco.emulator();
        client().get("/projects");
        client().post("/tasks", "id", "1", "status", "finished");
        assertEquals(2, emulator.ledger().count());
        assertEquals(1, emulator.ledger().count("/tasks"));
        assertEquals("id=1&status=finished", emulator.ledger().requests().get(1).bodyText());

        emulator.faults().serverErrors(1.0);
        assertEquals(503, client().get("/").status());
        emulator.faults().clear();
        assertEquals(200, client().get("/").status());
    }

    @Test
    void jsonIsSpacedAsPythonWritesIt() {
        String body = client().get("/settings/render").body();
        assertEquals("{\"settings_files\": [\"base_1080p.py\", \"base_720p.py\"]}", body);
        assertNull(client().get("/projects/1").json().get("missing"));
    }
}
