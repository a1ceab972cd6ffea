package io.farmroutes.spi.state;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link StateStore} in this JVM's memory: the default, forgotten on restart. */
public final class InMemoryStateStore implements StateStore {

    private final Map<String, Map<String, String>> namespaces = new ConcurrentHashMap<>();

    private Map<String, String> namespace(String name) {
        return namespaces.computeIfAbsent(Objects.requireNonNull(name, "namespace"), n -> new ConcurrentHashMap<>());
    }

    @Override
    public Optional<String> get(String namespace, String key) {
        return Optional.ofNullable(namespace(namespace).get(key));
    }

    @Override
    public void put(String namespace, String key, String value) {
        namespace(namespace).put(key, Objects.requireNonNull(value, "value"));
    }

    @Override
    public boolean putIfAbsent(String namespace, String key, String value) {
        return namespace(namespace).putIfAbsent(key, Objects.requireNonNull(value, "value")) == null;
    }

    @Override
    public boolean replace(String namespace, String key, String expected, String value) {
        return namespace(namespace).replace(key, expected, Objects.requireNonNull(value, "value"));
    }

    @Override
    public void remove(String namespace, String key) {
        namespace(namespace).remove(key);
    }

    @Override
    public Map<String, String> entries(String namespace) {
        return Map.copyOf(namespace(namespace));
    }

    @Override
    public String toString() {
        return "InMemoryStateStore[" + namespaces.size() + " namespaces]";
    }
}
