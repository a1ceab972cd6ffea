package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxJson.obj;

import io.farmroutes.sandbox.fox.FoxRecords.Label;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders tasks and frames as the wire shapes TaskInfo and FrameInfo of spec §9. */
final class FoxViews {

    private final FoxState state;

    FoxViews(FoxState state) {
        this.state = state;
    }

    Map<String, Object> taskInfo(FoxTask t, long nowMs) {
        FoxTask.FrameCounts c = t.counts();
        int status = t.status();
        Long completed = switch (status) {
            case FoxStatus.TASK_DONE, FoxStatus.TASK_DONE_WITH_FAILED, FoxStatus.TASK_DONE_WITH_STOPPED ->
                    c.lastEndMs() > 0 ? c.lastEndMs() : null;
            case FoxStatus.TASK_ABANDONED -> t.abandonMs;
            default -> null;
        };
        List<Object> labels = new ArrayList<>();
        for (Label l : state.labels().values()) {
            if (t.labelIds.contains(l.id())) {
                labels.add(obj("labelId", l.id(), "labelName", l.name()));
            }
        }
        List<Object> children = null;
        if (!t.children.isEmpty()) {
            children = new ArrayList<>();
            for (FoxTask child : t.children) {
                children.add(taskInfo(child, nowMs));
            }
        }
        String projectName = t.projectName != null ? t.projectName
                : state.labelNames(t).stream().findFirst().orElse(null);
        Long renderDuration = t.startMs == null ? null : ((completed != null ? completed : nowMs) - t.startMs) / 1000;
        return obj(
                "id", t.id,
                "taskAlias", t.alias,
                "userId", t.outUserId != null ? t.outUserId : FoxState.USER_ID,
                "userName", FoxState.USER_NAME,
                "platform", t.platform,
                "sceneName", t.sceneName,
                "taskStatus", status,
                "statusText", FoxStatus.taskText(status),
                "preTaskStatus", t.preStatus,
                "totalFrames", c.total(),
                "doneFrames", c.done(),
                "failedFrames", c.failed(),
                "executingFrames", c.rendering(),
                "waitingFrames", c.waiting(),
                "abortFrames", c.stopped(),
                "framesRange", t.framesRange,
                "projectName", projectName,
                "labels", labels,
                "renderConsume", c.fee(),
                "userAccountConsume", c.fee(),
                "couponConsume", new BigDecimal("0.00"),
                "qyCouponConsume", new BigDecimal("0.00"),
                "taskArrears", new BigDecimal("0.00"),
                "submitDate", t.submitMs,
                "startTime", t.startMs,
                "completedDate", completed,
                "renderDuration", renderDuration,
                "producer", t.producer,
                "artist", t.artist,
                "taskLevel", 79,
                "taskUserLevel", t.taskUserLevel,
                "taskLimit", t.taskLimit,
                "taskOverTime", t.overTimeSec,
                "isFullSpeed", t.fullSpeed ? 1 : 0,
                "hardwareConfigId", t.hardwareConfigId != null ? t.hardwareConfigId : FoxCatalog.DEFAULT_HARDWARE,
                "outputFileName", t.id + "_" + baseName(t.sceneName),
                "layerParentId", t.parentId,
                "cgId", t.cgId,
                "taskType", "Render",
                "renderCamera", null,
                "cloneOriginalId", t.cloneOriginalId,
                "isDelete", t.deleted ? 1 : 0,
                "taskKeyValueVo", obj("tiles", 1, "allCamera", null, "renderableCamera", null),
                "respRenderingTaskList", children);
    }

    Map<String, Object> frameInfo(FoxFrame f, FoxTask t, long nowMs) {
        boolean finished = f.status != FoxStatus.FRAME_RENDERING && f.status != FoxStatus.FRAME_WAITING;
        return obj(
                "id", f.id,
                "taskId", f.taskId,
                "userId", FoxState.USER_ID,
                "frameIndex", f.frameIndex(),
                "frameBlock", "1",
                "frameStatus", f.status,
                "frameStatusText", FoxStatus.frameText(f.status),
                "frameType", 5,
                "feeAmount", f.fee,
                "couponFee", new BigDecimal("0.00"),
                "startTime", f.status == FoxStatus.FRAME_WAITING ? null : f.startMs,
                "endTime", finished ? f.endMs : null,
                "frameExecuteTime", f.status == FoxStatus.FRAME_WAITING ? null : f.executeSeconds(nowMs),
                "recommitFlag", f.attempt,
                "taskOverTime", t.overTimeSec,
                "frameRam", 64,
                "renderNode", f.node,
                "averageCpu", null,
                "averageMemory", null,
                "gopName", null,
                "munuJobId", Long.toString(f.id * 10 + f.attempt),
                "munuTaskId", Long.toString(f.taskId),
                "isCopy", 0);
    }

    /** The scene file name without its folder and extension. */
    static String baseName(String scene) {
        if (scene == null) {
            return "untitled";
        }
        String name = scene.substring(Math.max(scene.lastIndexOf('/'), scene.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
