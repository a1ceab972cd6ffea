package io.farmroutes.spi.state;

import io.farmroutes.spi.plugin.Plugins;

import java.util.Map;

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
}
