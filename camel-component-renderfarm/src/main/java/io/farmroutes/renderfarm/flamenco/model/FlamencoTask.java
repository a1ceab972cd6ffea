package io.farmroutes.renderfarm.flamenco.model;

import io.farmroutes.spi.json.UnknownFields;
import io.farmroutes.spi.render.RenderFrame;
import io.farmroutes.spi.render.RenderStatus;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A task: one chunk of a job's frames, rendered by one worker. In the portable view it is the job's "frame"
 * (a frame block, {@code 5-8}), since Flamenco schedules and fails whole chunks.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FlamencoTask(Long id, Long jobId, Integer chunkStart, Integer chunkEnd, Integer currentFrame,
                           String status, Double percentageDone, Integer priority,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RenderFrame {

    public FlamencoTask {
        extra = UnknownFields.copy(extra);
    }

    /** Frames in the chunk; 0 when the server left the range out. */
    @JsonIgnore
    public int frameCount() {
        return chunkStart == null || chunkEnd == null ? 0 : Math.max(0, chunkEnd - chunkStart + 1);
    }

    @Override
    public String renderTaskId() {
        return jobId == null ? null : jobId.toString();
    }

    @Override
    public String renderFrameId() {
        return id == null ? null : id.toString();
    }

    @Override
    public String renderFrameIndex() {
        if (Objects.equals(chunkStart, chunkEnd)) {
            return String.valueOf(chunkStart);
        }
        return chunkStart + "-" + chunkEnd;
    }

    @Override
    public RenderStatus renderStatus() {
        return FlamencoStatuses.task(status);
    }

    @Override
    public String nativeStatus() {
        return status == null ? "" : status;
    }

    /** Status plus the frame reached, so that a chunk that restarts after a re-queue reads as a new state. */
    @Override
    public String changeKey() {
        return nativeStatus() + "/" + currentFrame;
    }
}
