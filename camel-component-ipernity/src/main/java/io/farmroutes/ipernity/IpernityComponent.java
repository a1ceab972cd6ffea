package io.farmroutes.ipernity;

import io.farmroutes.ipernity.service.IpernityCatalog;
import io.farmroutes.ipernity.service.IpernityService;
import io.farmroutes.spi.camel.OperationComponentSupport;
import io.farmroutes.spi.camel.OperationEndpointSupport;
import io.farmroutes.spi.engine.OperationEngine;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.util.PropertiesHelper;

/** The ipernity: component: the authorization flow, uploads and any other API method as endpoints. */
@Component("ipernity")
public class IpernityComponent extends OperationComponentSupport<IpernityConfiguration> {

    @Metadata(description = "Component-wide defaults for every ipernity: endpoint (API base, key, secret, token).")
    private IpernityConfiguration configuration = new IpernityConfiguration();

    private OperationEngine<IpernityConfiguration> engine;
    private final TicketTracker ticketTracker = new TicketTracker();

    public IpernityConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(IpernityConfiguration configuration) {
        this.configuration = configuration;
    }

    synchronized OperationEngine<IpernityConfiguration> engine() {
        if (engine == null) {
            engine = new OperationEngine<>(new IpernityService(), transports());
        }
        return engine;
    }

    /** The pending upload tickets the checkTickets consumer follows; uploads through this component add theirs. */
    public TicketTracker ticketTracker() {
        return ticketTracker;
    }

    /**
     * The link where a user authorizes this application, signed with the configured key and secret.
     *
     * @param frob the frob from auth/getFrob (desktop flow), or null (web flow with a callback URL)
     */
    public String authorizeUrl(String frob, Map<PermissionTarget, Permission> permissions) {
        return AuthorizeUrl.build(configuration.getAuthorizeUrl(), configuration.getApiKey(),
                configuration.getApiSecret(), frob, permissions);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        // param.<name> options are the called method's own parameters; take them before Camel binds the rest
        Map<String, Object> methodParameters = PropertiesHelper.extractProperties(parameters, "param.");
        IpernityEndpoint endpoint = (IpernityEndpoint) super.createEndpoint(uri, remaining, parameters);
        if (!methodParameters.isEmpty()) {
            if (!endpoint.isMethodCall()) {
                throw new IllegalArgumentException(uri + ": param.* options belong to " + IpernityCatalog.CALL_API
                        + "/<method> endpoints only");
            }
            endpoint.setMethodParameters(methodParameters);
        }
        return endpoint;
    }

    @Override
    protected OperationEndpointSupport<IpernityConfiguration> newEndpoint(String uri, String apiName,
                                                                          String methodName) {
        return new IpernityEndpoint(uri, this, apiName, methodName, configuration.copy());
    }

    @Override
    protected String exampleEndpoint() {
        return "ipernity:upload/file or ipernity:call/doc.get";
    }
}
