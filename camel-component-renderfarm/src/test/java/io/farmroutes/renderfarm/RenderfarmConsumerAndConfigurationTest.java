package io.farmroutes.renderfarm;

import io.farmroutes.renderfarm.fox.model.FrameInfo;
import io.farmroutes.renderfarm.fox.model.FrameStats;
import io.farmroutes.renderfarm.fox.model.UserProfile;

import java.util.List;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Read endpoints as polling consumers, Camel Main configuration, per-endpoint options and paths. */
class RenderfarmConsumerAndConfigurationTest extends FoxTestSupport {

    @Test
    void aReadEndpointPollsOnAQuartzCron() throws Exception {
        MockEndpoint stats = getMockEndpoint("mock:stats");
        stats.expectedMinimumMessageCount(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("renderfarm:frame/stats?scheduler=quartz&scheduler.cron=0/1 * * * * ?").routeId("cron-stats")
                        .to("mock:stats");
            }
        });
        stats.assertIsSatisfied(10_000);
        assertInstanceOf(FrameStats.class, stats.getExchanges().get(0).getMessage().getBody());
        context.getRouteController().stopRoute("cron-stats");
    }

    @Test
    void aPolledPagedStreamIsSplitIntoOneExchangePerFrame() throws Exception {
        long taskId = emulator().state().seedFinishedTask(30);
        MockEndpoint frames = getMockEndpoint("mock:frames");
        frames.expectedMinimumMessageCount(30);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("renderfarm:frame/listAll?pageSize=7&delay=60000&initialDelay=0&taskId=" + taskId)
                        .routeId("poll-frames").to("mock:frames");
            }
        });
        frames.assertIsSatisfied(10_000);
        assertInstanceOf(FrameInfo.class, frames.getExchanges().get(0).getMessage().getBody());
        context.getRouteController().stopRoute("poll-frames");
    }

    @Test
    void aWriteEndpointCannotBePolled() {
        Exception e = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("renderfarm:task/submit?taskId=1").to("mock:never");
            }
        }));
        assertTrue(rootMessage(e).contains("cannot be polled"), rootMessage(e));
    }

    @Test
    void componentOptionsAreSetAsCamelComponentRenderfarmOptionsInCamelMain() throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.component.renderfarm.domain", emulator().domain());
        main.addInitialProperty("camel.component.renderfarm.protocol", "http");
        main.addInitialProperty("camel.component.renderfarm.accessId", emulator().accessId());
        main.addInitialProperty("camel.component.renderfarm.accessKey", emulator().accessKey());
        main.addInitialProperty("camel.component.renderfarm.platform", Integer.toString(emulator().platform()));
        main.addInitialProperty("camel.component.renderfarm.readTimeout", "12345");
        main.start();
        try {
            RenderfarmComponent component = main.getCamelContext().getComponent("renderfarm",
                    RenderfarmComponent.class);
            assertEquals(12345, component.getConfiguration().getReadTimeout());
            UserProfile profile = main.getCamelContext().createProducerTemplate()
                    .requestBody("renderfarm:user/profile", null, UserProfile.class);
            assertEquals(emulator().platform(), profile.platform());
        } finally {
            main.stop();
        }
    }

    @Test
    void theDocumentationsPathsAreUsedWhenAsked() {
        call("renderfarm:task/stop?documentedPaths=true&taskIds=" + emulator().state().seedFinishedTask(1),
                Object.class);
        assertEquals(1, emulator().ledger().count("/api/render/handle/stopTask"));
        assertEquals(0, emulator().ledger().count("/api/rendering/task/renderingTask/stopTask"));
    }

    @Test
    void anEndpointsOperationPathReplacesTheCatalogs() {
        List<?> platforms = call("renderfarm:platform/list?operationPath=/api/render/common/queryPlatforms",
                List.class);
        assertTrue(!platforms.isEmpty());
        assertEquals(0, emulator().ledger().count("/elsewhere"));
        Exception e = failure("renderfarm:platform/list?operationPath=/elsewhere", Exception.class);
        assertEquals(1, emulator().ledger().count("/elsewhere"), e.toString());
    }

    @Test
    void aMisspeltEndpointInOperationPathsFailsWhenTheEndpointStarts() {
        component().getConfiguration().setOperationPaths(Map.of("task/lsit", "/x"));
        Exception e = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:paths").to("renderfarm:task/info");
            }
        }));
        assertTrue(rootMessage(e).contains("task/lsit") && rootMessage(e).contains("task/list"), rootMessage(e));
        assertEquals(0, emulator().ledger().count());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
