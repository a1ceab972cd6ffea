package io.farmroutes.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmulatorServerTest {

    private final AtomicReference<EmulatorRequest> seen = new AtomicReference<>();
    private final AtomicInteger routed = new AtomicInteger();
    private EmulatorServer server;

    @BeforeEach
    void start() {
        PathRouter router = new PathRouter()
                .on("/echo", req -> {
                    seen.set(req);
                    routed.incrementAndGet();
                    return EmulatorResponse.xml("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<ok>José</ok>\n");
                })
                .on("/slow", req -> {
                    sleep(1500);
                    return EmulatorResponse.text("slow");
                })
                .on("/boom", req -> {
                    throw new IllegalStateException("handler bug");
                })
                .on("/moved", req -> EmulatorResponse.redirect("elsewhere.html"))
                .on("/drop", req -> EmulatorResponse.dropConnection());
        server = EmulatorServer.start("test", 0, router);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void baseUrlIsLoopbackWithoutTrailingSlash() {
        assertTrue(server.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), server.baseUrl());
        assertEquals(server.baseUrl(), "http://127.0.0.1:" + server.port());
        assertTrue(server.port() > 0);
    }

    @Test
    void decodesQueryAsUtf8WithPlusAsSpaceAndKeepsOrderAndRepeats() {
        Http.Reply r = Http.get(server.baseUrl() + "/echo?b=x+y&a=1&c=%C3%A9%20z&a=2&flag");
        assertEquals(200, r.status());
        Params q = seen.get().query();
        assertEquals(List.of("b", "a", "c", "flag"), List.copyOf(q.names()));
        assertEquals("x y", q.first("b").orElseThrow());
        assertEquals("é z", q.first("c").orElseThrow());
        assertEquals(List.of("1", "2"), q.all("a"));
        assertEquals("2", q.last("a").orElseThrow());
        assertEquals("", q.first("flag").orElseThrow());
        assertTrue(q.allValidUtf8());
        assertEquals("b=x+y&a=1&c=%C3%A9%20z&a=2&flag", seen.get().rawQuery());
    }

    @Test
    void flagsRawLatin1BytesAsInvalidUtf8() {
        Http.get(server.baseUrl() + "/echo?good=%C3%AB&bad=%EB");
        Params q = seen.get().query();
        assertTrue(q.isValidUtf8("good"));
        assertFalse(q.isValidUtf8("bad"));
        assertFalse(q.allValidUtf8());
    }

    @Test
    void decodesFormBodiesCookiesAndHeaders() {
        Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/echo?q=1"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Cookie", "auth=abc123; theme=dark%20blue")
                .header("X-Trace", "t-1")
                .POST(HttpRequest.BodyPublishers.ofString("name=Jos%C3%A9+%C3%91&empty=")));
        EmulatorRequest req = seen.get();
        assertEquals("POST", req.method());
        assertEquals("/echo", req.path());
        assertEquals("José Ñ", req.form().first("name").orElseThrow());
        assertEquals("", req.form().first("empty").orElseThrow());
        assertEquals("1", req.query().first("q").orElseThrow());
        assertEquals("abc123", req.cookie("auth").orElseThrow());
        assertEquals("dark blue", req.cookies().get("theme"));
        assertEquals("t-1", req.header("x-trace").orElseThrow());
        assertEquals("name=Jos%C3%A9+%C3%91&empty=", new String(req.body(), StandardCharsets.UTF_8));
    }

    @Test
    void sendsContentTypeExactlyAsGiven() {
        Http.Reply r = Http.get(server.baseUrl() + "/echo");
        assertEquals("text/xml;charset=UTF-8", r.contentType());
        assertTrue(r.text().endsWith("<ok>José</ok>\n"));
    }

    @Test
    void redirectsAreNotFollowedAndUnknownPathsAre404() {
        Http.Reply moved = Http.get(server.baseUrl() + "/moved");
        assertEquals(302, moved.status());
        assertEquals("elsewhere.html", moved.location());
        assertEquals(404, Http.get(server.baseUrl() + "/nowhere").status());
    }

    @Test
    void handlerExceptionIsAn500WithEmptyBody() {
        Http.Reply r = Http.get(server.baseUrl() + "/boom");
        assertEquals(500, r.status());
        assertEquals(0, r.body().length);
    }

    @Test
    void ledgerRecordsEveryRequest() {
        Http.get(server.baseUrl() + "/echo?x=1");
        Http.postForm(server.baseUrl() + "/echo", "y=2");
        Http.get(server.baseUrl() + "/nowhere");
        RequestLedger ledger = server.ledger();
        assertEquals(3, ledger.count());
        assertEquals(2, ledger.count("/echo"));
        assertEquals(0, ledger.count("/echo?x=1"));
        RecordedRequest first = ledger.requests().get(0);
        assertEquals("GET", first.method());
        assertEquals("x=1", first.query());
        assertEquals("1", first.queryParams().first("x").orElseThrow());
        assertEquals("y=2", ledger.requests().get(1).bodyText());
        assertFalse(first.at().isAfter(ledger.requests().get(2).at()));
        ledger.clear();
        assertEquals(0, ledger.count());
    }

    @Test
    void ledgerThatKeepsNoRequestsStillCountsThem() {
        RequestLedger ledger = server.ledger();
        ledger.keepRequests(false);
        try {
            Http.get(server.baseUrl() + "/echo?x=1");
            Http.get(server.baseUrl() + "/nowhere");
            assertEquals(2, ledger.count());
            assertEquals(1, ledger.count("/echo"));
            assertTrue(ledger.requests().isEmpty());
        } finally {
            ledger.keepRequests(true);
        }
    }

    @Test
    void slowReplyDoesNotBlockOtherClients() throws Exception {
        CompletableFuture<Http.Reply> slow = CompletableFuture.supplyAsync(() -> Http.get(server.baseUrl() + "/slow"));
        sleep(200);
        long start = System.nanoTime();
        Http.Reply fast = Http.get(server.baseUrl() + "/echo");
        long fastMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(200, fast.status());
        assertFalse(slow.isDone(), "the slow reply should still be pending");
        assertTrue(fastMillis < 1000, "fast request took " + fastMillis + " ms");
        assertEquals("slow", slow.get(5, TimeUnit.SECONDS).text());
    }

    @Test
    void serverErrorFaultAnswers503WithoutRouting() {
        server.faults().serverErrors(1.0);
        Http.Reply r = Http.get(server.baseUrl() + "/echo");
        assertEquals(503, r.status());
        assertEquals(0, routed.get());
        assertEquals(1, server.ledger().count("/echo"), "faulted requests are still recorded");
        server.faults().clear();
        assertEquals(200, Http.get(server.baseUrl() + "/echo").status());
    }

    @Test
    void dropFaultClosesTheConnectionWithoutReply() {
        server.faults().dropConnections(1.0);
        assertThrows(UncheckedIOException.class, () -> Http.get(server.baseUrl() + "/echo"));
        assertEquals(0, routed.get());
        server.faults().dropConnections(0);
        assertThrows(UncheckedIOException.class, () -> Http.get(server.baseUrl() + "/drop"));
        assertEquals(200, Http.get(server.baseUrl() + "/echo").status());
    }

    @Test
    void aLostReplyHappensAfterTheRequestWasCarriedOut() {
        server.faults().lostReplies(1.0);
        assertThrows(UncheckedIOException.class, () -> Http.get(server.baseUrl() + "/echo"));
        // the JDK client sends a GET once more after a closed connection: every copy was carried out
        assertTrue(routed.get() >= 1);
        assertEquals(server.ledger().count("/echo"), routed.get(), "the work was done, only the reply is lost");
        assertEquals((long) routed.get(), server.faults().injected().get("lostReplies"));
    }

    @Test
    void aTimeoutCarriesTheRequestOutThenHoldsTheReplyAndCloses() {
        server.faults().timeouts(1.0, Duration.ofMillis(200));
        assertThrows(UncheckedIOException.class, () -> Http.get(server.baseUrl() + "/echo"));
        assertTrue(routed.get() >= 1);
        assertEquals(server.ledger().count("/echo"), routed.get());
        assertEquals(1.0, server.faults().timeouts());
        server.faults().clear();
        assertEquals(200, Http.get(server.baseUrl() + "/echo").status());
    }

    @Test
    void malformedBodyFaultTruncatesTheBody() {
        byte[] full = Http.get(server.baseUrl() + "/echo").body();
        server.faults().malformedBodies(1.0);
        Http.Reply cut = Http.get(server.baseUrl() + "/echo");
        assertEquals(200, cut.status());
        assertEquals(full.length / 2, cut.body().length);
        assertArrayEquals(java.util.Arrays.copyOf(full, full.length / 2), cut.body());
    }

    @Test
    void latencyFaultDelaysEveryReply() {
        server.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertEquals(200, Http.get(server.baseUrl() + "/echo").status());
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(300));
        assertEquals(Duration.ofMillis(300), server.faults().latency());
    }

    @Test
    void probabilisticFaultsAreReproducibleWithASeed() {
        server.faults().seed(42).serverErrors(0.5);
        List<Integer> first = statuses(20);
        server.faults().seed(42);
        List<Integer> second = statuses(20);
        assertEquals(first, second);
        assertTrue(first.contains(503) && first.contains(200), first.toString());
        assertThrows(IllegalArgumentException.class, () -> server.faults().serverErrors(1.5));
    }

    @Test
    void closeIsPromptEvenWithOpenKeepAliveConnections() {
        Http.get(server.baseUrl() + "/echo");
        String url = server.baseUrl() + "/echo";
        long start = System.nanoTime();
        server.close();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < 2000, "close took " + millis + " ms");
        assertThrows(UncheckedIOException.class, () -> Http.get(url));
    }

    private List<Integer> statuses(int n) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Http.get(server.baseUrl() + "/echo").status());
        }
        return out;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
