package io.farmroutes.spi.asset;

import java.util.Map;

/**
 * Makes an {@link AssetTransport} from text options; found with {@link java.util.ServiceLoader}, so that a jar
 * listing one in {@code META-INF/services/io.farmroutes.spi.asset.AssetTransportFactory} adds a transport.
 */
public interface AssetTransportFactory {

    /** The name that selects this transport, e.g. {@code directory}. */
    String id();

    /** A transport configured by these options; an unknown or missing option is an error naming it. */
    AssetTransport create(Map<String, String> options);
}
