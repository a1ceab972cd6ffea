package io.farmroutes.ipernity.service;

import io.farmroutes.ipernity.IpernityConfiguration;
import io.farmroutes.spi.engine.CompositeOperation;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.engine.RequestAssembler;
import io.farmroutes.spi.engine.RequestSigner;
import io.farmroutes.spi.engine.ServiceDefinition;
import io.farmroutes.spi.engine.WireFormat;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** ipernity for the engine: {@code <base><method>/json} requests, api_sig signing, the §6 JSON envelope. */
public final class IpernityService implements ServiceDefinition<IpernityConfiguration> {

    private static final OperationCatalog CATALOG = IpernityCatalog.publicCatalog();

    private final IpernitySigner signer = new IpernitySigner();
    private final TicketChunks ticketChunks = new TicketChunks(CATALOG.require(IpernityCatalog.CHECK_TICKETS));
    private final MethodCall methodCall = new MethodCall(CATALOG.require(IpernityCatalog.CALL_ENDPOINT));

    @Override
    public String serviceName() {
        return "ipernity";
    }

    @Override
    public OperationCatalog catalog() {
        return CATALOG;
    }

    @Override
    public Map<String, Object> credentials(IpernityConfiguration config) {
        Map<String, Object> values = new HashMap<>();
        values.put("apiKey", config.getApiKey());
        values.put("authToken", config.getAuthToken());
        return values;
    }

    @Override
    public Optional<CompositeOperation<IpernityConfiguration>> composite(OperationDescriptor operation) {
        return switch (operation.endpoint()) {
            case IpernityCatalog.CHECK_TICKETS -> Optional.of(ticketChunks);
            case IpernityCatalog.CALL_ENDPOINT -> Optional.of(methodCall);
            default -> Optional.empty();
        };
    }

    @Override
    public CompletableFuture<WireRequest> prepare(OperationDescriptor op, Map<String, Object> parameters,
                                                  IpernityConfiguration config,
                                                  OperationInvoker<IpernityConfiguration> invoker) {
        String label = "ipernity:" + op.endpoint();
        String base = baseUrl(label, config);
        if (op.hint(IpernityCatalog.MULTIPART_HINT).isPresent()) {
            return CompletableFuture.completedFuture(UploadRequests.build(label, op, parameters, base));
        }
        if (op.endpoint().startsWith(IpernityCatalog.CALL_ENDPOINT)) {
            return CompletableFuture.completedFuture(MethodCalls.build(label, op, parameters, base));
        }
        if (op.endpoint().equals(IpernityCatalog.CHECK_TICKETS)) {
            // only reached for one request of the composition, which splits larger lists
            List<?> tickets = (List<?>) parameters.get("tickets");
            if (tickets.isEmpty() || tickets.size() > IpernityCatalog.TICKETS_PER_CALL) {
                throw new InvalidParameterException(label, "tickets", "must name 1 to "
                        + IpernityCatalog.TICKETS_PER_CALL + " tickets per call");
            }
        }
        return CompletableFuture.completedFuture(RequestAssembler.assemble(op, parameters, base,
                WireFormat.NUMERIC_BOOLEANS));
    }

    private static String baseUrl(String label, IpernityConfiguration config) {
        String base = config.getBaseUrl();
        if (base == null || base.isBlank()) {
            throw new InvalidParameterException(label, "baseUrl", "is required, e.g. "
                    + IpernityConfiguration.DEFAULT_BASE_URL);
        }
        base = base.strip();
        return base.endsWith("/") ? base : base + "/";
    }

    @Override
    public RequestSigner<IpernityConfiguration> signer() {
        return signer;
    }

    @Override
    public Object decode(OperationDescriptor op, HttpResult answer, IpernityConfiguration config, String endpoint) {
        return IpernityAnswerDecoder.decode(op, answer, endpoint);
    }
}
