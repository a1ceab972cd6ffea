package io.farmroutes.renderfarm.renderfarmfi.model;

import io.farmroutes.spi.render.RenderStatus;

/** The three lists user.getAllSessions answers with, in the order a session passes through them. */
public enum SessionState {
    /** Waiting for an administrator's review before rendering. */
    ACCEPT("accept", RenderStatus.WAITING),
    ACTIVE("active", RenderStatus.RUNNING),
    COMPLETED("completed", RenderStatus.DONE);

    private final String member;
    private final RenderStatus renderStatus;

    SessionState(String member, RenderStatus renderStatus) {
        this.member = member;
        this.renderStatus = renderStatus;
    }

    /** The member name in the answer's struct. */
    public String member() {
        return member;
    }

    public RenderStatus renderStatus() {
        return renderStatus;
    }
}
