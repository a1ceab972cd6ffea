package io.farmroutes.renderfarm;

import io.farmroutes.renderfarm.fox.FoxApiException;
import io.farmroutes.renderfarm.fox.model.RaysyncUserKey;
import io.farmroutes.renderfarm.fox.model.TransferConfig;
import io.farmroutes.renderfarm.fox.model.UserProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A distinctive access key goes through good and failing calls; it must surface in no text anyone reads. */
class FoxSecretsTest extends FoxTestSupport {

    private static final String ACCESS_ID = "AKIDdistinctiveSecretsTestId01";
    private static final String ACCESS_KEY = "Kx9-distinctive-ACCESS-KEY-7731";

    @Test
    void theAccessKeyStaysOutOfExceptionsToStringsRouteDumpsAndLogs() throws Exception {
        emulator().state().addAccount(ACCESS_ID, ACCESS_KEY);
        component().getConfiguration().setAccessId(ACCESS_ID);
        component().getConfiguration().setAccessKey(ACCESS_KEY);
        List<String> seen = new ArrayList<>();

        seen.add(call("renderfarm:user/profile", UserProfile.class).toString());
        seen.add(call("renderfarm:transfer/raysyncKey", RaysyncUserKey.class).toString());
        seen.add(call("renderfarm:transfer/config", TransferConfig.class).toString());
        FoxApiException refused = failure("renderfarm:user/profile?accessKey=RAW(" + ACCESS_KEY + "-wrong)",
                FoxApiException.class);
        assertEquals(611, refused.getCode());
        seen.add(refused.toString());
        seen.add(failure("renderfarm:task/submit?taskId=42", Exception.class).toString());

        RenderfarmEndpoint endpoint = context.getEndpoint("renderfarm:task/list?accessKey=RAW(" + ACCESS_KEY + ")",
                RenderfarmEndpoint.class);
        seen.add(endpoint.toString());
        seen.add(endpoint.getConfiguration().toString());
        seen.add(endpoint.getWatchId());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:secret").routeId("secret-route").to("renderfarm:task/list?accessKey=RAW(" + ACCESS_KEY
                        + ")");
            }
        });
        seen.add(context.getRoute("secret-route").toString());
        seen.add(String.valueOf(context.getRoute("secret-route").getEndpoint()));

        for (String text : seen) {
            assertFalse(text.contains(ACCESS_KEY), text);
        }
        Path log = Path.of("target/renderfarm-tests.log");
        assertTrue(Files.exists(log), "the test log is written by slf4j-simple");
        String logged = Files.readString(log);
        assertTrue(logged.contains("renderfarm:user/profile"), "the engine logged the calls");
        assertFalse(logged.contains(ACCESS_KEY), "access key in the log");
    }
}
