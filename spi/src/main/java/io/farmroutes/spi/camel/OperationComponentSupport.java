package io.farmroutes.spi.camel;

import io.farmroutes.spi.engine.TransportPool;
import io.farmroutes.spi.operation.ParameterConverter;
import io.farmroutes.spi.operation.ParameterDescriptor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

import org.apache.camel.Endpoint;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.URISupport;

/**
 * Creates operation endpoints: binds Camel options, keeps what is left as the operation's parameters
 * (checked against the catalog at once), and owns the HTTP clients its endpoints share.
 */
public abstract class OperationComponentSupport<C extends ServiceConfiguration> extends DefaultComponent {

    private final TransportPool transports = new TransportPool();
    // read on every exchange: volatile, so that only its creation takes the lock
    private volatile ExecutorService completionExecutor;

    /** The component-wide options every endpoint starts from. */
    public abstract C getConfiguration();

    /** A new endpoint for {@code api/method}, with its own copy of the component configuration. */
    protected abstract OperationEndpointSupport<C> newEndpoint(String uri, String apiName, String methodName);

    protected TransportPool transports() {
        return transports;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        // Camel masks options by a fixed keyword list; some of ours (apiSecret) are not on it
        SecretOptions.markSensitive(getCamelContext(), getConfiguration().getClass());
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        int slash = remaining.indexOf('/');
        if (slash <= 0 || slash == remaining.length() - 1) {
            // the URI may carry credentials (accessKey=RAW(...)): shown as Camel shows it, masked
            throw new IllegalArgumentException(URISupport.sanitizeUri(uri)
                    + ": expected scheme:api/method, for example " + exampleEndpoint());
        }
        OperationEndpointSupport<C> endpoint = newEndpoint(uri, remaining.substring(0, slash),
                remaining.substring(slash + 1));
        Map<String, Object> uriOptions = new LinkedHashMap<>(parameters);
        try {
            setProperties(endpoint, parameters);
        } catch (PropertyBindingException e) {
            // an operation parameter that is also a Camel option (a credential such as zone or apiKey) with a
            // value of the wrong type: say so in the operation's terms, like any other parameter
            refuseAsOperationParameter(endpoint, e);
            throw e;
        }
        endpoint.acceptOperationParameters(parameters);
        endpoint.checkParameterValues(uriOptions);
        parameters.clear();
        return endpoint;
    }

    private static void refuseAsOperationParameter(OperationEndpointSupport<?> endpoint, PropertyBindingException e) {
        Object value = e.getValue();
        Optional<ParameterDescriptor> parameter;
        try {
            parameter = endpoint.operation().parameter(e.getPropertyName());
        } catch (RuntimeException unresolved) {
            // the operation is not known yet (e.g. its provider option was not bound): Camel's own message stands
            return;
        }
        parameter.ifPresent(p -> ParameterConverter.convert(endpoint.label(), p, value));
    }

    /** An endpoint URI to show in the usage message, e.g. {@code boinc:account/lookup}. */
    protected abstract String exampleEndpoint();

    /**
     * Where producers continue the route once an answer is decoded: never on the HTTP client's I/O threads,
     * which a blocking step further down the route (a paged iterator, a synchronous call) would stall.
     */
    public ExecutorService completionExecutor() {
        ExecutorService executor = completionExecutor;
        if (executor != null) {
            return executor;
        }
        synchronized (this) {
            if (completionExecutor == null) {
                completionExecutor = getCamelContext().getExecutorServiceManager()
                        .newDefaultThreadPool(this, getClass().getSimpleName() + "Completion");
            }
            return completionExecutor;
        }
    }

    @Override
    protected void doStop() throws Exception {
        transports.close();
        synchronized (this) {
            if (completionExecutor != null) {
                getCamelContext().getExecutorServiceManager().shutdown(completionExecutor);
                completionExecutor = null;
            }
        }
        super.doStop();
    }
}
