package io.farmroutes.sandbox.ipernity;

import io.farmroutes.sandbox.Http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The emulator's checks, driven over raw HTTP so that they do not depend on the client component. */
class IpernityEmulatorTest {

    @RegisterExtension
    static IpernityEmulatorExtension ipernity = new IpernityEmulatorExtension();

    private String signedQuery(String method, String... pairs) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        String sig = Signatures.apiSig(params, method, IpernityState.API_SECRET);
        List<String> all = new ArrayList<>(List.of(pairs));
        all.add("api_sig");
        all.add(sig);
        return Http.form(all.toArray(String[]::new));
    }

    private Http.Reply get(String method, String query) {
        return Http.get(ipernity.emulator().baseUrl() + method + "/json?" + query);
    }

    @Test
    void theSpecsSignatureExampleIsAccepted() {
        assertEquals("a269b218feb341ef03bc093a0f2c8078", Signatures.apiSig(List.of(Map.entry("api_key",
                IpernityState.API_KEY), Map.entry("doc_id", "1234"), Map.entry("keywords", "easy")), "doc.tags.add",
                IpernityState.API_SECRET));
    }

    @Test
    void everyAnswerIsHttp200WithTheEnvelope() {
        Http.Reply ok = get("auth.getFrob", signedQuery("auth.getFrob", "api_key", IpernityState.API_KEY));
        assertEquals(200, ok.status());
        assertTrue(ok.text().contains("\"status\":\"ok\"") && ok.text().contains("\"frob\""), ok.text());
        Http.Reply missing = get("auth.getFrob", "api_key=" + IpernityState.API_KEY);
        assertEquals(200, missing.status());
        assertTrue(missing.text().contains("\"code\":\"104\""), missing.text());
        Http.Reply wrong = get("auth.getFrob", "api_key=" + IpernityState.API_KEY + "&api_sig=00");
        assertTrue(wrong.text().contains("\"code\":\"105\""), wrong.text());
        assertTrue(get("auth.getFrob", "").text().contains("\"code\":\"100\""));
        assertTrue(get("auth.getFrob", "api_key=nope").text().contains("\"code\":\"101\""));
        assertTrue(get("no.method", "api_key=nope").text().contains("\"code\":\"103\""));
        assertTrue(Http.get(ipernity.emulator().baseUrl() + "auth.getFrob/yaml").text().contains("\"code\":\"102\""));
    }

    @Test
    void writeMethodsNeedPostAndTokensAndPermissions() {
        assertTrue(get("doc.tags.add", signedQuery("doc.tags.add", "api_key", IpernityState.API_KEY, "doc_id", "5412"))
                .text().contains("\"code\":\"120\""));
        String readOnly = ipernity.emulator().issueToken(Map.of("doc", "read"));
        Http.Reply denied = Http.postForm(ipernity.emulator().baseUrl() + "doc.tags.add/json",
                signedQuery("doc.tags.add", "api_key", IpernityState.API_KEY, "auth_token", readOnly,
                        "doc_id", "5412", "keywords", "x"));
        assertTrue(denied.text().contains("\"code\":\"110\""), denied.text());
        Http.Reply noToken = Http.postForm(ipernity.emulator().baseUrl() + "doc.tags.add/json",
                signedQuery("doc.tags.add", "api_key", IpernityState.API_KEY, "doc_id", "5412", "keywords", "x"));
        assertTrue(noToken.text().contains("\"code\":\"106\""), noToken.text());
    }

    @Test
    void rateLimitsAnswer113OnDemand() {
        ipernity.emulator().settings().rateLimitNext(1);
        String query = signedQuery("auth.getFrob", "api_key", IpernityState.API_KEY);
        assertTrue(get("auth.getFrob", query).text().contains("\"code\":\"113\""));
        assertTrue(get("auth.getFrob", query).text().contains("\"status\":\"ok\""));
    }
}
