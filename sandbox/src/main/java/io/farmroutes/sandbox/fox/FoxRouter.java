package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxJson.obj;

import io.farmroutes.sandbox.EmulatorRequest;
import io.farmroutes.sandbox.EmulatorResponse;
import io.farmroutes.sandbox.Router;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves the render API as the gateway does (spec §15): unknown path 404 and wrong method 405 as HTML pages;
 * then, answered as HTTP 200 envelopes, body checks (600), headers (601), timestamp (610), signature (611),
 * injected codes, and finally the operation.
 */
final class FoxRouter implements Router {

    private static final Map<Integer, String> INJECTED_MESSAGES = Map.of(
            500, "INTERNAL_ERROR", 1000, "REDIS_CACHE_FAIL", 100, "FAIL", 403, "FORBIDDEN",
            608, "USER_AREA_ERROR", 513, "USER_CACHE_NOTFOUNT");

    private final FoxState state;
    private final FoxSettings settings;
    private final FoxOperations operations;
    /** Timestamps are checked against real time: clients sign with their own clock, whatever the simulation's. */
    private final Clock wallClock = Clock.systemUTC();
    private final AtomicLong requestCounter = new AtomicLong();

    FoxRouter(FoxState state, FoxSettings settings, FoxOperations operations) {
        this.state = state;
        this.settings = settings;
        this.operations = operations;
    }

    @Override
    public EmulatorResponse route(EmulatorRequest request) {
        Optional<FoxOperation> operation = operations.find(request.path());
        if (operation.isEmpty()) {
            return EmulatorResponse.notFound();
        }
        if (!"POST".equals(request.method())) {
            return EmulatorResponse.status(405).withHeader("Allow", "POST").withBody(EmulatorResponse.HTML_UTF8,
                    "<!DOCTYPE html>\n<html><head><title>405 Method Not Allowed</title></head><body>\n"
                            + "<h1>Method Not Allowed</h1>\n<p>Request method '" + request.method()
                            + "' not supported</p>\n</body></html>\n");
        }
        try {
            ObjectNode body = parseBody(request);
            authenticate(request, body);
            int injected = settings.takeInjectedCode();
            if (injected != 0) {
                throw new FoxApiError(injected, INJECTED_MESSAGES.getOrDefault(injected, "injected error"));
            }
            FoxCall call = new FoxCall(body);
            Object data = state.transact(() -> operation.get().handler().apply(call));
            return envelope(200, "success", data);
        } catch (FoxApiError e) {
            return envelope(e.code(), e.getMessage(), null);
        }
    }

    private static ObjectNode parseBody(EmulatorRequest request) {
        String type = request.header("Content-Type").orElse("");
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw FoxApiError.invalid("Content-Type must be application/json, not '" + type + "'");
        }
        byte[] raw = request.body();
        if (raw.length == 0) {
            throw FoxApiError.invalid("the body must be a JSON object; send {} when there are no parameters");
        }
        JsonNode node;
        try {
            node = FoxJson.MAPPER.readTree(new String(raw, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw FoxApiError.invalid("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw FoxApiError.invalid("the body must be a JSON object");
        }
        rejectUnsignableValues(node, "");
        return (ObjectNode) node;
    }

    /** Booleans, nulls and floats have no agreed text in the signature (spec §5); clients must not send them. */
    private static void rejectUnsignableValues(JsonNode node, String where) {
        if (node.isBoolean() || node.isNull() || node.isNumber() && !node.isIntegralNumber()) {
            throw FoxApiError.invalid("parameter " + where + " is " + node
                    + ": booleans, nulls and floats are not accepted; send strings or integers");
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> rejectUnsignableValues(e.getValue(),
                    where.isEmpty() ? e.getKey() : where + "." + e.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectUnsignableValues(node.get(i), where + "[" + i + "]");
            }
        }
    }

    private void authenticate(EmulatorRequest request, ObjectNode body) {
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : FoxSignature.SIGNED_HEADERS) {
            String value = request.header(name)
                    .orElseThrow(() -> new FoxApiError(FoxApiError.PARAMETER_CANT_BE_EMPTY,
                            "header " + name + " is required"));
            signed.put(name, value);
        }
        String given = request.header("signature")
                .orElseThrow(() -> new FoxApiError(FoxApiError.SIGNATURE_INVALID, "signature_invalid: no signature"
                        + " header"));
        String timestamp = signed.get("UTCTimestamp");
        if (!timestamp.matches("\\d{1,12}")) {
            throw FoxApiError.invalid("header UTCTimestamp must be Unix time in seconds: " + timestamp);
        }
        long skew = Math.abs(Long.parseLong(timestamp) - wallClock.instant().getEpochSecond());
        if (skew > settings.signatureWindow().toSeconds()) {
            throw new FoxApiError(FoxApiError.SIGNATURE_EXPIRED, "signature_expired: UTCTimestamp is " + skew
                    + " s away from the server clock");
        }
        String key = state.accessKey(signed.get("accessId"))
                .orElseThrow(() -> new FoxApiError(FoxApiError.SIGNATURE_INVALID,
                        "signature_invalid: unknown accessId"));
        String domain = request.header("Host").orElse("");
        String text = FoxSignature.stringToSign(domain, request.path(), signed, body);
        byte[] expected = FoxSignature.sign(key, text).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            // the string the server signed helps a client author find the difference; it holds no secret
            throw new FoxApiError(FoxApiError.SIGNATURE_INVALID, "signature_invalid; the server signed: " + text);
        }
    }

    private EmulatorResponse envelope(int code, String message, Object data) {
        long serverTime = state.now().toEpochMilli();
        Map<String, Object> body = obj("version", "2.0.0", "result", code == 200, "message", message,
                "code", code, "data", data, "serverTime", serverTime,
                "requestId", "fox-sandbox-" + requestCounter.incrementAndGet() + "-" + serverTime);
        try {
            return EmulatorResponse.json(FoxJson.MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write reply", e);
        }
    }
}
