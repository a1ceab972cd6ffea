package io.farmroutes.renderfarm.flamenco;

import static io.farmroutes.spi.operation.ParamType.BOOLEAN;
import static io.farmroutes.spi.operation.ParamType.INT;
import static io.farmroutes.spi.operation.ParamType.LONG;
import static io.farmroutes.spi.operation.ParamType.LONG_LIST;
import static io.farmroutes.spi.operation.ParamType.STRING;

import io.farmroutes.renderfarm.flamenco.model.BrowseListing;
import io.farmroutes.renderfarm.flamenco.model.FlamencoJob;
import io.farmroutes.renderfarm.flamenco.model.FlamencoJobSummary;
import io.farmroutes.renderfarm.flamenco.model.FlamencoManager;
import io.farmroutes.renderfarm.flamenco.model.FlamencoProject;
import io.farmroutes.renderfarm.flamenco.model.FlamencoTask;
import io.farmroutes.renderfarm.flamenco.model.FlamencoWorker;
import io.farmroutes.renderfarm.flamenco.model.JobDeletion;
import io.farmroutes.renderfarm.flamenco.model.ManagerRegistration;
import io.farmroutes.renderfarm.flamenco.model.ManagerWorkers;
import io.farmroutes.renderfarm.flamenco.model.RenderSettingsFiles;
import io.farmroutes.renderfarm.flamenco.model.ServerSettings;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamLocation;
import io.farmroutes.spi.operation.ParamType;
import io.farmroutes.spi.operation.ParameterDescriptor;

import java.util.List;
import java.util.Map;

/**
 * The 21 documented uses of the early Flamenco server API (flamenco.md §6) as data: form fields in, JSON out,
 * collections keyed by id or name. No authentication: the server has none.
 */
public final class FlamencoCatalog {

    public static final String SCHEME = "renderfarm";
    public static final String PROVIDER = "flamenco";
    static final String SERVICE_NAME = "Flamenco server";

    static final String SETTING_UPDATE = "setting/update";
    static final String JOB_DELETE = "job/delete";
    static final String JOB_COMMAND = "job/command";
    static final String JOB_CREATE = "job/create";
    static final String BROWSE_PATH = "browse/path";
    /** The seven settings POST /settings always writes (§6.10), by parameter name and field name. */
    static final Map<String, String> SETTING_FIELDS = settingFields();

    private static final OperationCatalog CATALOG = new OperationCatalog(SCHEME, PROVIDER, operations());

    /**
     * The server's bulk job command (§7), not one of the documented uses: how the portable resubmission
     * re-queues a job's failed chunks. Outside the catalog, so it is no endpoint.
     */
    static final OperationDescriptor JOB_BULK_COMMAND = OperationDescriptor.builder("job", "bulkCommand")
            .description("PUT /jobs: start, stop, reset or respawn jobs")
            .http("PUT", "/jobs")
            .param(form("jobIds", LONG_LIST).wire("id").required())
            .param(form("command", STRING).wire("status").required().allowed("start", "stop", "reset", "respawn"))
            .result(Map.class, FlamencoReaders.map())
            .retrySafe(true).build();

    private FlamencoCatalog() {
    }

    public static OperationCatalog catalog() {
        return CATALOG;
    }

