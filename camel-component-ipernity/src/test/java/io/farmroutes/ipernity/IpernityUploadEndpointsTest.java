package io.farmroutes.ipernity;

import io.farmroutes.ipernity.model.TicketReport;
import io.farmroutes.ipernity.model.TicketStatus;
import io.farmroutes.ipernity.model.UploadTicket;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.spi.error.InvalidParameterException;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IpernityUploadEndpointsTest extends IpernityTestSupport {

    private static final byte[] JPEG = "\u00ff\u00d8 not really a jpeg".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    @Test
    void uploadsFromEverySourceTypeAndReturnsTicketsAsStrings() throws Exception {
        login("doc", "write");
        Path path = Files.write(dir.resolve("beach.jpg"), JPEG);
        File file = Files.write(dir.resolve("dune.jpg"), JPEG).toFile();
        List<Object> bodies = List.of(JPEG, path, file, new ByteArrayInputStream(JPEG));
        for (Object body : bodies) {
            UploadTicket ticket = call("ipernity:upload/file?fileName=x.jpg", body, Map.of(), UploadTicket.class);
            assertFalse(ticket.ticket().isBlank());
        }
        assertEquals(4, emulator().state().tickets().size());
        for (RecordedRequest r : requests("upload.file")) {
            assertEquals("POST", r.method());
            assertTrue(r.headers().entrySet().stream().anyMatch(h -> h.getKey().equalsIgnoreCase("content-type")
                    && h.getValue().get(0).startsWith("multipart/form-data; boundary=")), r.toString());
        }
    }

    @Test
    void optionalFieldsComeFromTheUriAndFromHeaders() throws Exception {
        login("doc", "write");
        Path path = Files.write(dir.resolve("sunset.jpg"), JPEG);
        call("ipernity:upload/file?title=Sunset&isPublic=true&safety=1&lng=-999&lat=-999", path,
                Map.of("CamelIpernity.keywords", "sea,sky", "CamelIpernity.memberIds", List.of("5678", "9"),
                        "CamelIpernity.dir", 6),
                UploadTicket.class);
        String body = requests("upload.file").get(0).bodyText();
        assertPart(body, "title", "Sunset");
        assertPart(body, "is_public", "1");
        assertPart(body, "safety", "1");
        assertPart(body, "lng", "-999");
        assertPart(body, "keywords", "sea,sky");
        assertPart(body, "member_ids", "5678,9");
        assertPart(body, "dir", "6");
        assertTrue(body.contains("name=\"file\"; filename=\"sunset.jpg\"\r\nContent-Type: image/jpeg"), body);
        assertTrue(body.contains("name=\"api_sig\""), body);
    }

    private static void assertPart(String body, String name, String value) {
        assertTrue(body.contains("name=\"" + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value
                + "\r\n"), () -> name + "=" + value + " missing from\n" + body);
    }

    @Test
    void ticketsCountDownThenTurnIntoDocuments() {
        login("doc", "write");
        String ok = call("ipernity:upload/file?fileName=a.jpg", JPEG, Map.of(), UploadTicket.class).ticket();
        String bad = call("ipernity:upload/file?fileName=b.corrupt", JPEG, Map.of(), UploadTicket.class).ticket();

        TicketReport first = call("ipernity:upload/checkTickets?tickets=" + ok + "," + bad, TicketReport.class);
        assertEquals(2, first.count());
        assertEquals(2, first.left());
        assertTrue(first.eta() > 0 && first.eta() <= 2, "eta " + first.eta());
        TicketStatus pending = first.ticket(ok).orElseThrow();
        assertTrue(pending.pending());
        assertNull(pending.docId());

        emulator().state().clock(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(5)));
        TicketReport later = call("ipernity:upload/checkTickets", null,
                Map.of("CamelIpernity.tickets", List.of(ok, bad)), TicketReport.class);
        assertEquals(1, later.done());
        assertEquals(1, later.invalid());
        assertEquals(0, later.left());
        assertEquals(0, later.eta());
        TicketStatus done = later.ticket(ok).orElseThrow();
        assertTrue(done.done());
        assertTrue(emulator().state().doc(done.docId()).isPresent());
        assertTrue(later.ticket(bad).orElseThrow().invalid());
    }

    @Test
    void moreThanFiftyTicketsAreSplitAcrossCalls() {
        login("doc", "write");
        emulator().settings().processingTime(Duration.ZERO);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tickets.add(call("ipernity:upload/file?fileName=f.jpg", JPEG, Map.of(), UploadTicket.class).ticket());
        }
        TicketReport report = call("ipernity:upload/checkTickets", null, Map.of("CamelIpernity.tickets", tickets),
                TicketReport.class);
        assertEquals(51, report.count());
        assertEquals(51, report.done());
        assertEquals(51, report.tickets().size());
        assertEquals(2, requests("upload.checkTickets").size());
    }

    @Test
    void unknownTicketsAreError1() {
        login("doc", "write");
        IpernityException e = failure("ipernity:upload/checkTickets?tickets=999999", IpernityException.class);
        assertEquals(1, e.getCode());
        assertEquals("upload.checkTickets", e.getMethod());
        assertEquals("ipernity:upload/checkTickets", e.getEndpoint());
    }

    @Test
    void replaceNeedsAnExistingDocumentOfTheUser() {
        login("doc", "write");
        UploadTicket ticket = call("ipernity:upload/replace?docId=5412&fileName=new.jpg", JPEG, Map.of(),
                UploadTicket.class);
        assertTrue(ticket.ticket().endsWith("-5412"), ticket.ticket());
        IpernityException e = failure("ipernity:upload/replace?docId=1", JPEG, Map.of(), IpernityException.class);
        assertEquals(4, e.getCode());
        assertEquals("upload.replace", e.getMethod());
    }

    @Test
    void uploadingNeedsWritePermission() {
        login("doc", "read");
        IpernityException e = failure("ipernity:upload/file?fileName=a.jpg", JPEG, Map.of(), IpernityException.class);
        assertEquals(IpernityError.PERMISSION_INSUFFICIENT, e.getError());
    }

    @Test
    void rateLimitedCheckTicketsIsRetriedButAnUploadIsNot() {
        login("doc", "write");
        String ticket = call("ipernity:upload/file?fileName=a.jpg", JPEG, Map.of(), UploadTicket.class).ticket();
        emulator().ledger().clear();
        emulator().settings().rateLimitNext(2);
        TicketReport report = call("ipernity:upload/checkTickets?tickets=" + ticket, TicketReport.class);
        assertEquals(1, report.count());
        assertEquals(3, requests("upload.checkTickets").size());

        emulator().settings().rateLimitNext(1, 112);
        IpernityException e = failure("ipernity:upload/file?fileName=a.jpg", JPEG, Map.of(), IpernityException.class);
        assertEquals(IpernityError.QUOTA_REACHED, e.getError());
        assertTrue(e.isTransient());
        assertEquals(1, requests("upload.file").size(), "an upload is never repeated");
    }

    @Test
    void badInputFailsBeforeSending() {
        login("doc", "write");
        assertEquals("dir", failure("ipernity:upload/file?dir=5", JPEG, Map.of(), InvalidParameterException.class)
                .getParameter());
        assertEquals("file", failure("ipernity:upload/file", InvalidParameterException.class).getParameter());
        assertEquals("file", failure("ipernity:upload/file", new byte[0], Map.of(), InvalidParameterException.class)
                .getParameter());
        assertEquals("lng", failure("ipernity:upload/file?lat=1.5", JPEG, Map.of(), InvalidParameterException.class)
                .getParameter());
        assertEquals("safety", failure("ipernity:upload/file?safety=7", JPEG, Map.of(),
                InvalidParameterException.class).getParameter());
        assertEquals("docId", failure("ipernity:upload/replace", JPEG, Map.of(), InvalidParameterException.class)
                .getParameter());
        assertThrows(Exception.class, () -> template.requestBody("ipernity:upload/file?titel=x", JPEG));
        assertEquals(0, emulator().ledger().count());
    }

    @Test
    void theFileIsStreamedNotBuffered() throws Exception {
        login("doc", "write");
        // 8 MB with no known length: sent chunked from the stream, 64 KB at a time
        byte[] big = new byte[8 * 1024 * 1024];
        call("ipernity:upload/file?fileName=big.bin", new ByteArrayInputStream(big), Map.of(), UploadTicket.class);
        RecordedRequest r = requests("upload.file").get(0);
        assertTrue(r.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("transfer-encoding")),
                r.headers().toString());
        assertTrue(r.body().length > big.length, "the whole file arrived");
        assertEquals(1, emulator().state().tickets().size());
    }
}
