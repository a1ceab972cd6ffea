package io.farmroutes.spi.operation;

import io.farmroutes.spi.error.InvalidParameterException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The operations of one service (or one render-farm provider), indexed by endpoint name. */
public final class OperationCatalog {

    private final String scheme;
    private final String provider;
    private final Map<String, OperationDescriptor> operations;

    public OperationCatalog(String scheme, String provider, Collection<OperationDescriptor> descriptors) {
        this.scheme = scheme;
        this.provider = provider;
        Map<String, OperationDescriptor> index = new LinkedHashMap<>();
        for (OperationDescriptor d : descriptors) {
            if (index.put(d.endpoint(), d) != null) {
                throw new IllegalArgumentException(scheme + " catalog declares " + d.endpoint() + " twice");
            }
        }
        this.operations = index;
    }

    public String scheme() {
        return scheme;
    }

    /** The render-farm provider id, or null for a single-service component. */
    public String provider() {
        return provider;
    }

    public List<OperationDescriptor> operations() {
        return new ArrayList<>(operations.values());
    }

    public Optional<OperationDescriptor> find(String endpoint) {
        return Optional.ofNullable(operations.get(endpoint));
    }

    /** Finds an operation or fails naming the nearest endpoint names. */
    public OperationDescriptor require(String endpoint) {
        OperationDescriptor d = operations.get(endpoint);
        if (d == null) {
            String owner = scheme + ":" + endpoint + (provider != null ? " (provider " + provider + ")" : "");
            throw new InvalidParameterException(owner, "api/method", "names no operation of " + scheme
                    + (provider != null ? " provider " + provider : ""),
                    NameSuggester.nearest(endpoint, operations.keySet()));
        }
        return d;
    }

    /** The endpoint as users write it, e.g. {@code boinc:account/lookup} or {@code renderfarm:task/list?provider=fox}. */
    public String label(String endpoint) {
        return scheme() + ":" + endpoint + (provider() != null ? "?provider=" + provider() : "");
    }
}
