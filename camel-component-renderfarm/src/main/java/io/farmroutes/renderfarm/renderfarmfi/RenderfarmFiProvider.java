package io.farmroutes.renderfarm.renderfarmfi;

import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.engine.ServiceDefinition;
import io.farmroutes.spi.oauth.OAuthSigner;
import io.farmroutes.spi.render.FarmProvider;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.render.RenderOperations;

/** Renderfarm.fi, {@code provider=renderfarmfi}: XML-RPC signed with OAuth 1.0 HMAC-SHA1. */
public final class RenderfarmFiProvider implements FarmProvider {

    private final RenderfarmFiService service;

    public RenderfarmFiProvider() {
        this(OAuthSigner.standard());
    }

    /** With another signer (clock, nonces), e.g. to test how a stale timestamp is refused. */
    public RenderfarmFiProvider(OAuthSigner signer) {
        this.service = new RenderfarmFiService(signer);
    }

    @Override
    public String id() {
        return RenderfarmFiCatalog.PROVIDER;
    }

    @Override
    public ServiceDefinition<FarmSettings> service() {
        return service;
    }

    @Override
    public RenderOperations renderOperations(OperationInvoker<FarmSettings> invoker, FarmSettings settings) {
        return new RenderfarmFiRenderOperations(invoker, settings);
    }
}
