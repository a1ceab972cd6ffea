package io.farmroutes.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A router that dispatches on the exact request path, with a fallback (404 unless replaced). */
public final class PathRouter implements Router {

    private final Map<String, Router> routes = new ConcurrentHashMap<>();
    private volatile Router fallback = request -> EmulatorResponse.notFound();

    /** Serves {@code path} (e.g. {@code /lookup_account.php}) with {@code handler}; replaces an earlier one. */
    public PathRouter on(String path, Router handler) {
        routes.put(path, handler);
        return this;
    }

    /** Handles every path that has no route of its own. */
    public PathRouter fallback(Router handler) {
        this.fallback = handler;
        return this;
    }

    @Override
    public EmulatorResponse route(EmulatorRequest request) {
        return routes.getOrDefault(request.path(), fallback).route(request);
    }
}
