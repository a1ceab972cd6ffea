package io.farmroutes.boinc;

import io.farmroutes.boinc.service.BoincService;
import io.farmroutes.spi.camel.OperationComponentSupport;
import io.farmroutes.spi.camel.OperationEndpointSupport;
import io.farmroutes.spi.engine.OperationEngine;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The boinc: component: every Web RPC of a BOINC project as an endpoint {@code boinc:api/method}. */
@Component("boinc")
public class BoincComponent extends OperationComponentSupport<BoincConfiguration> {

    @Metadata(description = "Component-wide defaults for every boinc: endpoint (project, credentials, timeouts).")
    private BoincConfiguration configuration = new BoincConfiguration();

    private OperationEngine<BoincConfiguration> engine;

    public BoincConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(BoincConfiguration configuration) {
        this.configuration = configuration;
    }

    synchronized OperationEngine<BoincConfiguration> engine() {
        if (engine == null) {
            engine = new OperationEngine<>(new BoincService(), transports());
        }
        return engine;
    }

    @Override
    protected OperationEndpointSupport<BoincConfiguration> newEndpoint(String uri, String apiName, String methodName) {
        return new BoincEndpoint(uri, this, apiName, methodName, configuration.copy());
    }

    @Override
    protected String exampleEndpoint() {
        return "boinc:account/lookup";
    }
}
