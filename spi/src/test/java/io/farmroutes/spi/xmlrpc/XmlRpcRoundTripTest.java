package io.farmroutes.spi.xmlrpc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XmlRpcRoundTripTest {

    private final XmlRpcCodec codec = XmlRpcCodec.standard();

    private Object roundTrip(Object value) {
        XmlRpcMessage back = codec.decode(codec.encode(new XmlRpcResponse(value)), null, "round trip");
        return assertInstanceOf(XmlRpcResponse.class, back).value();
    }

    @Test
    void everyScalarComesBackAsItsXmlRpcType() {
        assertEquals(413, roundTrip(413));
        assertEquals(Integer.MIN_VALUE, roundTrip(Integer.MIN_VALUE));
        assertEquals(12, roundTrip((short) 12));
        assertEquals(-1, roundTrip((byte) -1));
        assertEquals(7, roundTrip(7L));
        assertEquals(true, roundTrip(true));
        assertEquals(false, roundTrip(false));
        for (double d : new double[] {0.0, -12.214, 1.0 / 3, Double.MAX_VALUE, Double.MIN_VALUE, -1e-300, 123456789.125}) {
            assertEquals(d, roundTrip(d), "double " + d);
        }
        assertEquals(0.1, roundTrip(0.1f));
        assertEquals(2.5, roundTrip(new BigDecimal("2.50")));
        LocalDateTime local = LocalDateTime.of(1998, 7, 17, 14, 8, 55);
        assertEquals(local, roundTrip(local));
        assertEquals(local, roundTrip(OffsetDateTime.of(local.plusHours(3), ZoneOffset.ofHours(3))));
        assertEquals(local, roundTrip(local.toInstant(ZoneOffset.UTC)));
        assertEquals(LocalDateTime.of(1, 1, 1, 0, 0), roundTrip(LocalDateTime.of(1, 1, 1, 0, 0)));
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        assertArrayEquals(bytes, (byte[]) roundTrip(bytes));
        assertArrayEquals(new byte[0], (byte[]) roundTrip(new byte[0]));
    }

    @Test
    void stringsComeBackExactly() {
        for (String s : List.of("", " ", "  padded  ", "\n", "\r\n", "\r", "a\r\nb\rc\n", "\ttab", "<&>\"'",
                "]]>", "<![CDATA[x]]>", "<!-- not a comment -->", "José Ähtäri", "\uD83C\uDFAC film", "\uE000\uFFFD",
                "&amp; stays literal", "line1\nline2\n", "413")) {
            assertEquals(s, roundTrip(s), () -> "string " + s.codePoints().boxed().toList());
        }
    }

    @Test
    void nestedStructsAndArraysComeBackInOrder() {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("title", "Big Buck Bunny");
        session.put("startFrame", 1);
        session.put("endFrame", 250);
        session.put("thumbnails", Map.of("1", "http://example.org/1.png"));
        session.put("licenses", List.of(Map.of("name", "CC by", "url", "http://cc.org"), List.of(), Map.of()));
        session.put("flags", new boolean[] {true, false});
        session.put("frames", new int[] {1, 2, 3});
        session.put("cpu", 12.5);
        session.put("data", new byte[] {1, 2});
        Map<String, Object> categories = new LinkedHashMap<>();
        categories.put("accept", Map.of());
        categories.put("active", Map.of("413", session));
        categories.put("completed", new LinkedHashMap<>());

        Object back = roundTrip(categories);

        Map<String, Object> result = XmlRpcValues.asStruct(back, "result");
        assertEquals(List.of("accept", "active", "completed"), new ArrayList<>(result.keySet()));
        Map<String, Object> s = XmlRpcValues.asStruct(XmlRpcValues.asStruct(result.get("active"), "active").get("413"),
                "413");
        assertEquals(List.of("title", "startFrame", "endFrame", "thumbnails", "licenses", "flags", "frames", "cpu",
                "data"), new ArrayList<>(s.keySet()));
        assertEquals("Big Buck Bunny", s.get("title"));
        assertEquals(List.of(Map.of("name", "CC by", "url", "http://cc.org"), List.of(), Map.of()), s.get("licenses"));
        assertEquals(List.of(true, false), s.get("flags"));
        assertEquals(List.of(1, 2, 3), s.get("frames"));
        assertEquals(12.5, s.get("cpu"));
        assertArrayEquals(new byte[] {1, 2}, (byte[]) s.get("data"));
    }

    @Test
    void nestingUpToTheDepthLimitComesBack() {
        Object deep = "core";
        for (int i = 0; i < 64; i++) {
            deep = i % 2 == 0 ? List.of(deep) : Map.of("k" + i, deep);
        }
        assertEquals(deep, roundTrip(deep));
    }

    @Test
    void callsAndFaultsComeBackWhole() {
        XmlRpcCall call = new XmlRpcCall("community.getSession", List.of(
                Map.of("oauth_consumer_key", "key", "oauth_nonce", "n0nce", "oauth_timestamp", "137131201"), 413));
        assertEquals(call, codec.decode(codec.encode(call), null, "t"));
        XmlRpcCall noArgs = new XmlRpcCall("user.getAllSessions", List.of());
        assertEquals(noArgs, codec.decode(codec.encode(noArgs), null, "t"));
        for (XmlRpcFault fault : List.of(new XmlRpcFault(104, "Invalid signature"), new XmlRpcFault(-1, ""),
                new XmlRpcFault(Integer.MAX_VALUE, " spaced <&> \r\n"))) {
            assertEquals(fault, codec.decode(codec.encode(fault), null, "t"));
        }
    }

    @Test
    void arraysOfEveryKindComeBackAsLists() {
        assertEquals(List.of("a", "b"), roundTrip(new String[] {"a", "b"}));
        assertEquals(List.of(1.5, 2.0), roundTrip(new double[] {1.5, 2.0}));
        assertEquals(List.of("x"), roundTrip(new char[] {'x'}));
        assertEquals(List.of(1, 2), roundTrip(new ArrayList<>(Arrays.asList(1L, 2L))));
        assertTrue(((List<?>) roundTrip(List.of())).isEmpty());
        Instant now = Instant.parse("2024-01-02T03:04:05Z");
        assertEquals(List.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5)), roundTrip(List.of(now)));
    }
}
