package io.farmroutes.examples.micronaut;

import io.farmroutes.examples.pipeline.StudioBoard;
import io.farmroutes.examples.pipeline.StudioRoutes;
import io.farmroutes.ipernity.IpernityComponent;
import io.farmroutes.ipernity.IpernityConfiguration;
import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.renderfarm.RenderfarmConfiguration;
import io.farmroutes.spi.asset.DirectoryAssetTransport;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Camel as Micronaut beans: the two components (from the sandbox or from {@code application.yml}), the studio's
 * routes, and the CamelContext that holds them all, started on creation and closed with the application context.
 */
@Factory
public class CamelFactory {

    @Singleton
    RenderfarmComponent renderfarm(Optional<Sandbox> sandbox, FoxProperties fox) {
        RenderfarmComponent component = new RenderfarmComponent();
        RenderfarmConfiguration config = component.getConfiguration();
        if (sandbox.isPresent()) {
            sandbox.get().configure(config);
            return component;
        }
        // unset domain/platform stay unset, so the provider's own defaults apply
        config.setAccessId(fox.getAccessId());
        config.setAccessKey(fox.getAccessKey());
        if (fox.getDomain() != null) {
            config.setDomain(fox.getDomain());
        }
        if (fox.getPlatform() != null) {
            config.setPlatform(fox.getPlatform());
        }
        return component;
    }

    @Singleton
    IpernityComponent ipernity(Optional<Sandbox> sandbox, IpernityProperties ipernity) {
        IpernityComponent component = new IpernityComponent();
        IpernityConfiguration config = component.getConfiguration();
        if (sandbox.isPresent()) {
            sandbox.get().configure(config);
            return component;
        }
        if (ipernity.getBaseUrl() != null) {
            config.setBaseUrl(ipernity.getBaseUrl());
        }
        config.setApiKey(ipernity.getApiKey());
        config.setApiSecret(ipernity.getApiSecret());
        config.setAuthToken(ipernity.getAuthToken());
        return component;
    }

    @Singleton
    StudioBoard board() {
        return new StudioBoard(System.out);
    }

    /** The studio's routes are a bean like any other RoutesBuilder: the CamelContext picks up all of them. */
    @Singleton
    StudioRoutes studioRoutes(StudioBoard board, StudioSettings settings) {
        return new StudioRoutes(board, new DirectoryAssetTransport(settings.shareDir()),
                settings.workDir().resolve("outputs"), settings.getWatch());
    }

    @Singleton
    @Bean(preDestroy = "close")
    CamelContext camelContext(RenderfarmComponent renderfarm, IpernityComponent ipernity,
                              List<RoutesBuilder> routes) throws Exception {
        CamelContext context = new DefaultCamelContext();
        try {
            context.addComponent("renderfarm", renderfarm);
            context.addComponent("ipernity", ipernity);
            for (RoutesBuilder builder : routes) {
                context.addRoutes(builder);
            }
            context.start();
            return context;
        } catch (Exception e) {
            // a context that failed to start is no bean, so nothing else would stop what it started
            context.close();
            throw e;
        }
    }
}
