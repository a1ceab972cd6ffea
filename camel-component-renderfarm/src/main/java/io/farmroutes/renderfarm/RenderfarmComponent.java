package io.farmroutes.renderfarm;

import io.farmroutes.spi.camel.OperationComponentSupport;
import io.farmroutes.spi.camel.OperationEndpointSupport;
import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.render.FarmProvider;
import io.farmroutes.spi.render.FarmProviders;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.state.InMemoryStateStore;
import io.farmroutes.spi.state.StateStore;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.util.PropertiesHelper;

/**
 * The renderfarm: component: every operation of the selected render farm as an endpoint, task and frame
 * watchers, and the portable render operations of any {@link FarmProvider} on the class path.
 */
@Component("renderfarm")
public class RenderfarmComponent extends OperationComponentSupport<RenderfarmConfiguration> {

    @Metadata(description = "Component-wide defaults for every renderfarm: endpoint (provider, domain, credentials).")
    private RenderfarmConfiguration configuration = new RenderfarmConfiguration();
    @Metadata(label = "consumer,advanced",
              description = "Where task/watch and frame/watch remember what they have emitted; in memory unless a"
                            + " persistent store is given, so that a restart does not emit it again.")
    private StateStore stateStore;

    private final Map<String, FarmProvider> registered = new LinkedHashMap<>();
    private FarmProviders discovered;
    private final Map<String, OperationEngine<FarmSettings>> engines = new LinkedHashMap<>();

    public RenderfarmConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(RenderfarmConfiguration configuration) {
        this.configuration = configuration;
    }

    public synchronized StateStore getStateStore() {
        if (stateStore == null) {
            stateStore = new InMemoryStateStore();
        }
        return stateStore;
    }

    public synchronized void setStateStore(StateStore stateStore) {
        this.stateStore = stateStore;
    }

    /** Adds a provider that is not on the class path as a service (e.g. a bean of a DI container). */
    public synchronized void addProvider(FarmProvider provider) {
        registered.put(provider.id(), provider);
        engines.remove(provider.id());
    }

    /** The provider of that id: one added, else a bean of the registry, else one found on the class path. */
    public synchronized FarmProvider provider(String id) {
        FarmProvider added = registered.get(id);
        if (added != null) {
            return added;
        }
        if (getCamelContext() != null) {
            for (FarmProvider bean : getCamelContext().getRegistry().findByType(FarmProvider.class)) {
                if (bean.id().equals(id)) {
                    return bean;
                }
            }
        }
        if (discovered == null) {
            ClassLoader loader = getCamelContext() != null && getCamelContext().getApplicationContextClassLoader() != null
                    ? getCamelContext().getApplicationContextClassLoader() : getClass().getClassLoader();
            discovered = FarmProviders.load(loader);
        }
        return discovered.require(id);
    }

    /** One engine per provider, shared by its endpoints (and so its pooled connections). */
    synchronized OperationEngine<FarmSettings> engine(String providerId) {
        return engines.computeIfAbsent(providerId,
                id -> new OperationEngine<>(provider(id).service(), transports()));
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        // providerOption.<name> options are the provider's; take them before Camel binds the rest
        Map<String, Object> providerOptions = PropertiesHelper.extractProperties(parameters, "providerOption.");
        RenderfarmEndpoint endpoint = (RenderfarmEndpoint) super.createEndpoint(uri, remaining, parameters);
        endpoint.getConfiguration().getProviderOptions().putAll(providerOptions);
        return endpoint;
    }

    @Override
    protected OperationEndpointSupport<RenderfarmConfiguration> newEndpoint(String uri, String apiName,
                                                                            String methodName) {
        return new RenderfarmEndpoint(uri, this, apiName, methodName, configuration.copy());
    }

    @Override
    protected String exampleEndpoint() {
        return "renderfarm:task/list or renderfarm:frame/watch";
    }
}
