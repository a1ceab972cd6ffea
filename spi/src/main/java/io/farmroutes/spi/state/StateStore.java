package io.farmroutes.spi.state;

import java.util.Map;
import java.util.Optional;

/**
 * What watchers and pipelines remember between polls and across restarts: text values under keys, grouped
 * in namespaces (one per watcher or pipeline). The conditional writes are what make submission and
 * resubmission exactly-once when several threads or nodes share a store.
 */
public interface StateStore {

    Optional<String> get(String namespace, String key);

    void put(String namespace, String key, String value);

    /** Stores the value only when the key is absent; true when this call stored it (a claim). */
    boolean putIfAbsent(String namespace, String key, String value);

    /** Replaces the value only when it is currently {@code expected}; true when this call replaced it. */
    boolean replace(String namespace, String key, String expected, String value);

    void remove(String namespace, String key);

    /** Every key and value of a namespace, e.g. to resume the tasks a pipeline had in flight. */
    Map<String, String> entries(String namespace);
}
