package io.farmroutes.sandbox.ipernity;

import io.farmroutes.sandbox.EmulatorRequest;
import io.farmroutes.sandbox.EmulatorResponse;
import io.farmroutes.sandbox.Params;
import io.farmroutes.sandbox.Router;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Serves {@code /api/<method>[/<format>]} as ipernity does (spec §11): key, rate limit, POST rule, signature,
 * token and permission checks in that order, then the method; every answer HTTP 200 with the §6 envelope.
 */
final class IpernityRouter implements Router {

    static final String PREFIX = "/api/";
    private static final List<String> PERMISSION_ORDER = List.of("none", "read", "write", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IpernityState state;
    private final IpernitySettings settings;
    private final IpernityMethods methods;

    IpernityRouter(IpernityState state, IpernitySettings settings) {
        this.state = state;
        this.settings = settings;
        this.methods = new IpernityMethods(state, settings);
    }

    @Override
    public EmulatorResponse route(EmulatorRequest request) {
        if (!request.path().startsWith(PREFIX)) {
            return EmulatorResponse.notFound();
        }
        String[] segments = request.path().substring(PREFIX.length()).split("/", -1);
        String format = segments.length > 1 && !segments[1].isEmpty() ? segments[1] : "json";
        try {
            if (segments.length > 2 || !format.equals("json")) {
                // xml and php exist on the real service; the emulator speaks JSON only
                throw new ApiError(102, "Invalid format: " + format);
            }
            return ok(handle(segments[0], request));
        } catch (ApiError e) {
            return error(e.code(), e.getMessage());
        }
    }

    private Map<String, Object> handle(String name, EmulatorRequest request) {
        IpernityMethod method = methods.find(name).orElseThrow(() -> new ApiError(103, "Method invalid or missing"));
        Optional<MultipartForm> multipart = MultipartForm.parse(request.header("Content-Type").orElse(null),
                request.body());
        List<Map.Entry<String, String>> params = new ArrayList<>();
        addAll(params, request.query());
        addAll(params, request.form());
        multipart.ifPresent(m -> params.addAll(m.fields()));
        int limited = settings.takeRateLimit();
        if (limited > 0) {
            throw new ApiError(limited, limited == 112 ? "Application request quota reached"
                    : "Client IP rate limit reached");
        }
        String apiKey = value(params, "api_key").orElseThrow(() -> new ApiError(100, "api_key missing"));
        String secret = state.secretOf(apiKey).orElseThrow(() -> new ApiError(101, "api_key invalid"));
        if (method.post() && !"POST".equals(request.method())) {
            throw new ApiError(120, "Method must be called with HTTP POST");
        }
        Optional<String> tokenValue = value(params, "auth_token");
        checkSignature(params, name, secret, method.signed() || tokenValue.isPresent());
        Optional<IpernityState.Token> token = Optional.empty();
        if (tokenValue.isPresent()) {
            token = state.token(tokenValue.get()).filter(t -> t.apiKey().equals(apiKey));
            if (token.isEmpty()) {
                throw new ApiError(107, "auth_token invalid");
            }
        } else if (method.token()) {
            throw new ApiError(106, "User not logged in: auth_token missing");
        }
        if (method.permission() != null) {
            String granted = token.map(t -> t.permissions().getOrDefault(method.permission().getKey(), "none"))
                    .orElse("none");
            if (PERMISSION_ORDER.indexOf(granted) < PERMISSION_ORDER.indexOf(method.permission().getValue())) {
                throw new ApiError(110, "Insufficient permissions");
            }
        }
        return method.handler().apply(new IpernityCall(name, params, multipart, apiKey, token));
    }

    private static void checkSignature(List<Map.Entry<String, String>> params, String method, String secret,
                                       boolean required) {
        Optional<String> given = value(params, "api_sig");
        if (given.isEmpty()) {
            if (required) {
                throw new ApiError(104, "Signature missing");
            }
            return;
        }
        if (!given.get().equalsIgnoreCase(Signatures.apiSig(params, method, secret))) {
            throw new ApiError(105, "Signature invalid");
        }
    }

    private static void addAll(List<Map.Entry<String, String>> into, Params params) {
        params.asMap().forEach((name, values) -> values.forEach(v -> into.add(Map.entry(name, v))));
    }

    private static Optional<String> value(List<Map.Entry<String, String>> params, String name) {
        return params.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }

    private static EmulatorResponse ok(Map<String, Object> members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("api", Map.of("status", "ok"));
        body.putAll(members);
        return json(body);
    }

    private static EmulatorResponse error(int code, String message) {
        Map<String, Object> api = new LinkedHashMap<>();
        api.put("status", "error");
        api.put("code", Integer.toString(code));
        api.put("message", message);
        return json(Map.of("api", api));
    }

    private static EmulatorResponse json(Map<String, Object> body) {
        try {
            return EmulatorResponse.ok("application/json; charset=utf-8", JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
