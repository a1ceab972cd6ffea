package io.farmroutes.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.farmroutes.examples.pipeline.SampleShots;
import io.farmroutes.examples.pipeline.StudioBoard;
import io.farmroutes.examples.pipeline.StudioRoutes;
import io.farmroutes.ipernity.IpernityComponent;
import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.renderfarm.RenderfarmConfiguration;
import io.farmroutes.renderfarm.pipeline.RenderRequest;

import java.time.Duration;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/** The studio in Spring Boot: components configured from application.properties, pipeline routes, a full run. */
@SpringBootTest(properties = "studio.run-on-start=false")
class StudioSpringBootAppTest {

    @Autowired
    CamelContext camel;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationContext context;

    @Autowired
    StudioBoard board;

    @Autowired
    StudioProperties studio;

    @Autowired
    ProducerTemplate template;

    @Test
    void componentsAreConfiguredFromTheProperties() {
        RenderfarmConfiguration fox = camel.getComponent("renderfarm", RenderfarmComponent.class).getConfiguration();
        assertThat(fox.getDomain()).isEqualTo(environment.getProperty("sandbox.fox.domain")).startsWith("127.0.0.1:");
        assertThat(fox.getProtocol()).isEqualTo("http");
        assertThat(fox.getAccessId()).isEqualTo(environment.getProperty("sandbox.fox.access-id"));
        // compared, never printed: a failure message would show only that they differ
        assertThat(fox.getAccessKey().equals(environment.getProperty("sandbox.fox.access-key"))).isTrue();
        assertThat(fox.getPlatform()).isEqualTo(environment.getProperty("sandbox.fox.platform", Integer.class));

        var ipernity = camel.getComponent("ipernity", IpernityComponent.class).getConfiguration();
        assertThat(ipernity.getBaseUrl()).isEqualTo(environment.getProperty("sandbox.ipernity.base-url"));
        assertThat(ipernity.getApiKey().equals(environment.getProperty("sandbox.ipernity.api-key"))).isTrue();
        assertThat(ipernity.getApiSecret().equals(environment.getProperty("sandbox.ipernity.api-secret"))).isTrue();
        assertThat(ipernity.getAuthToken().equals(environment.getProperty("sandbox.ipernity.auth-token"))).isTrue();
    }

    @Test
    void thePipelineRoutesAreRegistered() {
        List<String> ids = camel.getRoutes().stream().map(Route::getRouteId).toList();
        assertThat(ids).anyMatch(id -> id.startsWith("pipeline-studio-"))
                .contains("studio-progress", "studio-exhausted", "studio-publish", "studio-tickets");
        assertThat(context.getBeansOfType(StudioRunner.class)).as("runner skipped in tests").isEmpty();
    }

    @Test
    void everyShotIsRenderedAndPublished() throws Exception {
        List<RenderRequest> shots = SampleShots.write(studio.work().resolve("test-scenes"));
        for (RenderRequest shot : shots) {
            board.expect(shot.key());
            assertThat(template.requestBody(StudioRoutes.SHOTS, shot, String.class)).isNotBlank();
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(board::allSettled);

        assertThat(board.shots()).hasSize(shots.size()).allSatisfy(shot -> {
            assertThat(shot.outcome()).as(shot.key()).isEqualTo("COMPLETED");
            assertThat(shot.publication()).as(shot.key()).isEqualTo("published");
            assertThat(shot.document()).as(shot.key()).isNotBlank();
        });
    }
}
