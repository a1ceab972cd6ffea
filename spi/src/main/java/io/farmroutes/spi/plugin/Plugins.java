package io.farmroutes.spi.plugin;

import io.farmroutes.spi.operation.NameSuggester;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The plugins of one kind that a class loader's service files list, by id: how farms, asset transports and
 * state stores arrive from a jar dropped on the class path.
 *
 * @param <T> the plugin interface
 */
public final class Plugins<T> {

    private final String kind;
    private final Map<String, T> byId;

    private Plugins(String kind, Map<String, T> byId) {
        this.kind = kind;
        this.byId = Collections.unmodifiableMap(byId);
    }

    /**
     * Every implementation of {@code type} the loader's {@code META-INF/services} files list.
     *
     * @param kind what the plugins are, for messages (e.g. {@code render farm provider})
     * @param id   a plugin's id
     */
    public static <T> Plugins<T> load(Class<T> type, String kind, Function<T, String> id, ClassLoader loader) {
        Map<String, T> found = new LinkedHashMap<>();
        for (T plugin : ServiceLoader.load(type, loader)) {
            T earlier = found.putIfAbsent(id.apply(plugin), plugin);
            // the same jar twice on a class path is harmless; two jars claiming one id is a mistake to report
            if (earlier != null && earlier.getClass() != plugin.getClass()) {
                throw new IllegalStateException("two " + kind + "s claim the id '" + id.apply(plugin) + "': "
                        + earlier.getClass().getName() + " and " + plugin.getClass().getName());
            }
        }
        return new Plugins<>(kind, found);
    }

    public Map<String, T> all() {
        return byId;
    }

    /** The plugin of that id, or an error that lists the ones present and the nearest name. */
    public T require(String id) {
        T plugin = byId.get(id);
        if (plugin == null) {
            String hint = NameSuggester.nearest(id, byId.keySet()).stream().findFirst()
                    .map(s -> " Did you mean '" + s + "'?").orElse("");
            throw new IllegalArgumentException("No " + kind + " '" + id + "' on the class path (found: "
                    + (byId.isEmpty() ? "none" : String.join(", ", byId.keySet())) + ")." + hint);
        }
        return plugin;
    }
}
