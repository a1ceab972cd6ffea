package io.farmroutes.sandbox.fox;

import java.util.function.Function;

/**
 * One API operation: a name for diagnostics, its SDK path and the handler that produces {@code data}. Handlers
 * run under the state lock with the simulation already brought up to date.
 */
record FoxOperation(String name, String path, Function<FoxCall, Object> handler) {
}
