package io.farmroutes.ipernity;

import io.farmroutes.ipernity.model.TicketStatus;
import io.farmroutes.ipernity.model.UploadTicket;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void emitsEachUploadOnceWhenFinishedAndNeverAsksBeforeTheEta() throws Exception {
        login("doc", "write");
        emulator().settings().processingTime(Duration.ofSeconds(1));
        startConsumer("");
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(2);
        String good = call("ipernity:upload/file?fileName=a.jpg", FILE, Map.of(), UploadTicket.class).ticket();
        String bad = call("ipernity:upload/file?fileName=b.corrupt", FILE, Map.of(), UploadTicket.class).ticket();

        finished.assertIsSatisfied(10_000);
        Set<String> ids = finished.getExchanges().stream().map(e -> e.getMessage().getBody(TicketStatus.class).id())
                .collect(Collectors.toSet());
        assertEquals(Set.of(good, bad), ids);
        Exchange done = finished.getExchanges().stream()
                .filter(e -> e.getMessage().getBody(TicketStatus.class).id().equals(good)).findFirst().orElseThrow();
        assertTrue(done.getMessage().getBody(TicketStatus.class).done());
        assertEquals(done.getMessage().getBody(TicketStatus.class).docId(),
                done.getMessage().getHeader("CamelIpernity.docId"));

        // first check at once, then not before the eta of 1 s: a handful of calls, not one per 50 ms poll
        int calls = requests("upload.checkTickets").size();
        assertTrue(calls >= 2 && calls <= 4, "checkTickets calls: " + calls);
        Thread.sleep(300);
        assertEquals(calls, requests("upload.checkTickets").size(), "finished tickets are never asked again");
        finished.assertIsSatisfied();
        assertEquals(2, finished.getReceivedCounter());
    }

    @Test
    void unknownTicketsNamedOnTheUriAreEmittedAsInvalid() throws Exception {
        login("doc", "write");
        emulator().settings().processingTime(Duration.ZERO);
        String good = call("ipernity:upload/file?fileName=a.jpg", FILE, Map.of(), UploadTicket.class).ticket();
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(2);
        startConsumer("&tickets=424242");
        finished.assertIsSatisfied(10_000);
        Exchange unknown = finished.getExchanges().stream()
                .filter(e -> e.getMessage().getBody(TicketStatus.class).id().equals("424242")).findFirst()
                .orElseThrow();
        assertTrue(unknown.getMessage().getBody(TicketStatus.class).invalid());
        assertEquals(Boolean.TRUE, unknown.getMessage().getHeader("CamelIpernity.ticketUnknown"));
        assertTrue(finished.getExchanges().stream()
                .anyMatch(e -> e.getMessage().getBody(TicketStatus.class).id().equals(good)));
    }

    @Test
    void twoHundredUploadsAreTrackedWithCloseToTheFewestCheckTicketsRequests() throws Exception {
        login("doc", "write");
        emulator().settings().processingTime(Duration.ofSeconds(1));
        Set<String> uploaded = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            uploaded.add(call("ipernity:upload/file?fileName=frame-" + i + ".png", FILE, Map.of(), UploadTicket.class)
                    .ticket());
        }
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(200);
        startConsumer("");
        finished.assertIsSatisfied(20_000);
        Set<String> emitted = finished.getExchanges().stream()
                .map(e -> e.getMessage().getBody(TicketStatus.class).id()).collect(Collectors.toSet());
        assertEquals(uploaded, emitted, "each ticket emitted exactly once");
        // the fewest an ETA-aware tracker can do: one round of 4 batches of 50 to learn the ETAs, one round
        // after them; a fixed 50 ms poller would send about 4 every poll for the whole second
        int calls = requests("upload.checkTickets").size();
        assertTrue(calls >= 8 && calls <= 12, "checkTickets requests for 200 tickets: " + calls);
        Thread.sleep(300);
        assertEquals(calls, requests("upload.checkTickets").size(), "finished tickets are never asked again");
        assertEquals(200, finished.getReceivedCounter());
    }
}
