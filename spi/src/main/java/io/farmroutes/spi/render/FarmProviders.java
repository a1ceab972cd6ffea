package io.farmroutes.spi.render;

import io.farmroutes.spi.plugin.Plugins;

import java.util.Map;

/** The farms found on the class path, by id. */
public final class FarmProviders {

    private final Plugins<FarmProvider> plugins;

    private FarmProviders(Plugins<FarmProvider> plugins) {
        this.plugins = plugins;
    }

    /** Every {@link FarmProvider} the class loader's service files list. */
    public static FarmProviders load(ClassLoader loader) {
        return new FarmProviders(Plugins.load(FarmProvider.class, "render farm provider", FarmProvider::id, loader));
    }

    public Map<String, FarmProvider> all() {
        return plugins.all();
    }

    /** The provider of that id, or an error that lists the ones present and the nearest name. */
    public FarmProvider require(String id) {
        return plugins.require(id);
    }
}
