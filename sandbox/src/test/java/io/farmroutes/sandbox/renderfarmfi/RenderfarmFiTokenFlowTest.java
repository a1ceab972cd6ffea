package io.farmroutes.sandbox.renderfarmfi;

import static io.farmroutes.sandbox.renderfarmfi.RfiTesting.form;
import static io.farmroutes.sandbox.renderfarmfi.RfiTesting.problem;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.call;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.faultCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Request token, authorize page, access token, calls, logout (spec §5.1–5.4), over real HTTP. */
class RenderfarmFiTokenFlowTest {

    @RegisterExtension
    static RenderfarmFiEmulatorExtension rfi = RfiTesting.extension();

    private RenderfarmFiEmulator emulator() {
        return rfi.emulator();
    }

    /** Issues a request token; the pair as the form reply gives it. */
    private Map<String, String> requestToken() {
        Http.Reply reply = RfiClient.consumer(emulator()).oauth("oauth.requestToken");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("application/x-www-form-urlencoded", reply.contentType());
        return form(reply);
    }

    private Http.Reply exchange(Map<String, String> requestToken) {
        return RfiClient.consumer(emulator()).token(requestToken.get("oauth_token"),
                requestToken.get("oauth_token_secret")).oauth("oauth.accessToken");
    }

    @Test
    void theWholeFlowIssuesAnAccessTokenThatWorksUntilLogout() {
        Http.Reply issued = RfiClient.consumer(emulator()).param("oauth_callback", "http://app.example/back?x=1")
                .oauth("oauth.requestToken");
        Map<String, String> request = form(issued);
        assertEquals(2, request.size(), issued::toString);
        String requestToken = request.get("oauth_token");
        assertFalse(emulator().state().isAuthorized(requestToken));

        Http.Reply page = Http.get(emulator().url() + "/oauth.authorize?oauth_token="
                + URLEncoder.encode(requestToken, StandardCharsets.UTF_8));
        assertEquals(302, page.status(), page::toString);
        assertEquals("http://app.example/back?x=1&oauth_token=" + OAuthTestSigner.encode(requestToken),
                page.location());
        assertTrue(emulator().state().isAuthorized(requestToken));

        Http.Reply exchanged = exchange(request);
        assertEquals(200, exchanged.status(), exchanged::toString);
        Map<String, String> access = form(exchanged);
        assertEquals(2, access.size());
        assertNotEquals(requestToken, access.get("oauth_token"));
        assertFalse(access.get("oauth_token_secret").isEmpty());

        RfiClient user = RfiClient.consumer(emulator()).token(access.get("oauth_token"),
                access.get("oauth_token_secret"));
        Map<String, Object> sessions = XmlRpcTestValues.struct(user.xmlrpc("user.getAllSessions",
                call("user.getAllSessions")));
        assertEquals(Set.of("accept", "active", "completed"), sessions.keySet());

        Http.Reply logout = user.oauth("oauth.logout");
        assertEquals(200, logout.status(), logout::toString);
        assertEquals("", logout.text());
        assertTrue(emulator().state().isRevoked(access.get("oauth_token")));
        assertEquals(103, faultCode(user.xmlrpc("user.getAllSessions", call("user.getAllSessions"))));
        assertEquals("token_revoked", problem(user.oauth("oauth.logout")));

        assertEquals(1, emulator().state().issuedRequestTokens());
        assertEquals(1, emulator().state().issuedAccessTokens());
    }

    @Test
    void everyRequestTokenIsFresh() {
        Map<String, String> first = requestToken();
        Map<String, String> second = requestToken();
        assertNotEquals(first.get("oauth_token"), second.get("oauth_token"));
        assertNotEquals(first.get("oauth_token_secret"), second.get("oauth_token_secret"));
        assertEquals(2, emulator().state().issuedRequestTokens());
    }

