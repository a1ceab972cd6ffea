package com.acme.farm;

import com.acme.farm.model.AcmeJob;

import io.farmroutes.renderfarm.RenderfarmEndpoint;
import io.farmroutes.spi.render.FarmSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access key travels through good and failing calls, a watcher and Camel Main; it must surface in no text
 * anyone reads. The test does all of that itself, so its look at the log does not depend on the order of tests.
 */
class AcmeSecretsTest extends AcmeCamelTestSupport {

    @Test
    void theAccessKeyStaysOutOfExceptionsToStringsRoutesAndTheLog() throws Exception {
        List<String> seen = new ArrayList<>();
        String wrongKey = ACCESS_KEY + "-wrong";

        seen.add(call(uri("job/create", "name=secret"), Object.class).toString());
        seen.add(describe(failure(uri("job/list").replace(ACCESS_KEY, wrongKey), AcmeApiException.class)));
        seen.add(describe(failure(uri("job/get", "taskId=job-404"), AcmeApiException.class)));
        seen.add(describe(failure(uri("job/create"), Exception.class)));
        seen.add(describe(failure("renderfarm:job/list?provider=acme&accessKey=RAW(" + ACCESS_KEY + ")",
                Exception.class)));
        seen.add(describe(failure("renderfarm:job/list?provider=acme&providerOption.baseUrl=RAW(ftp://acme.example)"
                + "&accessKey=RAW(" + ACCESS_KEY + ")", Exception.class)));

        RenderfarmEndpoint endpoint = context.getEndpoint(uri("job/list"), RenderfarmEndpoint.class);
        seen.add(endpoint.toString());
        seen.add(endpoint.getConfiguration().toString());
        seen.add(endpoint.getWatchId());
        FarmSettings settings = endpoint.getConfiguration();
        seen.add(AcmeConnection.from(settings, "renderfarm:job/list?provider=acme").toString());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:secret").routeId("secret-route").to(uri("job/list"));
            }
        });
        seen.add(context.getRoute("secret-route").toString());
        seen.add(String.valueOf(context.getRoute("secret-route").getEndpoint()));
        template.requestBody("direct:secret", (Object) null);
        watchAFailedFrameUntilTheJobIsDone();
        callThroughCamelMain();

        for (String text : seen) {
            assertFalse(text.contains(ACCESS_KEY), text);
        }
        Path log = Path.of("target/acme-tests.log");
        assertTrue(Files.exists(log), "slf4j-simple writes the tests' log there");
        String logged = Files.readString(log);
        assertTrue(logged.contains("renderfarm:job/list?provider=acme"), "the engine logged the calls");
        assertFalse(logged.contains(ACCESS_KEY), "the access key is in the log");
    }

    /** The watcher and the retry it triggers run on Camel's threads, and log there. */
    private void watchAFailedFrameUntilTheJobIsDone() throws Exception {
        emulator().failOnFirstRender(1);
        AcmeJob job = call(uri("job/create", "name=watched", "frameStart=1", "frameEnd=2"), AcmeJob.class);
        call(uri("job/start", "taskId=" + job.id()), AcmeJob.class);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("frame/watch", "delay=20", "initialDelay=0", "watchStatuses=FAILED")).routeId("watch")
                        .to(uri("frame/retry"));
            }
        });
        awaitUntil("the watched job is done", () -> "done".equals(emulator().state(job.id())));
        context.getRouteController().stopRoute("watch");
    }

    /** Camel Main reads the key from properties, and logs its own start-up. */
    private void callThroughCamelMain() throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.main.autoConfigurationLogSummary", "true");
        main.addInitialProperty("camel.component.renderfarm.configuration.provider", "acme");
        main.addInitialProperty("camel.component.renderfarm.configuration.providerOptions[baseUrl]",
                emulator().baseUrl());
        main.addInitialProperty("camel.component.renderfarm.configuration.accessKey", ACCESS_KEY);
        main.start();
        try {
            main.getCamelContext().createProducerTemplate().requestBody("renderfarm:job/list", (Object) null);
        } finally {
            main.stop();
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }
}
