package io.farmroutes.renderfarm.fox;

import static io.farmroutes.spi.operation.ParamType.INT;
import static io.farmroutes.spi.operation.ParamType.INT_LIST;
import static io.farmroutes.spi.operation.ParamType.JSON;
import static io.farmroutes.spi.operation.ParamType.LONG;
import static io.farmroutes.spi.operation.ParamType.LONG_LIST;
import static io.farmroutes.spi.operation.ParamType.STRING;
import static io.farmroutes.spi.operation.ParamType.STRING_LIST;

import io.farmroutes.renderfarm.fox.model.AnalysisError;
import io.farmroutes.renderfarm.fox.model.CreatedTasks;
import io.farmroutes.renderfarm.fox.model.EnvironmentName;
import io.farmroutes.renderfarm.fox.model.FrameInfo;
import io.farmroutes.renderfarm.fox.model.FrameStats;
import io.farmroutes.renderfarm.fox.model.HardwareConfig;
import io.farmroutes.renderfarm.fox.model.LoginRecord;
import io.farmroutes.renderfarm.fox.model.OutputFile;
import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.renderfarm.fox.model.Platform;
import io.farmroutes.renderfarm.fox.model.ProjectNames;
import io.farmroutes.renderfarm.fox.model.RaysyncServerInfo;
import io.farmroutes.renderfarm.fox.model.RaysyncUserKey;
import io.farmroutes.renderfarm.fox.model.RenderEnvironment;
import io.farmroutes.renderfarm.fox.model.SoftwareDetail;
import io.farmroutes.renderfarm.fox.model.SoftwareList;
import io.farmroutes.renderfarm.fox.model.TaskInfo;
import io.farmroutes.renderfarm.fox.model.TaskOperationRecord;
import io.farmroutes.renderfarm.fox.model.TaskProgress;
import io.farmroutes.renderfarm.fox.model.TransferBids;
import io.farmroutes.renderfarm.fox.model.TransferConfig;
import io.farmroutes.renderfarm.fox.model.UserProfile;
import io.farmroutes.renderfarm.fox.model.UserSettings;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamLocation;
import io.farmroutes.spi.operation.ParamType;
import io.farmroutes.spi.operation.ParameterDescriptor;
import io.farmroutes.spi.operation.Paging;

import java.util.Iterator;
import java.util.List;

/**
 * The 50 Fox endpoints of operations.tsv as data (fox-renderfarm.md §9–§12): every operation is a POST of a
 * JSON object; the paths are the SDK's, with the documentation's path kept as a hint where they differ.
 */
public final class FoxCatalog {

    public static final String SCHEME = "renderfarm";
    public static final String PROVIDER = "fox";
    /** Hint naming the path the API documentation gives, where it differs from the SDK's (§11). */
    public static final String DOCUMENTED_PATH = "documentedPath";

    public static final String FRAME_LIST_ALL = "frame/listAll";
    public static final String FRAME_RECOMMIT_BY_NUMBER = "frame/recommitByNumber";
    public static final String TASK_SUBTASK_IDS = "task/subtaskIds";
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 1000;
    /** How the task list's time bounds are written (fox-renderfarm.md §9, item 9). */
    static final String FOX_DATE_TIME = "uuuu-MM-dd HH:mm:ss";

    private static final OperationCatalog CATALOG = new OperationCatalog(SCHEME, PROVIDER, operations());

    private FoxCatalog() {
    }

    public static OperationCatalog catalog() {
        return CATALOG;
    }

