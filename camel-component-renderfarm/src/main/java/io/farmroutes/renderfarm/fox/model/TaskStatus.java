package io.farmroutes.renderfarm.fox.model;

import io.farmroutes.spi.render.RenderStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The numeric task states of Fox Renderfarm ({@code taskStatus}). */
public enum TaskStatus {
    WAITING(0, RenderStatus.WAITING),
    RENDERING(5, RenderStatus.RUNNING),
    PRE_RENDERING(8, RenderStatus.WAITING),
    STOPPED(10, RenderStatus.STOPPED),
    USER_STOPPED(15, RenderStatus.STOPPED),
    ARREARS_STOPPED(20, RenderStatus.STOPPED),
    TIMEOUT_STOPPED(23, RenderStatus.STOPPED),
    DONE(25, RenderStatus.DONE),
    DONE_WITH_FAILED_FRAMES(30, RenderStatus.FAILED),
    ABANDONED(35, RenderStatus.ABANDONED),
    TEST_DONE(40, RenderStatus.DONE),
    FAILED(45, RenderStatus.FAILED),
    ANALYSING(50, RenderStatus.WAITING),
    SUBMITTING(60, RenderStatus.WAITING),
    SUBMIT_FAILED(65, RenderStatus.FAILED),
    DONE_WITH_STOPPED_FRAMES(70, RenderStatus.STOPPED),
    UPDATING(100, RenderStatus.WAITING);

    private static final Map<Integer, TaskStatus> BY_CODE = new HashMap<>();

    static {
        for (TaskStatus status : values()) {
            BY_CODE.put(status.code, status);
        }
    }

    private final int code;
    private final RenderStatus renderStatus;

    TaskStatus(int code, RenderStatus renderStatus) {
        this.code = code;
        this.renderStatus = renderStatus;
    }

    /** The number the farm sends. */
    public int code() {
        return code;
    }

    /** The state for a code; empty for null and for codes this client does not know yet. */
    public static Optional<TaskStatus> of(Integer code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * Whether the farm leaves the task alone from now on unless it is started or re-submitted. The vendor names 10,
     * 20, 23, 25, 30, 35 and 45 (40 optionally); 40, 15 (stopped by the user), 65 (submission failed) and 70 (done
     * with stopped frames) count too, because the farm does nothing more with such a task on its own and a watcher
     * waiting for them to move would wait forever.
     */
    public boolean isTerminal() {
        return renderStatus.isTerminal();
    }

    public RenderStatus renderStatus() {
        return renderStatus;
    }

    /**
     * The neutral status of any wire value. A missing status reads as WAITING (the task exists but nothing is known
     * yet). An unknown code reads as RUNNING: it is not terminal, so a watcher keeps polling instead of reporting an
     * end that may not have happened, and a state the farm added is far more likely a working phase than a
     * queue position.
     */
    public static RenderStatus renderStatusOf(Integer code) {
        if (code == null) {
            return RenderStatus.WAITING;
        }
        return of(code).map(TaskStatus::renderStatus).orElse(RenderStatus.RUNNING);
    }
}
