package com.acme.farm.model;

import io.farmroutes.spi.render.RenderFrame;
import io.farmroutes.spi.render.RenderStatus;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * One frame of an Acme job. Acme names a frame by its number, so the number is also the id that
 * frame/retry takes; {@code attempt} counts the renders of the frame, starting at 1.
 */
public record AcmeFrame(String jobId, Integer number, String state, Integer attempt,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RenderFrame {

    public AcmeFrame {
        extra = UnknownFields.copy(extra);
    }

    /** A copy that names its job: the frame list gives the job once, not on every frame. */
    public AcmeFrame withJobId(String newJobId) {
        return new AcmeFrame(newJobId, number, state, attempt, extra);
    }

    @Override
    public String renderTaskId() {
        return jobId;
    }

    @Override
    public String renderFrameId() {
        return number == null ? null : number.toString();
    }

    @Override
    public String renderFrameIndex() {
        return renderFrameId();
    }

    @Override
    public RenderStatus renderStatus() {
        return AcmeState.renderStatusOf(state);
    }

    @Override
    public String nativeStatus() {
        return state == null ? "" : state;
    }

    /** The attempt is part of the key: a frame that fails again after a retry is a new failure. */
    @Override
    public String changeKey() {
        return nativeStatus() + "/" + (attempt == null ? "" : attempt);
    }
}