    @Test
    void theAuthorizePageUsesTheCallbackGivenAtRequestTimeOrShowsAPage() {
        Map<String, String> withCallback = form(RfiClient.consumer(emulator())
                .param("oauth_callback", "http://app.example/done").oauth("oauth.requestToken"));
        Http.Reply redirect = Http.get(emulator().url() + "/oauth.authorize?oauth_token="
                + withCallback.get("oauth_token"));
        assertEquals(302, redirect.status());
        assertEquals("http://app.example/done?oauth_token=" + withCallback.get("oauth_token"), redirect.location());

        Map<String, String> without = requestToken();
        Http.Reply page = Http.get(emulator().url() + "/oauth.authorize?oauth_token=" + without.get("oauth_token"));
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.text().contains(without.get("oauth_token")), page::toString);
        assertTrue(emulator().state().isAuthorized(without.get("oauth_token")));
    }

    @Test
    void theAuthorizePageRefusesUnknownTokensAndOtherVerbs() {
        assertEquals(400, Http.get(emulator().url() + "/oauth.authorize?oauth_token=nope").status());
        assertEquals(400, Http.get(emulator().url() + "/oauth.authorize").status());
        Http.Reply post = Http.postForm(emulator().url() + "/oauth.authorize", "oauth_token=x");
        assertEquals(405, post.status());
    }

    @Test
    void anUnauthorizedRequestTokenIsPermissionUnknown() {
        Map<String, String> request = requestToken();
        assertEquals("permission_unknown", problem(exchange(request)));
        assertEquals(0, emulator().state().issuedAccessTokens());
    }

    @Test
    void aRequestTokenIsConsumedByItsExchange() {
        Map<String, String> request = requestToken();
        emulator().state().authorize(request.get("oauth_token"));
        assertEquals(200, exchange(request).status());
        assertEquals("token_used", problem(exchange(request)));
        assertEquals(1, emulator().state().issuedAccessTokens());
        assertThrows(IllegalArgumentException.class, () -> emulator().state().authorize(request.get("oauth_token")));
    }

    @Test
    void aVerifierIsSignedAndAcceptedAndASentTokenSecretIsIgnored() {
        Map<String, String> request = requestToken();
        emulator().state().authorize(request.get("oauth_token"));
        Http.Reply reply = RfiClient.consumer(emulator())
                .token(request.get("oauth_token"), request.get("oauth_token_secret"))
                .param("oauth_verifier", "hfdp7dh39dks9884")
                .param("oauth_token_secret", "whatever the page said")
                .oauth("oauth.accessToken");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(2, form(reply).size());
    }

    @Test
    void aVerifierSentButNotSignedIsASignatureError() {
        Map<String, String> request = requestToken();
        emulator().state().authorize(request.get("oauth_token"));
        Http.Reply reply = RfiClient.consumer(emulator())
                .token(request.get("oauth_token"), request.get("oauth_token_secret"))
                .unsignedParam("oauth_verifier", "hfdp7dh39dks9884")
                .oauth("oauth.accessToken");
        assertEquals("signature_invalid", problem(reply));
    }

    @Test
    void theExchangeMustBeSignedWithTheRequestTokenSecret() {
        Map<String, String> request = requestToken();
        emulator().state().authorize(request.get("oauth_token"));
        Http.Reply wrongSecret = RfiClient.consumer(emulator()).token(request.get("oauth_token"), "not-the-secret")
                .oauth("oauth.accessToken");
        assertEquals("signature_invalid", problem(wrongSecret));
        Http.Reply noTokenSecret = RfiClient.consumer(emulator()).token(request.get("oauth_token"), "")
                .oauth("oauth.accessToken");
        assertEquals("signature_invalid", problem(noTokenSecret));
        assertEquals(200, exchange(request).status(), "a failed attempt does not consume the token");
    }

    @Test
    void onlyARequestTokenOfTheSameConsumerCanBeExchanged() {
        assertEquals("token_rejected", problem(RfiClient.user(emulator()).oauth("oauth.accessToken")));
        assertEquals("token_rejected", problem(RfiClient.consumer(emulator()).token("no-such-token", "x")
                .oauth("oauth.accessToken")));
        Map<String, String> request = requestToken();
        emulator().state().authorize(request.get("oauth_token"));
        emulator().state().addConsumer("other-site", "other-secret");
        Http.Reply foreign = RfiClient.consumer(emulator()).consumer("other-site", "other-secret")
                .token(request.get("oauth_token"), request.get("oauth_token_secret")).oauth("oauth.accessToken");
        assertEquals("token_rejected", problem(foreign));
        assertEquals("parameter_absent", problem(RfiClient.consumer(emulator()).oauth("oauth.accessToken")));
    }

    @Test
    void aRequestTokenIsNoAccessToken() {
        Map<String, String> request = requestToken();
        emulator().state().authorize(request.get("oauth_token"));
        RfiClient withRequestToken = RfiClient.consumer(emulator()).token(request.get("oauth_token"),
                request.get("oauth_token_secret"));
        assertEquals(103, faultCode(withRequestToken.xmlrpc("user.getAllSessions", call("user.getAllSessions"))));
        assertEquals("token_rejected", problem(withRequestToken.oauth("oauth.logout")));
    }

    @Test
    void theSeededAccessTokenCanLogOutAndResetBringsItBack() {
        assertEquals(200, RfiClient.user(emulator()).oauth("oauth.logout").status());
        assertTrue(emulator().state().isRevoked(emulator().accessToken()));
        emulator().reset();
        assertFalse(emulator().state().isRevoked(emulator().accessToken()));
        assertEquals(3, XmlRpcTestValues.struct(RfiClient.user(emulator()).xmlrpc("user.getAllSessions",
                call("user.getAllSessions"))).size());
    }

    @Test
    void repliesCanBeXmlRpcStructs() {
        emulator().settings().tokenReplyFormat(TokenReplyFormat.XMLRPC);
        Http.Reply issued = RfiClient.consumer(emulator()).oauth("oauth.requestToken");
        assertEquals("text/xml; charset=utf-8", issued.contentType());
        Map<String, Object> request = XmlRpcTestValues.struct(issued);
        assertEquals(Set.of("oauth_token", "oauth_token_secret"), request.keySet());
        emulator().state().authorize((String) request.get("oauth_token"));
        Map<String, Object> access = XmlRpcTestValues.struct(RfiClient.consumer(emulator())
                .token((String) request.get("oauth_token"), (String) request.get("oauth_token_secret"))
                .oauth("oauth.accessToken"));
        RfiClient user = RfiClient.consumer(emulator()).token((String) access.get("oauth_token"),
                (String) access.get("oauth_token_secret"));
        assertEquals(Map.of(), XmlRpcTestValues.struct(user.oauth("oauth.logout")));

        Http.Reply refused = user.oauth("oauth.logout");
        assertEquals(401, refused.status());
        assertEquals("text/xml; charset=utf-8", refused.contentType());
        Object problem = XmlRpcTestValues.decode((Element) refused.root().getElementsByTagName("value").item(0));
        assertEquals("token_revoked", ((Map<?, ?>) problem).get("oauth_problem"));
    }
}
