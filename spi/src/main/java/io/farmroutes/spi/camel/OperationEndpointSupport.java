package io.farmroutes.spi.camel;

import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParameterConverter;
import io.farmroutes.spi.operation.ParameterValidator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * The endpoint of one operation ({@code scheme:api/method}): a producer for every operation and a polling
 * consumer for read operations. Options that are not Camel options are the operation's parameters.
 */
public abstract class OperationEndpointSupport<C extends ServiceConfiguration> extends ScheduledPollEndpoint {

    @UriPath(description = "The API group of the operation, for example account in account/lookup.")
    @Metadata(required = true)
    private String apiName;
    @UriPath(description = "The operation within its API group, for example lookup in account/lookup.")
    @Metadata(required = true)
    private String methodName;
    @UriParam(label = "consumer", defaultValue = "true",
              description = "When a polled result is a collection, emit one exchange per element.")
    private boolean splitResult = true;
    @UriParam(label = "producer,advanced", defaultValue = "false",
              description = "Whether the producer waits for the answer on the calling thread and continues the route"
                            + " there. By default the calling thread is released while the service answers and the"
                            + " route continues on the component's completion pool; waiting saves that hand-off"
                            + " (lower latency for a caller that waits anyway, such as a ProducerTemplate) at the"
                            + " cost of holding the caller's thread.")
    private boolean synchronous;

    private final Map<String, Object> operationParameters = new LinkedHashMap<>();

    protected OperationEndpointSupport(String uri, Component component, String apiName, String methodName) {
        super(uri, component);
        this.apiName = apiName;
        this.methodName = methodName;
    }

    /** The engine that carries out this endpoint's operation; it may read a wider type than C. */
    public abstract OperationEngine<? super C> engine();

    public abstract C getConfiguration();

    /** Header names that carry parameters start with this, e.g. {@code CamelBoinc.}. */
    public abstract String headerPrefix();

    public String endpointName() {
        return apiName + "/" + methodName;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    public OperationDescriptor operation() {
        return engine().service().catalog().require(endpointName());
    }

    /** The endpoint as users write it, for messages. */
    public String label() {
        return engine().label(endpointName());
    }

    /** Takes the URI options Camel did not bind; unknown names fail now, at route start. */
    void acceptOperationParameters(Map<String, Object> parameters) {
        OperationDescriptor op = operation();
        ParameterValidator.rejectUnknown(label(), op, parameters.keySet());
        operationParameters.putAll(parameters);
    }

    /**
     * Checks the value of every URI option that names a parameter of this operation, whether Camel bound it (a
     * credential option such as platform) or not: a URI value never changes, so a wrong one fails now, at route
     * start, instead of on every exchange or, for a bound option, not at all before a request is sent.
     */
    void checkParameterValues(Map<String, Object> uriOptions) {
        OperationDescriptor op = operation();
        uriOptions.forEach((name, value) -> op.parameter(name)
                .ifPresent(p -> ParameterConverter.convert(label(), p, value)));
    }

    public Map<String, Object> getOperationParameters() {
        return Collections.unmodifiableMap(operationParameters);
    }

    @Override
    public Producer createProducer() {
        operation();
        return new OperationProducer<>(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        OperationDescriptor op = operation();
        if (!op.readOnly()) {
            throw new IllegalArgumentException(label() + " changes state on the service and cannot be polled;"
                    + " use it as a producer (to(...))");
        }
        OperationPollConsumer<C> consumer = new OperationPollConsumer<>(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        C config = getConfiguration();
        if (config.getSslContextParameters() != null) {
            config.resolvedSslContext(config.getSslContextParameters().createSSLContext(getCamelContext()));
        }
        super.doStart();
    }

    @Override
    public boolean isLenientProperties() {
        return false;
    }

    public String getApiName() {
        return apiName;
    }

    public void setApiName(String apiName) {
        this.apiName = apiName;
    }

    public String getMethodName() {
        return methodName;
    }

    public void setMethodName(String methodName) {
        this.methodName = methodName;
    }

    public boolean isSplitResult() {
        return splitResult;
    }

    public void setSplitResult(boolean splitResult) {
        this.splitResult = splitResult;
    }
}
