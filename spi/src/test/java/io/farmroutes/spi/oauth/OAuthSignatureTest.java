package io.farmroutes.spi.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.spi.http.WireRequest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The worked examples of RFC 5849 (§1.2 and §3.4.1.1), as quoted in the Renderfarm.fi spec §3. */
class OAuthSignatureTest {

    private static final String CONSUMER_KEY = "dpf43f3p2l4k3l03";
    private static final String CONSUMER_SECRET = "kd94hf93k423kf44";

    private static Map.Entry<String, String> pair(String name, String value) {
        return new SimpleImmutableEntry<>(name, value);
    }

    private static OAuthSigner signerAt(long epochSecond, String... nonces) {
        Deque<String> queue = new ArrayDeque<>(List.of(nonces));
        return new OAuthSigner(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC), queue::removeFirst);
    }

    @Test
    void temporaryCredentialsRequestMatchesTheRfc() {
        List<Map.Entry<String, String>> params = List.of(
                pair("oauth_callback", "http://printer.example.com/ready"),
                pair("oauth_consumer_key", CONSUMER_KEY), pair("oauth_nonce", "wIjqoS"),
                pair("oauth_signature_method", "HMAC-SHA1"), pair("oauth_timestamp", "137131200"));
        String base = OAuthSignature.baseString("POST", URI.create("https://photos.example.net/initiate"), params);
        assertEquals("POST&https%3A%2F%2Fphotos.example.net%2Finitiate&oauth_callback%3Dhttp%253A%252F%252F"
                     + "printer.example.com%252Fready%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3DwIjqoS"
                     + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131200", base);
        assertEquals("74KNZJeDHnMBp0EMJ9ZHt/XKycU=", OAuthSignature.sign(base, CONSUMER_SECRET, null));
    }

    @Test
    void signerProducesTheRfcHeaderForTheTemporaryCredentialsRequest() {
        WireRequest request = new WireRequest("POST", "https://photos.example.net", "/initiate");
        signerAt(137131200, "wIjqoS").sign(request, OAuthCredentials.consumer(CONSUMER_KEY, CONSUMER_SECRET),
                Map.of("oauth_callback", "http://printer.example.com/ready"), OAuthPlacement.HEADER, false);
        String header = request.headers().get("Authorization");
        assertTrue(header.startsWith("OAuth oauth_consumer_key=\"dpf43f3p2l4k3l03\", "), header);
        assertTrue(header.contains("oauth_callback=\"http%3A%2F%2Fprinter.example.com%2Fready\""), header);
        assertTrue(header.endsWith("oauth_signature=\"74KNZJeDHnMBp0EMJ9ZHt%2FXKycU%3D\""), header);
        assertFalse(header.contains("oauth_version"), header);
        assertTrue(request.query().isEmpty());
    }

    @Test
    void tokenRequestMatchesTheRfc() {
        WireRequest request = new WireRequest("POST", "https://photos.example.net", "/token");
        OAuthCredentials credentials = OAuthCredentials.consumer(CONSUMER_KEY, CONSUMER_SECRET)
                .withToken("hh5s93j4hdidpola", "hdhd0244k9j7ao03");
        Map<String, String> protocol = signerAt(137131201, "walatlh").protocolParameters("POST",
                URI.create(request.url()), List.of(), credentials, Map.of("oauth_verifier", "hfdp7dh39dks9884"),
                false);
        assertEquals("gKgrFCywp7rO0OXSjdot/IHF7IU=", protocol.get("oauth_signature"));
    }

    @Test
    void protectedResourceRequestSignsTheQueryAndCanPlaceParametersInIt() {
        WireRequest request = new WireRequest("GET", "http://photos.example.net", "/photos")
                .addQuery("file", "vacation.jpg").addQuery("size", "original");
        OAuthCredentials credentials = OAuthCredentials.consumer(CONSUMER_KEY, CONSUMER_SECRET)
                .withToken("nnch734d00sl2jdk", "pfkkdhi9sl3r4s00");
        signerAt(137131202, "chapoH").sign(request, credentials, Map.of(), OAuthPlacement.QUERY, false);
        Map<String, String> query = new java.util.LinkedHashMap<>();
        request.query().forEach(e -> query.put(e.getKey(), e.getValue()));
        assertEquals("MdpQcU8iPSUjWoN/UDMsK2sui9I=", query.get("oauth_signature"));
        assertEquals("nnch734d00sl2jdk", query.get("oauth_token"));
        assertFalse(request.headers().containsKey("Authorization"));
    }

    @Test
    void baseStringOfSection3411NormalizesRepeatsEmptiesAndEncodings() {
        // the query b5=%3D%253D&a3=a&c%40=&a2=r%20b and the form body c2&a3=2+q, decoded
        List<Map.Entry<String, String>> params = List.of(
                pair("b5", "=%3D"), pair("a3", "a"), pair("c@", ""), pair("a2", "r b"),
                pair("c2", ""), pair("a3", "2 q"),
                pair("oauth_consumer_key", "9djdj82h48djs9d2"), pair("oauth_token", "kkk9d7dh3k39sjv7"),
                pair("oauth_signature_method", "HMAC-SHA1"), pair("oauth_timestamp", "137131201"),
                pair("oauth_nonce", "7d8f3e4a"));
        assertEquals("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D"
                     + "%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a"
                     + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3D"
                     + "kkk9d7dh3k39sjv7",
                OAuthSignature.baseString("post", URI.create("http://EXAMPLE.com:80/request?b5=x"), params));
    }

    @Test
    void formBodyIsSignedAndNonDefaultPortKept() {
        WireRequest request = new WireRequest("POST", "http://127.0.0.1:8123", "/oauth.accessToken")
                .addForm("a3", "2 q");
        Map<String, String> protocol = signerAt(100, "n").protocolParameters("POST", URI.create(request.url()),
                request.form(), OAuthCredentials.consumer("k", "s"), Map.of(), true);
        String expectedBase = "POST&http%3A%2F%2F127.0.0.1%3A8123%2Foauth.accessToken&a3%3D2%2520q"
                              + "%26oauth_consumer_key%3Dk%26oauth_nonce%3Dn%26oauth_signature_method%3DHMAC-SHA1"
                              + "%26oauth_timestamp%3D100%26oauth_version%3D1.0";
        assertEquals(OAuthSignature.sign(expectedBase, "s", ""), protocol.get("oauth_signature"));
        assertEquals("1.0", protocol.get("oauth_version"));
    }

    @Test
    void everyAttemptHasItsOwnNonce() {
        OAuthSigner signer = OAuthSigner.standard();
        OAuthCredentials credentials = OAuthCredentials.consumer("k", "s");
        URI uri = URI.create("http://127.0.0.1/x");
        assertNotEquals(signer.protocolParameters("POST", uri, List.of(), credentials, Map.of(), false)
                        .get("oauth_nonce"),
                signer.protocolParameters("POST", uri, List.of(), credentials, Map.of(), false).get("oauth_nonce"));
    }

    @Test
    void percentEncodingKeepsOnlyUnreservedCharacters() {
        assertEquals("Ladies%20%2B%20Gentlemen", OAuthEncoding.encode("Ladies + Gentlemen"));
        assertEquals("An%20encoded%20string%21", OAuthEncoding.encode("An encoded string!"));
        assertEquals("Dogs%2C%20Cats%20%26%20Mice", OAuthEncoding.encode("Dogs, Cats & Mice"));
        assertEquals("%E2%98%83-._~*", OAuthEncoding.encode("\u2603-._~*").replace("%2A", "*"));
        assertEquals("%2A", OAuthEncoding.encode("*"));
    }

    @Test
    void secretsStayOutOfToString() {
        String text = OAuthCredentials.consumer("key", "consumer-secret-71").withToken("tok", "token-secret-72")
                .toString();
        assertFalse(text.contains("consumer-secret-71") || text.contains("token-secret-72"), text);
    }
}
