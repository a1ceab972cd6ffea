package io.farmroutes.spi.xmlrpc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XmlRpcValuesTest {

    private static void refusedNaming(String what, Runnable read) {
        XmlRpcFormatException e = assertThrows(XmlRpcFormatException.class, read::run);
        assertTrue(e.getMessage().startsWith(what + ": expected"), e.getMessage());
        assertNull(e.getEndpoint());
    }

    @Test
    void readsIntsFromIntegersLongsInRangeAndDigitStrings() {
        assertEquals(413, XmlRpcValues.asInt(413, "id"));
        assertEquals(5, XmlRpcValues.asInt(5L, "id"));
        assertEquals(413, XmlRpcValues.asInt(" 413 ", "id"));
        assertEquals(-2, XmlRpcValues.asInt("-2", "id"));
        refusedNaming("session id", () -> XmlRpcValues.asInt(1L << 40, "session id"));
        refusedNaming("session id", () -> XmlRpcValues.asInt("4x", "session id"));
        refusedNaming("session id", () -> XmlRpcValues.asInt(1.0, "session id"));
        refusedNaming("session id", () -> XmlRpcValues.asInt(true, "session id"));
        refusedNaming("session id", () -> XmlRpcValues.asInt(null, "session id"));
        refusedNaming("session id", () -> XmlRpcValues.asInt("99999999999", "session id"));
        assertEquals(1L << 40, XmlRpcValues.asLong(1L << 40, "t"));
        assertEquals(7L, XmlRpcValues.asLong("7", "t"));
        refusedNaming("t", () -> XmlRpcValues.asLong("9".repeat(30), "t"));
    }

    @Test
    void readsBooleansLeniently() {
        assertTrue(XmlRpcValues.asBoolean(true, "success"));
        assertFalse(XmlRpcValues.asBoolean(false, "success"));
        assertTrue(XmlRpcValues.asBoolean(888, "success"));
        assertFalse(XmlRpcValues.asBoolean(0, "success"));
        assertTrue(XmlRpcValues.asBoolean(" TRUE ", "success"));
        assertFalse(XmlRpcValues.asBoolean("0", "success"));
        refusedNaming("success", () -> XmlRpcValues.asBoolean("yes", "success"));
        refusedNaming("success", () -> XmlRpcValues.asBoolean(List.of(true), "success"));
    }

    @Test
    void readsStringsDoublesBytesAndDates() {
        assertEquals("Sintel", XmlRpcValues.asString("Sintel", "title"));
        assertEquals("413", XmlRpcValues.asString(413, "title"));
        refusedNaming("title", () -> XmlRpcValues.asString(Map.of(), "title"));
        assertEquals(2.5, XmlRpcValues.asDouble(2.5, "fps"));
        assertEquals(25.0, XmlRpcValues.asDouble(25, "fps"));
        refusedNaming("fps", () -> XmlRpcValues.asDouble("25", "fps"));
        assertArrayEquals(new byte[] {1}, XmlRpcValues.asBytes(new byte[] {1}, "blob"));
        refusedNaming("blob", () -> XmlRpcValues.asBytes("AQ==", "blob"));
        LocalDateTime local = LocalDateTime.of(1998, 7, 17, 14, 8, 55);
        assertEquals(local, XmlRpcValues.asLocalDateTime(local, "when"));
        assertEquals(local, XmlRpcValues.asLocalDateTime(OffsetDateTime.of(local.plusHours(2), ZoneOffset.ofHours(2)),
                "when"));
        assertEquals(Instant.parse("1998-07-17T14:08:55Z"), XmlRpcValues.asInstant(local, "when"));
        assertEquals(Instant.parse("1998-07-17T12:08:55Z"),
                XmlRpcValues.asInstant(OffsetDateTime.of(local, ZoneOffset.ofHours(2)), "when"));
        refusedNaming("when", () -> XmlRpcValues.asLocalDateTime("19980717T14:08:55", "when"));
    }

    @Test
    void readsStructsListsAndMembers() {
        Map<String, Object> struct = new HashMap<>();
        struct.put("title", "Sintel");
        struct.put("gone", null);
        assertEquals(struct, XmlRpcValues.asStruct(struct, "session"));
        assertEquals(List.of(1), XmlRpcValues.asList(List.of(1), "frames"));
        refusedNaming("session", () -> XmlRpcValues.asStruct(List.of(), "session"));
        refusedNaming("frames", () -> XmlRpcValues.asList(Map.of(), "frames"));
        assertEquals("Sintel", XmlRpcValues.member(struct, "title", "session 413"));
        XmlRpcFormatException missing = assertThrows(XmlRpcFormatException.class,
                () -> XmlRpcValues.member(struct, "streamURL", "session 413"));
        assertEquals("session 413: member 'streamURL' is missing", missing.getMessage());
        XmlRpcFormatException nil = assertThrows(XmlRpcFormatException.class,
                () -> XmlRpcValues.member(struct, "gone", "session 413"));
        assertEquals("session 413: member 'gone' is nil", nil.getMessage());
        assertEquals(Optional.of("Sintel"), XmlRpcValues.optionalMember(struct, "title"));
        assertEquals(Optional.empty(), XmlRpcValues.optionalMember(struct, "gone"));
        assertEquals(Optional.of("Sintel"), XmlRpcValues.optional(struct, "title", XmlRpcValues::asString, "title"));
        assertEquals(Optional.empty(), XmlRpcValues.optional(struct, "absent", XmlRpcValues::asInt, "absent"));
        refusedNaming("title as int", () -> XmlRpcValues.optional(struct, "title", XmlRpcValues::asInt, "title as int"));
    }

    @Test
    void describesOffendingValuesBriefly() {
        XmlRpcFormatException e = assertThrows(XmlRpcFormatException.class,
                () -> XmlRpcValues.asInt("x".repeat(10_000), "id"));
        assertTrue(e.getMessage().length() < 120, e.getMessage());
        assertTrue(e.getMessage().contains("the string 'xxx"), e.getMessage());
    }
}
