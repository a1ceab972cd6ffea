package io.farmroutes.renderfarm.renderfarmfi.model;

import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.render.RenderTask;

/**
 * A session as user.getAllSessions lists it. In the portable view a session is a render task whose frames the
 * service does not report.
 *
 * @param submitTimestamp Unix seconds, or null when the service left it out
 */
public record SessionSummary(int id, SessionState state, String title, String shortDescription, Long submitTimestamp)
        implements RenderTask {

    @Override
    public String renderTaskId() {
        return Integer.toString(id);
    }

    @Override
    public String renderTaskName() {
        return title;
    }

    @Override
    public RenderStatus renderStatus() {
        return state.renderStatus();
    }

    @Override
    public String nativeStatus() {
        return state.member();
    }

    @Override
    public int renderFrameCount() {
        return -1;
    }

    @Override
    public int renderFramesDone() {
        return -1;
    }

    @Override
    public int renderFramesFailed() {
        return -1;
    }
}
