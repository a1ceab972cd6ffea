package io.farmroutes.spi.asset;

import io.farmroutes.spi.plugin.Plugins;

import java.util.Map;

/** Asset transports by name: the factories on the class path. */
public final class AssetTransports {

    private AssetTransports() {
    }

    /** The transport named {@code id}, made by its factory from these options. */
    public static AssetTransport create(String id, Map<String, String> options, ClassLoader loader) {
        return factories(loader).require(id).create(options);
    }

    public static Plugins<AssetTransportFactory> factories(ClassLoader loader) {
        return Plugins.load(AssetTransportFactory.class, "asset transport", AssetTransportFactory::id, loader);
    }
}
