package io.farmroutes.spi.camel;

import io.farmroutes.spi.engine.TransportPool;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/**
 * Creates operation endpoints: binds Camel options, keeps what is left as the operation's parameters
 * (checked against the catalog at once), and owns the HTTP clients its endpoints share.
 */
public abstract class OperationComponentSupport<C extends ServiceConfiguration> extends DefaultComponent {

    private final TransportPool transports = new TransportPool();

    /** A new endpoint for {@code api/method}, with its own copy of the component configuration. */
    protected abstract OperationEndpointSupport<C> newEndpoint(String uri, String apiName, String methodName);

    protected TransportPool transports() {
        return transports;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        int slash = remaining.indexOf('/');
        if (slash <= 0 || slash == remaining.length() - 1) {
            throw new IllegalArgumentException(uri + ": expected scheme:api/method, for example " + exampleEndpoint());
        }
        OperationEndpointSupport<C> endpoint = newEndpoint(uri, remaining.substring(0, slash),
                remaining.substring(slash + 1));
        setProperties(endpoint, parameters);
        endpoint.acceptOperationParameters(parameters);
        parameters.clear();
        return endpoint;
    }

    /** An endpoint URI to show in the usage message, e.g. {@code boinc:account/lookup}. */
    protected abstract String exampleEndpoint();

    @Override
    protected void doStop() throws Exception {
        transports.close();
        super.doStop();
    }
}
