package io.farmroutes.spi.xml;

import io.farmroutes.spi.error.FarmException;
import io.farmroutes.spi.error.MalformedResponseException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeXmlTest {

    @Test
    void readsTreeTextAndFlagsWithLeadingBlanksBeforeTheRoot() {
        XmlNode root = SafeXml.parse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n <account_out>\n"
                + "   <authenticator> abc </authenticator>\n<success/></account_out>", "t");
        assertEquals("account_out", root.name());
        assertEquals("abc", root.childText("authenticator"));
        assertTrue(root.has("success"));
    }

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> SafeXml.parse(xxe, "t"));
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
        assertTrue(!e.getMessage().contains("root:"), "no file content may leak");
    }

    @Test
    void refusesBillionLaughs() {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doc.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                doc.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            doc.append("\">");
        }
        doc.append("]><lolz>&lol9;</lolz>");
        FarmException e = assertThrows(FarmException.class, () -> SafeXml.parse(doc.toString(), "t"));
        assertInstanceOf(MalformedResponseException.class, e);
    }

    @Test
    void refusesUndeclaredEntitiesAndDeepNesting() {
        assertThrows(MalformedResponseException.class, () -> SafeXml.parse("<r>&nbsp;</r>", "t"));
        String deep = "<a>".repeat(SafeXml.MAX_DEPTH + 1) + "</a>".repeat(SafeXml.MAX_DEPTH + 1);
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> SafeXml.parse(deep, "t"));
        assertTrue(e.getMessage().contains("deeper"), e.getMessage());
    }

    @Test
    void refusesTruncatedDocumentsWithTheEndpointInTheMessage() {
        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> SafeXml.parse("<user><name>Al", "boinc:user/show"));
        assertTrue(e.getMessage().startsWith("the answer is refused"), e.getMessage());
        assertEquals("boinc:user/show", e.getEndpoint());
    }

    @Test
    void decodesRealUtf8BytesDespiteALatin1Declaration() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?><user><name>José</name></user>"
                .getBytes(StandardCharsets.UTF_8);
        XmlNode root = SafeXml.parse(BodyText.decode(body, StandardCharsets.UTF_8), "t");
        assertEquals("José", root.childText("name"));
    }

    @Test
    void fallsBackToLatin1WhenTheBytesAreNotUtf8() {
        byte[] body = "<user><name>José</name></user>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("José", SafeXml.parse(BodyText.decode(body, null), "t").childText("name"));
    }
}
