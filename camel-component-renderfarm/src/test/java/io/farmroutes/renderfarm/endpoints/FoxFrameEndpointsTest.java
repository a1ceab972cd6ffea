package io.farmroutes.renderfarm.endpoints;

import io.farmroutes.renderfarm.fox.FoxAcknowledgement;
import io.farmroutes.renderfarm.fox.RecommittedFrames;
import io.farmroutes.renderfarm.fox.model.FrameInfo;
import io.farmroutes.renderfarm.fox.model.FrameStats;
import io.farmroutes.renderfarm.fox.model.FrameStatus;
import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.renderfarm.fox.model.TaskInfo;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.fox.FoxState;
import io.farmroutes.sandbox.fox.TaskView;
import io.farmroutes.spi.error.InvalidParameterException;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Frames: pages and streams of a task's frames, farm-wide counters, re-submission, stopping, thumbnails, logs. */
class FoxFrameEndpointsTest extends FoxEndpointTestSupport {

    static final List<String> ENDPOINTS = List.of("frame/list", "frame/listAll", "frame/stats", "frame/recommit",
            "frame/recommitByNumber", "frame/stop", "frame/thumbnail", "frame/log");

    private static final String FRAMES = "/api/render/handle/queryTaskFrames";
    private static final String STATS = "/api/render/handle/queryAllFrameStats";
    private static final String RECOMMIT_FRAMES = "/api/render/handle/recommitTaskFrames";
    private static final String STOP_FRAMES = "/api/render/handle/stopTaskFrames";
    private static final String THUMBNAIL = "/api/render/handle/loadingFrameThumbnail";
    private static final String LOG = "/api/render/handle/showLog";

    private static final long DONE = FoxState.SEEDED_DONE_TASK;
    private static final long FAILED = FoxState.SEEDED_FAILED_TASK;

    @Test
    void listReadsOnePageOfFramesWithTheirState() {
        List<Long> ids = emulator().state().task(DONE).frames().stream().map(TaskView.FrameView::id).toList();

        Page<FrameInfo> page = page("renderfarm:frame/list?taskId=" + DONE + "&pageSize=4&pageNum=2");

        assertEquals(10L, page.total());
        assertEquals(3, page.pageCount());
        assertEquals(2, page.pageNum());
        assertEquals(List.of("5", "6", "7", "8"), page.items().stream().map(FrameInfo::frameIndex).toList());
        assertEquals(ids.subList(4, 8), page.items().stream().map(FrameInfo::id).toList());
        for (FrameInfo f : page.items()) {
            assertEquals(DONE, f.taskId());
            assertEquals(4, f.frameStatus());
            assertEquals(FrameStatus.DONE, f.status().orElseThrow());
            assertEquals("Done", f.frameStatusText());
            assertEquals(0.05, f.feeAmount());
            assertEquals(0, f.recommitFlag());
            assertEquals(90_000L, f.endTime() - f.startTime(), "seeded frames took 90 s");
            assertEquals(90L, f.frameExecuteTime());
            assertEquals(Long.toString(DONE), f.munuTaskId());
            assertEquals(64L, f.frameRam());
        }
        assertEquals(json("{\"taskId\":" + DONE + ",\"pageNum\":2,\"pageSize\":4}"), body(onlyRequest(FRAMES)));

        Page<FrameInfo> matching = page("renderfarm:frame/list", params("taskId", DONE, "searchKeyword", "1"));
        assertEquals(List.of("1", "10"), matching.items().stream().map(FrameInfo::frameIndex).toList());
        assertEquals(json("{\"taskId\":" + DONE + ",\"pageNum\":1,\"pageSize\":100,\"searchKeyword\":\"1\"}"),
                body(lastRequest(FRAMES)));

        Page<FrameInfo> failed = page("renderfarm:frame/list?taskId=" + FAILED);
        assertEquals(List.of(4, 4, 4, 5, 5), failed.items().stream().map(FrameInfo::frameStatus).toList());
        assertEquals("Failed", failed.items().get(4).frameStatusText());
    }

