package io.farmroutes.renderfarm.fox.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.spi.render.RenderStatus;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTablesTest {

    @ParameterizedTest
    @CsvSource({
        "0, WAITING, WAITING", "5, RENDERING, RUNNING", "8, PRE_RENDERING, WAITING", "10, STOPPED, STOPPED",
        "15, USER_STOPPED, STOPPED", "20, ARREARS_STOPPED, STOPPED", "23, TIMEOUT_STOPPED, STOPPED",
        "25, DONE, DONE", "30, DONE_WITH_FAILED_FRAMES, FAILED", "35, ABANDONED, ABANDONED",
        "40, TEST_DONE, DONE", "45, FAILED, FAILED", "50, ANALYSING, WAITING", "60, SUBMITTING, WAITING",
        "65, SUBMIT_FAILED, FAILED", "70, DONE_WITH_STOPPED_FRAMES, STOPPED", "100, UPDATING, WAITING"})
    void taskStatusTable(int code, TaskStatus expected, RenderStatus neutral) {
        assertEquals(Optional.of(expected), TaskStatus.of(code));
        assertEquals(code, expected.code());
        assertEquals(neutral, expected.renderStatus());
        assertEquals(neutral, TaskStatus.renderStatusOf(code));
        assertEquals(neutral.isTerminal(), expected.isTerminal(), "terminal agrees with the neutral status");
    }

    @Test
    void taskTerminalSet() {
        Set<Integer> terminal = Arrays.stream(TaskStatus.values()).filter(TaskStatus::isTerminal)
                .map(TaskStatus::code).collect(Collectors.toSet());

        assertEquals(Set.of(10, 15, 20, 23, 25, 30, 35, 40, 45, 65, 70), terminal);
        assertEquals(17, TaskStatus.values().length);
    }

    @Test
    void unknownAndMissingTaskCodes() {
        assertEquals(Optional.empty(), TaskStatus.of(null));
        assertEquals(Optional.empty(), TaskStatus.of(99));
        assertEquals(RenderStatus.WAITING, TaskStatus.renderStatusOf(null));
        assertEquals(RenderStatus.RUNNING, TaskStatus.renderStatusOf(99));
        assertEquals(RenderStatus.RUNNING, TaskStatus.renderStatusOf(-1));
    }

    @ParameterizedTest
    @CsvSource({
        "1, WAITING, WAITING", "2, RENDERING, RUNNING", "3, STOPPED, STOPPED", "4, DONE, DONE",
        "5, FAILED, FAILED", "6, WAITING_PREPROCESS, WAITING", "7, WAITING_PHOTON_FRAME, WAITING",
        "9, WAITING_PHOTON_JOB, WAITING", "10, WAITING_SOLVER, WAITING", "11, TIMEOUT, FAILED",
        "12, SUBFRAME_WAITING, WAITING"})
    void frameStatusTable(int code, FrameStatus expected, RenderStatus neutral) {
        assertEquals(Optional.of(expected), FrameStatus.of(code));
        assertEquals(code, expected.code());
        assertEquals(neutral, expected.renderStatus());
        assertEquals(neutral, FrameStatus.renderStatusOf(code));
        assertEquals(neutral.isTerminal(), expected.isTerminal());
    }

    @Test
    void unknownAndMissingFrameCodes() {
        assertEquals(11, FrameStatus.values().length);
        assertEquals(Optional.empty(), FrameStatus.of(8));
        assertEquals(Optional.empty(), FrameStatus.of(null));
        assertEquals(RenderStatus.WAITING, FrameStatus.renderStatusOf(null));
        assertEquals(RenderStatus.RUNNING, FrameStatus.renderStatusOf(8));
        assertTrue(FrameStatus.TIMEOUT.isTerminal());
    }
}
