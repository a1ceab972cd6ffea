package io.farmroutes.ipernity;

import io.farmroutes.ipernity.service.IpernityCatalog;
import io.farmroutes.spi.camel.OperationEndpointSupport;
import io.farmroutes.spi.engine.OperationEngine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * An ipernity operation as an endpoint; {@code ipernity:call/<method>} stands for the catalog's
 * {@code call/{method}} with the method name taken from the URI.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "ipernity", title = "ipernity", syntax = "ipernity:apiName/methodName",
             category = {Category.API, Category.CLOUD}, headersClass = IpernityConstants.class)
public class IpernityEndpoint extends OperationEndpointSupport<IpernityConfiguration> {

    @UriParam
    private IpernityConfiguration configuration;
    @UriParam(label = "producer", prefix = "param.", multiValue = true, javaType = "java.util.Map<String, Object>",
              description = "For call/<method>: the method's own parameters as param.<name>=<value>, e.g."
                            + " param.doc_id=1234. Sent as they are, signed with the rest.")
    private Map<String, Object> methodParameters;
    @UriParam(label = "consumer", defaultValue = "1000", javaType = "long",
              description = "upload/checkTickets consumer: how long, in milliseconds, a due ticket may be held back"
                            + " so that it is asked about in a fuller request (up to 50 tickets per request)."
                            + " Fewer than 50 due tickets wait until 50 are due or the longest due has waited"
                            + " this long; 0 asks about every due ticket at once.")
    private long batchWait = 1000;

    public IpernityEndpoint(String uri, IpernityComponent component, String apiName, String methodName,
                            IpernityConfiguration configuration) {
        super(uri, component, apiName, methodName);
        this.configuration = configuration;
    }

    @Override
    public IpernityComponent getComponent() {
        return (IpernityComponent) super.getComponent();
    }

    @Override
    public OperationEngine<IpernityConfiguration> engine() {
        return getComponent().engine();
    }

    /** Whether this endpoint calls an arbitrary method ({@code call/<method>}). */
    public boolean isMethodCall() {
        return IpernityCatalog.CALL_API.equals(getApiName());
    }

    @Override
    public String endpointName() {
        return isMethodCall() ? IpernityCatalog.CALL_ENDPOINT : super.endpointName();
    }

    @Override
    public String label() {
        return isMethodCall() ? "ipernity:" + IpernityCatalog.CALL_API + "/" + getMethodName() : super.label();
    }

    /** The URI's parameters, plus for call/&lt;method&gt; the method name and the param.* options. */
    @Override
    public Map<String, Object> getOperationParameters() {
        if (!isMethodCall()) {
            return super.getOperationParameters();
        }
        Map<String, Object> all = new LinkedHashMap<>(super.getOperationParameters());
        all.put(IpernityCatalog.METHOD_PARAM, getMethodName());
        if (methodParameters != null && !methodParameters.isEmpty()) {
            all.put(IpernityCatalog.PARAMETERS_PARAM, Map.copyOf(methodParameters));
        }
        return Collections.unmodifiableMap(all);
    }

    /** Uploads register their tickets for the checkTickets consumer. */
    @Override
    public Producer createProducer() {
        Producer producer = super.createProducer();
        return getApiName().equals("upload") && !getMethodName().equals("checkTickets")
                ? new TicketRegisteringProducer(this, producer) : producer;
    }

    /** upload/checkTickets gets the eta-aware ticket consumer; other read operations poll as usual. */
    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!IpernityCatalog.CHECK_TICKETS_ENDPOINT.equals(endpointName())) {
            return super.createConsumer(processor);
        }
        TicketConsumer consumer = new TicketConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public IpernityConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(IpernityConfiguration configuration) {
        this.configuration = configuration;
    }

    public long getBatchWait() {
        return batchWait;
    }

    public void setBatchWait(long batchWait) {
        this.batchWait = batchWait;
    }

    public Map<String, Object> getMethodParameters() {
        return methodParameters;
    }

    public void setMethodParameters(Map<String, Object> methodParameters) {
        this.methodParameters = methodParameters == null ? null : new LinkedHashMap<>(methodParameters);
    }

    @Override
    public String headerPrefix() {
        return IpernityConstants.HEADER_PREFIX;
    }
}
