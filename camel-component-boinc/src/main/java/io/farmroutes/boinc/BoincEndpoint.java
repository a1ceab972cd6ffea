package io.farmroutes.boinc;

import io.farmroutes.spi.camel.OperationEndpointSupport;
import io.farmroutes.spi.engine.OperationEngine;

import org.apache.camel.Category;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/** A BOINC Web RPC as an endpoint: a producer for each RPC and a polling consumer for the read RPCs. */
@UriEndpoint(firstVersion = "0.1.0", scheme = "boinc", title = "BOINC", syntax = "boinc:apiName/methodName",
             category = {Category.API}, headersClass = BoincConstants.class)
public class BoincEndpoint extends OperationEndpointSupport<BoincConfiguration> {

    @UriParam
    private BoincConfiguration configuration;

    public BoincEndpoint(String uri, BoincComponent component, String apiName, String methodName,
                         BoincConfiguration configuration) {
        super(uri, component, apiName, methodName);
        this.configuration = configuration;
    }

    @Override
    public BoincComponent getComponent() {
        return (BoincComponent) super.getComponent();
    }

    @Override
    public OperationEngine<BoincConfiguration> engine() {
        return getComponent().engine();
    }

    @Override
    public BoincConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(BoincConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String headerPrefix() {
        return BoincConstants.HEADER_PREFIX;
    }
}
