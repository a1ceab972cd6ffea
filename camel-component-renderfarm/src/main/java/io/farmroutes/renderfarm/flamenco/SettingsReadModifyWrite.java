package io.farmroutes.renderfarm.flamenco;

import io.farmroutes.spi.engine.CompositeOperation;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.json.LenientJson;
import io.farmroutes.spi.render.FarmSettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * setting/update as a read-modify-write: the server writes all seven settings on every call and nulls the ones
 * left out (§6.10), including active_project, so the client reads them, merges the changes and sends all.
 */
final class SettingsReadModifyWrite implements CompositeOperation<FarmSettings> {

    @Override
    public CompletableFuture<Object> run(Map<String, Object> parameters, FarmSettings settings,
                                         OperationInvoker<FarmSettings> invoker) {
        return invoker.invoke("setting/list", Map.of(), settings).thenCompose(current -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> byWireName = LenientJson.convert(current, Map.class);
            Map<String, Object> merged = new LinkedHashMap<>();
            FlamencoCatalog.SETTING_FIELDS.forEach((name, wire) -> {
                Object value = parameters.containsKey(name) ? parameters.get(name) : byWireName.get(wire);
                if (value != null) {
                    merged.put(name, value);
                }
            });
            return invoker.send(FlamencoCatalog.catalog().require(FlamencoCatalog.SETTING_UPDATE), merged,
                    settings);
        });
    }
}
