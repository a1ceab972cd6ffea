package io.farmroutes.sandbox.flamenco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /managers} and {@code /workers}: registration by address and port, worker counts, the broken worker calls. */
class FlamencoManagersTest {

    @RegisterExtension
    static FlamencoEmulatorExtension flamenco = new FlamencoEmulatorExtension();

    @BeforeEach
    void holdTime() {
        flamenco.emulator().state().clock(new ManualClock());
    }

    private FlamencoClient client() {
        return new FlamencoClient(flamenco.emulator());
    }

    private FlamencoState state() {
        return flamenco.emulator().state();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void managersAreKeyedByName() {
        JsonNode list = client().get("/managers").json();
        assertEquals(List.of("manager-01", "cloud-01"), names(list));
        JsonNode m = list.get("manager-01");
        assertEquals(List.of("id", "name", "ip_address", "port", "connection"), names(m));
        assertEquals(1, m.get("id").asInt());
        assertEquals("10.0.0.5", m.get("ip_address").asText());
        assertEquals(7777, m.get("port").asInt());
        assertEquals("online", m.get("connection").asText());
    }

    @Test
    void registrationIsIdempotentByCallerAddressAndPort() {
        FlamencoClient c = client();
        FlamencoClient.Reply first = c.post("/managers", "port", "9000", "name", "studio", "has_virtual_workers", "0",
                "total_workers", "3");
        assertEquals(200, first.status());
        String uuid = first.json().get("uuid").asText();
        assertTrue(uuid.matches("[0-9a-f]{32}"), uuid);
        assertEquals(uuid, c.post("/managers", "port", "9000", "name", "renamed").json().get("uuid").asText());
        assertNotEquals(uuid, c.post("/managers", "port", "9001", "name", "studio").json().get("uuid").asText());
        String elsewhere = c.postFrom("10.9.9.9", "/managers", "port", "9000", "name", "remote").json().get("uuid")
                .asText();
        assertNotEquals(uuid, elsewhere);

        List<ManagerView> managers = state().managers();
        assertEquals(5, managers.size());
        ManagerView studio = managers.get(2);
        assertEquals("studio", studio.name());
        assertEquals("127.0.0.1", studio.ipAddress());
        assertEquals(9000, studio.port());
        assertEquals(3, studio.totalWorkers());
        assertEquals(uuid, studio.uuid());
        assertEquals("10.9.9.9", managers.get(4).ipAddress());

        // a seeded manager calling from its own address gets its own uuid back
        String seeded = c.postFrom("10.0.0.5", "/managers", "port", "7777").json().get("uuid").asText();
        assertEquals(managers.get(0).uuid(), seeded);
        assertEquals(5, state().managers().size());
    }

    @Test
    void aNewManagerHasTheWorkersItAnnouncedOrNone() {
        FlamencoClient c = client();
        c.post("/managers", "port", "9000", "name", "studio", "total_workers", "2");
        c.post("/managers", "port", "9001", "name", "cloud", "has_virtual_workers", "1");
        JsonNode workers = c.get("/workers").json();
        assertTrue(workers.has("studio-01"));
        assertTrue(workers.has("studio-02"));
        assertEquals("127.0.0.1", workers.get("studio-01").get("ip_address").asText());
        ManagerView cloud = state().managers().get(3);
        assertTrue(cloud.virtualWorkers());
        assertEquals(0, cloud.totalWorkers());
    }

    @Test
    void aPatchStoresTheWorkerCount() {
        FlamencoClient c = client();
        String uuid = c.post("/managers", "port", "9000", "name", "studio").json().get("uuid").asText();
        FlamencoClient.Reply r = c.patch("/managers/" + uuid, "total_workers", "3");
        assertEquals(200, r.status());
        assertEquals("{\"total_workers\": 3}", r.body());
        assertEquals(3, state().managers().get(2).totalWorkers());
        assertEquals(List.of("render-01", "render-02", "render-03", "render-04", "cloud-vm-01", "cloud-vm-02",
                "studio-01", "studio-02", "studio-03"), names(c.get("/workers").json()));

        assertEquals("{\"total_workers\": 1}", c.patch("/managers/" + uuid, "total_workers", "1").body());
        assertEquals(1, state().managers().get(2).totalWorkers());
        assertEquals("{\"total_workers\": null}", c.patch("/managers/" + uuid).body());
        assertEquals(0, state().managers().get(2).totalWorkers());
    }

    @Test
    void aPatchToAnUnknownUuidIs500AndABadCountIs400() {
        FlamencoClient.Reply unknown = client().patch("/managers/" + "0".repeat(32), "total_workers", "2");
        assertEquals(500, unknown.status());
        assertTrue(unknown.contentType().startsWith("text/html"));
        String uuid = state().managers().get(0).uuid();
        FlamencoClient.Reply bad = client().patch("/managers/" + uuid, "total_workers", "many");
        assertEquals(400, bad.status());
        assertEquals("invalid literal for int() with base 10: 'many'",
                bad.json().get("message").get("total_workers").asText());
    }

    @Test
    void workersAreMergedByHostName() {
        JsonNode workers = client().get("/workers").json();
        assertEquals(List.of("render-01", "render-02", "render-03", "render-04", "cloud-vm-01", "cloud-vm-02"),
                names(workers));
        JsonNode w = workers.get("render-01");
        assertEquals(List.of("id", "hostname", "status", "connection", "system", "port", "ip_address", "current_task"),
                names(w));
        assertEquals("render-01", w.get("hostname").asText());
        assertEquals("enabled", w.get("status").asText());
        assertEquals("online", w.get("connection").asText());
        assertEquals("10.0.0.21", w.get("ip_address").asText());
        assertTrue(w.get("current_task").isNull());
    }

    @Test
    void updatingWorkersIsBrokenWhileTheQuirkIsOn() {
        FlamencoClient.Reply r = client().post("/workers", "id", "1,2", "status", "disabled");
        assertEquals(500, r.status());
        assertTrue(r.contentType().startsWith("text/html"));
        assertEquals("enabled", client().get("/workers").json().get("render-01").get("status").asText());
    }

    @Test
    void updatingWorkersSetsTheirStatusWhenTheQuirkIsOff() {
        flamenco.emulator().settings().quirk(FlamencoQuirk.WORKER_UPDATE_BROKEN, false);
        FlamencoClient c = client();
        c.post("/workers", "id", "1,2,3,4", "status", "disabled");
        assertEquals("disabled", c.get("/workers").json().get("render-04").get("status").asText());

        // with every site worker disabled, a job for that site waits
        long job = c.post("/jobs", "frame_start", "1", "frame_end", "1", "chunk_size", "1", "status", "running",
                "managers", "1").json().get("id").asLong();
        assertEquals(List.of("ready"), state().job(job).orElseThrow().taskStatuses());
        c.post("/workers", "id", "2", "status", "enabled");
        assertEquals(List.of("running"), state().job(job).orElseThrow().taskStatuses());
        assertEquals("rendering", c.get("/workers").json().get("render-02").get("status").asText());

        assertEquals(404, c.post("/workers", "id", "2,99", "status", "enabled").status());
        assertEquals(400, c.post("/workers", "id", "two", "status", "enabled").status());
    }

    @Test
    void aWorkerRecordIsMissingWhileTheQuirkIsOn() {
        FlamencoClient.Reply r = client().get("/workers/1");
        assertEquals(404, r.status());
        assertTrue(r.json().get("message").isTextual());
    }

    @Test
    void aWorkerAnswersWithItsRunInfoWhenTheQuirkIsOff() {
        flamenco.emulator().settings().quirk(FlamencoQuirk.WORKER_RECORDS_MISSING, false);
        FlamencoClient.Reply r = client().get("/workers/2");
        assertEquals(200, r.status());
        assertEquals("render-02", r.json().get("hostname").asText());
        assertEquals("Linux", r.json().get("system").asText());
        assertEquals(404, client().get("/workers/99").status());
    }
}
