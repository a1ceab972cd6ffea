package io.farmroutes.spi.camel;

import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamType;
import io.farmroutes.spi.operation.ParameterDescriptor;
import io.farmroutes.spi.operation.ParameterValidator;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Message;

/**
 * Gathers a call's parameters from a message in the documented order of precedence: URI options, then
 * headers named {@code <prefix><parameter>}, then the body (a Map, a typed request, or file content for the
 * operation's one binary parameter).
 */
public final class ParameterSources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParameterSources() {
    }

    public static Map<String, Object> gather(String endpoint, OperationDescriptor op, Map<String, Object> uriParameters,
                                             Message message, String headerPrefix) {
        Map<String, Object> merged = new LinkedHashMap<>(fromBody(endpoint, op, message));
        if (message != null) {
            for (ParameterDescriptor p : op.parameters()) {
                Object header = message.getHeader(headerPrefix + p.name());
                if (header != null) {
                    merged.put(p.name(), header);
                }
            }
        }
        merged.putAll(uriParameters);
        return merged;
    }

    private static Map<String, Object> fromBody(String endpoint, OperationDescriptor op, Message message) {
        Object body = message == null ? null : message.getBody();
        if (body == null) {
            return Map.of();
        }
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> params = new LinkedHashMap<>();
            map.forEach((k, v) -> params.put(String.valueOf(k), v));
            // a map body is an explicit parameter list: a misspelt key must not be dropped silently
            ParameterValidator.rejectUnknown(endpoint, op, params.keySet());
            return params;
        }
        if (body instanceof OperationRequest) {
            Map<String, Object> params = new LinkedHashMap<>();
            try {
                JSON.convertValue(body, Map.class).forEach((k, v) -> {
                    if (v != null) {
                        params.put(String.valueOf(k), v);
                    }
                });
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(endpoint, "body", "cannot be read as parameters: "
                        + e.getMessage());
            }
            ParameterValidator.rejectUnknown(endpoint, op, params.keySet());
            return params;
        }
        if (body instanceof byte[] || body instanceof File || body instanceof Path || body instanceof InputStream) {
            for (ParameterDescriptor p : op.parameters()) {
                if (p.type() == ParamType.BINARY) {
                    return Map.of(p.name(), body);
                }
            }
        }
        // any other body (a previous step's result, text) is not a parameter source
        return Map.of();
    }
}
