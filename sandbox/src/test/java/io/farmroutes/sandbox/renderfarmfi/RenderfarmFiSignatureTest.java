package io.farmroutes.sandbox.renderfarmfi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Both signers, the tests' and the emulator's, against the RFC 5849 worked examples of spec §3 and each other. */
class RenderfarmFiSignatureTest {

    private static final String CONSUMER_KEY = "dpf43f3p2l4k3l03";
    private static final String CONSUMER_SECRET = "kd94hf93k423kf44";

    private static final String INITIATE_BASE = "POST&https%3A%2F%2Fphotos.example.net%2Finitiate&oauth_callback%3D"
            + "http%253A%252F%252Fprinter.example.com%252Fready%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce"
            + "%3DwIjqoS%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131200";
    private static final String TOKEN_BASE = "POST&https%3A%2F%2Fphotos.example.net%2Ftoken&oauth_consumer_key%3D"
            + "dpf43f3p2l4k3l03%26oauth_nonce%3Dwalatlh%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D"
            + "137131201%26oauth_token%3Dhh5s93j4hdidpola%26oauth_verifier%3Dhfdp7dh39dks9884";
    private static final String PHOTOS_BASE = "GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26"
            + "oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%26"
            + "oauth_timestamp%3D137131202%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal";
    private static final String REQUEST_BASE = "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
            + "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26"
            + "oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26"
            + "oauth_token%3Dkkk9d7dh3k39sjv7";

