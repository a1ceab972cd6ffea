package io.farmroutes.spi.render;

import io.farmroutes.spi.operation.NameSuggester;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The farms found on the class path, by id. */
public final class FarmProviders {

    private final Map<String, FarmProvider> byId;

    private FarmProviders(Map<String, FarmProvider> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** Every {@link FarmProvider} the class loader's service files list. */
    public static FarmProviders load(ClassLoader loader) {
        Map<String, FarmProvider> found = new LinkedHashMap<>();
        for (FarmProvider provider : ServiceLoader.load(FarmProvider.class, loader)) {
            FarmProvider earlier = found.putIfAbsent(provider.id(), provider);
            if (earlier != null && earlier.getClass() != provider.getClass()) {
                throw new IllegalStateException("two render farm providers claim the id '" + provider.id() + "': "
                        + earlier.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        return new FarmProviders(found);
    }

    public Map<String, FarmProvider> all() {
        return byId;
    }

    /** The provider of that id, or an error that lists the ones present and the nearest name. */
    public FarmProvider require(String id) {
        FarmProvider provider = byId.get(id);
        if (provider == null) {
            String hint = NameSuggester.nearest(id, byId.keySet()).stream().findFirst()
                    .map(s -> " Did you mean '" + s + "'?").orElse("");
            throw new IllegalArgumentException("No render farm provider '" + id + "' on the class path (found: "
                    + String.join(", ", byId.keySet()) + ")." + hint);
        }
        return provider;
    }
}
