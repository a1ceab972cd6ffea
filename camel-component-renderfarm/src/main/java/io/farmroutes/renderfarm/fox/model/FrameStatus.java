package io.farmroutes.renderfarm.fox.model;

import io.farmroutes.spi.render.RenderStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The numeric frame states of Fox Renderfarm ({@code frameStatus}); 8 is not used by the farm. */
public enum FrameStatus {
    WAITING(1, RenderStatus.WAITING),
    RENDERING(2, RenderStatus.RUNNING),
    STOPPED(3, RenderStatus.STOPPED),
    DONE(4, RenderStatus.DONE),
    FAILED(5, RenderStatus.FAILED),
    WAITING_PREPROCESS(6, RenderStatus.WAITING),
    WAITING_PHOTON_FRAME(7, RenderStatus.WAITING),
    WAITING_PHOTON_JOB(9, RenderStatus.WAITING),
    WAITING_SOLVER(10, RenderStatus.WAITING),
    TIMEOUT(11, RenderStatus.FAILED),
    SUBFRAME_WAITING(12, RenderStatus.WAITING);

    private static final Map<Integer, FrameStatus> BY_CODE = new HashMap<>();

    static {
        for (FrameStatus status : values()) {
            BY_CODE.put(status.code, status);
        }
    }

    private final int code;
    private final RenderStatus renderStatus;

    FrameStatus(int code, RenderStatus renderStatus) {
        this.code = code;
        this.renderStatus = renderStatus;
    }

    /** The number the farm sends. */
    public int code() {
        return code;
    }

    /** The state for a code; empty for null and for codes this client does not know yet. */
    public static Optional<FrameStatus> of(Integer code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    /** Whether the frame stays as it is unless re-submitted. */
    public boolean isTerminal() {
        return renderStatus.isTerminal();
    }

    public RenderStatus renderStatus() {
        return renderStatus;
    }

    /** The neutral status of any wire value; missing reads as WAITING, unknown as RUNNING, as for tasks. */
    public static RenderStatus renderStatusOf(Integer code) {
        if (code == null) {
            return RenderStatus.WAITING;
        }
        return of(code).map(FrameStatus::renderStatus).orElse(RenderStatus.RUNNING);
    }
}
