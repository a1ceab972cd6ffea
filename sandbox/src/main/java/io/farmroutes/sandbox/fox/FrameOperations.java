package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxJson.obj;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Frames: pages of a task's frames, farm-wide counters, re-submission, stopping, thumbnails and logs. */
final class FrameOperations {

    private final FoxState state;
    private final FoxViews views;

    FrameOperations(FoxState state, FoxViews views) {
        this.state = state;
        this.views = views;
    }

    void register(FoxOperations ops) {
        ops.add("frame/list", "/api/render/handle/queryTaskFrames", this::list);
        ops.add("frame/stats", "/api/render/handle/queryAllFrameStats", this::stats);
        ops.add("frame/recommit", "/api/render/handle/recommitTaskFrames", this::recommit);
        ops.add("frame/stop", "/api/render/handle/stopTaskFrames", this::stop);
        ops.add("frame/thumbnail", "/api/render/handle/loadingFrameThumbnail", this::thumbnail);
        ops.add("frame/log", "/api/render/handle/showLog", this::log);
    }

    private Object list(FoxCall call) {
        FoxTask task = state.requireTask(call.longValue("taskId"));
        String keyword = call.optionalString("searchKeyword").map(String::strip).orElse("");
        List<FoxFrame> frames = new ArrayList<>();
        for (FoxTask owner : TaskOperations.withChildren(task)) {
            for (FoxFrame f : owner.frames) {
                if (keyword.isEmpty() || f.frameIndex().contains(keyword)) {
                    frames.add(f);
                }
            }
        }
        long now = state.nowMs();
        return FoxPage.of(call, state.settings().maxPageSize(), frames,
                f -> views.frameInfo(f, state.tasks().get(f.taskId), now));
    }

    /** Counters over every frame of every task not deleted. */
    private Object stats(FoxCall call) {
        int waiting = 0;
        int rendering = 0;
        int done = 0;
        int failed = 0;
        int stopped = 0;
        int total = 0;
        for (FoxTask t : state.tasks().values()) {
            boolean deleted = t.deleted || t.parentId != null && state.tasks().get(t.parentId).deleted;
            if (deleted) {
                continue;
            }
            for (FoxFrame f : t.frames) {
                total++;
                switch (f.status) {
                    case FoxStatus.FRAME_WAITING -> waiting++;
                    case FoxStatus.FRAME_RENDERING -> rendering++;
                    case FoxStatus.FRAME_DONE -> done++;
                    case FoxStatus.FRAME_STOPPED -> stopped++;
                    default -> failed++;
                }
            }
        }
        return obj("executingFramesTotal", rendering, "doneFramesTotal", done, "failedFramesTotal", failed,
                "waitingFramesTotal", waiting, "abandonFramesTotal", stopped, "totalFrames", total);
    }

    private Object recommit(FoxCall call) {
        FoxTask task = state.requireTask(call.longValue("taskId"));
        List<FoxFrame> chosen = select(call, task);
        TaskOperations.checkRecommittable(task);
        chosen.forEach(state::countFrameRecommit);
        for (FoxTask owner : TaskOperations.withChildren(task)) {
            owner.recommit(chosen.stream().filter(f -> f.taskId == owner.id).toList(), state.nowMs(),
                    state.rules());
        }
        state.record(task, "recommitFrames", chosen.size() + " frames re-submitted");
        return null;
    }

    private Object stop(FoxCall call) {
        FoxTask task = state.requireTask(call.longValue("taskId"));
        List<FoxFrame> chosen = select(call, task);
        for (FoxTask owner : TaskOperations.withChildren(task)) {
            owner.stopFrames(chosen.stream().filter(f -> f.taskId == owner.id).toList(), state.nowMs(),
                    state.rules());
        }
        state.record(task, "stopFrames", chosen.size() + " frames stopped");
        return null;
    }

    /**
     * The frames a {@code selectAll}/{@code ids}/{@code status} body names: every frame of the task (1) or the
     * listed frame ids (0), then only those in one of the given statuses when {@code status} is sent.
     */
    private List<FoxFrame> select(FoxCall call, FoxTask task) {
        int selectAll = call.requiredChoice("selectAll", 0, 1);
        Optional<List<Long>> statuses = call.optionalIds("status").filter(s -> !s.isEmpty());
        List<FoxFrame> chosen = new ArrayList<>();
        if (selectAll == 1) {
            TaskOperations.withChildren(task).forEach(owner -> chosen.addAll(owner.frames));
        } else {
            for (long id : call.ids("ids")) {
                FoxFrame f = state.requireFrame(id);
                boolean ours = f.taskId == task.id || task.children.stream().anyMatch(c -> c.id == f.taskId);
                if (!ours) {
                    throw FoxApiError.notFound("frame " + id + " does not belong to task " + task.id);
                }
                chosen.add(f);
            }
        }
        statuses.ifPresent(s -> chosen.removeIf(f -> !s.contains((long) f.status)));
        return chosen;
    }

    private Object thumbnail(FoxCall call) {
        FoxFrame f = state.requireFrame(call.longValue("id"));
        int wanted = call.optionalInteger("frameStatus").orElse(FoxStatus.FRAME_DONE);
        if (f.status != wanted || f.status != FoxStatus.FRAME_DONE) {
            return List.of();
        }
        String base = "/thumbnail/" + FoxState.USER_ID + "/" + f.taskId + "/" + f.frameIndex();
        return List.of(base + "_small.jpg", base + "_large.jpg");
    }

    private Object log(FoxCall call) {
        String type = call.optionalString("renderingType").orElse("render");
        FoxFrame f = state.requireFrame(call.longValue("id"));
        List<String> lines = new ArrayList<>();
        for (int attempt = 0; attempt <= f.attempt; attempt++) {
            boolean current = attempt == f.attempt;
            if (current && f.status == FoxStatus.FRAME_WAITING) {
                lines.add("[attempt " + (attempt + 1) + "] frame " + f.frameIndex() + " is waiting for a node");
                continue;
            }
            String when = f.startMs == null ? "" : FoxJson.dateTime(f.startMs) + " ";
            lines.add(when + "[attempt " + (attempt + 1) + "] " + type + " job started on "
                    + (f.node == null ? "sandbox-node-01" : f.node));
            lines.add("[attempt " + (attempt + 1) + "] loading scene and textures");
            lines.add("[attempt " + (attempt + 1) + "] rendering frame " + f.frameIndex());
            if (!current) {
                lines.add("[attempt " + (attempt + 1) + "] attempt ended; the frame was re-submitted");
            } else {
                switch (f.status) {
                    case FoxStatus.FRAME_RENDERING -> lines.add("[attempt " + (attempt + 1) + "] still rendering");
                    case FoxStatus.FRAME_DONE -> lines.add("[attempt " + (attempt + 1)
                            + "] render finished, output written");
                    case FoxStatus.FRAME_STOPPED -> lines.add("[attempt " + (attempt + 1) + "] stopped by the user");
                    default -> lines.add("[attempt " + (attempt + 1) + "] render failed: exit code 1");
                }
            }
        }
        return FoxPage.of(call, state.settings().maxPageSize(), lines, line -> line);
    }
}
