package io.farmroutes.sandbox.renderfarmfi;

import static io.farmroutes.sandbox.renderfarmfi.RfiTesting.form;
import static io.farmroutes.sandbox.renderfarmfi.RfiTesting.moveClock;
import static io.farmroutes.sandbox.renderfarmfi.RfiTesting.problem;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.call;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.faultCode;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.faultString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;
import io.farmroutes.sandbox.renderfarmfi.RfiClient.Placement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OAuth 1.0 provider's checks (spec §2): every oauth_problem, and how the XML-RPC methods report them. */
class RenderfarmFiOAuthTest {

    @RegisterExtension
    static RenderfarmFiEmulatorExtension rfi = RfiTesting.extension();

    private static final String ALL = "user.getAllSessions";

    private RenderfarmFiEmulator emulator() {
        return rfi.emulator();
    }

    private RfiClient consumer() {
        return RfiClient.consumer(emulator());
    }

    private RfiClient user() {
        return RfiClient.user(emulator());
    }

    private static Http.Reply getAll(RfiClient client) {
        return client.xmlrpc(ALL, call(ALL));
    }

    private static void assertSessions(Http.Reply reply) {
        assertEquals(3, XmlRpcTestValues.struct(reply).size(), reply::toString);
    }

    @Test
    void headerAndQueryPlacementBothWork() {
        assertEquals(200, consumer().placement(Placement.HEADER).oauth("oauth.requestToken").status());
        Http.Reply query = consumer().placement(Placement.QUERY).oauth("oauth.requestToken");
        assertEquals(200, query.status(), query::toString);
        assertEquals(2, form(query).size());
        assertSessions(getAll(user().placement(Placement.HEADER)));
        assertSessions(getAll(user().placement(Placement.QUERY)));
    }

    @Test
    void oauthVersionMayBeAbsentOrOneDotZeroAndIsSigned() {
        assertSessions(getAll(user()));
        assertSessions(getAll(user().version("1.0")));
        assertEquals(200, consumer().version("1.0").placement(Placement.QUERY).oauth("oauth.requestToken").status());
        assertEquals("signature_invalid", problem(consumer().unsignedParam("oauth_version", "1.0")
                .oauth("oauth.requestToken")));
        assertEquals(104, faultCode(getAll(user().unsignedParam("oauth_version", "1.0"))));
        assertEquals("version_rejected", problem(consumer().version("2.0").oauth("oauth.requestToken")));
        assertEquals(101, faultCode(getAll(user().version("1.0a"))));
    }

