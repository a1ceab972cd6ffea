package io.farmroutes.renderfarm.flamenco.endpoints;

import io.farmroutes.renderfarm.flamenco.FlamencoApiException;
import io.farmroutes.renderfarm.flamenco.model.FlamencoJob;
import io.farmroutes.renderfarm.flamenco.model.FlamencoManager;
import io.farmroutes.renderfarm.flamenco.model.FlamencoWorker;
import io.farmroutes.renderfarm.flamenco.model.ManagerRegistration;
import io.farmroutes.renderfarm.flamenco.model.ManagerWorkers;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.flamenco.FlamencoQuirk;
import io.farmroutes.sandbox.flamenco.JobView;
import io.farmroutes.sandbox.flamenco.ManagerView;
import io.farmroutes.sandbox.flamenco.TaskView;
import io.farmroutes.spi.error.InvalidParameterException;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** worker/* and manager/* through Camel against the Flamenco emulator. */
class FlamencoWorkerAndManagerEndpointsTest extends FlamencoEndpointTestSupport {

    static final List<String> ENDPOINTS = List.of("worker/list", "worker/updateStatus", "worker/get",
            "manager/list", "manager/register", "manager/update");

    private static final String NO_SUCH_UUID = "0123456789abcdef0123456789abcdef";

    @BeforeEach
    void noRenderFails() {
        emulator().settings().failureRate(0);
    }

    @SuppressWarnings("unchecked")
    private List<FlamencoWorker> workers() {
        return call("renderfarm:worker/list", List.class);
    }

    private static FlamencoWorker worker(List<FlamencoWorker> workers, String hostname) {
        return workers.stream().filter(w -> hostname.equals(w.hostname())).findFirst()
                .orElseThrow(() -> new AssertionError("no worker " + hostname + " in " + workers));
    }

