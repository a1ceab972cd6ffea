package io.farmroutes.spi.xml;

import io.farmroutes.spi.error.MalformedResponseException;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class XmlRepairTest {

    private static final List<String> FREE = List.of("user_friendly_name", "content", "terms_of_use");

    @Test
    void escapesAStrayAmpersandButKeepsValidEntities() {
        String broken = "<apps><application><user_friendly_name>Einstein & Friends &amp; Co</user_friendly_name>"
                + "<name>a&b</name></application></apps>";
        assertThrows(MalformedResponseException.class, () -> SafeXml.parse(broken, "t"));
        XmlNode app = SafeXml.parse(XmlRepair.repair(broken, FREE), "t").child("application").orElseThrow();
        assertEquals("Einstein & Friends & Co", app.childText("user_friendly_name"));
        assertEquals("a&b", app.childText("name"));
    }

    @Test
    void reescapesMarkupInsideFreeTextElements() {
        String broken = "<project_config><terms_of_use>Be <b>nice</b> & <fair></terms_of_use></project_config>";
        XmlNode root = SafeXml.parse(XmlRepair.repair(broken, FREE), "t");
        assertEquals("Be <b>nice</b> & <fair>", root.childText("terms_of_use"));
    }

    @Test
    void takesCdataWithAnEmbeddedTerminatorWhole() {
        String broken = "<post><content><![CDATA[a ]]> b & <i>c</i>]]></content></post>";
        assertThrows(MalformedResponseException.class, () -> SafeXml.parse(broken, "t"));
        assertEquals("a ]]> b & <i>c</i>", SafeXml.parse(XmlRepair.repair(broken, FREE), "t").childText("content"));
    }

    @Test
    void leavesAmpersandsInsideOtherCdataAlone() {
        String doc = "<r><x><![CDATA[a & b]]></x><y>c & d</y></r>";
        XmlNode root = SafeXml.parse(XmlRepair.repair(doc, FREE), "t");
        assertEquals("a & b", root.childText("x"));
        assertEquals("c & d", root.childText("y"));
    }
}
