package io.farmroutes.renderfarm.fox;

import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.json.LenientJson;
import io.farmroutes.spi.operation.ParamType;
import io.farmroutes.spi.operation.ParameterDescriptor;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What a Fox body may hold and the few rules between parameters (fox-renderfarm.md §5, §9): only strings,
 * integers, and lists and objects of those, because the server's rendering of booleans, nulls and floats in
 * the signed string is undocumented.
 */
final class FoxBodyRules {

    private FoxBodyRules() {
    }

    static Object wireValue(String endpoint, ParameterDescriptor p, Object value) {
        if (p.type() == ParamType.JSON && p.name().equals("content")) {
            return documentText(endpoint, p, value);
        }
        checkSignable(endpoint, p.name(), value);
        return value;
    }

    private static void checkSignable(String endpoint, String parameter, Object value) {
        if (value == null || value instanceof Boolean || value instanceof Double || value instanceof Float
                || value instanceof java.math.BigDecimal) {
            throw new InvalidParameterException(endpoint, parameter, "holds " + (value == null ? "a null"
                    : "a " + value.getClass().getSimpleName()) + "; Fox bodies carry only text, whole numbers and"
                    + " lists or objects of those (send a boolean as the text \"true\"/\"false\")");
        }
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> checkSignable(endpoint, parameter, v));
        } else if (value instanceof Collection<?> items) {
            items.forEach(v -> checkSignable(endpoint, parameter, v));
        }
    }

    /** taskJsonFile carries the document as text; a Map or List is written as JSON, text must parse. */
    private static String documentText(String endpoint, ParameterDescriptor p, Object value) {
        try {
            if (value instanceof CharSequence text) {
                LenientJson.parse(text.toString());
                return text.toString();
            }
            return LenientJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new InvalidParameterException(endpoint, p.name(), "is not a JSON document: "
                    + e.getOriginalMessage());
        }
    }

    /** Rules that tie parameters together, applied to the body before it is signed. */
    static void apply(String endpoint, String operation, Map<String, Object> body) {
        switch (operation) {
            case "frame/recommit", "frame/stop" -> frameSelection(endpoint, body);
            // the SDK lists a task's own output from the root
            case "file/outputTree" -> {
                if (body.containsKey("taskId")) {
                    body.put("treePath", "/");
                }
            }
            default -> {
            }
        }
    }

    private static void frameSelection(String endpoint, Map<String, Object> body) {
        Object selectAll = body.get("selectAll");
        boolean hasIds = body.get("ids") instanceof List<?> ids && !ids.isEmpty();
        if (selectAll == null && hasIds) {
            body.put("selectAll", 0);
        } else if (Integer.valueOf(1).equals(selectAll) && hasIds) {
            throw new InvalidParameterException(endpoint, "frameIds", "cannot be combined with selectAll=1"
                    + " (which takes every frame)");
        } else if (!Integer.valueOf(1).equals(selectAll) && !hasIds) {
            throw new InvalidParameterException(endpoint, "frameIds", "is required when selectAll is 0");
        }
    }
}