    private static Map<String, String> settingFields() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("blenderPathLinux", "blender_path_linux");
        fields.put("blenderPathWin", "blender_path_win");
        fields.put("blenderPathOsx", "blender_path_osx");
        fields.put("renderSettingsPathLinux", "render_settings_path_linux");
        fields.put("renderSettingsPathWin", "render_settings_path_win");
        fields.put("renderSettingsPathOsx", "render_settings_path_osx");
        fields.put("activeProject", "active_project");
        return java.util.Collections.unmodifiableMap(fields);
    }

    private static List<OperationDescriptor> operations() {
        OperationDescriptor.Builder settingUpdate = op(SETTING_UPDATE, "Update the server settings", "POST",
                "/settings", true)
                .result(Void.class, "nothing", payload -> null);
        SETTING_FIELDS.forEach((name, wire) -> settingUpdate.param(form(name, STRING).wire(wire)
                .doc("Keeps its current value when left out (the client reads the settings first).")));
        settingUpdate.requireOneOf(SETTING_FIELDS.keySet().toArray(String[]::new));
        return List.of(
                read("project/list", "All projects", "/projects")
                        .result(List.class, "List<FlamencoProject>",
                                FlamencoReaders.keyed(FlamencoProject.class, "id", FlamencoProject::id)).build(),
                read("project/get", "One project", "/projects/{id}")
                        .param(path("projectId", LONG).doc("The project's id."))
                        .result(FlamencoProject.class, FlamencoReaders.object(FlamencoProject.class)).build(),
                read("worker/list", "The workers of every reachable manager", "/workers")
                        .result(List.class, "List<FlamencoWorker>",
                                FlamencoReaders.keyed(FlamencoWorker.class, "hostname", FlamencoWorker::hostname))
                        .build(),
                op("worker/updateStatus", "Set workers' status (the server of 2015 answers 500)", "POST", "/workers",
                        true)
                        .param(form("workerIds", LONG_LIST).wire("id").required().doc("Worker ids."))
                        .param(form("status", STRING).required().allowed("enabled", "disabled")
                                .doc("The new status."))
                        .result(Void.class, "nothing", payload -> null).build(),
                read("worker/get", "A worker's run information, from the worker itself", "/workers/{id}")
                        .param(path("workerId", LONG).doc("The worker's id."))
                        .result(Map.class, "Map", FlamencoReaders.map()).build(),
                read("manager/list", "The managers, with a connection probe each", "/managers")
                        .result(List.class, "List<FlamencoManager>",
                                FlamencoReaders.keyed(FlamencoManager.class, "name", FlamencoManager::name)).build(),
                op("manager/register", "A manager announces itself (idempotent by caller address and port)", "POST",
                        "/managers", true)
                        .param(form("port", INT).required().range(1, 65_535).doc("The manager's port."))
                        .param(form("name", STRING).required().doc("The manager's name."))
                        .param(form("hasVirtualWorkers", BOOLEAN).wire("has_virtual_workers")
                                .doc("Whether the manager starts workers on demand."))
                        .param(form("totalWorkers", INT).wire("total_workers").range(0, Integer.MAX_VALUE)
                                .doc("Workers the manager has (stored by manager/update)."))
                        .result(ManagerRegistration.class, FlamencoReaders.object(ManagerRegistration.class))
                        .build(),
                op("manager/update", "A manager reports its worker count; the server dispatches", "PATCH",
                        "/managers/{uuid}", true)
                        .param(path("uuid", STRING).doc("The uuid manager/register gave."))
                        .param(form("totalWorkers", INT).wire("total_workers").required().range(0, Integer.MAX_VALUE)
                                .doc("Workers the manager has."))
                        .result(ManagerWorkers.class, FlamencoReaders.object(ManagerWorkers.class)).build(),
                read("setting/list", "All settings", "/settings")
                        .result(ServerSettings.class, FlamencoReaders.object(ServerSettings.class)).build(),
                settingUpdate.build(),
                read("setting/renderFiles", "The render settings files jobs may name", "/settings/render")
                        .result(RenderSettingsFiles.class, FlamencoReaders.object(RenderSettingsFiles.class)).build(),
                read("browse/root", "Folders and .blend files at the active project's root", "/browse")
                        .result(BrowseListing.class, FlamencoReaders.browse()).build(),
                read(BROWSE_PATH, "Folders and .blend files below the active project's root", "/browse/{path}")
                        .param(ParameterDescriptor.param("path", STRING).in(ParamLocation.CLIENT).required()
                                .doc("Relative to the project root; may contain '/'."))
                        .result(BrowseListing.class, FlamencoReaders.browse()).build(),
                read("job/list", "All jobs with their progress", "/jobs")
                        .result(List.class, "List<FlamencoJobSummary>",
                                FlamencoReaders.keyed(FlamencoJobSummary.class, "id", FlamencoJobSummary::id))
                        .build(),
                op(JOB_CREATE, "Create a job; its frames are split into tasks and dispatched", "POST", "/jobs",
                        false)
                        .param(form("projectId", LONG).wire("project_id").required().range(1, Long.MAX_VALUE)
                                .doc("The project (project/list)."))
                        .param(form("frameStart", INT).wire("frame_start").required().doc("First frame."))
                        .param(form("frameEnd", INT).wire("frame_end").required().doc("Last frame, inclusive."))
                        .param(form("chunkSize", INT).wire("chunk_size").required().range(1, Integer.MAX_VALUE)
                                .doc("Frames per task."))
                        .param(form("currentFrame", INT).wire("current_frame").doc("Defaults to frameStart."))
                        .param(form("filepath", STRING).required().doc("The .blend file, relative to the project."))
                        .param(form("jobName", STRING).wire("job_name").doc("The job's name."))
                        .param(form("renderSettings", STRING).wire("render_settings")
                                .doc("A file from setting/renderFiles."))
                        .param(form("format", STRING).doc("Output format, e.g. PNG, JPEG, EXR, MULTILAYER."))
                        .param(form("status", STRING).defaultValue("ready")
                                .doc("Stored as given; ready and running jobs are dispatched at once."))
                        .param(form("priority", INT).doc("Priority."))
                        .param(ParameterDescriptor.param("managers", LONG_LIST).in(ParamLocation.CLIENT).required()
                                .doc("Ids of the managers allowed to render the job (manager/list)."))
                        .result(FlamencoJob.class, FlamencoReaders.object(FlamencoJob.class)).build(),
                read("job/get", "One job", "/jobs/{id}")
                        .param(jobId())
                        .result(FlamencoJob.class, FlamencoReaders.object(FlamencoJob.class)).build(),
                op(JOB_COMMAND, "Start, stop or reset a job", "PUT", "/jobs/{id}", true)
                        .param(jobId())
                        .param(form("command", STRING).required().allowed("start", "stop", "reset")
                                .doc("reset changes nothing on this server."))
                        .result(FlamencoJob.class, FlamencoReaders.object(FlamencoJob.class)).build(),
                op(JOB_DELETE, "Delete a job and its tasks", "DELETE", "/jobs/{id}", true)
                        .param(jobId())
                        .result(JobDeletion.class, "JobDeletion", payload -> null).build(),
                op("job/deleteMany", "Stop and delete jobs, their tasks and their renders", "POST", "/jobs/delete",
                        true)
                        .param(form("jobIds", LONG_LIST).wire("id").required()
                                .doc("Job ids, deleted in order; an unknown id stops the deletion there."))
                        .result(Void.class, "nothing", payload -> null).build(),
                read("task/list", "All tasks with their progress", "/tasks")
                        .result(List.class, "List<FlamencoTask>",
                                FlamencoReaders.keyed(FlamencoTask.class, "id", FlamencoTask::id)).build(),
                op("task/updateStatus", "Report a task finished or failed (what managers send)", "POST", "/tasks",
                        true)
                        .param(form("taskId", LONG).wire("id").required().doc("The task."))
                        .param(form("status", STRING).required()
                                .doc("finished or failed; the server ignores other words and tasks not running."))
                        .result(Void.class, "nothing", payload -> null).build());
    }

    private static OperationDescriptor.Builder read(String endpoint, String description, String path) {
        return op(endpoint, description, "GET", path, true).readOnly();
    }

    private static OperationDescriptor.Builder op(String endpoint, String description, String verb, String path,
                                                  boolean retrySafe) {
        int slash = endpoint.indexOf('/');
        return OperationDescriptor.builder(endpoint.substring(0, slash), endpoint.substring(slash + 1))
                .description(description).http(verb, path).retrySafe(retrySafe);
    }

    private static ParameterDescriptor.Builder jobId() {
        return path("jobId", LONG).doc("The job's id.");
    }

    private static ParameterDescriptor.Builder path(String name, ParamType type) {
        return ParameterDescriptor.param(name, type).wire(name.equals("uuid") ? "uuid" : "id")
                .in(ParamLocation.PATH).required();
    }

    private static ParameterDescriptor.Builder form(String name, ParamType type) {
        return ParameterDescriptor.param(name, type).in(ParamLocation.FORM);
    }
}
