package io.farmroutes.boinc;

import io.farmroutes.boinc.model.AccountKey;
import io.farmroutes.boinc.model.AccountLookup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Distinctive secrets go through successful and failing calls; none may surface in text anyone reads. */
class BoincSecretsTest extends BoincTestSupport {

    private static final String PASSWORD = "Zq7-distinctive-PASSWORD-4411";
    private static final String FAKE_KEY = "feedfacefeedfacefeedfacefeedf00d";

    @Test
    void secretsStayOutOfExceptionsToStringsRouteDumpsAndLogs() throws Exception {
        List<String> seen = new ArrayList<>();
        AccountKey key = call("boinc:account/create?email=secret@example.org&userName=Sec&password=RAW(" + PASSWORD
                + ")", AccountKey.class);
        String realKey = key.value();
        seen.add(key.toString());

        AccountLookup lookup = call("boinc:account/lookup?email=secret@example.org",
                Map.of("CamelBoinc.password", PASSWORD), AccountLookup.class);
        seen.add(lookup.toString());

        seen.add(failure("boinc:account/lookup?email=secret@example.org", Map.of("CamelBoinc.password",
                PASSWORD + "-wrong"), BoincException.class).toString());
        seen.add(failure("boinc:account/info?accountKey=" + FAKE_KEY, Map.of(), BoincException.class).toString());
        seen.add(failure("boinc:forum/updatePreferences?pmNotification=1", Map.of("CamelBoinc.accountKey", FAKE_KEY),
                BoincException.class).toString());
        seen.add(failure("boinc:user/show", Map.of("CamelBoinc.accountKey", realKey, "CamelBoinc.userId", "x"),
                Exception.class).toString());

        BoincEndpoint endpoint = context.getEndpoint("boinc:account/info?accountKey=" + realKey + "&password=RAW("
                + PASSWORD + ")", BoincEndpoint.class);
        seen.add(endpoint.toString());
        seen.add(endpoint.getConfiguration().toString());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:secret").routeId("secret-route").to("boinc:account/info?accountKey=" + realKey);
            }
        });
        seen.add(context.getRoute("secret-route").toString());
        seen.add(String.valueOf(context.getRoute("secret-route").getEndpoint()));

        for (String text : seen) {
            assertFalse(text.contains(PASSWORD), text);
            assertFalse(text.contains(realKey), text);
            assertFalse(text.contains(FAKE_KEY), text);
        }
        Path log = Path.of("target/boinc-tests.log");
        assertTrue(Files.exists(log), "the test log is written by slf4j-simple");
        String logged = Files.readString(log);
        assertTrue(logged.contains("boinc:account"), "the engine logged the calls");
        assertFalse(logged.contains(PASSWORD), "password in the log");
        assertFalse(logged.contains(realKey), "account key in the log");
        assertFalse(logged.contains(FAKE_KEY), "account key in the log");
    }
}