    private static List<OperationDescriptor> operations() {
        return List.of(
                read("platform/list", "Obtain the platform list", "/api/render/common/queryPlatforms")
                        .param(zone())
                        .result(List.class, "List<Platform>", FoxReaders.list(Platform.class)).build(),
                read("user/profile", "Obtain the user information", "/api/render/setUp/queryUserProfile")
                        .result(UserProfile.class, FoxReaders.object(UserProfile.class)).build(),
                read("user/settings", "Obtain user settings", "/api/render/setUp/queryUserSetting")
                        .result(UserSettings.class, FoxReaders.object(UserSettings.class)).build(),
                write("user/updateSettings", "Update user settings", "/api/render/setUp/updateUserSetting", true)
                        .param(body("taskOverTimeSec", INT).required().range(0, Integer.MAX_VALUE)
                                .doc("Time after which a task is stopped, in seconds.")).build(),
                read("transfer/bid", "Obtain user transfer BID", "/api/render/transfer/getBid")
                        .result(TransferBids.class, FoxReaders.object(TransferBids.class)).build(),
                write("task/create", "Create task ID", "/api/render/submit/createTask", false)
                        .param(body("count", INT).range(1, 1000).doc("How many task ids to create (Fox: 1)."))
                        .param(body("taskUserLevel", INT).allowed("50", "60").doc("Priority: 50 or 60 (Fox: 50)."))
                        .param(body("outUserId", LONG).doc("Create the tasks for this sub-user."))
                        .param(body("labels", STRING_LIST).doc("Labels for the new tasks."))
                        .param(body("cloneOriginalId", LONG).doc("Clone this existing task."))
                        .param(body("artist", STRING).doc("The artist's name."))
                        .result(CreatedTasks.class, FoxReaders.object(CreatedTasks.class)).build(),
                write("task/submit", "Submit task", "/api/render/submit/task", false)
                        .param(taskId())
                        .param(body("producer", STRING).doc("The producer's name."))
                        .build(),
                read("analysis/errorDetail", "Obtain analysis error code",
                        "/api/render/submit/queryAnalyseErrorDetail")
                        .param(body("language", INT).allowed("0", "1").defaultValue(1)
                                .doc("0 Chinese, 1 English."))
                        .param(body("code", STRING).doc("One analysis error code."))
                        .param(body("codes", STRING_LIST).doc("Several analysis error codes."))
                        .requireOneOf("code", "codes")
                        .result(List.class, "List<AnalysisError>", FoxReaders.list(AnalysisError.class)).build(),
                paged(read("task/list", "Obtain the task list", "/api/render/handle/getTaskList/v2")
                        .hint(DOCUMENTED_PATH, "/api/render/handle/getTaskList"))
                        .param(body("statusList", INT_LIST).doc("Only tasks in these statuses (codes of §13)."))
                        .param(body("searchKeyword", STRING).doc("Only tasks whose id, alias or scene match."))
                        .param(body("startTime", STRING).dateTime(FOX_DATE_TIME).doc("Submitted at or after, yyyy-MM-dd HH:mm:ss."))
                        .param(body("endTime", STRING).dateTime(FOX_DATE_TIME).doc("Submitted at or before, yyyy-MM-dd HH:mm:ss."))
                        .param(body("recycleFlag", INT).allowed("0", "1").doc("1 lists deleted tasks."))
                        .result(Page.class, "Page<TaskInfo>", FoxReaders.page(TaskInfo.class)).build(),
                taskIdsWrite("task/stop", "Stop task", "/api/rendering/task/renderingTask/stopTask")
                        .hint(DOCUMENTED_PATH, "/api/render/handle/stopTask").build(),
                taskIdsWrite("task/start", "Start task", "/api/rendering/task/renderingTask/startTask")
                        .hint(DOCUMENTED_PATH, "/api/render/handle/startTask").build(),
                taskIdsWrite("task/abandon", "Abandon task", "/api/render/handle/abandonTask").build(),
                taskIdsWrite("task/delete", "Delete task", "/api/render/handle/deleteTask").build(),
                paged(read("frame/list", "Obtain the task rendering frame details",
                        "/api/render/handle/queryTaskFrames"))
                        .param(taskId())
                        .param(body("searchKeyword", STRING).doc("Only frames whose number matches."))
                        .result(Page.class, "Page<FrameInfo>", FoxReaders.page(FrameInfo.class)).build(),
                read(FRAME_LIST_ALL, "Gets the page frame details for the specified task", "(pages of frame/list)")
                        .param(client("taskId", LONG).required().doc("The task."))
                        .param(client("pageSize", INT).range(1, MAX_PAGE_SIZE).defaultValue(DEFAULT_PAGE_SIZE)
                                .doc("Frames per request."))
                        .result(Iterator.class, "Iterator<FrameInfo>", payload -> payload).build(),
                read("frame/stats", "Obtain the overview of task rendering frames",
                        "/api/render/handle/queryAllFrameStats")
                        .result(FrameStats.class, FoxReaders.object(FrameStats.class)).build(),
                write("task/recommitFailed", "Re-submit the failed frames", "/api/render/handle/recommitTasks", false)
                        .param(taskIds())
                        .param(body("status", INT_LIST).doc("Frame statuses to re-submit (Fox: failed frames)."))
                        .build(),
                write(FRAME_RECOMMIT_BY_NUMBER, "Re-submit the specified frames based on the frame number",
                        "(frame/listAll, then frame/recommit)", false)
                        .param(client("taskId", LONG).required().doc("The task."))
                        .param(client("restartFrames", STRING_LIST).required()
                                .doc("Frame numbers exactly as Fox writes them, e.g. 6 or 7-9[1]; no range expansion."))
                        .result(RecommittedFrames.class, payload -> payload).build(),
                frameSelection(write("frame/recommit", "Re-submit the specified frames",
                        "/api/render/handle/recommitTaskFrames", false)).build(),
                read("task/info", "Obtain the task details", "/api/render/handle/queryTaskInfo/v2")
                        .hint(DOCUMENTED_PATH, "/api/render/handle/queryTaskInfo")
                        .param(taskIds())
                        .result(Page.class, "Page<TaskInfo>", FoxReaders.page(TaskInfo.class)).build(),
                write("label/add", "Add a custom label", "/api/render/project/add", false)
                        .param(body("newName", STRING).required().doc("The label (project) name."))
                        .param(body("status", INT).allowed("0", "1").doc("0 on, 1 off (Fox: 1)."))
                        .build(),
                write("label/delete", "Delete custom label", "/api/render/project/delete", true)
                        .param(body("delName", STRING).required().doc("The label (project) name.")).build(),
                read("project/names", "Get the project name", "/api/render/project/getList")
                        .result(ProjectNames.class, FoxReaders.object(ProjectNames.class)).build(),
                read("project/list", "Get the project name (control by flag)", "/api/render/project/list")
                        .param(body("flag", INT).required().allowed("0", "1", "2")
                                .doc("0 own, 1 own and the main account's, 2 all under the main account."))
                        .result(ProjectNames.class, FoxReaders.object(ProjectNames.class)).build(),
                write("task/addLabel", "Add a task label", "/api/render/handle/addTaskLabel", true)
                        .param(body("label", STRING).required().doc("The label."))
                        .param(taskIds()).build(),
                write("task/deleteLabel", "Delete task label", "/api/render/handle/deleteTaskLabel", true)
                        .hint(DOCUMENTED_PATH, "/api/render/task/deleteTaskLabel")
                        .param(body("labelIds", LONG_LIST).defaultValue(List.of())
                                .doc("Label ids to remove (sent empty when unused, as Fox expects)."))
                        .param(body("taskIds", LONG_LIST).doc("The tasks."))
                        .param(body("labelNames", STRING_LIST).doc("Label names to remove."))
                        .build(),
                read("software/list", "Obtain the supported rendering software", "/api/render/plugin/querySoftwareList")
                        .result(SoftwareList.class, FoxReaders.object(SoftwareList.class)).build(),
                read("software/plugins", "Obtain supported rendering software plugins",
                        "/api/render/plugin/querySoftwareDetail")
                        .param(cgId().required())
                        .param(body("osName", STRING).required().allowed("windows", "linux").doc("windows or linux."))
                        .result(SoftwareDetail.class, FoxReaders.object(SoftwareDetail.class)).build(),
                environment(write("env/add", "New user rendering environment configuration",
                        "/api/render/plugin/addUserPluginConfig", false))
                        .result(EnvironmentName.class, FoxReaders.object(EnvironmentName.class)).build(),
                environment(write("env/update", "Adjust user render environment configuration",
                        "/api/render/plugin/editUserPluginConfig", true)).build(),
                write("env/delete", "Delete user render environment configuration",
                        "/api/render/plugin/deleteUserPluginConfig", true)
                        .param(editName()).build(),
                write("env/setDefault", "Set up default render environment configuration",
                        "/api/render/plugin/setDefaultUserPluginConfig", true)
                        .param(editName()).build(),
                read("env/list", "Obtain user render environment configuration", "/api/render/plugin/getUserPluginConfig")
                        .param(cgId())
                        .param(body("cgIds", INT_LIST).doc("Several software ids."))
                        .param(body("osName", INT).allowed("0", "1").defaultValue(1).doc("0 Linux, 1 Windows."))
                        .requireOneOf("cgId", "cgIds")
                        .result(List.class, "List<RenderEnvironment>", FoxReaders.list(RenderEnvironment.class))
                        .build(),
                read("task/progress", "Task Progress", "/api/render/handle/loadTaskProcessImg")
                        .param(taskId())
                        .param(body("frameType", INT).allowed("2", "5").doc("2 photon, 5 main (3ds Max only)."))
                        .result(TaskProgress.class, FoxReaders.object(TaskProgress.class)).build(),
                write("task/setOvertimeStop", "Task Setting Of Over Time Stop", "/api/render/handle/setTaskOverTimeStop",
                        true)
                        .param(taskIds())
                        .param(body("overTime", INT).required().range(0, Integer.MAX_VALUE)
                                .doc("Stop the tasks after this long, in seconds.")).build(),
                read("frame/thumbnail", "Task thumbnail", "/api/render/handle/loadingFrameThumbnail")
                        .param(frameId())
                        .param(body("frameStatus", INT).defaultValue(4).doc("Frame status (4 = done)."))
                        .result(List.class, "List<String>", FoxReaders.texts()).build(),
                read("transfer/serverInfo", "Get Raysync transmission message", "/api/render/transfer/getServerInfo")
                        .param(zone())
                        .result(RaysyncServerInfo.class, FoxReaders.object(RaysyncServerInfo.class)).build(),
                read("transfer/raysyncKey", "Get Raysync authentication key", "/api/render/transfer/getRaySyncUserKey")
                        .hint(DOCUMENTED_PATH, "/api/render/user/getRaySyncUserKey")
                        .result(RaysyncUserKey.class, FoxReaders.object(RaysyncUserKey.class)).build(),
                taskIdsWrite("task/fullSpeed", "Full Speed Render", "/api/render/handle/fullSpeedRendering").build(),
                read("transfer/config", "Get transport configuration", "/api/render/transfer/getConfig")
                        .result(TransferConfig.class, FoxReaders.object(TransferConfig.class)).build(),
                write("task/uploadJson", "Upload the task profile", "/api/render/submit/taskJsonFile", true)
                        .param(taskId())
                        .param(body("fileName", STRING).allowed("task.json", "upload.json", "asset.json", "tips.json")
                                .defaultValue("task.json").doc("Which configuration file."))
                        .param(body("content", JSON).required()
                                .doc("The JSON document: text, or a Map/List that is written as JSON.")).build(),
                read("file/outputTree", "Gets the user storage file structure",
                        "/api/render/file/operate/getOutputUserDirFile")
                        .param(body("treePath", STRING).defaultValue("/")
                                .doc("The folder to list; always / when taskId is given."))
                        .param(body("taskId", LONG).doc("List the outputs of this task."))
                        .result(List.class, "List<OutputFile>", FoxReaders.list(OutputFile.class)).build(),
                read(TASK_SUBTASK_IDS, "Get all subtask numbers of the task", "(task/info)")
                        .param(client("taskId", LONG).required().doc("The task."))
                        .result(List.class, "List<Long>", payload -> payload).build(),
                read("hardware/list", "Get platform hardware configuration information", "/api/render/hardwareConfig/list")
                        .param(body("cloneTask", STRING).allowed("false", "true").defaultValue("false")
                                .doc("Sent as text, as the SDK does."))
                        .param(body("taskIds", STRING_LIST).doc("The tasks (as text)."))
                        .result(List.class, "List<HardwareConfig>", FoxReaders.list(HardwareConfig.class)).build(),
                frameSelection(write("frame/stop", "(SDK extra) stop frames", "/api/render/handle/stopTaskFrames",
                        true)).build(),
                paged(read("frame/log", "(SDK extra) render log of a frame", "/api/render/handle/showLog"))
                        .param(frameId())
                        .param(body("renderingType", STRING).defaultValue("render").doc("Which log."))
                        .result(Page.class, "Page<String>", FoxReaders.page(String.class)).build(),
                write("task/updatePriority", "(SDK extra) change task priority",
                        "/api/rendering/task/renderingTask/updateTaskUserLevel", true)
                        .param(taskId())
                        .param(body("taskUserLevel", INT).required().doc("The new priority.")).build(),
                write("task/updateLimit", "(SDK extra) change task node limit", "/api/render/handle/updateTaskLimit",
                        true)
                        .param(taskId())
                        .param(body("taskLimit", INT).required().range(0, Integer.MAX_VALUE)
                                .doc("The most render nodes the task may use.")).build(),
                history(read("user/taskRecord", "(SDK extra) task operation record",
                        "/api/render/handle/operate/sdk/taskRecord"))
                        // sent in the body too, so the body's value is the one signed
                        .param(body("platform", INT).required().credential()
                                .doc("The platform; defaults to the component's platform."))
                        .result(Page.class, "Page<TaskOperationRecord>", FoxReaders.page(TaskOperationRecord.class))
                        .build(),
                history(read("user/loginRecord", "(SDK extra) login record", "/api/render/handle/operate/sdk/loginRecord"))
                        .result(Page.class, "Page<LoginRecord>", FoxReaders.page(LoginRecord.class)).build());
    }

