package io.farmroutes.renderfarm.flamenco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.renderfarm.RenderfarmEndpoint;
import io.farmroutes.renderfarm.flamenco.model.BrowseListing;
import io.farmroutes.renderfarm.flamenco.model.FlamencoJob;
import io.farmroutes.renderfarm.flamenco.model.JobDeletion;
import io.farmroutes.renderfarm.flamenco.model.ServerSettings;
import io.farmroutes.sandbox.flamenco.FlamencoQuirk;
import io.farmroutes.sandbox.flamenco.JobView;
import io.farmroutes.sandbox.flamenco.TaskView;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.render.RenderFrame;
import io.farmroutes.spi.render.RenderJob;
import io.farmroutes.spi.render.RenderOperations;
import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.render.RenderTask;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Flamenco provider's portable operations and its handling of the server's quirks, against the emulator. */
class FlamencoProviderTest extends FlamencoTestSupport {

    private RenderOperations operations() {
        return context.getEndpoint("renderfarm:job/list", RenderfarmEndpoint.class).renderOperations();
    }

    private static <T> List<T> list(java.util.Iterator<T> items) {
        List<T> all = new ArrayList<>();
        items.forEachRemaining(all::add);
        return all;
    }

    @Test
    void createWaitsForSubmitThenFailedChunksAreRespawnedToCompletion() throws Exception {
        emulator().settings().failureRate(1.0).retryFailureRate(0.0);
        RenderOperations ops = operations();
        RenderTask created = ops.create(new RenderJob("shot_020", "shots/010/anim.blend", "1-6", "blender",
                Map.of("chunkSize", 2))).get();
        String jobId = created.renderTaskId();
        clock.advance(Duration.ofMinutes(5));
        JobView waiting = emulator().state().job(Long.parseLong(jobId)).orElseThrow();
        assertEquals("stopped", waiting.status());
        assertEquals(3, waiting.tasks().size());
        assertTrue(waiting.tasks().stream().allMatch(t -> t.dispatches() == 0), "nothing runs before submit");

        ops.submit(jobId).get();
        clock.advance(Duration.ofMinutes(5));
        RenderTask failed = ops.status(List.of(jobId)).get().get(0);
        assertEquals(RenderStatus.FAILED, failed.renderStatus());
        assertEquals(6, failed.renderFrameCount());
        assertEquals(6, failed.renderFramesFailed());
        List<RenderFrame> chunks = list(ops.frames(jobId));
        assertEquals(List.of("1-2", "3-4", "5-6"), chunks.stream().map(RenderFrame::renderFrameIndex).toList());
        assertTrue(chunks.stream().allMatch(c -> c.renderStatus() == RenderStatus.FAILED));

        ops.resubmitFrames(jobId, chunks.stream().map(RenderFrame::renderFrameId).toList()).get();
        clock.advance(Duration.ofMinutes(5));
        RenderTask done = ops.status(List.of(jobId)).get().get(0);
        assertEquals(RenderStatus.DONE, done.renderStatus());
        assertEquals(6, done.renderFramesDone());
        assertEquals(0, done.renderFramesFailed());
        for (TaskView task : emulator().state().job(Long.parseLong(jobId)).orElseThrow().tasks()) {
            assertEquals(2, task.dispatches(), "each chunk ran twice: the failed run and the respawned one");
        }
        assertTrue(list(ops.tasks()).stream().anyMatch(t -> t.renderTaskId().equals(jobId)
                && "shot_020".equals(t.renderTaskName())));
    }

    @Test
    void stopSetsTheJobStopped() throws Exception {
        RenderOperations ops = operations();
        String jobId = ops.create(new RenderJob("long", "main.blend", "1-40", "blender")).get().renderTaskId();
        ops.submit(jobId).get();
        clock.advance(Duration.ofMillis(30));
        ops.stop(jobId).get();
        assertEquals(RenderStatus.STOPPED, ops.status(List.of(jobId)).get().get(0).renderStatus());
        assertEquals("stopped", emulator().state().job(Long.parseLong(jobId)).orElseThrow().status());
    }

