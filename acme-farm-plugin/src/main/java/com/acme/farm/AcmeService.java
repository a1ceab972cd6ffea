package com.acme.farm;

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
import io.farmroutes.spi.render.FarmSettings;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Acme Cloud Render as the engine sees it: JSON over HTTP, parameters placed by the SPI's
 * {@link RequestAssembler}, a bearer token on every attempt, 2xx answers decoded into the operation's model and
 * any other status into an {@link AcmeApiException}.
 */
final class AcmeService implements ServiceDefinition<FarmSettings> {

    static final String SERVICE_NAME = "Acme Cloud Render";
    /** How much of an unreadable body goes into an error message. */
    private static final int EXCERPT_CHARS = 200;

    private final RequestSigner<FarmSettings> signer = new AcmeBearerSigner();

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public OperationCatalog catalog() {
        return AcmeCatalog.catalog();
    }

    @Override
    public CompletableFuture<WireRequest> prepare(OperationDescriptor operation, Map<String, Object> parameters,
                                                  FarmSettings settings, OperationInvoker<FarmSettings> invoker) {
        // reading the connection here makes a missing base URL or key fail before anything is sent
        AcmeConnection connection = AcmeConnection.from(settings, catalog().label(operation.endpoint()));
        WireRequest request = RequestAssembler.assemble(operation, parameters, connection.baseUrl(),
                WireFormat.STANDARD);
        request.header("Accept", "application/json");
        return CompletableFuture.completedFuture(request);
    }

    @Override
    public RequestSigner<FarmSettings> signer() {
        return signer;
    }

    @Override
    public Object decode(OperationDescriptor operation, HttpResult answer, FarmSettings settings, String endpoint) {
        JsonNode body = parse(answer);
        if (answer.status() < 200 || answer.status() >= 300) {
            throw failure(answer, body, endpoint);
        }
        if (body == null) {
            throw new MalformedResponseException(endpoint, "Acme answered HTTP " + answer.status()
                    + " with a body that is not JSON", excerpt(answer), null);
        }
        try {
            return operation.resultReader().read(body);
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException(endpoint, "the answer does not fit " + operation.resultDescription()
                    + ": " + e.getMessage(), excerpt(answer), e);
        }
    }

    /** The error envelope as a typed error; a status without one (a proxy's page, say) as a transport failure. */
    private static RuntimeException failure(HttpResult answer, JsonNode body, String endpoint) {
        String requestId = answer.header("X-Request-Id").orElse(null);
        JsonNode error = body == null ? null : body.get("error");
        if (error != null && error.isObject()) {
            return new AcmeApiException(endpoint, answer.status(), text(error.get("code")), text(error.get("message")),
                    requestId);
        }
        boolean passing = answer.status() >= 500 || answer.status() == 429;
        return new TransportException(endpoint, "Acme answered HTTP " + answer.status()
                + " without an error envelope; body begins: " + excerpt(answer), answer.status(), passing, null);
    }

    private static JsonNode parse(HttpResult answer) {
        if (answer.body().length == 0) {
            return null;
        }
        try {
            return LenientJson.mapper().readTree(answer.body());
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String excerpt(HttpResult answer) {
        Charset charset = answer.charset() == null ? StandardCharsets.UTF_8 : answer.charset();
        String text = new String(answer.body(), charset).strip();
        return text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) + "…" : text;
    }
}
