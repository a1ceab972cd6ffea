package io.farmroutes.sandbox.fox;

import java.util.Map;

/** Task and frame status codes of spec §13 and the English texts the emulator shows for them. */
final class FoxStatus {

    static final int TASK_WAITING = 0;
    static final int TASK_RENDERING = 5;
    static final int TASK_USER_STOPPED = 15;
    static final int TASK_DONE = 25;
    static final int TASK_DONE_WITH_FAILED = 30;
    static final int TASK_ABANDONED = 35;
    static final int TASK_DONE_WITH_STOPPED = 70;

    static final int FRAME_WAITING = 1;
    static final int FRAME_RENDERING = 2;
    static final int FRAME_STOPPED = 3;
    static final int FRAME_DONE = 4;
    static final int FRAME_FAILED = 5;
    static final int FRAME_TIMEOUT = 11;

    private static final Map<Integer, String> TASK_TEXT = Map.ofEntries(
            Map.entry(0, "Waiting"), Map.entry(5, "Rendering"), Map.entry(8, "Pre-rendering"),
            Map.entry(10, "Stopped"), Map.entry(15, "Stopped by user"), Map.entry(20, "Stopped for arrears"),
            Map.entry(23, "Stopped on timeout"), Map.entry(25, "Done"), Map.entry(30, "Done with failed frames"),
            Map.entry(35, "Abandoned"), Map.entry(40, "Test done"), Map.entry(45, "Failed"),
            Map.entry(50, "Analysing"), Map.entry(60, "Submitting"), Map.entry(65, "Submit failed"),
            Map.entry(70, "Done with stopped frames"), Map.entry(100, "Updating"));

    private static final Map<Integer, String> FRAME_TEXT = Map.ofEntries(
            Map.entry(1, "Waiting"), Map.entry(2, "Rendering"), Map.entry(3, "Stopped"), Map.entry(4, "Done"),
            Map.entry(5, "Failed"), Map.entry(6, "Waiting for pre-processing"),
            Map.entry(7, "Waiting for the photon frame"), Map.entry(9, "Waiting for the photon job"),
            Map.entry(10, "Waiting for the solver job"), Map.entry(11, "Timeout"),
            Map.entry(12, "Sub-frame waiting"));

    private FoxStatus() {
    }

    static String taskText(int status) {
        return TASK_TEXT.getOrDefault(status, "Unknown");
    }

    static String frameText(int status) {
        return FRAME_TEXT.getOrDefault(status, "Unknown");
    }

    /** Frames that have stopped moving: nothing will happen to them unless someone re-submits them. */
    static boolean frameSettled(int status) {
        return status == FRAME_STOPPED || status == FRAME_DONE || status == FRAME_FAILED || status == FRAME_TIMEOUT;
    }
}
