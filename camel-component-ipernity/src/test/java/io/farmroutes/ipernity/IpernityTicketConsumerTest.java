package io.farmroutes.ipernity;

import io.farmroutes.ipernity.model.TicketStatus;
import io.farmroutes.ipernity.model.UploadTicket;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.ipernity.IpernityState;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IpernityTicketConsumerTest extends IpernityTestSupport {

    private static final byte[] FILE = "image bytes".getBytes(StandardCharsets.UTF_8);

    /** Starts the consumer route; after login(), since endpoints copy the component's token when created. */
    private void startConsumer(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("ipernity:upload/checkTickets?delay=50&initialDelay=0" + options).to("mock:finished");
            }
        });
    }

    private String upload(String fileName) {
        return call("ipernity:upload/file?fileName=" + fileName, FILE, Map.of(), UploadTicket.class).ticket();
    }

    private Set<String> emittedIds(MockEndpoint finished) {
        return finished.getExchanges().stream().map(e -> e.getMessage().getBody(TicketStatus.class).id())
                .collect(Collectors.toSet());
    }

    /**
     * What the emulator saw, which no timing changes: each ticket was asked about once if it was ready then,
     * else exactly twice (never again before its eta had passed, never again once finished).
     *
     * @return the fewest checkTickets requests any tracker could have made for these tickets, 50 per request
     */
    private int assertEachTicketAskedTheFewestTimes(Set<String> tickets) {
        Map<String, IpernityState.TicketAsks> asks = emulator().state().ticketAsks();
        for (String ticket : tickets) {
            IpernityState.TicketAsks asked = asks.get(ticket);
            assertNotNull(asked, "ticket " + ticket + " was never asked about");
            assertEquals(asked.readyAtFirstAsk() ? 1 : 2, asked.asks(), "asks about ticket " + ticket);
        }
        return emulator().state().fewestCheckTicketsRequests(tickets);
    }

    @Test
    void emitsEachUploadOnceWhenFinishedAndNeverAsksBeforeTheEta() throws Exception {
        login("doc", "write");
        emulator().settings().processingTime(Duration.ofSeconds(1));
        startConsumer("&batchWait=0");
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(2);
        String good = upload("a.jpg");
        String bad = upload("b.corrupt");

        finished.assertIsSatisfied(10_000);
        assertEquals(Set.of(good, bad), emittedIds(finished));
        Exchange done = finished.getExchanges().stream()
                .filter(e -> e.getMessage().getBody(TicketStatus.class).id().equals(good)).findFirst().orElseThrow();
        assertTrue(done.getMessage().getBody(TicketStatus.class).done());
        assertEquals(done.getMessage().getBody(TicketStatus.class).docId(),
                done.getMessage().getHeader("CamelIpernity.docId"));

        // batchWait=0 asks at once, then not before the eta of 1 s: a handful of calls, not one per 50 ms poll
        assertEachTicketAskedTheFewestTimes(Set.of(good, bad));
        int calls = requests("upload.checkTickets").size();
        assertTrue(calls >= 1 && calls <= 4, "checkTickets calls: " + calls);
        Thread.sleep(300);
        assertEquals(calls, requests("upload.checkTickets").size(), "finished tickets are never asked again");
        finished.assertIsSatisfied();
        assertEquals(2, finished.getReceivedCounter());
    }

    @Test
    void unknownTicketsNamedOnTheUriAreEmittedAsInvalid() throws Exception {
        login("doc", "write");
        emulator().settings().processingTime(Duration.ZERO);
        String good = upload("a.jpg");
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(2);
        startConsumer("&tickets=424242&batchWait=0");
        finished.assertIsSatisfied(10_000);
        Exchange unknown = finished.getExchanges().stream()
                .filter(e -> e.getMessage().getBody(TicketStatus.class).id().equals("424242")).findFirst()
                .orElseThrow();
        assertTrue(unknown.getMessage().getBody(TicketStatus.class).invalid());
        assertEquals(Boolean.TRUE, unknown.getMessage().getHeader("CamelIpernity.ticketUnknown"));
        assertTrue(emittedIds(finished).contains(good));
    }

    @Test
    void twoHundredUploadsAreTrackedWithTheFewestCheckTicketsRequests() throws Exception {
        login("doc", "write");
        emulator().settings().processingTime(Duration.ofSeconds(1));
        Set<String> uploaded = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            uploaded.add(upload("frame-" + i + ".png"));
        }
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(200);
        startConsumer("");
        finished.assertIsSatisfied(20_000);
        assertEquals(uploaded, emittedIds(finished), "each ticket emitted exactly once");

        // all 200 are due at the first poll (4 full requests); the ones not ready then all get the same eta,
        // counted from the same answer, so they come due together: full requests again. However slow the
        // machine, that is the fewest possible, whichever tickets happened to be ready at the first ask.
        int fewest = assertEachTicketAskedTheFewestTimes(uploaded);
        int calls = requests("upload.checkTickets").size();
        assertTrue(calls <= fewest + 1, "checkTickets requests for 200 tickets: " + calls + ", fewest " + fewest);
        Thread.sleep(300);
        assertEquals(calls, requests("upload.checkTickets").size(), "finished tickets are never asked again");
        assertEquals(200, finished.getReceivedCounter());
    }

    @Test
    void uploadsTricklingInAreAskedAboutInFullRequests() throws Exception {
        login("doc", "write");
        emulator().settings().processingTime(Duration.ofSeconds(1));
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(150);
        // a long batchWait: on a slow machine a stalled trickle must not turn into partial requests
        startConsumer("&batchWait=3000");
        Set<String> uploaded = new HashSet<>();
        for (int i = 0; i < 150; i++) {
            uploaded.add(upload("frame-" + i + ".png"));
            if (i % 10 == 9) {
                Thread.sleep(50);
            }
        }
        finished.assertIsSatisfied(30_000);
        assertEquals(uploaded, emittedIds(finished), "each ticket emitted exactly once");

        // asking whatever is due at each 50 ms poll would take about 15 requests to learn the etas alone;
        // gathered, it is 3 full requests for the etas and 3 once they have passed
        int fewest = assertEachTicketAskedTheFewestTimes(uploaded);
        int calls = requests("upload.checkTickets").size();
        assertTrue(calls <= fewest + 1, "checkTickets requests for 150 tickets: " + calls + ", fewest " + fewest);
        assertEquals(150, finished.getReceivedCounter());
    }

    @Test
    void aLoneTicketIsHeldForTheBatchWaitThenAskedAbout() throws Exception {
        login("doc", "write");
        emulator().settings().processingTime(Duration.ZERO);
        startConsumer("&batchWait=300");
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(1);
        Instant beforeUpload = Instant.now();
        String ticket = upload("lone.jpg");

        finished.assertIsSatisfied(10_000);
        assertEquals(Set.of(ticket), emittedIds(finished));
        List<RecordedRequest> checks = requests("upload.checkTickets");
        assertEquals(1, checks.size(), "a ticket ready at its first ask is asked about once");
        assertFalse(checks.get(0).at().isBefore(beforeUpload.plusMillis(300)),
                "held back for the batch wait: asked at " + checks.get(0).at() + ", uploaded after " + beforeUpload);
    }
}
