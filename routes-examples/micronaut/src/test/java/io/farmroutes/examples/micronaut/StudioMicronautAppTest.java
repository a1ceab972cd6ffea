package io.farmroutes.examples.micronaut;

import io.farmroutes.examples.pipeline.StudioBoard;
import io.farmroutes.ipernity.IpernityComponent;
import io.farmroutes.ipernity.IpernityConfiguration;
import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.renderfarm.RenderfarmConfiguration;
import io.micronaut.context.ApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudioMicronautAppTest {

    @TempDir
    Path work;

    @Test
    void theContextWiresCamelFromBeansAndTheShotsGetRenderedAndPublished() throws Exception {
        // the sandbox is on through application.yml; only the work directory is the test's own
        try (ApplicationContext beans = ApplicationContext.run(Map.of("farmroutes.studio.work", work.toString()))) {
            CamelContext camel = beans.getBean(CamelContext.class);
            assertTrue(camel.isStarted());
            assertTrue(beans.containsBean(Sandbox.class));
            assertSame(beans.getBean(RenderfarmComponent.class), camel.getComponent("renderfarm"));
            assertSame(beans.getBean(IpernityComponent.class), camel.getComponent("ipernity"));
            List<String> pipelineRoutes = camel.getRoutes().stream().map(Route::getRouteId)
                    .filter(id -> id.startsWith("pipeline-studio-")).toList();
            assertFalse(pipelineRoutes.isEmpty(), "pipeline routes: " + camel.getRoutes());
            assertTrue(pipelineRoutes.contains("pipeline-studio-submit"), pipelineRoutes::toString);

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int code = StudioMicronautApp.run(beans, new PrintStream(printed, true, StandardCharsets.UTF_8));
            String out = printed.toString(StandardCharsets.UTF_8);

            assertEquals(0, code, out);
            List<StudioBoard.Shot> shots = beans.getBean(StudioBoard.class).shots();
            assertEquals(4, shots.size(), out);
            for (StudioBoard.Shot shot : shots) {
                assertEquals("COMPLETED", shot.outcome(), shot::toString);
                assertEquals("published", shot.publication(), shot::toString);
                assertNotNull(shot.document(), shot::toString);
                assertEquals(shot.progress().frames(), shot.progress().framesDone(), shot::toString);
            }
        }
    }

    @Test
    void withoutTheSandboxTheComponentsTakeTheirSettingsFromTheConfiguration() {
        Map<String, Object> config = Map.of(
                "farmroutes.sandbox.enabled", false,
                "farmroutes.studio.work", work.toString(),
                "farmroutes.fox.access-id", "id-1",
                "farmroutes.fox.access-key", "key-1",
                "farmroutes.fox.domain", "farm.example.test",
                "farmroutes.fox.platform", "6",
                "farmroutes.ipernity.api-key", "api-1",
                "farmroutes.ipernity.api-secret", "secret-1",
                "farmroutes.ipernity.auth-token", "token-1");
        // only the component beans: the CamelContext would start polling the real services
        try (ApplicationContext beans = ApplicationContext.run(config)) {
            assertFalse(beans.containsBean(Sandbox.class));
            RenderfarmConfiguration fox = beans.getBean(RenderfarmComponent.class).getConfiguration();
            assertEquals("id-1", fox.getAccessId());
            assertEquals("key-1", fox.getAccessKey());
            assertEquals(6, fox.getPlatform());
            assertEquals("farm.example.test", fox.getDomain());
            IpernityConfiguration ipernity = beans.getBean(IpernityComponent.class).getConfiguration();
            assertEquals("api-1", ipernity.getApiKey());
            assertEquals("secret-1", ipernity.getApiSecret());
            assertEquals("token-1", ipernity.getAuthToken());
            assertNotNull(ipernity.getBaseUrl(), "the component's default base URL stays");
        }
    }
}
