package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.farmroutes.spi.render.RenderFrame;
import io.farmroutes.spi.render.RenderStatus;
import java.util.Map;
import java.util.Optional;

/** One frame (or frame block) of a task as queryTaskFrames reports it; {@code id} is what re-submission names. */
public record FrameInfo(Long id, Long taskId, String frameIndex, String frameBlock, Integer frameStatus,
                        String frameStatusText, Integer frameType, Double feeAmount, Double couponFee, Long startTime,
                        Long endTime, Long frameExecuteTime, Integer recommitFlag, Integer taskOverTime, Long frameRam,
                        String gopName, String munuJobId, String munuTaskId,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RenderFrame {

    public FrameInfo {
        extra = Copies.extra(extra);
    }

    /** The known state; empty when the status is missing or newer than this client. */
    public Optional<FrameStatus> status() {
        return FrameStatus.of(frameStatus);
    }

    /** A copy naming its task: queryTaskFrames often leaves {@code taskId} out although the caller knows it. */
    public FrameInfo withTaskId(Long newTaskId) {
        return new FrameInfo(id, newTaskId, frameIndex, frameBlock, frameStatus, frameStatusText, frameType, feeAmount,
                couponFee, startTime, endTime, frameExecuteTime, recommitFlag, taskOverTime, frameRam, gopName,
                munuJobId, munuTaskId, extra);
    }

    /** The task id as text, or null when the reply did not carry it (see {@link #withTaskId}). */
    @Override
    public String renderTaskId() {
        return taskId == null ? null : taskId.toString();
    }

    @Override
    public String renderFrameId() {
        return id == null ? null : id.toString();
    }

    @Override
    public String renderFrameIndex() {
        return frameIndex;
    }

    @Override
    public RenderStatus renderStatus() {
        return FrameStatus.renderStatusOf(frameStatus);
    }

    @Override
    public String nativeStatus() {
        return frameStatus == null ? "" : frameStatus.toString();
    }

    /**
     * Status plus the re-submission counter and the start time: a frame that fails, is re-submitted and fails again
     * shows the same status, but a new attempt bumps {@code recommitFlag} or at least starts at a new time.
     */
    @Override
    public String changeKey() {
        return nativeStatus() + "/" + text(recommitFlag) + "/" + text(startTime);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