    @Test
    void aFrameStepIsRefusedBeforeAnythingIsSent() {
        RenderOperations ops = operations();
        assertThrows(UnsupportedOperationException.class,
                () -> ops.create(new RenderJob("odd", "main.blend", "1-9[2]", "blender")));
        assertTrue(emulator().ledger().requests().isEmpty());
    }

    @Test
    void aJobThatCannotBeCreatedCleanlyIsRefusedClientSide() {
        int before = emulator().state().jobsCreated();
        InvalidParameterException backwards = failure("renderfarm:job/create?projectId=1&frameStart=10&frameEnd=2"
                + "&chunkSize=2&filepath=main.blend&managers=1", InvalidParameterException.class);
        assertEquals("frameEnd", backwards.getParameter());
        assertTrue(backwards.getMessage().contains("renderfarm:job/create"), backwards.getMessage());
        InvalidParameterException noManagers = failure("renderfarm:job/create?projectId=1&frameStart=1&frameEnd=2"
                + "&chunkSize=2&filepath=main.blend", InvalidParameterException.class);
        assertEquals("managers", noManagers.getParameter());
        InvalidParameterException zeroChunk = failure("renderfarm:job/create?projectId=1&frameStart=1&frameEnd=2"
                + "&chunkSize=0&filepath=main.blend&managers=1", InvalidParameterException.class);
        assertEquals("chunkSize", zeroChunk.getParameter());
        assertEquals(before, emulator().state().jobsCreated());
        assertTrue(emulator().ledger().requests().isEmpty());
    }

    @Test
    void createSendsManagersAsARepeatedField() {
        FlamencoJob job = call("renderfarm:job/create?projectId=1&frameStart=1&frameEnd=10&chunkSize=4"
                + "&filepath=main.blend&jobName=shot_010&managers=1,2", FlamencoJob.class);
        String body = requests("POST", "/jobs").get(0).bodyText();
        assertTrue(body.contains("managers=1&managers=2"), body);
        assertTrue(body.contains("current_frame=1"), "currentFrame defaults to frameStart: " + body);
        JobView stored = emulator().state().job(job.id()).orElseThrow();
        assertEquals(List.of(1L, 2L), stored.managerIds());
        assertEquals(List.of(1, 5, 9), stored.tasks().stream().map(TaskView::chunkStart).toList());
    }

    @Test
    void anUnknownCommandAnsweredWith200IsAnError() throws Exception {
        long jobId = call("renderfarm:job/create?projectId=1&frameStart=1&frameEnd=2&chunkSize=1"
                + "&filepath=main.blend&managers=1", FlamencoJob.class).id();
        // the endpoint refuses unknown commands itself; the server's answer to one is decoded here
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(emulator().url() + "/jobs/" + jobId))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("command=explode")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        FlamencoService service = new FlamencoService();
        FlamencoApiException refused = assertThrows(FlamencoApiException.class, () -> service.decode(
                FlamencoCatalog.catalog().require("job/command"),
                new HttpResult(200, Map.of(), answer.body(), "application/json", StandardCharsets.UTF_8),
                component().getConfiguration(), "renderfarm:job/command"));
        assertEquals(400, refused.getHttpStatus());
        assertTrue(refused.getMessage().contains("400 BAD REQUEST"), refused.getMessage());

