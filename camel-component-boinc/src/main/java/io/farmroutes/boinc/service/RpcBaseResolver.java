package io.farmroutes.boinc.service;

import io.farmroutes.boinc.BoincConfiguration;
import io.farmroutes.boinc.model.ProjectConfig;
import io.farmroutes.spi.engine.OperationInvoker;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Learns where a project serves its RPCs: {@code web_rpc_url_base} from its configuration when present,
 * else the master URL. Asked once per master URL; a failed discovery is not remembered.
 */
final class RpcBaseResolver {

    private final Map<String, CompletableFuture<String>> bases = new ConcurrentHashMap<>();

    CompletableFuture<String> baseFor(String masterUrl, BoincConfiguration config,
                                      OperationInvoker<BoincConfiguration> invoker) {
        CompletableFuture<String> known = bases.get(masterUrl);
        if (known != null) {
            return known;
        }
        CompletableFuture<String> discovery = invoker.invoke("project/config", Map.of(), config)
                .thenApply(result -> {
                    String base = ((ProjectConfig) result).webRpcUrlBase();
                    return base == null || base.isBlank() ? masterUrl : withSlash(base.strip());
                });
        CompletableFuture<String> winner = bases.putIfAbsent(masterUrl, discovery);
        CompletableFuture<String> chosen = winner != null ? winner : discovery;
        return chosen.handle((base, failure) -> {
            if (failure != null) {
                bases.remove(masterUrl, chosen);
                // the RPC itself will report what is wrong with the project
                return masterUrl;
            }
            return base;
        });
    }

    static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
