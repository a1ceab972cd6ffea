package io.farmroutes.spi.xmlrpc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class XmlRpcRepairTest {

    @Test
    void stripsWellFormedAndMalformedCommentsButNothingAfterThem() {
        assertEquals("<a>x</a>", XmlRpcRepair.stripComments("<a><!-- c -->x</a>"));
        assertEquals("<a>\n<b/></a>", XmlRpcRepair.stripComments("<a><!-- c --!\n<b/></a>"));
        assertEquals("<a><b/></a>", XmlRpcRepair.stripComments("<a><!-- c --!><b/></a>"));
        // the first -- ends a comment: XML allows no -- inside one, so that is where the author meant it to stop
        assertEquals("<a> rest --></a>", XmlRpcRepair.stripComments("<a><!-- c -- rest --></a>"));
    }

    @Test
    void leavesUnterminatedCommentsAndCdataAlone() {
        String open = "<a><!-- never closed";
        assertSame(open, XmlRpcRepair.stripComments(open));
        String cdata = "<a><![CDATA[<!-- not a comment --!]]><!-- gone --></a>";
        assertEquals("<a><![CDATA[<!-- not a comment --!]]></a>", XmlRpcRepair.stripComments(cdata));
    }

    @Test
    void mendsStrayMembersAndHeadlessStructs() {
        assertEquals("<struct></struct>", XmlRpcRepair.mendStructs("<struct><member/></struct>"));
        assertEquals("<struct></struct>", XmlRpcRepair.mendStructs("<struct><member /></struct>"));
        assertEquals("<struct></struct>", XmlRpcRepair.mendStructs("<struct><member>\n </member></struct>"));
        assertEquals("<struct></struct>", XmlRpcRepair.mendStructs("<struct><member>\n</struct>"));
        assertEquals("<struct><member><name>a</name></member></struct>",
                XmlRpcRepair.mendStructs("<struct><member>\n<member><name>a</name></member></struct>"));
        assertEquals("<value><struct></struct></value>", XmlRpcRepair.mendStructs("<value> </struct>\n</value>"));
    }

    @Test
    void leavesRealMembersLookalikesAndCdataUntouched() {
        for (String intact : new String[] {
                "<struct><member><name>a</name><value/></member></struct>",
                "<struct><memberx/><members></members></struct>",
                "<value></struct>x</value>",
                "<value><struct></struct></value>",
                "<string><![CDATA[<member/><value></struct></value>]]></string>",
                "<member"}) {
            assertSame(intact, XmlRpcRepair.mendStructs(intact), intact);
        }
    }

    @Test
    void repairReturnsTheSameInstanceWhenNothingChanged() {
        String clean = "<methodResponse><params/></methodResponse>";
        assertSame(clean, XmlRpcRepair.repair(clean));
        assertEquals("<?xml version=\"1.0\"?><a/>", XmlRpcRepair.repair("\n \t<?xml version=\"1.0\"?><a/>"));
    }
}
