package io.farmroutes.renderfarm.fox.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.farmroutes.spi.render.RenderFrame;
import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.render.RenderTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderMappingTest {

    private static TaskInfo task(String json) {
        return Json.read(json, TaskInfo.class);
    }

    private static FrameInfo frame(String json) {
        return Json.read(json, FrameInfo.class);
    }

    @ParameterizedTest
    @CsvSource({"0, WAITING", "5, RUNNING", "25, DONE", "30, FAILED", "15, STOPPED", "35, ABANDONED",
        "65, FAILED", "100, WAITING", "77, RUNNING"})
    void taskStatusesMapOntoNeutralOnes(int code, RenderStatus expected) {
        RenderTask task = task("{\"id\": 1, \"taskStatus\": " + code + "}");

        assertEquals(expected, task.renderStatus());
        assertEquals(String.valueOf(code), task.nativeStatus());
    }

    @Test
    void taskViewOfAFullTask() {
        RenderTask task = task("""
                {"id": 35736251, "taskAlias": "2W35736251", "sceneName": "street.mb", "taskStatus": "30",
                 "totalFrames": 12, "doneFrames": 10, "failedFrames": 2}
                """);

        assertEquals("35736251", task.renderTaskId());
        assertEquals("street.mb", task.renderTaskName());
        assertEquals(RenderStatus.FAILED, task.renderStatus());
        assertEquals("30", task.nativeStatus());
        assertEquals(12, task.renderFrameCount());
        assertEquals(10, task.renderFramesDone());
        assertEquals(2, task.renderFramesFailed());
    }

    @Test
    void taskViewOfAnEmptyTask() {
        RenderTask task = task("{\"taskAlias\": \"2W5\", \"sceneName\": \" \"}");

        assertNull(task.renderTaskId());
        assertEquals("2W5", task.renderTaskName(), "a blank scene name falls back to the alias");
        assertEquals(RenderStatus.WAITING, task.renderStatus());
        assertEquals("", task.nativeStatus());
        assertEquals(-1, task.renderFrameCount());
        assertEquals(0, task.renderFramesDone());
        assertEquals(0, task.renderFramesFailed());
    }

    @Test
    void progressKeyFollowsRunningAbortedAndCompletion() {
        String base = "\"id\": 1, \"taskStatus\": 5, \"totalFrames\": 10, \"doneFrames\": 2, \"failedFrames\": 0";
        String plain = task("{" + base + "}").progressKey();
        String running = task("{" + base + ", \"executingFrames\": 3}").progressKey();
        String aborted = task("{" + base + ", \"abortFrames\": 1}").progressKey();

        assertEquals("5/10/2/0/0/0/", plain);
        assertNotEquals(plain, running);
        assertNotEquals(plain, aborted);
        assertNotEquals(running, aborted);
        assertEquals(plain, task("{" + base + ", \"executingFrames\": 0}").progressKey(), "null counts as 0");

        String firstEnd = task("{\"taskStatus\": 30, \"failedFrames\": 1, \"completedDate\": 1000}").progressKey();
        String secondEnd = task("{\"taskStatus\": 30, \"failedFrames\": 1, \"completedDate\": 2000}").progressKey();
        assertNotEquals(firstEnd, secondEnd, "a re-submitted task that ends the same way again is a change");
    }

    @ParameterizedTest
    @CsvSource({"1, WAITING", "2, RUNNING", "3, STOPPED", "4, DONE", "5, FAILED", "6, WAITING", "11, FAILED",
        "12, WAITING", "8, RUNNING"})
    void frameStatusesMapOntoNeutralOnes(int code, RenderStatus expected) {
        RenderFrame frame = frame("{\"id\": 3, \"frameStatus\": " + code + "}");

        assertEquals(expected, frame.renderStatus());
        assertEquals(String.valueOf(code), frame.nativeStatus());
    }

    @Test
    void frameView() {
        FrameInfo frame = frame(
                "{\"id\": 1546598, \"taskId\": 35736251, \"frameIndex\": \"7-9[1]\", \"frameStatus\": 5}");

        assertEquals("35736251", frame.renderTaskId());
        assertEquals("1546598", frame.renderFrameId());
        assertEquals("7-9[1]", frame.renderFrameIndex());
        assertEquals(RenderStatus.FAILED, frame.renderStatus());
        assertEquals("5", frame.nativeStatus());
    }

    @Test
    void frameWithoutStatusOrTask() {
        FrameInfo frame = frame("{\"id\": 2, \"frameIndex\": \"3\"}");

        assertNull(frame.renderTaskId());
        assertEquals(RenderStatus.WAITING, frame.renderStatus());
        assertEquals("", frame.nativeStatus());
        assertEquals("//", frame.changeKey());

        FrameInfo named = frame.withTaskId(35736251L);
        assertEquals("35736251", named.renderTaskId());
        assertEquals(frame.id(), named.id());
        assertEquals(frame.frameIndex(), named.frameIndex());
    }

    @Test
    void aFrameThatFailsAgainAfterResubmissionIsANewChange() {
        FrameInfo first = frame("{\"id\": 9, \"frameStatus\": 5, \"recommitFlag\": 0, \"startTime\": 1000}");
        FrameInfo again = frame("{\"id\": 9, \"frameStatus\": 5, \"recommitFlag\": 1, \"startTime\": 5000}");
        FrameInfo sameAttempt = frame("{\"id\": 9, \"frameStatus\": 5, \"recommitFlag\": 0, \"startTime\": 1000,"
                + " \"frameExecuteTime\": 77}");

        assertEquals("5/0/1000", first.changeKey());
        assertNotEquals(first.changeKey(), again.changeKey());
        assertEquals(first.changeKey(), sameAttempt.changeKey(), "other fields do not make a change");
    }
}
