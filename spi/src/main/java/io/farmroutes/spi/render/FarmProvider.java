package io.farmroutes.spi.render;

import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.engine.ServiceDefinition;

/**
 * A render farm behind {@code renderfarm:}: its operations and how they travel, and the portable render
 * operations mapped onto them. Found with {@link java.util.ServiceLoader}: a jar that lists its
 * implementation in {@code META-INF/services/io.farmroutes.spi.render.FarmProvider} adds a farm.
 */
public interface FarmProvider {

    /** The value of the {@code provider} option that selects this farm, e.g. {@code fox}. */
    String id();

    /** The farm's catalog, request building, signing and decoding; its catalog's provider is {@link #id()}. */
    ServiceDefinition<FarmSettings> service();

    /** The portable operations, carried out through this invoker with these settings. */
    RenderOperations renderOperations(OperationInvoker<FarmSettings> invoker, FarmSettings settings);
}
