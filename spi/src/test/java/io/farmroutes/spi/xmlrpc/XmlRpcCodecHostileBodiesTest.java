package io.farmroutes.spi.xmlrpc;

import io.farmroutes.spi.hostile.BodyFormat;
import io.farmroutes.spi.hostile.HostileBodies;
import io.farmroutes.spi.hostile.HostileCanary;
import io.farmroutes.spi.hostile.HostileHarness;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 100,000 generated hostile bodies through the codec's answer entry point, as every XML-RPC client calls it. */
class XmlRpcCodecHostileBodiesTest {

    private static final List<String> VALID_ANSWERS = List.of(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><params><param><value><struct>"
                    + "<member><name>id</name><value><int>413</int></value></member>"
                    + "<member><name>title</name><value><string>Cube &amp; sphere</string></value></member>"
                    + "<member><name>ok</name><value><boolean>1</boolean></value></member>"
                    + "<member><name>ratio</name><value><double>0.5</double></value></member>"
                    + "<member><name>when</name><value><dateTime.iso8601>20240105T10:11:12</dateTime.iso8601>"
                    + "</value></member><member><name>blob</name><value><base64>QUJD</base64></value></member>"
                    + "<member><name>parts</name><value><array><data><value><i4>1</i4></value><value>bare</value>"
                    + "<value><nil/></value></data></array></value></member>"
                    + "</struct></value></param></params></methodResponse>",
            "<methodResponse><fault><value><struct>"
                    + "<member><name>faultCode</name><value><int>104</int></value></member>"
                    + "<member><name>faultString</name><value><string>Invalid signature</string></value></member>"
                    + "</struct></value></fault></methodResponse>",
            "<?xml version=\"1.0\"?>\n<methodResponse>\n <params>\n  <param>\n   <value><array><data>\n"
                    + "    <value><boolean>0</boolean></value>\n   </data></array></value>\n  </param>\n </params>\n"
                    + "</methodResponse>\n");

    @Test
    void everyBodyDecodesOrIsRefusedWithAFormatException(@TempDir Path dir) throws Exception {
        XmlRpcCodec codec = XmlRpcCodec.standard();
        try (HostileCanary canary = new HostileCanary(dir)) {
            HostileBodies bodies = new HostileBodies(20_240_601L, BodyFormat.XML_RPC, VALID_ANSWERS, canary);
            HostileHarness.run("XmlRpcCodec.decodeResponse", bodies.bodies(100_000), canary,
                    body -> codec.decodeResponse(body.bytes(), body.headerCharset(), "hostile"));
        }
    }
}
