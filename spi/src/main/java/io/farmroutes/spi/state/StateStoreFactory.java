package io.farmroutes.spi.state;

import java.util.Map;

/**
 * Makes a {@link StateStore} from text options; found with {@link java.util.ServiceLoader}, so that a jar listing
 * one in {@code META-INF/services/io.farmroutes.spi.state.StateStoreFactory} adds a kind of store.
 */
public interface StateStoreFactory {

    /** The name that selects this store, e.g. {@code jdbc}. */
    String id();

    /** A store configured by these options; an unknown or missing option is an error naming it. */
    StateStore create(Map<String, String> options);
}