        InvalidParameterException early = failure("renderfarm:job/command?jobId=" + jobId + "&command=explode",
                InvalidParameterException.class);
        assertEquals("command", early.getParameter());
    }

    @Test
    void deleteFallsBackToTheBulkDeleteWhenTheServerKeepsTheJob() {
        long first = call("renderfarm:job/create?projectId=1&frameStart=1&frameEnd=2&chunkSize=1"
                + "&filepath=main.blend&managers=1", FlamencoJob.class).id();
        JobDeletion quirky = call("renderfarm:job/delete?jobId=" + first, JobDeletion.class);
        assertTrue(quirky.viaBulkDelete());
        assertTrue(emulator().state().job(first).isEmpty());
        assertEquals(1, requests("DELETE", "/jobs/" + first).size());
        assertEquals(1, requests("POST", "/jobs/delete").size());

        emulator().settings().quirk(FlamencoQuirk.DELETE_JOB_DOES_NOTHING, false);
        long second = call("renderfarm:job/create?projectId=1&frameStart=1&frameEnd=2&chunkSize=1"
                + "&filepath=main.blend&managers=1", FlamencoJob.class).id();
        JobDeletion ideal = call("renderfarm:job/delete?jobId=" + second, JobDeletion.class);
        assertFalse(ideal.viaBulkDelete());
        assertTrue(emulator().state().job(second).isEmpty());
        assertEquals(1, requests("POST", "/jobs/delete").size(), "no second bulk delete");
    }

    @Test
    void settingsUpdateKeepsTheSettingsItWasNotGiven() {
        ServerSettings before = call("renderfarm:setting/list", ServerSettings.class);
        assertEquals("1", before.activeProject());
        Object result = template.requestBody("renderfarm:setting/update?blenderPathLinux=/opt/blender-2.73/blender",
                (Object) null);
        assertNull(result);
        Map<String, String> after = emulator().state().settings();
        assertEquals("/opt/blender-2.73/blender", after.get("blender_path_linux"));
        assertEquals("1", after.get("active_project"), "active_project survives a partial update");
        assertEquals(before.renderSettingsPathLinux(), after.get("render_settings_path_linux"));
        String posted = requests("POST", "/settings").get(0).bodyText();
        assertTrue(posted.contains("active_project=1"), posted);
    }

    @Test
    void aTasklessJobBreaksJobListButNotThePortableStatus() throws Exception {
        RenderOperations ops = operations();
        String healthy = ops.create(new RenderJob("ok", "main.blend", "1-2", "blender")).get().renderTaskId();
        // what the server does with a job posted without managers: committed first, then a 500
        HttpResponse<String> broken = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(emulator().url() + "/jobs"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("project_id=1&frame_start=1&frame_end=2&chunk_size=1"
                        + "&filepath=main.blend&status=ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(500, broken.statusCode());

        FlamencoApiException listFails = failure("renderfarm:job/list?maxAttempts=1", FlamencoApiException.class);
        assertEquals(500, listFails.getHttpStatus());
        assertTrue(listFails.getMessage().contains("job/get"), listFails.getMessage());

        List<RenderTask> status = ops.status(List.of(healthy)).get();
        assertEquals(1, status.size());
        assertEquals(healthy, status.get(0).renderTaskId());
    }

    @Test
    void browsePathKeepsItsSlashes() {
        BrowseListing listing = call("renderfarm:browse/path?path=shots/010", BrowseListing.class);
        assertEquals(1, requests("GET", "/browse/shots/010").size());
        assertTrue(listing.items().stream().anyMatch(item -> item.isBlendFile()
                && item.path().equals("shots/010/anim.blend")), listing.toString());
        BrowseListing root = call("renderfarm:browse/root", BrowseListing.class);
        assertTrue(root.items().stream().noneMatch(item -> item.name().endsWith(".txt")), root.toString());
    }

    @Test
    void frameResubmitNamesWhatIsMissingBeforeSending() {
        InvalidParameterException noTask = failure("renderfarm:frame/resubmit?frameIds=1,2",
                InvalidParameterException.class);
        assertEquals("taskId", noTask.getParameter());
        assertTrue(noTask.getMessage().contains("renderfarm:frame/resubmit"), noTask.getMessage());
        assertTrue(emulator().ledger().requests().isEmpty());
    }

    @Test
    void missingBaseUrlIsNamedBeforeSending() {
        InvalidParameterException missing = failure("renderfarm:job/list?baseUrl=", InvalidParameterException.class);
        assertEquals("baseUrl", missing.getParameter());
        assertInstanceOf(InvalidParameterException.class, missing);
        assertTrue(emulator().ledger().requests().isEmpty());
    }
}