    private static OperationDescriptor.Builder read(String endpoint, String description, String path) {
        return start(endpoint, description, path).retrySafe(true).readOnly();
    }

    private static OperationDescriptor.Builder write(String endpoint, String description, String path,
                                                     boolean retrySafe) {
        return start(endpoint, description, path).retrySafe(retrySafe)
                .result(FoxAcknowledgement.class, FoxReaders.acknowledgement(SCHEME + ":" + endpoint));
    }

    private static OperationDescriptor.Builder start(String endpoint, String description, String path) {
        int slash = endpoint.indexOf('/');
        return OperationDescriptor.builder(endpoint.substring(0, slash), endpoint.substring(slash + 1))
                .description(description).http("POST", path);
    }

    private static OperationDescriptor.Builder taskIdsWrite(String endpoint, String description, String path) {
        return write(endpoint, description, path, true).param(taskIds());
    }

    private static OperationDescriptor.Builder paged(OperationDescriptor.Builder op) {
        return op.paging(new Paging("pageNum", "pageSize", DEFAULT_PAGE_SIZE))
                .param(body("pageNum", INT).range(1, Integer.MAX_VALUE).defaultValue(1).doc("Page, from 1."))
                .param(body("pageSize", INT).range(1, MAX_PAGE_SIZE).defaultValue(DEFAULT_PAGE_SIZE)
                        .doc("Items per page."));
    }

