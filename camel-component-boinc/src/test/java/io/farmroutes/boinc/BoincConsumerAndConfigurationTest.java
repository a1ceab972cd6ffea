package io.farmroutes.boinc;

import io.farmroutes.boinc.model.ProjectConfig;
import io.farmroutes.boinc.model.Team;
import io.farmroutes.spi.error.InvalidParameterException;

import java.util.List;

import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoincConsumerAndConfigurationTest extends BoincTestSupport {

    @Test
    void aReadEndpointPollsOnATimerAndSplitsListResults() throws Exception {
        MockEndpoint teams = getMockEndpoint("mock:teams");
        teams.expectedMinimumMessageCount(2);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("boinc:team/lookup?name=rangers&delay=50&initialDelay=0").routeId("poll-teams")
                        .to("mock:teams");
            }
        });
        teams.assertIsSatisfied(10_000);
        assertInstanceOf(Team.class, teams.getExchanges().get(0).getMessage().getBody());
        context.getRouteController().stopRoute("poll-teams");
    }

    @Test
    void aReadEndpointPollsOnAQuartzCron() throws Exception {
        MockEndpoint configs = getMockEndpoint("mock:configs");
        configs.expectedMinimumMessageCount(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("boinc:project/config?scheduler=quartz&scheduler.cron=0/1 * * * * ?").routeId("cron-config")
                        .to("mock:configs");
            }
        });
        configs.assertIsSatisfied(10_000);
        assertInstanceOf(ProjectConfig.class, configs.getExchanges().get(0).getMessage().getBody());
        context.getRouteController().stopRoute("cron-config");
    }

    @Test
    void aWriteEndpointCannotBePolled() {
        Exception e = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("boinc:team/create?name=x&type=1").to("mock:never");
            }
        }));
        assertTrue(rootMessage(e).contains("cannot be polled"), rootMessage(e));
    }

    @Test
    void anUnknownUriParameterFailsAtRouteStartNamingTheNearest() {
        FailedToCreateRouteException e = assertThrows(FailedToCreateRouteException.class,
                () -> context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:typo").to("boinc:account/lookup?emial=a@example.org");
                    }
                }));
        Throwable root = e;
        while (root.getCause() != null && !(root instanceof InvalidParameterException)) {
            root = root.getCause();
        }
        InvalidParameterException invalid = assertInstanceOf(InvalidParameterException.class, root);
        assertEquals("emial", invalid.getParameter());
        assertTrue(invalid.getSuggestions().contains("email"), invalid.getSuggestions().toString());
        assertEquals(0, emulator().ledger().count());
    }

    @Test
    void anUnknownOperationNamesTheNearestEndpoints() {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint("boinc:acount/lookup"));
        assertTrue(rootMessage(e).contains("account/lookup"), rootMessage(e));
    }

    @Test
    void rpcsGoToTheDiscoveredWebRpcUrlBase() {
        emulator().settings().separateRpcBase(true);
        emulator().ledger().clear();
        List<?> teams = call("boinc:team/lookup?name=rangers", List.class);
        assertEquals(1, teams.size());
        assertEquals(1, emulator().ledger().count("/get_project_config.php"));
        assertEquals(1, emulator().ledger().count("/rpc/team_lookup.php"));
    }

    @Test
    void componentOptionsAreSetAsCamelComponentBoincOptionsInCamelMain() throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.component.boinc.projectUrl", emulator().masterUrl());
        main.addInitialProperty("camel.component.boinc.readTimeout", "12345");
        main.addInitialProperty("camel.component.boinc.accountKey", "0123456789abcdef0123456789abcdef");
        main.start();
        try {
            BoincComponent component = main.getCamelContext().getComponent("boinc", BoincComponent.class);
            assertEquals(emulator().masterUrl(), component.getConfiguration().getProjectUrl());
            assertEquals(12345, component.getConfiguration().getReadTimeout());
            ProjectConfig config = main.getCamelContext().createProducerTemplate()
                    .requestBody("boinc:project/config", null, ProjectConfig.class);
            assertEquals("Farm Routes Test Project", config.name());
        } finally {
            main.stop();
        }
    }

    @Test
    void endpointOptionsOverrideComponentDefaultsWithoutChangingThem() {
        BoincEndpoint a = context.getEndpoint("boinc:project/config?readTimeout=999", BoincEndpoint.class);
        BoincEndpoint b = context.getEndpoint("boinc:project/apps", BoincEndpoint.class);
        assertEquals(999, a.getConfiguration().getReadTimeout());
        assertEquals(30_000, b.getConfiguration().getReadTimeout());
        assertEquals(emulator().masterUrl(), b.getConfiguration().getProjectUrl());
    }

    @Test
    void transientFailuresOfRetrySafeCallsAreRetried() throws Exception {
        emulator().faults().serverErrors(1.0);
        Exception e = failure("boinc:project/config", java.util.Map.of(), Exception.class);
        assertTrue(e.getMessage().contains("503"), e.getMessage());
        emulator().faults().clear();
        assertEquals(3, emulator().ledger().count("/get_project_config.php"), "maxAttempts defaults to 3");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
