package io.farmroutes.spi.xml;

import io.farmroutes.spi.hostile.BodyFormat;
import io.farmroutes.spi.hostile.HostileBodies;
import io.farmroutes.spi.hostile.HostileCanary;
import io.farmroutes.spi.hostile.HostileHarness;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 generated hostile bodies through the shared XML path (bytes to text, then the hardened parser, then
 * the repair pass the BOINC decoder tries after a strict failure).
 */
class SafeXmlHostileBodiesTest {

    private static final List<String> VALID_ANSWERS = List.of(
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<error>\n    <error_num>-136</error_num>\n"
                    + "    <error_msg>Not found</error_msg>\n</error>",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n <account_out>\n"
                    + "    <authenticator>0123456789abcdef0123456789abcdef</authenticator>\n</account_out>",
            "<auth>\n  <token>12345-a0b1c2d3e4f5</token>\n"
                    + "  <permissions doc=\"write\" blog=\"none\" network=\"read\" profile=\"read\"/>\n"
                    + "  <user user_id=\"1234\" username=\"Superman\" realname=\"Kal-El\"/>\n</auth>",
            "<tickets count=\"2\" done=\"1\" invalid=\"0\" left=\"1\" eta=\"120\">\n"
                    + "  <ticket id=\"712218\" done=\"1\" invalid=\"0\" doc_id=\"5412\" eta=\"0\"/>\n"
                    + "  <ticket id=\"712311\" done=\"0\" invalid=\"0\" eta=\"120\"/>\n</tickets>");

    @Test
    void everyBodyParsesOrIsRefusedAsMalformed(@TempDir Path dir) throws Exception {
        try (HostileCanary canary = new HostileCanary(dir)) {
            HostileBodies bodies = new HostileBodies(20_240_602L, BodyFormat.XML, VALID_ANSWERS, canary);
            HostileHarness.run("SafeXml.parse", bodies.bodies(100_000), canary, body -> {
                String text = BodyText.decode(body.bytes(), body.headerCharset());
                try {
                    return SafeXml.parse(text, "hostile");
                } catch (io.farmroutes.spi.error.MalformedResponseException strict) {
                    return SafeXml.parse(XmlRepair.repair(text, List.of("error_msg", "token")), "hostile");
                }
            });
        }
    }
}
