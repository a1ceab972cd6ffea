package io.farmroutes.spi.xmlrpc;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XmlRpcDecodingTest {

    private static final String SOURCE = "renderfarm:user/getAllSessions";
    private final XmlRpcCodec codec = XmlRpcCodec.standard();

    private XmlRpcMessage decode(String xml) {
        return codec.decode(xml.getBytes(StandardCharsets.UTF_8), null, SOURCE);
    }

    /** The value of a response whose {@code <value>} holds the given XML. */
    private Object value(String valueContent) {
        XmlRpcMessage message = decode("<methodResponse><params><param><value>" + valueContent
                + "</value></param></params></methodResponse>");
        return assertInstanceOf(XmlRpcResponse.class, message).value();
    }

    private XmlRpcFormatException refused(String xml) {
        return assertThrows(XmlRpcFormatException.class, () -> decode(xml));
    }

    @Test
    void readsTheSpecRequestExample() {
        XmlRpcMessage message = decode("""
                <?xml version="1.0" encoding="UTF-8"?>
                <methodCall>
                  <methodName>user.attachSession</methodName>
                  <params><param><value><int>413</int></value></param></params>
                </methodCall>
                """);
        assertEquals(new XmlRpcCall("user.attachSession", List.of(413)), message);
    }

    @Test
    void readsCallsWithoutArgumentsInEveryForm() {
        for (String params : List.of("<params/>", "<params></params>", "<params>\n</params>", "")) {
            XmlRpcMessage message = decode("<methodCall><methodName> user.getAllSessions </methodName>" + params
                    + "</methodCall>");
            assertEquals(new XmlRpcCall("user.getAllSessions", List.of()), message, params);
        }
    }

    @Test
    void readsTheSpecFaultExampleWithIntOrI4CodesAndBareFaultStrings() {
        assertEquals(new XmlRpcFault(104, "Invalid signature"), decode("""
                <methodResponse><fault><value><struct>
                  <member><name>faultCode</name><value><int>104</int></value></member>
                  <member><name>faultString</name><value><string>Invalid signature</string></value></member>
                </struct></value></fault></methodResponse>"""));
        assertEquals(new XmlRpcFault(300, " session does not exist"), decode("""
                <methodResponse><fault><value><struct>
                  <member><name>faultString</name><value> session does not exist</value></member>
                  <member><name>extra</name><value><boolean>1</boolean></value></member>
                  <member><name>faultCode</name><value><i4>300</i4></value></member>
                </struct></value></fault></methodResponse>"""));
    }

    @Test
    void readsStringsExactlyIncludingWhitespaceAndEmptyValues() {
        assertEquals("  bare text \n", value("  bare text \n"));
        assertEquals(" typed\ttext ", value("<string> typed\ttext </string>"));
        assertEquals("", value(""));
        assertEquals("   ", value("   "));
        assertEquals("", value("<string/>"));
        assertEquals("", value("<string></string>"));
        assertEquals("a<b>&c ]]>", value("<string><![CDATA[a<b>&c ]]]]><![CDATA[>]]></string>"));
        assertEquals("x\u00e9\uD83C\uDFAC&#", value("x&#233;&#x1F3AC;&amp;&#35;"));
        assertEquals("ab", value("<string>a<!-- note -->b</string>"));
        XmlRpcMessage empty = decode("<methodResponse><params><param><value/></param></params></methodResponse>");
        assertEquals(new XmlRpcResponse(""), empty);
    }

    @Test
    void readsIntegersOfEveryWidth() {
        assertEquals(413, value("<int>413</int>"));
        assertEquals(-7, value("<i4> -7 </i4>"));
        assertEquals(7, value("<int>+7</int>"));
        assertEquals(Integer.MIN_VALUE, value("<int>-2147483648</int>"));
        assertEquals(9_000_000_000L, value("<i8>9000000000</i8>"));
        assertEquals(5L, value("<i8>5</i8>"));
    }

    @Test
    void readsBooleansAndTheLegacyNumericBooleanAsAnInteger() {
        assertEquals(true, value("<boolean>1</boolean>"));
        assertEquals(false, value("<boolean>0</boolean>"));
        assertEquals(true, value("<boolean> true </boolean>"));
        assertEquals(false, value("<boolean>false</boolean>"));
        Object userId = value("<boolean>888</boolean>");
        assertEquals(888, userId);
        assertEquals(888, XmlRpcValues.asInt(userId, "userId"));
        assertTrue(XmlRpcValues.asBoolean(userId, "success"));
        assertEquals(-2, value("<boolean>-2</boolean>"));
    }

    @Test
    void readsDoubles() {
        assertEquals(-12.214, value("<double>-12.214</double>"));
        assertEquals(3.0, value("<double>3</double>"));
        assertEquals(0.5, value("<double>.5</double>"));
        assertEquals(1.5e10, value("<double>1.5E10</double>"));
    }

    @Test
    void readsDateTimesInBasicAndExtendedFormsWithOptionalOffsets() {
        LocalDateTime expected = LocalDateTime.of(1998, 7, 17, 14, 8, 55);
        assertEquals(expected, value("<dateTime.iso8601>19980717T14:08:55</dateTime.iso8601>"));
        assertEquals(expected, value("<dateTime.iso8601> 1998-07-17T14:08:55 </dateTime.iso8601>"));
        assertEquals(expected, value("<dateTime.iso8601>19980717T140855</dateTime.iso8601>"));
        assertEquals(expected.withNano(250_000_000), value("<dateTime.iso8601>19980717T14:08:55.25</dateTime.iso8601>"));
        assertEquals(OffsetDateTime.of(expected, ZoneOffset.UTC),
                value("<dateTime.iso8601>19980717T14:08:55Z</dateTime.iso8601>"));
        assertEquals(OffsetDateTime.of(expected, ZoneOffset.ofHoursMinutes(-5, -30)),
                value("<dateTime.iso8601>1998-07-17T14:08:55-05:30</dateTime.iso8601>"));
        assertEquals(OffsetDateTime.of(expected, ZoneOffset.ofHours(2)),
                value("<dateTime.iso8601>19980717T14:08:55+0200</dateTime.iso8601>"));
    }

    @Test
    void readsBase64AcrossLineBreaks() {
        assertArrayEquals("Blender render farm".getBytes(StandardCharsets.US_ASCII),
                (byte[]) value("<base64>\n  QmxlbmRlciByZW5k\r\n  ZXIgZmFybQ==\n</base64>"));
        assertArrayEquals(new byte[0], (byte[]) value("<base64/>"));
    }

    @Test
    void readsNilWithAnyPrefixAsNull() {
        assertNull(value("<nil/>"));
        assertNull(value("<ex:nil xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\"/>"));
        assertNull(value("<nil> </nil>"));
        Map<?, ?> struct = (Map<?, ?>) value("<struct><member><name>gone</name><value><ex:nil/></value></member></struct>");
        assertTrue(struct.containsKey("gone"));
        assertNull(struct.get("gone"));
        XmlRpcCall call = (XmlRpcCall) decode("<methodCall><methodName>m</methodName><params><param><value><nil/>"
                + "</value></param></params></methodCall>");
        assertEquals(Arrays.asList((Object) null), call.params());
    }

    @Test
    void readsStructsInDocumentOrderWithTheLastDuplicateWinning() {
        Map<?, ?> struct = (Map<?, ?>) value("""
                <struct>
                  <member><name>b</name><value><int>1</int></value></member>
                  <member><value><int>2</int></value><name>a</name></member>
                  <member><name>b</name><value><int>3</int></value></member>
                  <member><name> spaced </name><value/></member>
                </struct>""");
        assertEquals(List.of("b", "a", " spaced "), new ArrayList<>(struct.keySet()));
        assertEquals(3, struct.get("b"));
        assertEquals("", struct.get(" spaced "));
        assertInstanceOf(LinkedHashMap.class, struct);
        assertEquals(Map.of(), value("<struct/>"));
    }

    @Test
    void readsArraysIncludingEmptyOnes() {
        assertEquals(List.of(1, "two", List.of(true)), value("""
                <array>
                  <data>
                    <value><int>1</int></value>
                    <value>two</value>
                    <value><array><data><value><boolean>1</boolean></value></data></array></value>
                  </data>
                </array>"""));
        assertEquals(List.of(), value("<array><data/></array>"));
        assertEquals(List.of(), value("<array/>"));
    }

    @Test
    void readsAGetAllSessionsStructWithNumericMemberNames() {
        Map<String, Object> result = XmlRpcValues.asStruct(value("""
                <struct>
                  <member><name>accept</name><value><struct></struct></value></member>
                  <member><name>active</name><value><struct>
                    <member><name>413</name><value><struct>
                      <member><name>title</name><value><string>Big Buck Bunny</string></value></member>
                      <member><name>shortDescription</name><value><string>Open movie</string></value></member>
                      <member><name>submitTimestamp</name><value><i4>1300000000</i4></value></member>
                    </struct></value></member>
                    <member><name>27</name><value><struct>
                      <member><name>title</name><value>Sintel</value></member>
                      <member><name>sessionShortDescription</name><value>Dragon</value></member>
                      <member><name>submitTimestamp</name><value><int>1300000100</int></value></member>
                    </struct></value></member>
                  </struct></value></member>
                  <member><name>completed</name><value><struct/></value></member>
                </struct>"""), "sessions");
        assertEquals(List.of("accept", "active", "completed"), new ArrayList<>(result.keySet()));
        Map<Integer, String> titles = new TreeMap<>();
        XmlRpcValues.asStruct(result.get("active"), "active").forEach((id, session) -> titles.put(
                XmlRpcValues.asInt(id, "session id"),
                XmlRpcValues.asString(XmlRpcValues.member(XmlRpcValues.asStruct(session, "session " + id), "title",
                        "session " + id), "session " + id + " title")));
        assertEquals(Map.of(27, "Sintel", 413, "Big Buck Bunny"), titles);
        assertEquals(Map.of(), result.get("accept"));
    }

    @Test
    void repairsTheDocumentedSampleWithAllItsQuirks() {
        // as on the method page: a UTF-16 declaration over single-byte text, comments ending in --! without >,
        // an empty category written as <value></struct></value>, and a stray <member> left open
        String sample = """
                <?xml version="1.0" encoding="utf-16"?>
                <methodResponse>
                  <params>
                    <param>
                      <value>
                        <struct>
                          <member>
                            <name>accept</name>
                            <!-- sessions waiting for an administrator --!
                            <value></struct></value>
                          </member>
                          <member>
                            <name>active</name>
                            <value>
                              <struct>
                                <!-- one member per session, named by its id --!
                                <member>
                                  <name>413</name>
                                  <value>
                                    <struct>
                                      <member><name>title</name><value><string>Ähtäri</string></value></member>
                                      <member><name>shortDescription</name><value><string>Test</string></value></member>
                                      <member><name>submitTimestamp</name><value><i4>1300000000</i4></value></member>
                                    </struct>
                                  </value>
                                </member>
                                <member>
                              </struct>
                            </value>
                          </member>
                        </struct>
                      </value>
                    </param>
                  </params>
                </methodResponse>""";
        byte[] singleByte = sample.getBytes(StandardCharsets.ISO_8859_1);
        XmlRpcMessage message = codec.decode(singleByte, StandardCharsets.ISO_8859_1, SOURCE);
        Map<String, Object> result = XmlRpcValues.asStruct(((XmlRpcResponse) message).value(), "result");
        assertEquals(Map.of(), result.get("accept"));
        Map<String, Object> active = XmlRpcValues.asStruct(result.get("active"), "active");
        assertEquals(List.of("413"), new ArrayList<>(active.keySet()));
        assertEquals(Map.of("title", "Ähtäri", "shortDescription", "Test", "submitTimestamp", 1_300_000_000),
                active.get("413"));
    }

    @Test
    void ignoresAUtf16DeclarationOverSingleByteText() {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><methodResponse><params><param><value>"
                + "<string>plain</string></value></param></params></methodResponse>";
        assertEquals(new XmlRpcResponse("plain"), codec.decode(xml.getBytes(StandardCharsets.US_ASCII), null, SOURCE));
    }

    @Test
    void repairsAMalformedCommentWithoutEatingTheContentAfterIt() {
        assertEquals(new XmlRpcResponse("kept"), decode("<methodResponse><!-- about the result --!<params><param>"
                + "<value>kept</value></param></params></methodResponse>"));
        assertEquals(new XmlRpcResponse("kept"), decode("<methodResponse><!-- closed oddly --!><params><param>"
                + "<value>kept</value></param></params></methodResponse>"));
    }

    @Test
    void repairsAnEmptyStructWrittenAsAStructEndTag() {
        assertEquals(Map.of("accept", Map.of()), value("<struct><member><name>accept</name><value> </struct>\n</value>"
                + "</member></struct>"));
    }

    @Test
    void repairsStrayEmptyMembersInEachForm() {
        for (String stray : List.of("<member/>", "<member />", "<member></member>", "<member>\n  </member>",
                "<member>\n")) {
            Object v = value("<struct>" + stray + "<member><name>a</name><value><int>1</int></value></member>" + stray
                    + "</struct>");
            assertEquals(Map.of("a", 1), v, stray);
        }
    }

    @Test
    void strictDocumentsAreNotRepairedAndCdataIsNeverTouched() {
        // well-formed, so the strict pass wins and the comment-like string survives verbatim
        String text = "<!-- x --! <member></member> <value></struct></value>";
        assertEquals(text, value("<string><![CDATA[" + text + "]]></string>"));
        // malformed elsewhere, so the repairs run, yet the CDATA content is still kept exactly
        Object repaired = value("<struct><!-- oops --!<member><name>s</name><value><![CDATA[" + text
                + "]]></value></member><member/></struct>");
        assertEquals(Map.of("s", text), repaired);
    }

    @Test
    void reportsTheStrictErrorWhenTheRepairsDoNotHelp() {
        XmlRpcFormatException e = refused("<methodResponse><!-- c --!<params><param><value><bogus/></value></param>"
                + "</params></methodResponse>");
        // the strict attempt failed on the malformed comment, not on <bogus> (which the repaired text reaches)
        assertTrue(e.getProblem().contains("not well-formed"), e.getProblem());
        assertFalse(e.getProblem().contains("bogus"), e.getProblem());
    }

    @Test
    void choosesTheCharsetByByteOrderMarkThenTransportThenUtf8() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><methodResponse><params><param><value>José"
                + "</value></param></params></methodResponse>";
        XmlRpcResponse expected = new XmlRpcResponse("José");
        assertEquals(expected, codec.decode(xml.getBytes(StandardCharsets.UTF_8), null, SOURCE));
        assertEquals(expected, codec.decode(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.ISO_8859_1, SOURCE));
        assertEquals(expected, codec.decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                xml.getBytes(StandardCharsets.UTF_16BE)), null, SOURCE));
        assertEquals(expected, codec.decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                xml.getBytes(StandardCharsets.UTF_16LE)), StandardCharsets.UTF_8, SOURCE));
        assertEquals(expected, codec.decode(xml.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1,
                SOURCE));
        assertEquals(expected, codec.decode(xml.getBytes(Charset.forName("windows-1252")),
                Charset.forName("windows-1252"), SOURCE));
        // Latin-1 bytes with no transport charset are not UTF-8: refused, not guessed
        XmlRpcFormatException e = assertThrows(XmlRpcFormatException.class,
                () -> codec.decode(xml.getBytes(StandardCharsets.ISO_8859_1), null, SOURCE));
        assertTrue(e.getProblem().contains("not valid UTF-8"), e.getProblem());
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void decodeResponseRefusesACall() {
        byte[] call = codec.encode(XmlRpcCall.of("user.logout"));
        XmlRpcFormatException e = assertThrows(XmlRpcFormatException.class,
                () -> codec.decodeResponse(call, null, SOURCE));
        assertTrue(e.getMessage().contains("methodCall"), e.getMessage());
        byte[] fault = codec.encode(new XmlRpcFault(1, "x"));
        assertEquals(new XmlRpcFault(1, "x"), codec.decodeResponse(fault, null, SOURCE));
        assertEquals(new XmlRpcResponse(1), codec.decodeResponse(codec.encode(new XmlRpcResponse(1)), null, SOURCE));
    }

    @Test
    void errorMessagesNameTheSourceTheProblemAndOnlyAnExcerpt() {
        String longBody = "<methodResponse><params><param><value><bogus>" + "x".repeat(100_000)
                + "</bogus></value></param></params></methodResponse>";
        XmlRpcFormatException e = refused(longBody);
        assertEquals(SOURCE, e.getEndpoint());
        assertTrue(e.getMessage().startsWith("XML-RPC from " + SOURCE + " refused: unknown value type <bogus>"),
                e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        assertTrue(e.getMessage().contains("body begins: <methodResponse><params>"), e.getMessage());
        assertTrue(e.getMessage().length() < 600, "message length " + e.getMessage().length());
        assertTrue(e.getExcerpt().length() <= 161, e.getExcerpt());
    }

    @Test
    void decodesTextThatIsAlreadyCharacters() {
        assertEquals(new XmlRpcResponse("ü"), codec.decodeText("<?xml version=\"1.0\" encoding=\"ascii\"?>"
                + "<methodResponse><params><param><value>ü</value></param></params></methodResponse>", SOURCE));
        assertThrows(XmlRpcFormatException.class, () -> codec.decodeText("  ", SOURCE));
        assertThrows(XmlRpcFormatException.class, () -> codec.decodeText(null, SOURCE));
    }

    @Test
    void toleratesBlankLinesBeforeTheDeclaration() {
        assertEquals(new XmlRpcResponse(1), decode("\n\n<?xml version=\"1.0\"?><methodResponse><params><param><value>"
                + "<int>1</int></value></param></params></methodResponse>"));
    }
}
