package io.farmroutes.spi.engine;

import io.farmroutes.spi.error.FarmException;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.error.TransportException;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.http.HttpSettings;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamType;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.farmroutes.spi.operation.ParameterDescriptor.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine against a tiny loopback server that fails on demand. */
class OperationEngineTest {

    private HttpServer server;
    private final List<String> nonces = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final TransportPool transports = new TransportPool();
    private OperationEngine<Options> engine;

    record Options(String baseUrl, Map<String, String> paths) implements ClientOptions {
        Options(String baseUrl) {
            this(baseUrl, Map.of());
        }

        @Override
        public Optional<String> pathOverride(String endpoint) {
            return Optional.ofNullable(paths.get(endpoint));
        }

        @Override
        public HttpSettings httpSettings() {
            return HttpSettings.defaults();
        }

        @Override
        public RetryPolicy retryPolicy() {
            return new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(20), 2.0);
        }
    }

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            nonces.add(exchange.getRequestHeaders().getFirst("nonce"));
            paths.add(exchange.getRequestURI().getPath());
            byte[] body = ("echo " + exchange.getRequestURI().getRawQuery()).getBytes(StandardCharsets.UTF_8);
            int status = refusalsLeft.getAndDecrement() > 0 ? 409 : failuresLeft.getAndDecrement() > 0 ? 503 : 200;
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        engine = new OperationEngine<>(new EchoService(), transports);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        transports.close();
    }

    private Options options() {
        return new Options("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void retrySafeOperationsAreRetriedAndEachAttemptIsSignedAfresh() {
        failuresLeft.set(2);
        Object result = engine.call("echo/read", Map.of("id", "7"), options());
        assertEquals("echo id=7", result);
        assertEquals(3, nonces.size());
        assertEquals(3, Set.copyOf(nonces).size(), "a new nonce on every attempt: " + nonces);
    }

    @Test
    void unsafeOperationsAreSentOnceEvenAfterATransientFailure() {
        failuresLeft.set(1);
        TransportException e = assertThrows(TransportException.class,
                () -> engine.call("echo/write", Map.of("id", 1), options()));
        assertEquals(503, e.getHttpStatus());
        assertEquals(1, nonces.size());
    }

    @Test
    void aVariantSentByACompositionKeepsItsOwnVerbAndRetrySafety() {
        OperationDescriptor read = engine.service().catalog().require("echo/read");
        failuresLeft.set(1);
        CompletionException e = assertThrows(CompletionException.class,
                () -> engine.send(read.withHttpMethod("POST", false), Map.of("id", 3), options()).join());
        assertInstanceOf(TransportException.class, e.getCause());
        assertEquals(1, nonces.size(), "the unsafe variant is not repeated");
        assertEquals("echo id=3", engine.send(read, Map.of("id", 3), options()).join());
    }

    @Test
    void retriesStopAtMaxAttempts() {
        failuresLeft.set(100);
        assertThrows(TransportException.class, () -> engine.call("echo/read", Map.of("id", 1), options()));
        assertEquals(4, nonces.size());
    }

    @Test
    void invalidParametersFailBeforeAnyRequest() {
        assertThrows(InvalidParameterException.class, () -> engine.call("echo/read", Map.of("idd", 1), options()));
        assertThrows(InvalidParameterException.class, () -> engine.call("echo/read", Map.of(), options()));
        assertTrue(nonces.isEmpty());
    }

    @Test
    void anUnreachableServiceIsATransientTransportFailure() throws Exception {
        server.stop(0);
        TransportException e = assertThrows(TransportException.class,
                () -> engine.call("echo/write", Map.of("id", 1), options()));
        assertTrue(e.isTransient());
        assertEquals(0, e.getHttpStatus());
    }

    @Test
    void aRequestRefusedUnprocessedIsSentOnceMoreEvenWhenNotRetrySafe() {
        refusalsLeft.set(1);
        assertEquals("echo id=5", engine.call("echo/write", Map.of("id", 5), options()));
        assertEquals(2, nonces.size());
        assertEquals(2, Set.copyOf(nonces).size(), "the second attempt is signed afresh");
    }

    @Test
    void aSecondRefusalIsNotSentAgain() {
        refusalsLeft.set(2);
        FarmException e = assertThrows(FarmException.class, () -> engine.call("echo/write", Map.of("id", 5), options()));
        assertTrue(e.isRejectedUnprocessed());
        assertEquals(2, nonces.size());
    }

    @Test
    void aPathOverrideReplacesTheCatalogsPathForThatOperationOnly() {
        Options moved = new Options(options().baseUrl(), Map.of("echo/read", "/v2/read"));
        engine.call("echo/read", Map.of("id", 1), moved);
        engine.call("echo/write", Map.of("id", 1), moved);
        assertEquals(List.of("/v2/read", "/write"), paths);
    }

    @Test
    void defaultsAreSentWhenTheCallGivesNoValue() {
        assertEquals("echo id=1&size=20", engine.call("echo/page", Map.of("id", 1), options()));
        assertEquals("echo id=1&size=5", engine.call("echo/page", Map.of("id", 1, "size", 5), options()));
    }

    private static final class EchoService implements ServiceDefinition<Options> {
        private final AtomicInteger counter = new AtomicInteger();
        private final OperationCatalog catalog = new OperationCatalog("echo", null, List.of(
                OperationDescriptor.builder("echo", "read").http("GET", "/read")
                        .param(param("id", ParamType.LONG).required()).retrySafe(true).build(),
                OperationDescriptor.builder("echo", "write").http("POST", "/write")
                        .param(param("id", ParamType.LONG).required()).retrySafe(false).build(),
                OperationDescriptor.builder("echo", "page").http("GET", "/page")
                        .param(param("id", ParamType.LONG).required())
                        .param(param("size", ParamType.INT).defaultValue(20)).retrySafe(true).build()));

        @Override
        public String serviceName() {
            return "Echo";
        }

        @Override
        public OperationCatalog catalog() {
            return catalog;
        }

        @Override
        public CompletableFuture<WireRequest> prepare(OperationDescriptor op, Map<String, Object> parameters,
                                                      Options config, OperationInvoker<Options> invoker) {
            return CompletableFuture.completedFuture(RequestAssembler.assemble(op, parameters, config.baseUrl(),
                    WireFormat.STANDARD));
        }

        @Override
        public RequestSigner<Options> signer() {
            return (request, op, config) -> request.header("nonce", String.valueOf(counter.incrementAndGet()));
        }

        @Override
        public Object decode(OperationDescriptor op, HttpResult answer, Options config, String endpoint) {
            if (answer.status() == 409) {
                throw new FarmException(endpoint, "refused before processing") {
                    @Override
                    public boolean isRejectedUnprocessed() {
                        return true;
                    }
                };
            }
            if (answer.status() >= 500) {
                throw new TransportException(endpoint, "HTTP " + answer.status(), answer.status(), true, null);
            }
            return new String(answer.body(), StandardCharsets.UTF_8);
        }
    }
}
