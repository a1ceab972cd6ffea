package io.farmroutes.sandbox.renderfarmfi;

import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.call;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.faultCode;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.faultString;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.intValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Bodies that are not honest XML-RPC: each is fault 101 with HTTP 200, never a crash or a leak. */
class RenderfarmFiHostileBodyTest {

    @RegisterExtension
    static RenderfarmFiEmulatorExtension rfi = RfiTesting.extension();

    private static final String ATTACH = "user.attachSession";

    private Http.Reply attachWith(String body) {
        return RfiClient.user(rfi.emulator()).xmlrpc(ATTACH, body);
    }

    private Http.Reply attachWithBytes(String contentType, byte[] body) {
        return RfiClient.user(rfi.emulator()).sendBytes(ATTACH, contentType, body);
    }

    private void assertInvalid(Http.Reply reply) {
        assertEquals(101, faultCode(reply), reply::toString);
        assertEquals(Map.of("success", true), XmlRpcTestValues.struct(attachWith(call(ATTACH, intValue(414)))),
                "the emulator still works afterwards");
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Http.Reply reply = attachWith("<?xml version=\"1.0\"?>\n<!DOCTYPE methodCall [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<methodCall><methodName>user.attachSession</methodName><params><param>"
                + "<value><string>&xxe;</string></value></param></params></methodCall>");
        assertEquals(101, faultCode(reply));
        assertTrue(faultString(reply).contains("DOCTYPE"), faultString(reply));
        assertFalse(reply.text().contains("TOP-SECRET"), reply::toString);
        assertInvalid(reply);
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE methodCall [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        assertInvalid(attachWith(dtd + "<methodCall><methodName>&l9;</methodName></methodCall>"));
    }

    @Test
    void aPlainDoctypeIsRefused() {
        assertInvalid(attachWith("<!DOCTYPE methodCall SYSTEM \"http://127.0.0.1:9/x.dtd\">"
                + call(ATTACH, intValue(414)).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")));
    }

    @Test
    void malformedDocumentsAreRefused() {
        assertInvalid(attachWith(""));
        assertInvalid(attachWith("not xml at all"));
        assertInvalid(attachWith("<methodCall><methodName>user.attachSession</methodName><params>"));
        assertInvalid(attachWith("<methodResponse><params/></methodResponse>"));
        assertInvalid(attachWith("<methodCall><params/></methodCall>"));
        assertInvalid(attachWith("<methodCall><methodName>user.attachSession</methodName><params><param>"
                + "<value><int>414</int></value></param></params><extra/></methodCall>"));
        assertInvalid(attachWith("<methodCall><methodName>user.attachSession</methodName><params><param>"
                + "<value><bigint>414</bigint></value></param></params></methodCall>"));
        assertInvalid(attachWith("<methodCall><methodName>user.attachSession</methodName><params><param>"
                + "<value>text<int>414</int></value></param></params></methodCall>"));
        assertInvalid(attachWith("<methodCall><methodName>user.<b>attach</b>Session</methodName></methodCall>"));
        assertInvalid(attachWith("<methodCall><methodName>user.attachSession</methodName><params><param>"
                + "<value><int>99999999999</int></value></param></params></methodCall>"));
    }

    @Test
    void duplicateStructMembersAreRefused() {
        assertInvalid(RfiClient.user(rfi.emulator()).xmlrpc("community.getSession", call("community.getSession",
                "<value><struct><member><name>oauth_nonce</name><value>a</value></member><member><name>oauth_nonce"
                        + "</name><value>b</value></member></struct></value>", intValue(413))));
    }

    @Test
    void deepNestingIsRefused() {
        String nested = "<value><array><data>".repeat(200) + "<value>x</value>" + "</data></array></value>".repeat(200);
        assertInvalid(attachWith(call(ATTACH, nested)));
    }

    @Test
    void bytesThatAreNotTheDeclaredCharsetAreRefused() {
        byte[] latin1 = call(ATTACH, "<value><string>é</string></value>").getBytes(StandardCharsets.ISO_8859_1);
        assertInvalid(attachWithBytes("text/xml", latin1));
        assertInvalid(attachWithBytes("text/xml; charset=x-no-such-charset", call(ATTACH, intValue(414))
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theCharsetComesFromTheBomOrContentTypeNotTheDeclaration() {
        String lying = call(ATTACH, intValue(415)).replace("encoding=\"UTF-8\"", "encoding=\"utf-16\"");
        assertEquals(Map.of("success", true), XmlRpcTestValues.struct(attachWith(lying)));

        byte[] latin1 = call(ATTACH, intValue(416)).replace("<params>", "<!-- café --><params>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Map.of("success", true), XmlRpcTestValues.struct(
                attachWithBytes("text/xml; charset=ISO-8859-1", latin1)));

        byte[] utf16 = call(ATTACH, intValue(417)).replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16);
        assertEquals(Map.of("success", true), XmlRpcTestValues.struct(attachWithBytes("text/xml", utf16)));
        assertTrue(rfi.emulator().state().attachedSessions(rfi.emulator().consumerKey()).containsAll(
                Set.of(415, 416, 417)));
    }

    @Test
    void untypedNilAndOtherValuesAreReadBeforeArgumentsAreChecked() {
        assertInvalid(attachWith(call(ATTACH, "<value><nil/></value>")));
        assertInvalid(attachWith(call(ATTACH, "<value><boolean>1</boolean></value>")));
        assertInvalid(attachWith(call(ATTACH, "<value><double>414.0</double></value>")));
        assertInvalid(attachWith(call(ATTACH, "<value><dateTime.iso8601>19980717T14:08:55</dateTime.iso8601>"
                + "</value>")));
        assertInvalid(attachWith(call(ATTACH, "<value><base64>NDE0</base64></value>")));
        assertInvalid(attachWith(call(ATTACH, "<value><array><data><value><i4>414</i4></value></data></array>"
                + "</value>")));
        assertInvalid(attachWith(call(ATTACH, "<value><double>1e400x</double></value>")));
        assertEquals(Map.of("success", true), XmlRpcTestValues.struct(attachWith(call(ATTACH,
                "<value><!-- the id --><i4> 414 </i4></value>"))));
    }
}
