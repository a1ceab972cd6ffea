package com.acme.farm.model;

import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.render.RenderTask;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A render job as Acme Cloud Render reports it; fields this client does not know are kept in {@code extra}. The
 * frame counters may be missing on the wire, so they are nullable here and read as 0 by the portable view.
 */
public record AcmeJob(String id, String name, String scene, String state, Integer frameStart, Integer frameEnd,
                      @JsonProperty("framesTotal") Integer totalFrames,
                      @JsonProperty("framesDone") Integer doneFrames,
                      @JsonProperty("framesFailed") Integer failedFrames, String createdAt,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RenderTask {

    public AcmeJob {
        extra = UnknownFields.copy(extra);
    }

    @Override
    public String renderTaskId() {
        return id;
    }

    @Override
    public String renderTaskName() {
        return name;
    }

    @Override
    public RenderStatus renderStatus() {
        return AcmeState.renderStatusOf(state);
    }

    @Override
    public String nativeStatus() {
        return state == null ? "" : state;
    }

    @Override
    public int renderFrameCount() {
        return totalFrames == null ? -1 : totalFrames;
    }

    @Override
    public int renderFramesDone() {
        return doneFrames == null ? 0 : doneFrames;
    }

    @Override
    public int renderFramesFailed() {
        return failedFrames == null ? 0 : failedFrames;
    }
}
