package io.farmroutes.spi.state;

import io.farmroutes.spi.plugin.Plugins;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** State stores by name: the factories on the class path ({@code memory}, {@code jdbc}, plugins). */
public final class StateStores {

    private StateStores() {
    }

    /** The store named {@code id}, made by its factory from these options. */
    public static StateStore create(String id, Map<String, String> options, ClassLoader loader) {
        return factories(loader).require(id).create(options);
    }

    public static Plugins<StateStoreFactory> factories(ClassLoader loader) {
        return Plugins.load(StateStoreFactory.class, "state store", StateStoreFactory::id, loader);
    }

    /** Refuses options the factory does not know, naming them and the known ones. */
    static void onlyKnown(String store, Map<String, String> options, Set<String> known) {
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("the " + store + " state store has no option '" + name
                        + "' (options: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }
}
