package io.farmroutes.ipernity.service;

import io.farmroutes.spi.engine.WireFormat;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.operation.OperationDescriptor;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Builds the request of an arbitrary method (spec §8.8): api_key, auth_token and the caller's parameters. */
final class MethodCalls {

    private static final Pattern METHOD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");
    /** Managed by the component: a caller must not smuggle them in through the parameter map. */
    private static final List<String> RESERVED = List.of("api_key", "api_sig", "auth_token");

    private MethodCalls() {
    }

    static void checkMethod(String label, String method) {
        if (method == null || !METHOD_NAME.matcher(method).matches()) {
            throw new InvalidParameterException(label, "method", "must be a method name such as doc.get");
        }
    }

    static WireRequest build(String label, OperationDescriptor op, Map<String, Object> parameters, String baseUrl) {
        String method = (String) parameters.get(IpernityCatalog.METHOD_PARAM);
        checkMethod(label, method);
        boolean get = "GET".equals(op.httpMethod());
        WireRequest request = new WireRequest(op.httpMethod(), baseUrl, method + "/json");
        add(request, get, "api_key", (String) parameters.get("apiKey"));
        add(request, get, "auth_token", (String) parameters.get("authToken"));
        Object given = parameters.get(IpernityCatalog.PARAMETERS_PARAM);
        if (given instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String name = String.valueOf(e.getKey());
                if (RESERVED.contains(name)) {
                    throw new InvalidParameterException(label, "param." + name,
                            "is set by the component (use the apiKey and authToken options)");
                }
                Object value = e.getValue();
                if (value != null) {
                    String text = WireFormat.NUMERIC_BOOLEANS.format(value);
                    // an empty value would still have to be signed; leaving it out is what the spec advises
                    if (!text.isEmpty()) {
                        add(request, get, name, text);
                    }
                }
            }
        }
        return request;
    }

    private static void add(WireRequest request, boolean get, String name, String value) {
        if (value == null) {
            return;
        }
        if (get) {
            request.addQuery(name, value);
        } else {
            request.addForm(name, value);
        }
    }
}
