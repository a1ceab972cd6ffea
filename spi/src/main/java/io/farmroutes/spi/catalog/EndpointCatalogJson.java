package io.farmroutes.spi.catalog;

import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParameterDescriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The machine-readable endpoint list: one JSON object per endpoint, parameters with type and required flag. */
public final class EndpointCatalogJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EndpointCatalogJson() {
    }

    public static List<Map<String, Object>> entries(List<OperationCatalog> catalogs) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (OperationCatalog catalog : catalogs) {
            for (OperationDescriptor op : catalog.operations()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("scheme", catalog.scheme());
                entry.put("provider", catalog.provider());
                entry.put("endpoint", op.endpoint());
                entry.put("retrySafe", op.retrySafe());
                entry.put("consumer", op.readOnly());
                entry.put("result", op.resultDescription());
                List<Map<String, Object>> params = new ArrayList<>();
                for (ParameterDescriptor p : op.parameters()) {
                    Map<String, Object> param = new LinkedHashMap<>();
                    param.put("name", p.name());
                    param.put("type", p.type().displayName());
                    param.put("required", p.required());
                    param.put("wireName", p.wireName());
                    if (p.secret()) {
                        param.put("secret", true);
                    }
                    if (p.defaultValue() != null) {
                        param.put("default", p.defaultValue());
                    }
                    if (!p.allowedValues().isEmpty()) {
                        param.put("allowed", p.allowedValues());
                    }
                    params.add(param);
                }
                entry.put("parameters", params);
                if (!op.oneOfGroups().isEmpty()) {
                    entry.put("requireOneOf", op.oneOfGroups());
                }
                entries.add(entry);
            }
        }
        return entries;
    }

    public static String write(List<OperationCatalog> catalogs) {
        try {
            return JSON.writeValueAsString(entries(catalogs)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the endpoint catalog", e);
        }
    }
}
