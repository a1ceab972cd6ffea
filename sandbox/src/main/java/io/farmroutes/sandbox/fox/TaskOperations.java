package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxJson.obj;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Task life cycle: create, upload configuration, submit, list, inspect, stop, resume, abandon, delete, tune. */
final class TaskOperations {

    static final Set<String> CONFIG_FILES = Set.of("task.json", "upload.json", "asset.json", "tips.json");
    private static final int MAX_CREATE = 100;

    private final FoxState state;
    private final FoxViews views;

    TaskOperations(FoxState state, FoxViews views) {
        this.state = state;
        this.views = views;
    }

    void register(FoxOperations ops) {
        ops.add("task/create", "/api/render/submit/createTask", this::create);
        ops.add("task/uploadJson", "/api/render/submit/taskJsonFile", this::uploadJson);
        ops.add("task/submit", "/api/render/submit/task", this::submit);
        ops.add("task/list", "/api/render/handle/getTaskList/v2", this::list);
        ops.add("task/info", "/api/render/handle/queryTaskInfo/v2", this::info);
        ops.add("task/stop", "/api/rendering/task/renderingTask/stopTask",
                call -> forEachTask(call, "stop", t -> t.stop(state.nowMs())));
        ops.add("task/start", "/api/rendering/task/renderingTask/startTask",
                call -> forEachTask(call, "start", t -> t.start(state.nowMs(), state.rules())));
        ops.add("task/abandon", "/api/render/handle/abandonTask",
                call -> forEachTask(call, "abandon", t -> t.abandon(state.nowMs())));
        ops.add("task/delete", "/api/render/handle/deleteTask", call -> forEachTask(call, "delete", this::delete));
        ops.add("task/recommitFailed", "/api/render/handle/recommitTasks", this::recommit);
        ops.add("task/updatePriority", "/api/rendering/task/renderingTask/updateTaskUserLevel", this::priority);
        ops.add("task/updateLimit", "/api/render/handle/updateTaskLimit", this::limit);
        ops.add("task/setOvertimeStop", "/api/render/handle/setTaskOverTimeStop", this::overtime);
        ops.add("task/fullSpeed", "/api/render/handle/fullSpeedRendering", this::fullSpeed);
        ops.add("task/editHardware", "/api/render/handle/editTaskHardwareConfig", this::hardware);
        ops.add("task/progress", "/api/render/handle/loadTaskProcessImg", this::progress);
    }

