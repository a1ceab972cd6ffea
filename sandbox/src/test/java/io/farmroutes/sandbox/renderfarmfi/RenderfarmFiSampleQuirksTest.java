package io.farmroutes.sandbox.renderfarmfi;

import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.call;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.intValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With sample quirks on, replies carry the method pages' flaws of spec §8, and really are broken XML. */
class RenderfarmFiSampleQuirksTest {

    @RegisterExtension
    static RenderfarmFiEmulatorExtension rfi = RfiTesting.extension().settings(s -> s.sampleQuirks(true)
            .proseFieldNames(true));

    private static final Pattern BROKEN_COMMENT = Pattern.compile("<!--[^>]*--!\n<member>");

    private Http.Reply getAll() {
        return RfiClient.user(rfi.emulator()).xmlrpc("user.getAllSessions", call("user.getAllSessions"));
    }

    /** Leaves the completed queue empty. */
    private void emptyCompletedQueue() {
        RenderfarmFiSession done = rfi.emulator().state().session(417).orElseThrow();
        rfi.emulator().state().putSession(new RenderfarmFiSession(417, RenderfarmFiState.OTHER_USER_ID, "completed",
                done.title(), done.shortDescription(), done.submitTimestamp(), done.startFrame(), done.endFrame(),
                done.xResolution(), done.yResolution(), done.frameRate(), done.partsPerFrame(), done.streamUrl(),
                done.cpuTimeRendered(), done.thumbnails(), done.inputLicense(), done.outputLicense(),
                done.timestamps()));
    }

    @Test
    void getAllSessionsLooksLikeThePageSample() {
        emptyCompletedQueue();
        Http.Reply reply = getAll();
        String text = reply.text();
        assertEquals(200, reply.status());
        assertEquals("text/xml", reply.contentType());
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"utf-16\"?>"), text);
        assertTrue(BROKEN_COMMENT.matcher(text).find(), text);
        assertTrue(text.contains("<name>completed</name><value></struct></value>"), text);
        assertTrue(text.contains("<member></member>"), text);
        assertTrue(text.contains("<name>shortDescription</name>"), "the sample's name wins over the prose's");
        assertFalse(text.contains("sessionShortDescription"), text);
        // the declaration says utf-16, the bytes are UTF-8
        assertTrue(new String(reply.body(), StandardCharsets.UTF_8).contains("Sintel – dragon"), text);
        assertThrows(AssertionError.class, reply::xml, "the quirks make the document ill-formed");
    }

    @Test
    void faultsAndOtherRepliesDeclareUtf16Too() {
        Http.Reply fault = RfiClient.user(rfi.emulator()).xmlrpc("user.attachSession",
                call("user.attachSession", intValue(99_999)));
        assertTrue(fault.text().startsWith("<?xml version=\"1.0\" encoding=\"utf-16\"?>"), fault::toString);
        assertTrue(fault.text().contains("<int>300</int>"), fault::toString);
        Http.Reply attached = RfiClient.user(rfi.emulator()).xmlrpc("user.attachSession",
                call("user.attachSession", intValue(414)));
        assertTrue(BROKEN_COMMENT.matcher(attached.text()).find(), attached::toString);
        assertTrue(attached.text().contains("<boolean>1</boolean>"), attached::toString);
    }

    @Test
    void switchedOffTheSameReplyIsWellFormed() {
        rfi.emulator().settings().sampleQuirks(false);
        Http.Reply reply = getAll();
        assertEquals("text/xml; charset=utf-8", reply.contentType());
        assertFalse(reply.text().contains("--!"));
        assertEquals(3, XmlRpcTestValues.struct(reply).size());
        assertTrue(reply.text().contains("<name>sessionShortDescription</name>"), "prose names are still on");
    }
}