    @Test
    void aMissingProtocolParameterIsParameterAbsent() {
        Http.Reply noNonce = consumer().nonce("").oauth("oauth.requestToken");
        assertEquals("parameter_absent", problem(noNonce));
        assertTrue(form(noNonce).get("oauth_problem_advice").contains("oauth_nonce"), noNonce::toString);
        Http.Reply unsigned = Http.send(HttpRequest.newBuilder(
                URI.create(emulator().methodUrl("oauth.requestToken")))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals("parameter_absent", problem(unsigned));
        Http.Reply noToken = consumer().xmlrpc(ALL, call(ALL));
        assertEquals(100, faultCode(noToken));
        assertTrue(faultString(noToken).contains("oauth_token"), faultString(noToken));
    }

    @Test
    void onlyHmacSha1IsAccepted() {
        assertEquals("signature_method_rejected", problem(consumer().signatureMethod("PLAINTEXT")
                .oauth("oauth.requestToken")));
        assertEquals("signature_method_rejected", problem(consumer().signatureMethod("hmac-sha1")
                .oauth("oauth.requestToken")));
        Http.Reply rsa = getAll(user().signatureMethod("RSA-SHA1"));
        assertEquals(104, faultCode(rsa));
        assertTrue(faultString(rsa).contains("signature_method_rejected"), faultString(rsa));
    }

    @Test
    void timestampsOutsideTheWindowAreRefused() {
        long signedAt = user().now();
        moveClock(emulator(), Duration.ofMinutes(5).plusSeconds(1));
        Http.Reply stale = getAll(user().timestamp(signedAt));
        assertEquals(104, faultCode(stale));
        assertTrue(faultString(stale).contains("timestamp_refused"), faultString(stale));
        assertEquals("timestamp_refused", problem(consumer().timestamp(signedAt).oauth("oauth.requestToken")));

        moveClock(emulator(), Duration.ZERO);
        assertEquals("timestamp_refused", problem(consumer().timestamp(signedAt + 301)
                .oauth("oauth.requestToken")));
        assertEquals("timestamp_refused", problem(consumer().timestamp(-5).oauth("oauth.requestToken")));
        assertEquals(200, consumer().timestamp(signedAt + 300).oauth("oauth.requestToken").status());
        assertEquals(200, consumer().timestamp(signedAt - 300).oauth("oauth.requestToken").status());
    }

    @Test
    void theWindowIsASetting() {
        long signedAt = user().now();
        moveClock(emulator(), Duration.ofMinutes(30));
        assertEquals(104, faultCode(getAll(user().timestamp(signedAt))));
        emulator().settings().timestampWindow(Duration.ofHours(1));
        assertSessions(getAll(user().timestamp(signedAt)));
    }

    @Test
    void aNonceIsUsedOnce() {
        assertEquals(200, consumer().nonce("n-1").oauth("oauth.requestToken").status());
        assertEquals("nonce_used", problem(consumer().nonce("n-1").oauth("oauth.requestToken")));
        assertEquals("nonce_used", problem(consumer().nonce("n-1").timestamp(user().now() + 7)
                .oauth("oauth.requestToken")), "within the window a new timestamp does not free the nonce");
        assertSessions(getAll(user().nonce("n-2")));
        Http.Reply replay = getAll(user().nonce("n-2"));
        assertEquals(104, faultCode(replay));
        assertTrue(faultString(replay).contains("nonce_used"), faultString(replay));

        emulator().state().addConsumer("other-site", "other-secret");
        assertEquals(200, consumer().consumer("other-site", "other-secret").nonce("n-1")
                .oauth("oauth.requestToken").status(), "nonces are per consumer");
    }

    @Test
    void aRefusedRequestDoesNotSpendItsNonce() {
        assertEquals("signature_invalid", problem(consumer().nonce("n-3").signature("AAAA")
                .oauth("oauth.requestToken")));
        assertEquals(200, consumer().nonce("n-3").oauth("oauth.requestToken").status());
    }

    @Test
    void aNonceIsForgottenOnlyOnceItsTimestampLeftTheWindow() {
        long first = user().now();
        assertSessions(getAll(user().nonce("n-4").timestamp(first)));
        moveClock(emulator(), Duration.ofMinutes(4));
        assertEquals(104, faultCode(getAll(user().nonce("n-4"))));
        moveClock(emulator(), Duration.ofMinutes(6));
        assertSessions(getAll(user().nonce("n-4")));
    }

    @Test
    void anUnknownConsumerIsConsumerKeyUnknownOr400() {
        assertEquals("consumer_key_unknown", problem(consumer().consumer("nobody", "x").oauth("oauth.requestToken")));
        Http.Reply reply = getAll(user().consumer("nobody", emulator().consumerSecret()));
        assertEquals(400, faultCode(reply));
    }

    @Test
    void aWrongSecretIsSignatureInvalidOr104() {
        assertEquals("signature_invalid", problem(consumer().consumer(emulator().consumerKey(), "wrong")
                .oauth("oauth.requestToken")));
        assertEquals(104, faultCode(getAll(user().consumer(emulator().consumerKey(), "wrong"))));
        assertEquals(104, faultCode(getAll(user().token(emulator().accessToken(), "wrong"))));
        assertEquals(104, faultCode(getAll(user().signature("x" + "A".repeat(27)))));
        assertEquals(100, faultCode(getAll(user().signature(""))), "an empty signature counts as absent");
    }

    @Test
    void theSigningKeyIsPercentEncoded() {
        // the seeded secrets hold '/', '+', '&', '=' and '~'; a client that skips pct() on the key fails
        String raw = OAuthTestSigner.baseString("POST", emulator().methodUrl("oauth.requestToken"), List.of(
                new String[] {"oauth_consumer_key", emulator().consumerKey()},
                new String[] {"oauth_signature_method", "HMAC-SHA1"},
                new String[] {"oauth_timestamp", Long.toString(consumer().now())},
                new String[] {"oauth_nonce", "raw-key"}));
        String unencodedKeySignature = OAuthTestSigner.hmacSha1(emulator().consumerSecret() + "&", raw);
        assertEquals("signature_invalid", problem(consumer().nonce("raw-key").signature(unencodedKeySignature)
                .oauth("oauth.requestToken")));
    }

    @Test
    void formBodyParametersAreSignedAndCheckedToo() {
        assertEquals(200, consumer().form("note", "a b+c&d").oauth("oauth.requestToken").status());
        RfiClient client = consumer().form("note", "signed");
        List<String[]> oauth = client.protocolParameters("oauth.requestToken");
        Http.Reply tampered = Http.send(HttpRequest.newBuilder(
                        URI.create(emulator().methodUrl("oauth.requestToken")))
                .header("Authorization", RfiClient.header(oauth))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("note=changed")));
        assertEquals("signature_invalid", problem(tampered));
    }

