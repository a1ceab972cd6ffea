package io.farmroutes.renderfarm.fox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FoxSignatureTest {

    private static Map<String, String> headers(String channel, String platform, String timestamp, String nonce,
                                               String version) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accessId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
        headers.put("channel", channel);
        headers.put("platform", platform);
        headers.put("UTCTimestamp", timestamp);
        headers.put("nonce", nonce);
        headers.put("version", version);
        return headers;
    }

    @Test
    void theVendorsWorkedExampleSignsToThePublishedValue() {
        String text = FoxSignature.stringToSign("task.renderbus.com", "/api/render/common/queryPlatforms",
                headers("7", "1", "1535957371", "11886", "1.0.0"), Map.of("zone", 2));

        assertEquals("[POST]task.renderbus.com:/api/render/common/queryPlatforms&UTCTimestamp=1535957371"
                + "&accessId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&channel=7&nonce=11886&platform=1&version=1.0.0"
                + "&zone=2", text);
        assertEquals("6tvuz8bgDCz5vtS3amuMWVbOqzhaeWaOhNcWMqx9zcg=",
                FoxSignature.hmac("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", text));
    }

    @Test
    void theSdksHmacCheckHolds() {
        assertEquals("TC9wro8movj4HGMphrpEdES3oBdPsq+y+2tAt6kM/Tw=", FoxSignature.hmac("test_key", "test_msg"));
    }

    @Test
    void listsAndNestedObjectsFlattenWithoutSeparatorsAndEmptiesVanish() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("taskIds", List.of(101L, 102L));
        body.put("renderEnvs", List.of(Map.of("pluginIds", List.of(7, 8, 9))));
        body.put("labelIds", List.of());
        body.put("extra", Map.of());
        body.put("note", "a&b=c d");

        String text = FoxSignature.stringToSign("h:1", "/p", Map.of(), body);

        assertEquals("[POST]h:1:/p&note=a&b=c d&renderEnvs0.pluginIds0=7&renderEnvs0.pluginIds1=8"
                + "&renderEnvs0.pluginIds2=9&taskIds0=101&taskIds1=102", text);
    }

    @Test
    void aBodyKeyNamedLikeAHeaderReplacesTheHeadersValue() {
        String text = FoxSignature.stringToSign("d", "/x", headers("4", "2", "1", "123456", "2.0.0"),
                Map.of("platform", 9));

        assertEquals("[POST]d:/x&UTCTimestamp=1&accessId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&channel=4"
                + "&nonce=123456&platform=9&version=2.0.0", text);
    }
}
