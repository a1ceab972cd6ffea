package com.acme.farm.model;

import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.render.RenderTask;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A render job as Acme Cloud Render reports it; fields this client does not know are kept in {@code extra}. The
 * frame counters are renamed from Acme's {@code framesDone}/{@code framesFailed}: a record component of that name
 * would clash with {@link RenderTask#framesDone()}, which returns an {@code int}.
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
    public int frameCount() {
        return totalFrames == null ? -1 : totalFrames;
    }

    @Override
    public int framesDone() {
        return doneFrames == null ? 0 : doneFrames;
    }

    @Override
    public int framesFailed() {
        return failedFrames == null ? 0 : failedFrames;
    }
}