    private static List<String[]> pairs(String... nameValues) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            out.add(new String[] {nameValues[i], nameValues[i + 1]});
        }
        return out;
    }

    private static List<Map.Entry<String, String>> entries(List<String[]> pairs) {
        return pairs.stream().map(p -> Map.entry(p[0], p[1])).toList();
    }

    private static List<String[]> initiate() {
        return pairs("oauth_callback", "http://printer.example.com/ready", "oauth_consumer_key", CONSUMER_KEY,
                "oauth_signature_method", "HMAC-SHA1", "oauth_timestamp", "137131200", "oauth_nonce", "wIjqoS");
    }

    private static List<String[]> token() {
        return pairs("oauth_consumer_key", CONSUMER_KEY, "oauth_token", "hh5s93j4hdidpola",
                "oauth_signature_method", "HMAC-SHA1", "oauth_timestamp", "137131201", "oauth_nonce", "walatlh",
                "oauth_verifier", "hfdp7dh39dks9884");
    }

    private static List<String[]> photos() {
        return pairs("file", "vacation.jpg", "size", "original", "oauth_consumer_key", CONSUMER_KEY,
                "oauth_token", "nnch734d00sl2jdk", "oauth_signature_method", "HMAC-SHA1",
                "oauth_timestamp", "137131202", "oauth_nonce", "chapoH");
    }

    /** Query {@code b5=%3D%253D&a3=a&c%40=&a2=r%20b}, body {@code c2&a3=2+q}, header parameters, decoded. */
    private static List<String[]> request() {
        return pairs("b5", "=%3D", "a3", "a", "c@", "", "a2", "r b", "c2", "", "a3", "2 q",
                "oauth_consumer_key", "9djdj82h48djs9d2", "oauth_token", "kkk9d7dh3k39sjv7",
                "oauth_signature_method", "HMAC-SHA1", "oauth_timestamp", "137131201", "oauth_nonce", "7d8f3e4a");
    }

    @Test
    void theTestSignerReproducesTheRfcExamples() {
        String initiate = OAuthTestSigner.baseString("POST", "https://photos.example.net/initiate", initiate());
        assertEquals(INITIATE_BASE, initiate);
        assertEquals("74KNZJeDHnMBp0EMJ9ZHt/XKycU=", OAuthTestSigner.signature(CONSUMER_SECRET, "", initiate));
        String token = OAuthTestSigner.baseString("POST", "https://photos.example.net/token", token());
        assertEquals(TOKEN_BASE, token);
        assertEquals("gKgrFCywp7rO0OXSjdot/IHF7IU=", OAuthTestSigner.signature(CONSUMER_SECRET,
                "hdhd0244k9j7ao03", token));
        String photos = OAuthTestSigner.baseString("GET", "http://photos.example.net/photos", photos());
        assertEquals(PHOTOS_BASE, photos);
        assertEquals("MdpQcU8iPSUjWoN/UDMsK2sui9I=", OAuthTestSigner.signature(CONSUMER_SECRET,
                "pfkkdhi9sl3r4s00", photos));
        assertEquals(REQUEST_BASE, OAuthTestSigner.baseString("POST", "http://example.com/request", request()));
    }

    @Test
    void theEmulatorReproducesTheRfcExamples() {
        String initiate = OAuthSignature.baseString("POST",
                OAuthSignature.baseUri("https", "photos.example.net", "/initiate"), entries(initiate()));
        assertEquals(INITIATE_BASE, initiate);
        assertEquals("74KNZJeDHnMBp0EMJ9ZHt/XKycU=", OAuthSignature.sign(CONSUMER_SECRET, "", initiate));
        String token = OAuthSignature.baseString("POST",
                OAuthSignature.baseUri("https", "photos.example.net:443", "/token"), entries(token()));
        assertEquals(TOKEN_BASE, token);
        assertEquals("gKgrFCywp7rO0OXSjdot/IHF7IU=", OAuthSignature.sign(CONSUMER_SECRET, "hdhd0244k9j7ao03",
                token));
        String photos = OAuthSignature.baseString("get",
                OAuthSignature.baseUri("HTTP", "Photos.Example.NET:80", "/photos"), entries(photos()));
        assertEquals(PHOTOS_BASE, photos);
        assertEquals("MdpQcU8iPSUjWoN/UDMsK2sui9I=", OAuthSignature.sign(CONSUMER_SECRET, "pfkkdhi9sl3r4s00",
                photos));
        assertEquals(REQUEST_BASE, OAuthSignature.baseString("POST",
                OAuthSignature.baseUri("http", "example.com", "/request"), entries(request())));
    }

    @Test
    void baseUrisKeepOnlyNonDefaultPorts() {
        assertEquals("http://127.0.0.1:8080/user.getAllSessions",
                OAuthSignature.baseUri("http", "127.0.0.1:8080", "/user.getAllSessions"));
        assertEquals("https://xmlrpc.renderfarm.fi:80/x", OAuthSignature.baseUri("https", "XMLRPC.renderfarm.fi:80",
                "/x"));
        assertEquals("http://[::1]:9000/x", OAuthSignature.baseUri("http", "[::1]:9000", "/x"));
        assertEquals("http://[::1]/x", OAuthSignature.baseUri("http", "[::1]", "/x"));
    }

    @Test
    void percentEncodingKeepsOnlyTheUnreservedSet() {
        String tricky = "a-._~ +*/&=%é€😀";
        String expected = "a-._~%20%2B%2A%2F%26%3D%25%C3%A9%E2%82%AC%F0%9F%98%80";
        assertEquals(expected, OAuthSignature.pct(tricky));
        assertEquals(expected, OAuthTestSigner.encode(tricky));
    }

    @Test
    void bothSignersAgreeOnAwkwardParameters() {
        // names that are prefixes of others, repeated names, reserved characters and non-ASCII text
        List<String[]> params = pairs("a", "x", "a1", "y", "a-b", "z", "a", "", "a", "X", "oauth_token", "t",
                "oauth_token_secret", "ignored", "name with space", "v+w", "ünï", "çödé", "z", "a=b&c");
        String ours = OAuthTestSigner.baseString("POST", "http://127.0.0.1:4711/user.getAllSessions", params);
        String theirs = OAuthSignature.baseString("POST", "http://127.0.0.1:4711/user.getAllSessions",
                entries(params));
        assertEquals(ours, theirs);
        assertTrue(ours.contains("a%3D%26a%3DX%26a%3Dx%26a-b%3Dz%26a1%3Dy"), ours);
        assertEquals(OAuthTestSigner.signature("s&/+", "t=~", ours), OAuthSignature.sign("s&/+", "t=~", theirs));
    }

    @Test
    void theAuthorizationHeaderIsReadWithoutRealmAndWithStrictDecoding() {
        List<Map.Entry<String, String>> read = OAuthHeader.parse("OAuth realm=\"Example\", oauth_consumer_key="
                + "\"9djdj82h48djs9d2\",oauth_token=\"a+b%2Bc\",\toauth_signature=\"bYT5CMsGcbgUdFHObYMEfcx6bsw%3D\"")
                .orElseThrow();
        assertEquals(List.of(Map.entry("oauth_consumer_key", "9djdj82h48djs9d2"), Map.entry("oauth_token", "a+b+c"),
                Map.entry("oauth_signature", "bYT5CMsGcbgUdFHObYMEfcx6bsw=")), read);
        assertTrue(OAuthHeader.parse("Basic dXNlcjpwYXNz").isEmpty());
        assertEquals(List.of(), OAuthHeader.parse("oauth").orElseThrow());
        OAuthProblem unquoted = assertThrows(OAuthProblem.class, () -> OAuthHeader.parse("OAuth oauth_nonce=abc"));
        assertEquals("parameter_rejected", unquoted.problem());
        assertThrows(OAuthProblem.class, () -> OAuthHeader.parse("OAuth oauth_nonce=\"a%2\""));
        assertThrows(OAuthProblem.class, () -> OAuthHeader.parse("OAuth oauth_nonce=\"abc"));
        assertThrows(OAuthProblem.class, () -> OAuthHeader.parse("OAuth oauth_nonce=\"a\" oauth_token=\"b\""));
    }
}
