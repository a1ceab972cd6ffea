package io.farmroutes.examples.pipeline;

import io.farmroutes.ipernity.IpernityConfiguration;
import io.farmroutes.ipernity.model.AuthToken;
import io.farmroutes.renderfarm.RenderfarmConfiguration;
import io.farmroutes.sandbox.SecretLeaks;
import io.farmroutes.spi.camel.SecretOptions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.CamelContextHelper;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main job run with distinctive credentials against the emulators, then made to fail on purpose: nothing it
 * logs (at DEBUG/TRACE), prints, dumps, shows in toString() or throws contains one of them.
 */
class StudioSecretsTest {

    // '+', '/' and '=' make the URL-encoded forms differ from the raw ones
    static final String FOX_ACCESS_KEY = "FoxKey+zQ8w/Leak=7731";
    static final String IPERNITY_API_KEY = "IpKey-5d1e9c77-leak";
    static final String IPERNITY_API_SECRET = "IpSecret+x9/Leak=42";
    static final String WRONG_FOX_KEY = "WrongFox+k3y/Leak=99";
    static final String WRONG_IPERNITY_SECRET = "WrongIp+s3c/Leak=11";

    static {
        // read once, when the first logger is created: this class runs in a fork of its own (see the pom).
        // HttpClient's own DEBUG loggers stay at INFO: they print the request line, and ipernity and BOINC
        // require the token and account key in it; nothing below INFO is enabled there in the examples either.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.camel", "debug");
        System.setProperty("org.slf4j.simpleLogger.log.io.farmroutes", "trace");
    }

    @TempDir
    Path work;

    @Test
    void nothingTheMainJobShowsContainsItsSecrets() throws Exception {
        assertTrue(LoggerFactory.getLogger("io.farmroutes.examples").isTraceEnabled(), "TRACE logging is on");
        SecretLeaks leaks = new SecretLeaks()
                .secret("Fox access key", FOX_ACCESS_KEY)
                .secret("wrong Fox access key", WRONG_FOX_KEY)
                .secret("ipernity api key", IPERNITY_API_KEY)
                .secret("ipernity api secret", IPERNITY_API_SECRET)
                .secret("wrong ipernity api secret", WRONG_IPERNITY_SECRET);

        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code;
        try (PrintStream log = new PrintStream(logged, true, StandardCharsets.UTF_8);
             PrintStream board = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(log);
            System.setErr(log); // slf4j-simple writes to System.err, looked up on every line
            Path share = work.resolve("share");
            SandboxCredentials sandbox = new SandboxCredentials("fox-id-distinct-1", FOX_ACCESS_KEY,
                    IPERNITY_API_KEY, IPERNITY_API_SECRET);
            StudioBoard studioBoard = new StudioBoard(board);
            try (StudioServices services = StudioServices.start(name -> null, share, sandbox);
                 CamelContext context = StudioApp.studio(services, studioBoard, work, share)) {
                String token = services.ipernity().getConfiguration().getAuthToken();
                leaks.secret("ipernity auth token", token);
                board.println(services.describe());
                context.start();

                code = StudioJob.run(context.createProducerTemplate(), studioBoard,
                        SampleShots.write(work.resolve("scenes")), StudioApp.TIME_LIMIT, board);

                ProducerTemplate template = context.createProducerTemplate();
                AuthToken checked = template.requestBody("ipernity:auth/checkToken", null, AuthToken.class);
                leaks.text("toString", checked.toString());
                leaks.text("toString", sandbox.toString());
                failures(template, leaks);
                CamelViews.collect(context, leaks);
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String board = printed.toString(StandardCharsets.UTF_8);
        leaks.lines("log line", logged.toString(StandardCharsets.UTF_8)).lines("printed line", board);

        assertEquals(0, code, board);
        assertTrue(leaks.count("log line") > 100, "DEBUG logs were captured: " + leaks.summary());
        assertTrue(leaks.count("exception") >= 6, leaks.summary());
        List<String> found = leaks.leaks();
        assertTrue(found.isEmpty(), leaks.summary() + "\n" + String.join("\n", found));
        out.println("StudioSecretsTest scanned " + leaks.summary());
    }

    /** Deliberate failures, each with a secret at hand: their exceptions join the texts scanned. */
    private static void failures(ProducerTemplate template, SecretLeaks leaks) throws Exception {
        int closed = closedPort();
        List<String> failing = List.of(
                // a wrong signature: the emulator refuses the request
                "renderfarm:task/list?accessKey=RAW(" + WRONG_FOX_KEY + ")",
                "ipernity:auth/checkToken?apiSecret=RAW(" + WRONG_IPERNITY_SECRET + ")",
                // a bad parameter, and a malformed endpoint, with secrets in the same URI
                "renderfarm:task/list?accessKey=RAW(" + FOX_ACCESS_KEY + ")&noSuchParameter=1",
                "renderfarm:tasklist?accessKey=RAW(" + FOX_ACCESS_KEY + ")",
                "ipernity:auth/checkToken?apiSecret=RAW(" + IPERNITY_API_SECRET + ")&noSuchParameter=1",
                // nothing listens: a transport failure, with the token in the request's query
                "ipernity:auth/checkToken?maxAttempts=1&baseUrl=http://127.0.0.1:" + closed + "/api/",
                "renderfarm:task/list?maxAttempts=1&domain=127.0.0.1:" + closed);
        for (String uri : failing) {
            Exception error = assertThrows(Exception.class, () -> template.requestBody(uri, (Object) null), uri);
            leaks.exception(error);
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void camelMasksEveryOptionMarkedSecret() throws Exception {
        Path share = work.resolve("share");
        try (StudioServices services = StudioServices.start(name -> null, share);
             CamelContext context = StudioApp.studio(services,
                     new StudioBoard(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)),
                     work, share)) {
            context.start();
            for (Class<?> type : List.of(RenderfarmConfiguration.class, IpernityConfiguration.class)) {
                List<String> names = SecretOptions.namesOf(type);
                assertFalse(names.isEmpty(), type.getSimpleName());
                for (String name : names) {
                    // Camel Main's property summary, and the dumps' and logs' URIs
                    assertTrue(CamelContextHelper.containsSensitive(context, "camel.component.x." + name), name);
                    String uri = URISupport.sanitizeUri("x:y?" + name + "=" + IPERNITY_API_SECRET + "&delay=5");
                    assertFalse(uri.contains(IPERNITY_API_SECRET), uri);
                }
            }
        }
    }
}