    @Test
    void aProtocolParameterSentTwiceIsRejected() {
        RfiClient client = consumer();
        List<String[]> oauth = client.protocolParameters("oauth.requestToken");
        Http.Reply twice = Http.send(HttpRequest.newBuilder(URI.create(
                        emulator().methodUrl("oauth.requestToken") + "?oauth_nonce=again"))
                .header("Authorization", RfiClient.header(oauth))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals("parameter_rejected", problem(twice));
        Http.Reply malformed = Http.send(HttpRequest.newBuilder(URI.create(
                        emulator().methodUrl("oauth.requestToken")))
                .header("Authorization", "OAuth oauth_consumer_key=unquoted")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals("parameter_rejected", problem(malformed));
    }

    @Test
    void anUnknownAccessTokenIsTokenRejectedOr103() {
        assertEquals("token_rejected", problem(consumer().token("no-such-token", "x").oauth("oauth.logout")));
        assertEquals(103, faultCode(getAll(consumer().token("no-such-token", "x"))));
    }

    @Test
    void everyProblemNamesItsAdviceAndARealm() throws IOException {
        Http.Reply reply = consumer().signature("bad").oauth("oauth.requestToken");
        assertEquals("signature_invalid", problem(reply));
        String advice = form(reply).get("oauth_problem_advice");
        assertTrue(advice.contains("POST&http%3A%2F%2F127.0.0.1%3A" + emulator().port()
                + "%2Foauth.requestToken&oauth_consumer_key"), advice);
        String raw = rawExchange("POST /oauth.requestToken HTTP/1.1\r\nHost: 127.0.0.1:" + emulator().port()
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertTrue(raw.contains("WWW-Authenticate: OAuth realm="), raw);
    }

    @Test
    void theBaseStringUriIsTheHostTheClientAddressedLowerCasedWithoutADefaultPort() throws IOException {
        String method = "oauth.requestToken";
        List<String[]> params = List.of(
                new String[] {"oauth_consumer_key", emulator().consumerKey()},
                new String[] {"oauth_signature_method", "HMAC-SHA1"},
                new String[] {"oauth_timestamp", Long.toString(consumer().now())},
                new String[] {"oauth_nonce", "host-test"});
        String base = OAuthTestSigner.baseString("POST", "http://renderfarm.localhost/" + method, params);
        String signature = OAuthTestSigner.signature(emulator().consumerSecret(), "", base);
        StringBuilder header = new StringBuilder("OAuth ");
        for (String[] p : params) {
            header.append(p[0]).append("=\"").append(OAuthTestSigner.encode(p[1])).append("\", ");
        }
        header.append("oauth_signature=\"").append(OAuthTestSigner.encode(signature)).append('"');
        String raw = rawExchange("POST /" + method + " HTTP/1.1\r\nHost: Renderfarm.LOCALHOST:80\r\n"
                + "Authorization: " + header + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertTrue(raw.startsWith("HTTP/1.1 200"), raw);
        assertTrue(raw.contains("oauth_token="), raw);
    }

    /** One request written byte for byte (the JDK client will not send a Host header of our choosing). */
    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            in.transferTo(reply);
            return reply.toString(StandardCharsets.UTF_8);
        }
    }
}
