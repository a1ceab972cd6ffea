package io.farmroutes.reliability.crash;

import io.farmroutes.sandbox.fox.FoxState;
import io.farmroutes.sandbox.fox.TaskView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The farm's own account of the run, read from the emulator's state rather than from the pipeline: which tasks
 * were created for which shot, how often each was submitted and how often each frame was put back.
 */
final class FarmAudit {

    private static final int FRAME_DONE = 4;
    private static final int FRAME_FAILED = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One task the run created. {@code key} is the shot named in its task.json, or null when none was uploaded. */
    record Task(long id, String key, boolean submitted, int submissions, TaskView view) {

        boolean rendered() {
            return submitted && !view.frames().isEmpty() && view.frames(FRAME_DONE) == view.frames().size();
        }

        long failedFrames() {
            return view.frames(FRAME_FAILED);
        }

        int recommits() {
            return view.frames().stream().mapToInt(TaskView.FrameView::recommits).sum();
        }

        int mostRecommitsOfAFrame() {
            return view.frames().stream().mapToInt(TaskView.FrameView::recommits).max().orElse(0);
        }
    }

    private final List<Task> tasks;

    private FarmAudit(List<Task> tasks) {
        this.tasks = tasks;
    }

    /** The tasks with ids not in {@code before} (the emulator's seed data). */
    static FarmAudit of(FoxState state, List<Long> before) {
        List<Task> created = new ArrayList<>();
        for (long id : state.taskIds()) {
            if (before.contains(id)) {
                continue;
            }
            Optional<TaskView> view = state.findTask(id);
            view.ifPresent(task -> created.add(new Task(id, key(task), task.submitted(), state.submissions(id), task)));
        }
        return new FarmAudit(created);
    }

    private static String key(TaskView task) {
        String json = task.files().get("task.json");
        if (json == null) {
            return null;
        }
        try {
            String name = JSON.readTree(json).path("task_info").path("project_name").asText("");
            return name.isEmpty() ? null : name;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    List<Task> tasks() {
        return tasks;
    }

    /** The submitted tasks of each shot. */
    Map<String, List<Task>> submittedByKey() {
        Map<String, List<Task>> byKey = new TreeMap<>();
        tasks.stream().filter(Task::submitted).forEach(task -> byKey.computeIfAbsent(String.valueOf(task.key()),
                k -> new ArrayList<>()).add(task));
        return byKey;
    }

    /** Tasks created and never submitted: a kill landed between the farm's create and the ledger's note of it. */
    List<Task> orphans() {
        return tasks.stream().filter(task -> !task.submitted()).toList();
    }

    int submissions() {
        return tasks.stream().mapToInt(Task::submissions).sum();
    }

    int recommits() {
        return tasks.stream().mapToInt(Task::recommits).sum();
    }

    long submittedCount() {
        return tasks.stream().filter(Task::submitted).count();
    }

    long renderedCount() {
        return tasks.stream().filter(Task::rendered).count();
    }

    /** Frames failed now in submitted tasks: each waits for the pipeline to put it back. */
    long framesAwaitingResubmission() {
        return tasks.stream().filter(Task::submitted).mapToLong(Task::failedFrames).sum();
    }
}
