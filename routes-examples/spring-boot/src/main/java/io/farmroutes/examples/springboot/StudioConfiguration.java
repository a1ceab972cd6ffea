package io.farmroutes.examples.springboot;

import io.farmroutes.examples.pipeline.StudioBoard;
import io.farmroutes.examples.pipeline.StudioRoutes;
import io.farmroutes.spi.asset.DirectoryAssetTransport;

import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/** The studio's beans: the board and the routes; the components come from the class path, set by the properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StudioProperties.class)
public class StudioConfiguration {

    /** Our components have no Spring Boot starter: this binds their {@code camel.component.*} properties. */
    @Bean
    ComponentPropertiesCustomizer farmRoutesComponentProperties(Environment environment) {
        return new ComponentPropertiesCustomizer(environment, Set.of("renderfarm", "ipernity"));
    }

    @Bean
    StudioBoard studioBoard() {
        return new StudioBoard(System.out);
    }

    /** Picked up by Camel Spring Boot as a RoutesBuilder. */
    @Bean
    StudioRoutes studioRoutes(StudioBoard board, StudioProperties studio) {
        return new StudioRoutes(board, new DirectoryAssetTransport(studio.share()), studio.work().resolve("outputs"),
                studio.watch());
    }

    /**
     * The emulators started by {@link SandboxEnvironmentPostProcessor}, as a bean only so that they are closed with
     * the context: bean destruction comes after the lifecycle stop that stops Camel, so no route polls a closed port.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty("farmroutes.sandbox.enabled")
    SandboxPropertySource sandbox(ConfigurableEnvironment environment) {
        return SandboxPropertySource.in(environment);
    }
}