    @Test
    void listAllStreamsEveryFrameInCeilTotalOverPageSizeRequests() {
        Iterator<?> frames = call("renderfarm:frame/listAll?pageSize=2", null, params("taskId", FAILED),
                Iterator.class);
        assertEquals(1, requests(FRAMES).size(), "the first page is read before iterating");

        List<FrameInfo> all = drain(frames, 100);

        assertEquals(List.of("1", "2", "3", "4", "5"), all.stream().map(FrameInfo::frameIndex).toList());
        assertEquals(emulator().state().task(FAILED).frames().stream().map(TaskView.FrameView::id).toList(),
                all.stream().map(FrameInfo::id).toList());
        List<RecordedRequest> sent = requests(FRAMES);
        assertEquals(3, sent.size(), "pages of 2, 2 and 1; no trailing empty page");
        for (int i = 0; i < 3; i++) {
            assertEquals(json("{\"taskId\":" + FAILED + ",\"pageSize\":2,\"pageNum\":" + (i + 1) + "}"),
                    body(sent.get(i)));
        }

        List<FrameInfo> defaults = drain(call("renderfarm:frame/listAll?taskId=" + DONE, Iterator.class), 100);
        assertEquals(10, defaults.size());
        assertEquals(100, body(lastRequest(FRAMES)).get("pageSize").intValue(), "pageSize defaults to 100");
    }

    @Test
    void statsCountEveryFrameOfTheTasksNotDeleted() {
        FrameStats seeded = call("renderfarm:frame/stats", FrameStats.class);

        assertEquals(15L, seeded.totalFrames());
        assertEquals(13L, seeded.doneFramesTotal());
        assertEquals(2L, seeded.failedFramesTotal());
        assertEquals(0L, seeded.waitingFramesTotal());
        assertEquals(0L, seeded.executingFramesTotal());
        assertEquals(0L, seeded.abandonFramesTotal());
        assertEquals(json("{}"), body(onlyRequest(STATS)));

        emulator().state().seedFinishedTask(4);
        call("renderfarm:task/delete?taskIds=" + DONE, FoxAcknowledgement.class);
        emulator().settings().frameRenderTime(Duration.ofSeconds(30));
        long rendering = emulator().state().seedSubmittedTask(3);
        call("renderfarm:frame/stop?selectAll=1&taskId=" + rendering, FoxAcknowledgement.class);

        FrameStats after = call("renderfarm:frame/stats", FrameStats.class);
        assertEquals(12L, after.totalFrames(), "15 + 4 + 3, less the 10 of the deleted task");
        assertEquals(7L, after.doneFramesTotal());
        assertEquals(2L, after.failedFramesTotal());
        assertEquals(3L, after.abandonFramesTotal(), "stopped frames");
    }

    @Test
    void recommitByFrameIdRendersThatFrameAgain() {
        TaskView.FrameView fourth = frame(FAILED, "4");
        TaskView.FrameView fifth = frame(FAILED, "5");

        FoxAcknowledgement ack = call("renderfarm:frame/recommit", null,
                params("taskId", FAILED, "frameIds", List.of(fifth.id())), FoxAcknowledgement.class);

        assertEquals("renderfarm:frame/recommit", ack.endpoint());
        assertEquals(json("{\"taskId\":" + FAILED + ",\"ids\":[" + fifth.id() + "],\"selectAll\":0}"),
                body(onlyRequest(RECOMMIT_FRAMES)), "frameIds travel as ids, with selectAll 0");
        assertEquals(1, emulator().state().frameRecommits(fifth.id()));
        assertEquals(0, emulator().state().frameRecommits(fourth.id()));
        assertEquals(1, frame(FAILED, "5").recommits());

        awaitView(FAILED, v -> v.frames().get(4).status() == 4, "frame 5 rendered again");
        TaskInfo info = awaitTask(FAILED, s -> s == 30, "settled");
        assertEquals(4, info.doneFrames());
        assertEquals(1, info.failedFrames(), "frame 4 was not re-submitted");
        assertEquals(5, frame(FAILED, "4").status());
        assertEquals(1, page("renderfarm:frame/list?taskId=" + FAILED).items().stream()
                .map(f -> (FrameInfo) f).filter(f -> f.id() == fifth.id()).findFirst().orElseThrow().recommitFlag());
    }