    private ManagerView manager(String name) {
        return emulator().state().managers().stream().filter(m -> name.equals(m.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no manager " + name + ": " + emulator().state().managers()));
    }

    /** A job on these managers, through the client; the ledger is cleared afterwards. */
    private long createJob(String frames, int chunkSize, String managers) {
        String[] range = frames.split("-");
        FlamencoJob job = call("renderfarm:job/create?projectId=1&frameStart=" + range[0] + "&frameEnd=" + range[1]
                + "&chunkSize=" + chunkSize + "&filepath=main.blend&status=running&managers=" + managers,
                FlamencoJob.class);
        clearLedger();
        return job.id();
    }

    // ---- worker/list --------------------------------------------------------------------------------------------

    @Test
    void workerListMergesTheWorkersOfEveryManagerSortedByHostName() {
        emulator().state().addManager("edge", 2, false);

        List<FlamencoWorker> workers = workers();

        assertEquals(List.of("cloud-vm-01", "cloud-vm-02", "edge-01", "edge-02", "render-01", "render-02",
                "render-03", "render-04"), workers.stream().map(FlamencoWorker::hostname).toList());
        FlamencoWorker first = worker(workers, "render-01");
        assertEquals(1L, first.id());
        assertEquals("enabled", first.status());
        assertEquals("online", first.connection());
        assertEquals("Linux", first.system());
        assertEquals(5000, first.port());
        assertEquals("10.0.0.21", first.ipAddress());
        assertNull(first.currentTask());
        assertTrue(first.isIdle());
        assertEquals("10.0.1.1", worker(workers, "cloud-vm-01").ipAddress());
        assertEquals("10.0.2.3", worker(workers, "edge-02").ipAddress(), "the added manager's own address");
        assertEquals(List.of("GET /workers"), calls());
    }

    @Test
    void aWorkerRenderingATaskShowsItInTheList() {
        long jobId = createJob("1-4", 4, "1");
        long taskId = emulator().state().job(jobId).orElseThrow().tasks().get(0).id();

        FlamencoWorker busy = worker(workers(), "render-01");

        assertEquals("rendering", busy.status());
        assertEquals(taskId, ((Number) busy.currentTask()).longValue());
        assertFalse(busy.isIdle());
        assertTrue(worker(workers(), "render-02").isIdle());
    }

    // ---- worker/updateStatus ------------------------------------------------------------------------------------

    @Test
    void updateStatusOnTheServerOf2015IsA500RetriedUpToMaxAttempts() {
        FlamencoApiException broken = failure("renderfarm:worker/updateStatus?workerIds=1,2&status=disabled"
                + "&maxAttempts=4", FlamencoApiException.class);

        assertEquals(500, broken.getHttpStatus());
        assertTrue(broken.isTransient());
        List<RecordedRequest> attempts = requests("POST", "/workers");
        assertEquals(4, attempts.size(), "retry-safe: every attempt of maxAttempts was made");
        for (RecordedRequest attempt : attempts) {
            assertEquals("1,2", field(attempt, "id"));
            assertEquals("disabled", field(attempt, "status"));
        }
        assertEquals("enabled", worker(workers(), "render-01").status(), "nothing changed");
    }

    @Test
    void updateStatusWithTheDefaultMaxAttemptsTriesThreeTimes() {
        failure("renderfarm:worker/updateStatus?workerIds=3&status=enabled", FlamencoApiException.class);

        assertEquals(3, requests("POST", "/workers").size());
    }

    @Test
    void updateStatusOnAnIdealServerDisablesWorkersAndDispatchAvoidsThem() {
        emulator().settings().quirk(FlamencoQuirk.WORKER_UPDATE_BROKEN, false);

        Object nothing = template.requestBody("renderfarm:worker/updateStatus?workerIds=1,2&status=disabled",
                (Object) null);

        assertNull(nothing, "204 has no result");
        RecordedRequest sent = onlyRequest("POST", "/workers");
        assertEquals("1,2", field(sent, "id"));
        assertEquals("disabled", field(sent, "status"));
        List<FlamencoWorker> workers = workers();
        assertEquals("disabled", worker(workers, "render-01").status());
        assertEquals("disabled", worker(workers, "render-02").status());
        assertEquals("enabled", worker(workers, "render-03").status());

        long jobId = createJob("1-12", 4, "1");
        JobView job = emulator().state().job(jobId).orElseThrow();
        assertEquals(List.of("running", "running", "ready"), job.taskStatuses(),
                "only the two enabled workers of manager-01 took a chunk");

        template.requestBody("renderfarm:worker/updateStatus?workerIds=1&status=enabled", (Object) null);
        assertEquals(List.of("running", "running", "running"),
                emulator().state().job(jobId).orElseThrow().taskStatuses(), "an enabled worker takes the third");
    }

    @Test
    void updateStatusOfAnUnknownWorkerIsNotFoundOnAnIdealServer() {
        emulator().settings().quirk(FlamencoQuirk.WORKER_UPDATE_BROKEN, false);

        FlamencoApiException missing = failure("renderfarm:worker/updateStatus?workerIds=99&status=enabled",
                FlamencoApiException.class);

        assertTrue(missing.isNotFound());
        assertEquals(1, requests("POST", "/workers").size());
    }

    // ---- worker/get ---------------------------------------------------------------------------------------------

    @Test
    void workerGetIsNotFoundOnTheServerOf2015AndNotRetried() {
        FlamencoApiException missing = failure("renderfarm:worker/get?workerId=1", FlamencoApiException.class);

        assertTrue(missing.isNotFound());
        assertEquals(List.of("GET /workers/1"), calls());
    }

    @Test
    void workerGetOnAnIdealServerReturnsTheWorkersRunInfo() {
        emulator().settings().quirk(FlamencoQuirk.WORKER_RECORDS_MISSING, false);
        long jobId = createJob("1-4", 4, "1");
        long taskId = emulator().state().job(jobId).orElseThrow().tasks().get(0).id();

        Map<?, ?> idle = call("renderfarm:worker/get?workerId=2", Map.class);
        Map<?, ?> busy = call("renderfarm:worker/get", null, Map.of(HEADER + "workerId", 1), Map.class);

        assertEquals("render-02", idle.get("hostname"));
        assertEquals("enabled", idle.get("status"));
        assertNull(idle.get("current_task"));
        assertEquals(8, ((Number) idle.get("cpu_count")).intValue());
        assertEquals(34.0, ((Number) idle.get("cpu_percent")).doubleValue(), "worker 2: 10 + 2 * 37 % 50");
        assertEquals("render-01", busy.get("hostname"));
        assertEquals("rendering", busy.get("status"));
        assertEquals(taskId, ((Number) busy.get("current_task")).longValue());
        assertEquals(List.of("GET /workers/2", "GET /workers/1"), calls());
    }

    // ---- manager/list -------------------------------------------------------------------------------------------

    @Test
    void managerListIsSortedByNameWithTheProbedConnection() {
        emulator().state().addManager("aaa-site", 1, false);

        @SuppressWarnings("unchecked")
        List<FlamencoManager> managers = call("renderfarm:manager/list", List.class);

        assertEquals(List.of("aaa-site", "cloud-01", "manager-01"),
                managers.stream().map(FlamencoManager::name).toList());
        assertEquals(List.of(3L, 2L, 1L), managers.stream().map(FlamencoManager::id).toList());
        FlamencoManager cloud = managers.get(1);
        assertEquals("10.0.0.6", cloud.ipAddress());
        assertEquals(7777, cloud.port());
        assertEquals("online", cloud.connection());
        assertTrue(cloud.isOnline());
        assertEquals("10.0.2.3", managers.get(0).ipAddress());
        assertEquals(List.of("GET /managers"), calls());
    }

    // ---- manager/register ---------------------------------------------------------------------------------------

    @Test
    void registerIsIdempotentByCallerAddressAndPort() {
        ManagerRegistration first = call("renderfarm:manager/register?port=8000&name=site-a&hasVirtualWorkers=true"
                + "&totalWorkers=2", ManagerRegistration.class);
        ManagerRegistration again = call("renderfarm:manager/register?port=8000&name=site-a-renamed"
                + "&hasVirtualWorkers=false&totalWorkers=5", ManagerRegistration.class);

        assertTrue(first.uuid().matches("[0-9a-f]{32}"), first.uuid());
        assertEquals(first.uuid(), again.uuid());
        List<ManagerView> site = emulator().state().managers().stream().filter(m -> m.port() == 8000).toList();
        assertEquals(1, site.size(), site.toString());
        ManagerView stored = site.get(0);
        assertEquals("site-a", stored.name(), "the second registration changed nothing");
        assertEquals("127.0.0.1", stored.ipAddress());
        assertTrue(stored.virtualWorkers());
        assertEquals(2, stored.totalWorkers());
        assertEquals(first.uuid(), stored.uuid());

        List<RecordedRequest> sent = requests("POST", "/managers");
        assertEquals(2, sent.size());
        assertEquals(Map.of("port", List.of("8000"), "name", List.of("site-a"), "has_virtual_workers", List.of("1"),
                "total_workers", List.of("2")), form(sent.get(0)).asMap());
        assertEquals("0", field(sent.get(1), "has_virtual_workers"), "booleans go as 1 and 0");
        assertEquals("site-a-renamed", field(sent.get(1), "name"));
    }

    @Test
    void registeringAnotherPortOrFromAnotherHostGivesAnotherUuid() {
        String local = call("renderfarm:manager/register?port=8000&name=site-a", ManagerRegistration.class).uuid();
        String otherPort = call("renderfarm:manager/register?port=8001&name=site-a", ManagerRegistration.class)
                .uuid();
        HttpResponse<String> remote = raw("POST", "/managers", "port=8000&name=site-b", "X-Forwarded-For",
                "10.9.9.9");

        assertNotEquals(local, otherPort);
        assertEquals(200, remote.statusCode(), "200, not 201");
        assertFalse(remote.body().contains(local), remote.body());
        assertEquals(5, emulator().state().managers().size(), "two seeded, three registered");
        assertEquals("10.9.9.9", manager("site-b").ipAddress());
        assertFalse(form(requests("POST", "/managers").get(0)).has("has_virtual_workers"),
                "an option left out is not sent");
    }

    // ---- manager/update -----------------------------------------------------------------------------------------

    @Test
    void updateStoresTheWorkerCountAndDispatchesWaitingTasks() throws Exception {
        String uuid = call("renderfarm:manager/register?port=8100&name=site-c", ManagerRegistration.class).uuid();
        long managerId = manager("site-c").id();
        long jobId = createJob("1-8", 4, Long.toString(managerId));
        assertEquals(List.of(0, 0), emulator().state().job(jobId).orElseThrow().tasks().stream()
                .map(TaskView::dispatches).toList(), "a manager without workers takes nothing");

        ManagerWorkers one = call("renderfarm:manager/update?uuid=" + uuid + "&totalWorkers=1",
                ManagerWorkers.class);

        assertEquals(1, one.totalWorkers());
        assertEquals(1, manager("site-c").totalWorkers());
        List<TaskView> tasks = emulator().state().job(jobId).orElseThrow().tasks();
        assertEquals(List.of("running", "ready"), tasks.stream().map(TaskView::status).toList());
        assertEquals(managerId, tasks.get(0).managerId());
        RecordedRequest sent = onlyRequest("PATCH", "/managers/" + uuid);
        assertEquals(Map.of("total_workers", List.of("1")), form(sent).asMap());

        ManagerWorkers three = call("renderfarm:manager/update", null,
                Map.of(HEADER + "uuid", uuid, HEADER + "totalWorkers", 3), ManagerWorkers.class);
        assertEquals(3, three.totalWorkers());
        assertEquals(List.of("running", "running"), emulator().state().job(jobId).orElseThrow().taskStatuses());
        List<String> hostnames = workers().stream().map(FlamencoWorker::hostname)
                .filter(h -> h.startsWith("site-c")).toList();
        assertEquals(List.of("site-c-01", "site-c-02", "site-c-03"), hostnames);
        assertTrue(new ObjectMapper().readTree(raw("GET", "/managers", null).body()).has("site-c"));
    }

    @Test
    void updateOfAnUnknownUuidIsA500RetriedUpToMaxAttempts() {
        FlamencoApiException unknown = failure("renderfarm:manager/update?uuid=" + NO_SUCH_UUID
                + "&totalWorkers=1&maxAttempts=2", FlamencoApiException.class);

        assertEquals(500, unknown.getHttpStatus());
        assertEquals(2, requests("PATCH", "/managers/" + NO_SUCH_UUID).size());
        assertEquals(2, emulator().ledger().count());
    }

    // ---- refused before sending ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
            "renderfarm:worker/updateStatus?status=enabled, workerIds",
            "renderfarm:worker/updateStatus?workerIds=1, status",
            "renderfarm:worker/get, workerId",
            "renderfarm:manager/register?name=site-a, port",
            "renderfarm:manager/register?port=8000, name",
            "renderfarm:manager/update?totalWorkers=1, uuid",
            "renderfarm:manager/update?uuid=" + NO_SUCH_UUID + ", totalWorkers",
    })
    void aMissingRequiredParameterIsRefusedBeforeSending(String uri, String parameter) {
        refused(uri, parameter);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'renderfarm:worker/updateStatus?workerIds=1,two&status=enabled', workerIds",
            "renderfarm:worker/get?workerId=render-01, workerId",
            "renderfarm:manager/register?port=eighty&name=site-a, port",
            "renderfarm:manager/update?uuid=" + NO_SUCH_UUID + "&totalWorkers=many, totalWorkers",
    })
    void textWhereAWholeNumberBelongsIsRefused(String uri, String parameter) {
        InvalidParameterException e = refused(uri, parameter);
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void anEmptyWorkerIdListIsRefusedBeforeSending() {
        refused("renderfarm:worker/updateStatus?status=enabled", Map.of(HEADER + "workerIds", List.of()),
                "workerIds");
    }

    @Test
    void valuesOutsideTheirRangeOrVocabularyAreRefused() {
        assertTrue(refused("renderfarm:manager/register?port=70000&name=site-a", "port").getMessage()
                .contains("65535"));
        assertTrue(refused("renderfarm:worker/updateStatus?workerIds=1&status=rendering", "status").getMessage()
                .contains("enabled"));
        refused("renderfarm:manager/update?uuid=" + NO_SUCH_UUID + "&totalWorkers=-1", "totalWorkers");
    }

    @Test
    void unknownOptionsAreRefusedWithTheNearestNames() {
        assertTrue(unknownOption("renderfarm:worker/get?workerID=1", "workerID").getSuggestions()
                .contains("workerId"));
        assertTrue(unknownOption("renderfarm:manager/register?port=8000&name=a&hasVirtualWorker=true",
                "hasVirtualWorker").getSuggestions().contains("hasVirtualWorkers"));
        assertTrue(unknownOption("renderfarm:worker/updateStatus?workerIds=1&state=enabled", "state")
                .getSuggestions().contains("status"));
    }
}
