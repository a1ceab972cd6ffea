package io.farmroutes.sandbox.fox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The emulator's verifier against the public vectors of spec §4 and the flattening rules of §3. */
class FoxSignatureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> headers(String timestamp, String nonce, String channel, String platform,
                                               String version) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("accessId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
        h.put("channel", channel);
        h.put("platform", platform);
        h.put("UTCTimestamp", timestamp);
        h.put("nonce", nonce);
        h.put("version", version);
        return h;
    }

    @Test
    void theVendorWorkedExampleSignsAsPublished() throws Exception {
        String text = FoxSignature.stringToSign("task.renderbus.com", "/api/render/common/queryPlatforms",
                headers("1535957371", "11886", "7", "1", "1.0.0"), JSON.readTree("{\"zone\":2}"));
        assertEquals("[POST]task.renderbus.com:/api/render/common/queryPlatforms&UTCTimestamp=1535957371"
                + "&accessId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&channel=7&nonce=11886&platform=1"
                + "&version=1.0.0&zone=2", text);
        assertEquals("6tvuz8bgDCz5vtS3amuMWVbOqzhaeWaOhNcWMqx9zcg=",
                FoxSignature.sign("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", text));
    }

    @Test
    void theHmacPrimitiveMatchesTheSdkCheck() {
        assertEquals("TC9wro8movj4HGMphrpEdES3oBdPsq+y+2tAt6kM/Tw=", FoxSignature.sign("test_key", "test_msg"));
    }

    @Test
    void flatteningFollowsTheRecipe() throws Exception {
        JsonNode body = JSON.readTree("{\"taskIds\":[101,102],\"renderEnvs\":[{\"pluginIds\":[7,8,9]}],"
                + "\"empty\":[],\"none\":{},\"nested\":{\"a\":{\"b\":\"x y&z=\"}},\"platform\":\"21\"}");
        String text = FoxSignature.stringToSign("d", "/p", headers("1", "2", "4", "2", "2.0.0"), body);
        assertEquals("[POST]d:/p&UTCTimestamp=1&accessId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&channel=4"
                + "&nested.a.b=x y&z=&nonce=2&platform=21&renderEnvs0.pluginIds0=7&renderEnvs0.pluginIds1=8"
                + "&renderEnvs0.pluginIds2=9&taskIds0=101&taskIds1=102&version=2.0.0", text);
    }

    @Test
    void anEmptyArrayInTheBodyRemovesTheHeaderOfTheSameName() throws Exception {
        String text = FoxSignature.stringToSign("d", "/p", headers("1", "2", "4", "2", "2.0.0"),
                JSON.readTree("{\"platform\":[]}"));
        assertEquals("[POST]d:/p&UTCTimestamp=1&accessId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&channel=4&nonce=2"
                + "&version=2.0.0", text);
    }

    @Test
    void theTestClientAndTheEmulatorAgree() throws Exception {
        JsonNode body = JSON.readTree("{\"taskIds\":[1,2],\"labels\":[\"é ü\",\"a&b\"],\"o\":{\"k\":3}}");
        Map<String, String> h = headers("1700000000", "123456", "4", "2", "2.0.0");
        assertEquals(FoxSignature.sign("k", FoxSignature.stringToSign("127.0.0.1:1", "/x", h, body)),
                FoxTestClient.sign("k", "127.0.0.1:1", "/x", h, body));
    }
}