    private static OperationDescriptor.Builder history(OperationDescriptor.Builder op) {
        return paged(op)
                .param(body("startDate", STRING).defaultValue("").doc("From this date (may be empty)."))
                .param(body("endDate", STRING).defaultValue("").doc("Until this date (may be empty)."));
    }

    /** Frames of one task chosen by id, or all of them (recommitTaskFrames, stopTaskFrames). */
    private static OperationDescriptor.Builder frameSelection(OperationDescriptor.Builder op) {
        return op.param(taskId())
                .param(body("selectAll", INT).allowed("0", "1")
                        .doc("1 all frames, 0 the frames in frameIds (0 when frameIds is given)."))
                .param(body("frameIds", LONG_LIST).wire("ids").doc("Frame ids (frame/watch gives them)."))
                .param(body("status", INT_LIST).doc("Only frames in these statuses."))
                .requireOneOf("selectAll", "frameIds");
    }

    private static OperationDescriptor.Builder environment(OperationDescriptor.Builder op) {
        return op.param(cgId().required())
                .param(body("cgName", STRING).required().doc("The software's name, e.g. Blender."))
                .param(body("cgVersion", STRING).required().doc("The software's version."))
                .param(body("renderLayerType", INT).doc("Render layer type."))
                .param(editName())
                .param(body("renderSystem", INT).required().allowed("0", "1").doc("0 Linux, 1 Windows."))
                .param(body("pluginIds", LONG_LIST).required().doc("Plugin ids (software/plugins lists them)."))
                .param(body("projectPath", STRING).doc("Project path on farm storage."));
    }

    private static ParameterDescriptor.Builder body(String name, ParamType type) {
        return ParameterDescriptor.param(name, type).in(ParamLocation.JSON_BODY);
    }

    private static ParameterDescriptor.Builder client(String name, ParamType type) {
        return ParameterDescriptor.param(name, type).in(ParamLocation.CLIENT);
    }

    private static ParameterDescriptor.Builder taskId() {
        return body("taskId", LONG).required().doc("The task id.");
    }

    private static ParameterDescriptor.Builder taskIds() {
        return body("taskIds", LONG_LIST).required().doc("Task ids.");
    }

    private static ParameterDescriptor.Builder frameId() {
        return body("frameId", LONG).wire("id").required().doc("The frame id.");
    }

    private static ParameterDescriptor.Builder cgId() {
        return body("cgId", INT).doc("Software id: 2000 Maya, 2001 3ds Max, 2007 Blender …");
    }

    private static ParameterDescriptor.Builder editName() {
        return body("editName", STRING).required().doc("The render environment's name.");
    }

    private static ParameterDescriptor.Builder zone() {
        return body("zone", INT).required().credential().allowed("1", "2")
                .doc("1 mainland (renderbus), 2 international; defaults to the component's zone.");
    }
}
