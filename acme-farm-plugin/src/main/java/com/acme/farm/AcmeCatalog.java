package com.acme.farm;

import static io.farmroutes.spi.operation.ParamType.INT;
import static io.farmroutes.spi.operation.ParamType.INT_LIST;
import static io.farmroutes.spi.operation.ParamType.STRING;

import com.acme.farm.model.AcmeFrame;
import com.acme.farm.model.AcmeFrameRetry;
import com.acme.farm.model.AcmeJob;
import com.acme.farm.model.AcmeState;

import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamLocation;
import io.farmroutes.spi.operation.ParamType;
import io.farmroutes.spi.operation.ParameterDescriptor;

import java.util.Arrays;
import java.util.List;

/**
 * The Acme Cloud Render API (v1) as operation descriptors: what the engine validates, sends and decodes, and
 * what the build publishes in endpoints.json.
 *
 * <p>The Camel-facing names of the job and frame parameters are {@code taskId} and {@code frameIds}, the
 * words of the renderfarm: watchers' headers, so that {@code frame/watch} feeds {@code frame/retry} with no
 * mapping step; on the wire they are Acme's {@code jobId} and {@code frameNumbers}.
 */
public final class AcmeCatalog {

    public static final String SCHEME = "renderfarm";
    public static final String PROVIDER = "acme";

    public static final String JOB_LIST = "job/list";
    public static final String JOB_GET = "job/get";
    public static final String JOB_CREATE = "job/create";
    public static final String JOB_START = "job/start";
    public static final String JOB_CANCEL = "job/cancel";
    public static final String FRAME_LIST = "frame/list";
    public static final String FRAME_RETRY = "frame/retry";

    /** Acme's state words, for the state filter of job/list. */
    private static final String[] STATES = Arrays.stream(AcmeState.values()).map(AcmeState::wire)
            .toArray(String[]::new);

    private static final OperationCatalog CATALOG = new OperationCatalog(SCHEME, PROVIDER, operations());

    private AcmeCatalog() {
    }

    public static OperationCatalog catalog() {
        return CATALOG;
    }

    private static List<OperationDescriptor> operations() {
        return List.of(
                read(JOB_LIST, "Lists the account's jobs, newest first", "/v1/jobs")
                        .param(ParameterDescriptor.param("state", STRING).allowed(STATES)
                                .doc("Only jobs in this state."))
                        .result(List.class, "List<AcmeJob>", AcmeReaders.list("jobs", AcmeJob.class)).build(),
                read(JOB_GET, "Reads one job", "/v1/jobs/{jobId}")
                        .param(jobId())
                        .result(AcmeJob.class, AcmeReaders.object(AcmeJob.class)).build(),
                // a second POST would create a second job: never repeated automatically
                write(JOB_CREATE, "Creates a job, not started yet", "POST", "/v1/jobs", false)
                        .param(body("name", STRING).required().maxLength(200).doc("The job's name."))
                        .param(body("frameStart", INT).range(0, 1_000_000).defaultValue(1)
                                .doc("The first frame."))
                        .param(body("frameEnd", INT).range(0, 1_000_000)
                                .doc("The last frame; by default the first (one frame)."))
                        .param(body("scene", STRING).doc("The scene file on Acme storage."))
                        .result(AcmeJob.class, AcmeReaders.object(AcmeJob.class)).build(),
                // Acme starts and cancels idempotently: a repeat changes nothing
                write(JOB_START, "Queues a created job for rendering", "POST", "/v1/jobs/{jobId}/start", true)
                        .param(jobId())
                        .result(AcmeJob.class, AcmeReaders.object(AcmeJob.class)).build(),
                write(JOB_CANCEL, "Cancels a job; frames not rendered yet are dropped", "POST",
                        "/v1/jobs/{jobId}/cancel", true)
                        .param(jobId())
                        .result(AcmeJob.class, AcmeReaders.object(AcmeJob.class)).build(),
                read(FRAME_LIST, "Lists the frames of a job with their state and attempt", "/v1/jobs/{jobId}/frames")
                        .param(jobId())
                        .result(List.class, "List<AcmeFrame>", AcmeReaders.frames()).build(),
                // every call renders the frames once more (and is billed): never repeated automatically
                write(FRAME_RETRY, "Renders failed frames of a job again", "POST", "/v1/jobs/{jobId}/frames/retry",
                        false)
                        .param(jobId())
                        .param(body("frameIds", INT_LIST).wire("frameNumbers").required()
                                .doc("The frame numbers to render again (frame/watch gives them)."))
                        .result(AcmeFrameRetry.class, AcmeReaders.object(AcmeFrameRetry.class)).build());
    }

    private static OperationDescriptor.Builder read(String endpoint, String description, String path) {
        return start(endpoint, description, "GET", path).retrySafe(true).readOnly();
    }

    private static OperationDescriptor.Builder write(String endpoint, String description, String verb, String path,
                                                     boolean retrySafe) {
        return start(endpoint, description, verb, path).retrySafe(retrySafe);
    }

    private static OperationDescriptor.Builder start(String endpoint, String description, String verb, String path) {
        int slash = endpoint.indexOf('/');
        return OperationDescriptor.builder(endpoint.substring(0, slash), endpoint.substring(slash + 1))
                .description(description).http(verb, path);
    }

    private static ParameterDescriptor.Builder jobId() {
        return ParameterDescriptor.param("taskId", STRING).wire("jobId").in(ParamLocation.PATH).required()
                .doc("The job id (Acme's jobId).");
    }

    private static ParameterDescriptor.Builder body(String name, ParamType type) {
        return ParameterDescriptor.param(name, type).in(ParamLocation.JSON_BODY);
    }
}