    @Test
    void recommitWithSelectAllAndAStatusTakesEveryFrameInThatState() {
        call("renderfarm:frame/recommit?selectAll=1&status=5&taskId=" + FAILED, FoxAcknowledgement.class);

        JsonNode sent = body(onlyRequest(RECOMMIT_FRAMES));
        assertEquals(json("{\"taskId\":" + FAILED + ",\"selectAll\":1,\"status\":[5]}"), sent, "no ids with selectAll");
        TaskView view = emulator().state().task(FAILED);
        assertEquals(List.of(0, 0, 0, 1, 1), view.frames().stream().map(TaskView.FrameView::recommits).toList());
        view.frames().forEach(f -> assertEquals(f.recommits(), emulator().state().frameRecommits(f.id())));

        TaskInfo done = awaitTask(FAILED, s -> s == 25, "done");
        assertEquals(5, done.doneFrames());
    }

    @Test
    void recommitByNumberResubmitsTheFramesWhoseNumbersMatch() {
        TaskView.FrameView fourth = frame(FAILED, "4");
        TaskView.FrameView fifth = frame(FAILED, "5");

        RecommittedFrames result = call("renderfarm:frame/recommitByNumber", null,
                params("taskId", FAILED, "restartFrames", List.of("4", "5", "7-9[1]")), RecommittedFrames.class);

        assertEquals(FAILED, result.taskId());
        assertEquals(List.of(fourth.id(), fifth.id()), result.frameIds());
        assertEquals(List.of("7-9[1]"), result.unmatched(), "ranges are not expanded");
        assertEquals(List.of(FRAMES, RECOMMIT_FRAMES), requestedPaths(), "read the frames, then one re-submit");
        assertEquals(1000, body(onlyRequest(FRAMES)).get("pageSize").intValue());
        assertEquals(json("{\"taskId\":" + FAILED + ",\"ids\":[" + fourth.id() + "," + fifth.id() + "],"
                + "\"selectAll\":0}"), body(onlyRequest(RECOMMIT_FRAMES)));
        assertEquals(1, emulator().state().frameRecommits(fourth.id()));
        assertEquals(1, emulator().state().frameRecommits(fifth.id()));
        assertEquals(0, emulator().state().frameRecommits(frame(FAILED, "1").id()));

        assertEquals(5, awaitTask(FAILED, s -> s == 25, "done").doneFrames());
    }

    @Test
    void recommitByNumberWithNoMatchingFrameFailsBeforeAnyResubmission() {
        InvalidParameterException e = failure("renderfarm:frame/recommitByNumber", null,
                params("taskId", FAILED, "restartFrames", List.of("6", "4-5[1]")), InvalidParameterException.class);

        assertEquals("restartFrames", e.getParameter());
        assertTrue(e.getMessage().contains(Long.toString(FAILED)), e.getMessage());
        assertEquals("renderfarm:frame/recommitByNumber?provider=fox", e.getEndpoint());
        assertEquals(1, requests(FRAMES).size(), "the frames were read");
        assertEquals(0, requests(RECOMMIT_FRAMES).size(), "nothing was re-submitted");
        emulator().state().task(FAILED).frames()
                .forEach(f -> assertEquals(0, emulator().state().frameRecommits(f.id()), "frame " + f.frameIndex()));
        assertEquals(30, emulator().state().task(FAILED).status());
    }

