package io.farmroutes.renderfarm.fox;

import io.farmroutes.spi.engine.CompositeOperation;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.engine.RequestAssembler;
import io.farmroutes.spi.engine.RequestSigner;
import io.farmroutes.spi.engine.ServiceDefinition;
import io.farmroutes.spi.engine.WireFormat;
import io.farmroutes.spi.error.MalformedResponseException;
import io.farmroutes.spi.error.TransportException;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.json.LenientJson;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamLocation;
import io.farmroutes.spi.operation.ParameterDescriptor;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.xml.BodyText;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Fox Renderfarm as the engine sees it: JSON bodies with the signed headers, the §6 envelope decoded whatever
 * the HTTP status, and the three operations the client composes (§12).
 */
final class FoxService implements ServiceDefinition<FarmSettings> {

    private final FoxSigner signer;
    private final Map<String, CompositeOperation<FarmSettings>> composites = Map.of(
            FoxCatalog.FRAME_LIST_ALL, new FrameListAll(),
            FoxCatalog.FRAME_RECOMMIT_BY_NUMBER, new RecommitByNumber(),
            FoxCatalog.TASK_SUBTASK_IDS, new SubtaskIds());

    FoxService(Clock clock) {
        this.signer = new FoxSigner(clock);
    }

    @Override
    public String serviceName() {
        return "Fox Renderfarm";
    }

    @Override
    public OperationCatalog catalog() {
        return FoxCatalog.catalog();
    }

    @Override
    public CompletableFuture<WireRequest> prepare(OperationDescriptor op, Map<String, Object> parameters,
                                                  FarmSettings settings, OperationInvoker<FarmSettings> invoker) {
        String label = catalog().label(op.endpoint());
        FoxOptions options = FoxOptions.from(settings, label);
        Map<String, Object> values = new LinkedHashMap<>(parameters);
        for (ParameterDescriptor p : op.parameters()) {
            Object value = parameters.get(p.name());
            if (value != null && p.location() == ParamLocation.JSON_BODY) {
                values.put(p.name(), FoxBodyRules.wireValue(label, p, value));
            }
        }
        WireRequest request = RequestAssembler.assemble(op, values, options.baseUrl(), WireFormat.STANDARD)
                .path(pathOf(op, options, settings));
        request.header("accessId", options.accessId())
                .header("channel", options.channel())
                .header("platform", options.platform())
                .header("version", options.apiVersion())
                .header("languageFlag", options.languageFlag());
        // json() also gives operations without parameters the {} body Fox requires
        FoxBodyRules.apply(label, op.endpoint(), request.json());
        return CompletableFuture.completedFuture(request);
    }

    private static String pathOf(OperationDescriptor op, FoxOptions options, FarmSettings settings) {
        // an explicit per-operation path (already in op) wins over the documentation's path set
        if (options.documentedPaths() && settings.pathOverride(op.endpoint()).isEmpty()) {
            return op.hint(FoxCatalog.DOCUMENTED_PATH).orElse(op.path());
        }
        return op.path();
    }

    @Override
    public RequestSigner<FarmSettings> signer() {
        return signer;
    }

    @Override
    public Object decode(OperationDescriptor op, HttpResult answer, FarmSettings settings, String endpoint) {
        FoxEnvelope envelope = envelope(answer, endpoint);
        if (!envelope.isSuccess()) {
            throw new FoxApiException(endpoint, envelope.code(), envelope.message(), envelope.requestId());
        }
        try {
            return op.resultReader().read(envelope);
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException(endpoint, "the data of the answer does not fit "
                    + op.resultDescription() + ": " + LenientJson.describeMismatch(e), excerpt(answer),
                    LenientJson.isJacksonMismatch(e) ? null : e);
        }
    }

    /** The HTTP status says nothing about API errors; only a body that is not an envelope is a failure here. */
    private static FoxEnvelope envelope(HttpResult answer, String endpoint) {
        FoxEnvelope envelope;
        try {
            envelope = FoxEnvelopeReader.read(answer.body());
        } catch (IOException e) {
            envelope = null;
        }
        if (envelope == null) {
            // gateway pages (502/504) are HTML and pass; a 404 page means a wrong path, which stays wrong
            boolean passing = answer.isTransientStatus() || answer.status() < 300;
            throw new TransportException(endpoint, "answered HTTP " + answer.status()
                    + " with a body that is not a Fox envelope; body begins: " + excerpt(answer), answer.status(),
                    passing, null);
        }
        return envelope;
    }

    private static String excerpt(HttpResult answer) {
        return BodyText.excerpt(BodyText.decode(answer.body(), answer.charset()), 200);
    }

    @Override
    public Map<String, Object> credentials(FarmSettings settings) {
        Map<String, Object> values = new HashMap<>();
        values.put("zone", settings.option("zone"));
        values.put("platform", settings.option("platform"));
        return values;
    }

    @Override
    public Optional<CompositeOperation<FarmSettings>> composite(OperationDescriptor operation) {
        return Optional.ofNullable(composites.get(operation.endpoint()));
    }
}
