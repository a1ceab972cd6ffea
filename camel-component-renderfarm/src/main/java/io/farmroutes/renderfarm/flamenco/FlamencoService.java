package io.farmroutes.renderfarm.flamenco;

import io.farmroutes.spi.engine.CompositeOperation;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.engine.RequestAssembler;
import io.farmroutes.spi.engine.ServiceDefinition;
import io.farmroutes.spi.engine.WireFormat;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.error.MalformedResponseException;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.json.LenientJson;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.xml.BodyText;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Flamenco server as the engine sees it: form fields (a repeated {@code managers} field, comma-separated
 * id lists), JSON answers, errors by HTTP status, and the server's quirks turned into honest results (§10).
 */
final class FlamencoService implements ServiceDefinition<FarmSettings> {

    /** What job/command answers, with HTTP 200, for a command it does not know (§6.17). */
    private static final String REFUSED_COMMAND_STATUS = "400 BAD REQUEST";

    private final Map<String, CompositeOperation<FarmSettings>> composites = Map.of(
            FlamencoCatalog.SETTING_UPDATE, new SettingsReadModifyWrite(),
            FlamencoCatalog.JOB_DELETE, new JobDeleteVerified());

    @Override
    public String serviceName() {
        return FlamencoCatalog.SERVICE_NAME;
    }

    @Override
    public OperationCatalog catalog() {
        return FlamencoCatalog.catalog();
    }

    @Override
    public CompletableFuture<WireRequest> prepare(OperationDescriptor op, Map<String, Object> parameters,
                                                  FarmSettings settings, OperationInvoker<FarmSettings> invoker) {
        String label = catalog().label(op.endpoint());
        String baseUrl = settings.text("baseUrl").orElseThrow(() -> new InvalidParameterException(label, "baseUrl",
                "is required for the Flamenco provider: the server's URL, e.g. http://flamenco.local:9999"));
        Map<String, Object> values = new java.util.LinkedHashMap<>(parameters);
        if (op.endpoint().equals(FlamencoCatalog.JOB_CREATE)) {
            checkFrameRange(label, values);
        }
        WireRequest request = RequestAssembler.assemble(op, values, baseUrl, WireFormat.NUMERIC_BOOLEANS);
        if (op.endpoint().equals(FlamencoCatalog.JOB_CREATE)) {
            // the one repeated field of the API (§2)
            for (Object manager : (Collection<?>) values.get("managers")) {
                request.addForm("managers", String.valueOf(manager));
            }
        }
        if (op.endpoint().equals(FlamencoCatalog.BROWSE_PATH)) {
            request.path(op.path().replace("{path}", segments(label, (String) values.get("path"))));
        }
        return CompletableFuture.completedFuture(request);
    }

    /**
     * The server commits a job before it notices a bad range or missing managers, leaving a task-less job that
     * breaks job/list (§6.15): such input is refused here, before anything is sent.
     */
    private static void checkFrameRange(String label, Map<String, Object> values) {
        int start = (Integer) values.get("frameStart");
        int end = (Integer) values.get("frameEnd");
        if (end < start) {
            throw new InvalidParameterException(label, "frameEnd",
                    "is " + end + ", before frameStart " + start + "; the range is inclusive");
        }
        values.putIfAbsent("currentFrame", start);
    }

    /** Each segment encoded on its own: the path may hold '/', which must reach the server as a separator. */
    private static String segments(String label, String path) {
        String trimmed = path.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.isEmpty()) {
            throw new InvalidParameterException(label, "path", "is empty; browse/root lists the project root");
        }
        StringBuilder encoded = new StringBuilder();
        for (String segment : trimmed.split("/", -1)) {
            if (encoded.length() > 0) {
                encoded.append('/');
            }
            encoded.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return encoded.toString();
    }

    @Override
    public Object decode(OperationDescriptor op, HttpResult answer, FarmSettings settings, String endpoint) {
        String text = BodyText.decode(answer.body(), answer.charset());
        if (answer.status() < 200 || answer.status() >= 300) {
            throw error(op, answer.status(), text, endpoint);
        }
        if (text.isBlank()) {
            return null;
        }
        JsonNode json = parse(text, endpoint);
        if (op.endpoint().equals(FlamencoCatalog.JOB_COMMAND) && isRefusedCommand(json)) {
            throw new FlamencoApiException(endpoint, 400, "the server refused the command (it answered 200 with a"
                    + " zeroed job whose status is \"" + REFUSED_COMMAND_STATUS + "\")");
        }
        try {
            return op.resultReader().read(json);
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException(endpoint, "the answer does not have the documented shape: "
                    + LenientJson.describeMismatch(e), BodyText.excerpt(text, 200),
                    LenientJson.isJacksonMismatch(e) ? null : e);
        }
    }

    private static boolean isRefusedCommand(JsonNode job) {
        return REFUSED_COMMAND_STATUS.equals(job.path("status").asText()) || job.path("id").asLong(-1) == 0;
    }

    private static JsonNode parse(String text, String endpoint) {
        try {
            return LenientJson.parse(text);
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException(endpoint, "the answer is not JSON", BodyText.excerpt(text, 200), e);
        }
    }

    private static FlamencoApiException error(OperationDescriptor op, int status, String text, String endpoint) {
        String message = messageOf(text);
        if (status == 404 && message.contains("No interface defined for URL")) {
            message += " (no such route on this server: check baseUrl and operationPaths)";
        } else if (status >= 500 && op.endpoint().equals("job/list")) {
            message += " (this server fails the whole list when any job has no tasks or no frame range;"
                       + " read jobs one by one with job/get)";
        }
        return new FlamencoApiException(endpoint, status, message);
    }

    /** The JSON {@code message} (text, or the per-field object of a 400), else a short excerpt of the page. */
    private static String messageOf(String text) {
        try {
            JsonNode json = LenientJson.parse(text);
            JsonNode message = json.get("message");
            if (message != null && !message.isNull()) {
                return message.isTextual() ? message.asText() : message.toString();
            }
            return json.isTextual() ? json.asText() : BodyText.excerpt(text, 200);
        } catch (JsonProcessingException notJson) {
            return BodyText.excerpt(text.replaceAll("<[^>]*>", " "), 200);
        }
    }

    @Override
    public Optional<CompositeOperation<FarmSettings>> composite(OperationDescriptor operation) {
        return Optional.ofNullable(composites.get(operation.endpoint()));
    }
}