    private Object create(FoxCall call) {
        int count = call.optionalInteger("count").orElse(1);
        if (count < 1 || count > MAX_CREATE) {
            throw FoxApiError.invalid("count must be within 1.." + MAX_CREATE + ": " + count);
        }
        int level = call.choice("taskUserLevel", 50, 50, 60);
        Optional<Long> outUserId = call.optionalLong("outUserId");
        List<String> labels = call.optionalStrings("labels").orElse(List.of());
        if (labels.stream().anyMatch(String::isBlank)) {
            throw FoxApiError.invalid("labels must not hold empty names");
        }
        Optional<FoxTask> original = call.optionalLong("cloneOriginalId").map(state::requireTask);
        Optional<String> artist = call.optionalString("artist");
        List<Long> ids = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FoxTask t = state.newTask(null);
            t.taskUserLevel = level;
            t.outUserId = outUserId.orElse(null);
            t.artist = artist.orElse(null);
            labels.forEach(name -> t.labelIds.add(state.ensureLabel(name, 0).id()));
            original.ifPresent(o -> {
                t.cloneOriginalId = o.id;
                t.files.putAll(o.files);
                t.cgId = o.cgId;
                t.sceneName = o.sceneName;
            });
            state.record(t, "create", original.map(o -> "task cloned from " + o.id).orElse("task created"));
            ids.add(t.id);
            aliases.add(t.alias);
        }
        return obj("taskIdList", ids, "aliasTaskIdList", aliases, "userId", outUserId.orElse(FoxState.USER_ID));
    }

    private Object uploadJson(FoxCall call) {
        long taskId = call.longValue("taskId");
        String fileName = call.optionalString("fileName").orElse("task.json");
        if (!CONFIG_FILES.contains(fileName)) {
            throw FoxApiError.invalid("fileName must be one of task.json, upload.json, asset.json, tips.json: "
                    + fileName);
        }
        String content = call.string("content");
        try {
            FoxJson.MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            throw FoxApiError.invalid("content of " + fileName + " is not a JSON document: "
                    + e.getOriginalMessage());
        }
        state.requireTask(taskId).files.put(fileName, content);
        return null;
    }

    private Object submit(FoxCall call) {
        long taskId = call.longValue("taskId");
        state.countSubmission(taskId);
        Optional<String> producer = call.optionalString("producer");
        FoxTask task = state.requireTask(taskId);
        if (task.submitted) {
            throw FoxApiError.invalid("task " + taskId + " has already been submitted");
        }
        if (task.deleted) {
            throw FoxApiError.invalid("task " + taskId + " has been deleted");
        }
        String json = task.files.get("task.json");
        if (json == null) {
            throw FoxApiError.invalid("task " + taskId + " has no task.json: upload it with taskJsonFile before"
                    + " submitting");
        }
        JsonNode info;
        try {
            info = FoxJson.MAPPER.readTree(json).path("task_info");
        } catch (JsonProcessingException e) {
            throw FoxApiError.invalid("task.json of task " + taskId + " is not JSON");
        }
        if (!info.isObject()) {
            throw FoxApiError.invalid("task.json of task " + taskId + " has no task_info object");
        }
        JsonNode frames = info.path("frames");
        if (!frames.isTextual() && !frames.isIntegralNumber()) {
            throw FoxApiError.invalid("task.json of task " + taskId + " has no task_info.frames (e.g. \"1-10[1]\")");
        }
        if (info.path("input_scene_path").isTextual()) {
            task.sceneName = sceneFileName(info.path("input_scene_path").textValue());
        }
        JsonNode cg = info.path("cg_id");
        if (cg.isIntegralNumber() || cg.isTextual() && cg.textValue().matches("\\d{1,9}")) {
            task.cgId = cg.isTextual() ? Integer.parseInt(cg.textValue()) : cg.intValue();
        }
        if (info.path("project_name").isTextual() && !info.path("project_name").textValue().isEmpty()) {
            task.projectName = info.path("project_name").textValue();
        }
        state.submit(task, frames.asText().strip(), producer.orElse(null));
        state.record(task, "submit", "task submitted with frames " + task.framesRange);
        return null;
    }

    private Object list(FoxCall call) {
        Optional<List<Long>> statuses = call.optionalIds("statusList").filter(l -> !l.isEmpty());
        String keyword = call.optionalString("searchKeyword").map(s -> s.strip().toLowerCase(Locale.ROOT))
                .orElse("");
        Optional<Long> from = FoxDates.parse(call, "startTime", false);
        Optional<Long> to = FoxDates.parse(call, "endTime", true);
        boolean recycled = call.choice("recycleFlag", 0, 0, 1) == 1;
        List<FoxTask> matching = new ArrayList<>();
        for (FoxTask t : state.tasks().values()) {
            long when = t.submitMs != null ? t.submitMs : t.createdMs;
            if (t.parentId == null && t.deleted == recycled
                    && statuses.map(s -> s.contains((long) t.status())).orElse(true)
                    && (keyword.isEmpty() || matches(t, keyword))
                    && from.map(f -> when >= f).orElse(true) && to.map(x -> when <= x).orElse(true)) {
                matching.add(t);
            }
        }
        matching.sort(Comparator.comparingLong((FoxTask t) -> t.id).reversed());
        long now = state.nowMs();
        return FoxPage.of(call, state.settings().maxPageSize(), matching, t -> views.taskInfo(t, now));
    }

    private boolean matches(FoxTask t, String keyword) {
        List<String> fields = new ArrayList<>(List.of(Long.toString(t.id), t.alias));
        if (t.sceneName != null) {
            fields.add(t.sceneName);
        }
        if (t.projectName != null) {
            fields.add(t.projectName);
        }
        fields.addAll(state.labelNames(t));
        return fields.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(keyword));
    }

    private Object info(FoxCall call) {
        List<FoxTask> tasks = requireTasks(call);
        long now = state.nowMs();
        List<Object> items = new ArrayList<>();
        tasks.forEach(t -> items.add(views.taskInfo(t, now)));
        return FoxPage.whole(items);
    }

    private void delete(FoxTask t) {
        if (t.active()) {
            t.abandon(state.nowMs());
        }
        t.deleted = true;
        t.children.forEach(c -> c.deleted = true);
    }

    private Object recommit(FoxCall call) {
        List<FoxTask> tasks = requireTasks(call);
        List<Long> statuses = call.optionalIds("status").orElse(List.of((long) FoxStatus.FRAME_FAILED));
        tasks.forEach(TaskOperations::checkRecommittable);
        for (FoxTask t : tasks) {
            int chosen = 0;
            for (FoxTask owner : withChildren(t)) {
                List<FoxFrame> frames = new ArrayList<>();
                for (FoxFrame f : owner.frames) {
                    if (statuses.contains((long) f.status)) {
                        frames.add(f);
                        state.countFrameRecommit(f.id);
                    }
                }
                owner.recommit(frames, state.nowMs(), state.rules());
                chosen += frames.size();
            }
            state.record(t, "recommit", chosen + " frames re-submitted");
        }
        return null;
    }

    /** Frames can go back to the queue only for a submitted task that is still around. */
    static void checkRecommittable(FoxTask t) {
        if (!t.submitted) {
            throw FoxApiError.invalid("task " + t.id + " has not been submitted");
        }
        if (t.abandoned || t.deleted) {
            throw FoxApiError.invalid("task " + t.id + " has been " + (t.deleted ? "deleted" : "abandoned"));
        }
    }

    static List<FoxTask> withChildren(FoxTask t) {
        List<FoxTask> all = new ArrayList<>();
        all.add(t);
        all.addAll(t.children);
        return all;
    }

    private Object priority(FoxCall call) {
        FoxTask t = state.requireTask(call.longValue("taskId"));
        t.taskUserLevel = call.requiredChoice("taskUserLevel", 50, 60);
        state.record(t, "priority", "priority set to " + t.taskUserLevel);
        return null;
    }

    private Object limit(FoxCall call) {
        FoxTask t = state.requireTask(call.longValue("taskId"));
        int limit = call.integer("taskLimit");
        if (limit < 0) {
            throw FoxApiError.invalid("taskLimit must not be negative: " + limit);
        }
        // 0 lifts the limit; a new limit ends full-speed rendering
        t.taskLimit = limit == 0 ? null : limit;
        t.fullSpeed = false;
        t.reschedule(state.nowMs(), state.rules());
        state.record(t, "limit", "node limit set to " + limit);
        return null;
    }

    private Object overtime(FoxCall call) {
        List<FoxTask> tasks = requireTasks(call);
        int seconds = call.integer("overTime");
        if (seconds < 0) {
            throw FoxApiError.invalid("overTime must not be negative: " + seconds);
        }
        tasks.forEach(t -> t.overTimeSec = seconds);
        return "SUCCESS";
    }

    private Object fullSpeed(FoxCall call) {
        for (FoxTask t : requireTasks(call)) {
            t.fullSpeed = true;
            t.reschedule(state.nowMs(), state.rules());
            state.record(t, "fullSpeed", "full-speed rendering");
        }
        return "成功";
    }

    private Object hardware(FoxCall call) {
        List<FoxTask> tasks = requireTasks(call);
        int id = call.integer("hardwareConfigId");
        call.optionalString("model");
        call.optionalInteger("gpuNum");
        call.optionalInteger("ram");
        FoxCatalog.hardware(id).orElseThrow(() -> FoxApiError.invalid("unknown hardwareConfigId: " + id));
        tasks.forEach(t -> t.hardwareConfigId = id);
        return null;
    }

    private Object progress(FoxCall call) {
        FoxTask t = state.requireTask(call.longValue("taskId"));
        int frameType = call.choice("frameType", 5, 2, 5);
        long now = state.nowMs();
        long frameMillis = state.rules().frameMillis();
        List<Object> grab = new ArrayList<>();
        if (frameType == 5) {
            for (FoxTask owner : withChildren(t)) {
                for (FoxFrame f : owner.frames) {
                    int percent = switch (f.status) {
                        case FoxStatus.FRAME_DONE -> 100;
                        case FoxStatus.FRAME_RENDERING -> (int) Math.min(99, (now - f.startMs) * 100 / frameMillis);
                        default -> 0;
                    };
                    grab.add(List.of(obj("frameIndex", f.frameIndex(), "frameStatus", f.status,
                            "framePercent", percent, "blockIndex", 1,
                            "grabUrl", f.status == FoxStatus.FRAME_DONE ? "/grab/" + t.id + "/" + f.frameIndex()
                                    + ".jpg" : null)));
                }
            }
        }
        long lastEnd = t.counts().lastEndMs();
        return obj("width", 1920, "height", 1080, "block", 1, "isRenderPhoton", false,
                "currentTaskType", frameType == 2 ? "Photon" : "Render", "sceneName", t.sceneName,
                "startTime", t.startMs, "endTime", t.active() || lastEnd == 0 ? null : lastEnd,
                "grabInfo", grab);
    }

    /** The tasks of {@code taskIds}; every id must exist before anything is changed. */
    private List<FoxTask> requireTasks(FoxCall call) {
        List<FoxTask> tasks = new ArrayList<>();
        for (long id : call.ids("taskIds")) {
            tasks.add(state.requireTask(id));
        }
        return tasks;
    }

    private Object forEachTask(FoxCall call, String operation, Consumer<FoxTask> action) {
        for (FoxTask t : requireTasks(call)) {
            action.accept(t);
            state.record(t, operation, "task " + operation);
        }
        return null;
    }

    private static String sceneFileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}