    @Test
    void stopHaltsChosenFramesAndSelectAllHaltsTheRest() {
        emulator().settings().frameRenderTime(Duration.ofSeconds(30));
        long taskId = emulator().state().seedSubmittedTask(3);
        TaskView.FrameView first = frame(taskId, "1");

        FoxAcknowledgement ack = call("renderfarm:frame/stop?taskId=" + taskId + "&frameIds=" + first.id(),
                FoxAcknowledgement.class);

        assertEquals("renderfarm:frame/stop", ack.endpoint());
        assertEquals(json("{\"taskId\":" + taskId + ",\"ids\":[" + first.id() + "],\"selectAll\":0}"),
                body(onlyRequest(STOP_FRAMES)));
        TaskView view = emulator().state().task(taskId);
        assertEquals(List.of(3, 2, 2), view.frameStatuses());
        assertEquals(5, view.status(), "the other frames keep rendering");

        call("renderfarm:frame/stop?selectAll=1", null, params("taskId", taskId), FoxAcknowledgement.class);

        assertEquals(json("{\"taskId\":" + taskId + ",\"selectAll\":1}"), body(lastRequest(STOP_FRAMES)));
        view = emulator().state().task(taskId);
        assertEquals(List.of(3, 3, 3), view.frameStatuses());
        assertEquals(70, view.status(), "done with stopped frames");
        assertEquals(List.of("Stopped", "Stopped", "Stopped"), page("renderfarm:frame/list?taskId=" + taskId)
                .items().stream().map(f -> ((FrameInfo) f).frameStatusText()).toList());
    }

    @Test
    void thumbnailGivesTheStoragePathsOfADoneFrameOnly() {
        TaskView.FrameView done = frame(DONE, "1");

        List<String> paths = list("renderfarm:frame/thumbnail?frameId=" + done.id());

        String base = "/thumbnail/" + FoxState.USER_ID + "/" + DONE + "/1";
        assertEquals(List.of(base + "_small.jpg", base + "_large.jpg"), paths);
        assertEquals(json("{\"id\":" + done.id() + ",\"frameStatus\":4}"), body(onlyRequest(THUMBNAIL)),
                "frameId travels as id; frameStatus defaults to 4");

        List<String> none = list("renderfarm:frame/thumbnail", params("frameId", frame(FAILED, "5").id()));
        assertTrue(none.isEmpty(), "a failed frame has no thumbnail");
    }

    @Test
    void logTellsEachAttemptOfAFrame() {
        TaskView.FrameView done = frame(DONE, "1");

        Page<String> log = page("renderfarm:frame/log?frameId=" + done.id());

        assertEquals(4L, log.total());
        assertEquals(4, log.items().size());
        assertTrue(log.items().get(0).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\[attempt 1] render job"
                + " started on sandbox-node-01"), log.items().get(0));
        assertEquals("[attempt 1] render finished, output written", log.items().get(3));
        assertEquals(json("{\"id\":" + done.id() + ",\"renderingType\":\"render\",\"pageNum\":1,\"pageSize\":100}"),
                body(onlyRequest(LOG)));

        Page<String> photon = page("renderfarm:frame/log?renderingType=photon&frameId=" + done.id());
        assertTrue(photon.items().get(0).contains("photon job started"), photon.items().get(0));

        TaskView.FrameView failed = frame(FAILED, "5");
        Page<String> failure = page("renderfarm:frame/log?frameId=" + failed.id());
        assertEquals("[attempt 1] render failed: exit code 1", failure.items().get(3));

        call("renderfarm:frame/recommit?taskId=" + FAILED + "&frameIds=" + failed.id(), FoxAcknowledgement.class);
        awaitView(FAILED, v -> v.frames().get(4).status() == 4, "frame 5 rendered again");
        Page<String> twice = page("renderfarm:frame/log?frameId=" + failed.id());
        assertEquals(8L, twice.total());
        assertEquals("[attempt 1] attempt ended; the frame was re-submitted", twice.items().get(3));
        assertEquals("[attempt 2] render finished, output written", twice.items().get(7));

        Page<String> tail = page("renderfarm:frame/log?pageSize=3&pageNum=3&frameId=" + failed.id());
        assertEquals(3, tail.pageCount());
        assertEquals(List.of("[attempt 2] rendering frame 5", "[attempt 2] render finished, output written"),
                tail.items());
    }
}
