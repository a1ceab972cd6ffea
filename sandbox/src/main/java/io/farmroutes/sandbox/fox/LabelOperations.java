package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxJson.obj;

import io.farmroutes.sandbox.fox.FoxRecords.Label;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Custom labels, which the API also calls projects: one list of names with ids, attached to tasks through
 * createTask, addTaskLabel and deleteTaskLabel.
 */
final class LabelOperations {

    private final FoxState state;

    LabelOperations(FoxState state) {
        this.state = state;
    }

    void register(FoxOperations ops) {
        ops.add("label/add", "/api/render/project/add", this::add);
        ops.add("label/delete", "/api/render/project/delete", this::delete);
        ops.add("project/names", "/api/render/project/getList", call -> names());
        ops.add("project/list", "/api/render/project/list", call -> {
            // one account, no sub-accounts with projects of their own: every flag sees the same list
            call.requiredChoice("flag", 0, 1, 2);
            return names();
        });
        ops.add("task/addLabel", "/api/render/handle/addTaskLabel", this::addToTasks);
        ops.add("task/deleteLabel", "/api/render/handle/deleteTaskLabel", this::removeFromTasks);
    }

    private Object add(FoxCall call) {
        String name = call.string("newName");
        int status = call.choice("status", 1, 0, 1);
        if (state.labels().containsKey(name)) {
            throw new FoxApiError(FoxApiError.LABEL_ALREADY_EXISTS, "label already exists: " + name);
        }
        state.ensureLabel(name, status);
        return null;
    }

    /** Deleting a label that is not there succeeds: the operation is safe to retry. */
    private Object delete(FoxCall call) {
        Label removed = state.labels().remove(call.string("delName"));
        if (removed != null) {
            state.tasks().values().forEach(t -> t.labelIds.remove(removed.id()));
        }
        return null;
    }

    private Object names() {
        List<Object> list = new ArrayList<>();
        for (Label l : state.labels().values()) {
            list.add(obj("projectId", l.id(), "projectName", l.name()));
        }
        return obj("projectNameList", list);
    }

    private Object addToTasks(FoxCall call) {
        String name = call.string("label");
        List<FoxTask> tasks = tasks(call.ids("taskIds"));
        Label label = state.ensureLabel(name, 0);
        for (FoxTask t : tasks) {
            t.labelIds.add(label.id());
            state.record(t, "addLabel", "label " + name + " added");
        }
        return null;
    }

    private Object removeFromTasks(FoxCall call) {
        List<Long> ids = call.optionalIds("labelIds").orElseThrow(() -> FoxApiError.missing("labelIds"));
        List<String> names = call.optionalStrings("labelNames").orElse(List.of());
        if (ids.isEmpty() && names.isEmpty()) {
            throw FoxApiError.missing("labelIds or labelNames");
        }
        Collection<FoxTask> tasks = call.optionalIds("taskIds").filter(l -> !l.isEmpty()).map(this::tasks)
                .map(l -> (Collection<FoxTask>) l).orElse(state.tasks().values());
        List<Long> removed = new ArrayList<>(ids);
        for (String n : names) {
            Label l = state.labels().get(n);
            if (l != null) {
                removed.add(l.id());
            }
        }
        for (FoxTask t : tasks) {
            t.labelIds.removeAll(removed);
        }
        return null;
    }

    private List<FoxTask> tasks(List<Long> ids) {
        List<FoxTask> tasks = new ArrayList<>();
        for (long id : ids) {
            tasks.add(state.requireTask(id));
        }
        return tasks;
    }
}
