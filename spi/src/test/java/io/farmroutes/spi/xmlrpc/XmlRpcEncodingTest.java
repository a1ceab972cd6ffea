package io.farmroutes.spi.xmlrpc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XmlRpcEncodingTest {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private final XmlRpcCodec codec = XmlRpcCodec.standard();

    private String encode(XmlRpcMessage message) {
        return new String(codec.encode(message), StandardCharsets.UTF_8);
    }

    /** The encoded {@code <value>} content of a one-value response. */
    private String valueXml(Object value) {
        String xml = encode(new XmlRpcResponse(value));
        String open = "<methodResponse><params><param><value>";
        String close = "</value></param></params></methodResponse>\n";
        assertTrue(xml.startsWith(DECLARATION + open) && xml.endsWith(close), xml);
        return xml.substring(DECLARATION.length() + open.length(), xml.length() - close.length());
    }

    @Test
    void writesTheSpecRequestExampleExactly() {
        String expected = """
                <?xml version="1.0" encoding="UTF-8"?>
                <methodCall>
                  <methodName>user.attachSession</methodName>
                  <params><param><value><int>413</int></value></param></params>
                </methodCall>
                """;
        assertEquals(expected, encode(new XmlRpcCall("user.attachSession", List.of(413))));
    }

    @Test
    void writesTheSpecFaultExampleExactlyAfterTheDeclaration() {
        String expected = DECLARATION + """
                <methodResponse><fault><value><struct>
                  <member><name>faultCode</name><value><int>104</int></value></member>
                  <member><name>faultString</name><value><string>Invalid signature</string></value></member>
                </struct></value></fault></methodResponse>
                """;
        assertEquals(expected, encode(new XmlRpcFault(104, "Invalid signature")));
    }

    @Test
    void writesEmptyParamsForACallWithoutArguments() {
        String expected = """
                <?xml version="1.0" encoding="UTF-8"?>
                <methodCall>
                  <methodName>user.getAllSessions</methodName>
                  <params/>
                </methodCall>
                """;
        assertEquals(expected, encode(new XmlRpcCall("user.getAllSessions", List.of())));
        assertEquals(expected, encode(new XmlRpcCall("user.getAllSessions", null)));
    }

    @Test
    void writesIntegersAsIntAndRefusesWhatDoesNotFit() {
        assertEquals("<int>-7</int>", valueXml(-7));
        assertEquals("<int>12</int>", valueXml((short) 12));
        assertEquals("<int>-3</int>", valueXml((byte) -3));
        assertEquals("<int>2147483647</int>", valueXml((long) Integer.MAX_VALUE));
        assertEquals("<int>-2147483648</int>", valueXml((long) Integer.MIN_VALUE));
        assertEquals("<int>5</int>", valueXml(BigInteger.valueOf(5)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codec.encode(new XmlRpcResponse(Integer.MAX_VALUE + 1L)));
        assertTrue(e.getMessage().contains("2147483648") && e.getMessage().contains("64-bit"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> codec.encode(new XmlRpcResponse(BigInteger.TEN.pow(12))));
    }

    @Test
    void writesBooleansAsOneAndZero() {
        assertEquals("<boolean>1</boolean>", valueXml(true));
        assertEquals("<boolean>0</boolean>", valueXml(false));
    }

    @Test
    void writesDoublesInPlainNotationAndRefusesNonFiniteOnes() {
        assertEquals("<double>1.5</double>", valueXml(1.5));
        assertEquals("<double>-0.25</double>", valueXml(-0.25));
        assertEquals("<double>10000000000.0</double>", valueXml(1.0e10));
        assertEquals("<double>0.0</double>", valueXml(0.0));
        assertEquals("<double>3.0</double>", valueXml(3.0));
        assertEquals("<double>0.0000001</double>", valueXml(1.0e-7));
        assertEquals("<double>0.1</double>", valueXml(0.1f));
        assertEquals("<double>2.5</double>", valueXml(new BigDecimal("2.50")));
        for (Object bad : List.of(Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                new BigDecimal("1e400"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> codec.encode(new XmlRpcResponse(bad)), bad.toString());
            assertTrue(e.getMessage().contains("finite"), e.getMessage());
        }
    }

    @Test
    void escapesMarkupAndCarriageReturnsInStrings() {
        assertEquals("<string>a &amp; b &lt;c&gt; ]]&gt; d</string>", valueXml("a & b <c> ]]> d"));
        assertEquals("<string>line&#13;\nnext\ttab  </string>", valueXml("line\r\nnext\ttab  "));
        assertEquals("<string></string>", valueXml(""));
        assertEquals("<string>x</string>", valueXml('x'));
        assertEquals("<string>sb</string>", valueXml(new StringBuilder("sb")));
        assertEquals("<string>José \uD83C\uDFAC</string>", valueXml("José \uD83C\uDFAC"));
    }

    @Test
    void refusesCharactersThatXmlDoesNotAllow() {
        for (String bad : List.of("a\u0000b", "bell\u0007", "\uFFFE", "\uFFFF", "lone \uD800 high", "lone \uDC00 low",
                "\uDC00\uD800")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> codec.encode(XmlRpcCall.of("m", "ok", bad)));
            assertTrue(e.getMessage().contains("params[1]") && e.getMessage().contains("not allowed in XML 1.0"),
                    e.getMessage());
        }
        IllegalArgumentException inName = assertThrows(IllegalArgumentException.class,
                () -> codec.encode(new XmlRpcResponse(Map.of("bad\u0001name", 1))));
        assertTrue(inName.getMessage().contains("U+0001"), inName.getMessage());
        assertThrows(IllegalArgumentException.class, () -> codec.encode(new XmlRpcFault(1, "nul\u0000")));
        assertThrows(IllegalArgumentException.class, () -> codec.encode(XmlRpcCall.of("m\u0001")));
    }

    @Test
    void writesDateTimesInTheXmlRpcFormConvertingZonedValuesToUtc() {
        assertEquals("<dateTime.iso8601>19980717T14:08:55</dateTime.iso8601>",
                valueXml(LocalDateTime.of(1998, 7, 17, 14, 8, 55, 999_000_000)));
        assertEquals("<dateTime.iso8601>19980717T12:08:55</dateTime.iso8601>",
                valueXml(OffsetDateTime.of(1998, 7, 17, 14, 8, 55, 0, ZoneOffset.ofHours(2))));
        assertEquals("<dateTime.iso8601>19980717T12:08:55</dateTime.iso8601>",
                valueXml(ZonedDateTime.of(1998, 7, 17, 14, 8, 55, 0, ZoneId.of("Europe/Helsinki")).plusHours(1)));
        Instant instant = Instant.parse("2012-02-29T23:59:59Z");
        assertEquals("<dateTime.iso8601>20120229T23:59:59</dateTime.iso8601>", valueXml(instant));
        assertEquals("<dateTime.iso8601>20120229T23:59:59</dateTime.iso8601>", valueXml(Date.from(instant)));
        assertThrows(IllegalArgumentException.class,
                () -> codec.encode(new XmlRpcResponse(LocalDateTime.of(10_000, 1, 1, 0, 0))));
    }

    @Test
    void writesBytesAsBase64() {
        assertEquals("<base64>AAEC/w==</base64>", valueXml(new byte[] {0, 1, 2, (byte) 0xFF}));
        assertEquals("<base64></base64>", valueXml(new byte[0]));
    }

    @Test
    void writesStructMembersOnIndentedLinesInMapOrder() {
        Map<Object, Object> inner = new LinkedHashMap<>();
        inner.put("title", "Big Buck Bunny");
        inner.put("submitTimestamp", 1_300_000_000);
        Map<Object, Object> outer = new LinkedHashMap<>();
        outer.put(413, inner);
        outer.put("empty", Map.of());
        assertEquals("""
                <struct>
                  <member><name>413</name><value><struct>
                    <member><name>title</name><value><string>Big Buck Bunny</string></value></member>
                    <member><name>submitTimestamp</name><value><int>1300000000</int></value></member>
                  </struct></value></member>
                  <member><name>empty</name><value><struct></struct></value></member>
                </struct>""", valueXml(outer));
    }

    @Test
    void writesCollectionsAndArraysOtherThanBytesAsArrays() {
        String expected = "<array><data><value><int>1</int></value><value><int>2</int></value></data></array>";
        assertEquals(expected, valueXml(List.of(1, 2)));
        assertEquals(expected, valueXml(new Integer[] {1, 2}));
        assertEquals(expected, valueXml(new int[] {1, 2}));
        assertEquals(expected, valueXml(new long[] {1, 2}));
        assertEquals(expected, valueXml(new short[] {1, 2}));
        assertEquals(expected, valueXml(new LinkedHashSet<>(List.of(1, 2))));
        assertEquals("<array><data><value><boolean>1</boolean></value></data></array>", valueXml(new boolean[] {true}));
        assertEquals("<array><data><value><double>0.5</double></value></data></array>", valueXml(new double[] {0.5}));
        assertEquals("<array><data></data></array>", valueXml(List.of()));
    }

    @Test
    void refusesNullAnywhereAndNamesWhere() {
        List<Object> withNull = new ArrayList<>(Arrays.asList(1, null));
        IllegalArgumentException inArray = assertThrows(IllegalArgumentException.class,
                () -> codec.encode(XmlRpcCall.of("m", "a", withNull)));
        assertTrue(inArray.getMessage().contains("params[1][1]") && inArray.getMessage().contains("no null"),
                inArray.getMessage());
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("session", null);
        IllegalArgumentException inStruct = assertThrows(IllegalArgumentException.class,
                () -> codec.encode(new XmlRpcResponse(Map.of("outer", struct))));
        assertTrue(inStruct.getMessage().contains("result.outer.session"), inStruct.getMessage());
        assertThrows(IllegalArgumentException.class, () -> codec.encode(new XmlRpcResponse(null)));
        assertThrows(IllegalArgumentException.class, () -> codec.encode(XmlRpcCall.of("m", (Object) null)));
        Map<Object, Object> nullKey = new LinkedHashMap<>();
        nullKey.put(null, 1);
        assertThrows(IllegalArgumentException.class, () -> codec.encode(new XmlRpcResponse(nullKey)));
        assertThrows(IllegalArgumentException.class, () -> codec.encode(null));
    }

    @Test
    void refusesUnsupportedTypesEmptyMethodNamesAndSelfContainingCollections() {
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> codec.encode(new XmlRpcResponse(new Object())));
        assertTrue(type.getMessage().contains("java.lang.Object"), type.getMessage());
        assertThrows(IllegalArgumentException.class, () -> codec.encode(new XmlRpcResponse(Map.of(new Object(), 1))));
        assertThrows(IllegalArgumentException.class, () -> codec.encode(XmlRpcCall.of(" ")));
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class,
                () -> codec.encode(new XmlRpcResponse(loop)));
        assertTrue(cycle.getMessage().contains("deeper than 64"), cycle.getMessage());
    }

    @Test
    void refusesNestingBeyondTheDepthLimitButNotAtIt() {
        XmlRpcCodec shallow = new XmlRpcCodec(new XmlRpcLimits(3, 100, 100));
        Object three = List.of(Map.of("a", List.of(1)));
        Object four = List.of(three);
        shallow.encode(new XmlRpcResponse(three));
        assertThrows(IllegalArgumentException.class, () -> shallow.encode(new XmlRpcResponse(four)));
    }

    @Test
    void producesUtf8Bytes() {
        byte[] bytes = codec.encode(new XmlRpcResponse("é"));
        String xml = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<string>é</string>"), xml);
        // one character, two bytes: é went out as UTF-8, not Latin-1
        assertEquals(xml.length() + 1, bytes.length);
    }
}
