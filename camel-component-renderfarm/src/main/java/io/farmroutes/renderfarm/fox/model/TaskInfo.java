package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.render.RenderTask;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A render task as getTaskList/v2 and queryTaskInfo/v2 report it; layered tasks carry their layers as children. */
public record TaskInfo(Long id, String taskAlias, String sceneName, Integer taskStatus, String statusText,
                       Integer preTaskStatus, Integer totalFrames, Integer doneFrames, Integer failedFrames,
                       Integer executingFrames, Integer abortFrames, String framesRange, String projectName,
                       Double renderConsume, Double arrearsFee, Double couponConsume, Long submitDate, Long startTime,
                       Long completedDate, Long renderDuration, String producer, Integer taskLevel,
                       Integer taskUserLevel, Integer taskLimit, String outputFileName, Long layerParentId,
                       Integer cgId, @JsonDeserialize(using = LenientText.class) String taskType, String renderCamera, Long cloneOriginalId, Integer isDelete,
                       TaskKeyValue taskKeyValueVo, List<TaskInfo> respRenderingTaskList,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RenderTask {

    public TaskInfo {
        // null here means "not a layered task", which an empty list would hide.
        respRenderingTaskList = Copies.nullable(respRenderingTaskList);
        extra = Copies.extra(extra);
    }

    /** The known state; empty when the status is missing or newer than this client. */
    public Optional<TaskStatus> status() {
        return TaskStatus.of(taskStatus);
    }

    @Override
    public String renderTaskId() {
        return id == null ? null : id.toString();
    }

    @Override
    public String renderTaskName() {
        return sceneName != null && !sceneName.isBlank() ? sceneName : taskAlias;
    }

    @Override
    public RenderStatus renderStatus() {
        return TaskStatus.renderStatusOf(taskStatus);
    }

    /** Fox stamps submitDate when it takes the submission; a created task that was never submitted has none. */
    @Override
    public Boolean renderSubmitted() {
        return submitDate != null;
    }

    @Override
    public String nativeStatus() {
        return taskStatus == null ? "" : taskStatus.toString();
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

    /**
     * Adds the running and aborted counters, which move while done/failed stand still, and the completion time,
     * which moves when a re-submitted task ends again with the same counts as before.
     */
    @Override
    public String progressKey() {
        return RenderTask.super.progressKey() + "/" + count(executingFrames) + "/" + count(abortFrames) + "/"
                + (completedDate == null ? "" : completedDate);
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }
}
