package io.farmroutes.renderfarm.renderfarmfi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.renderfarm.RenderfarmEndpoint;
import io.farmroutes.renderfarm.renderfarmfi.model.AllSessions;
import io.farmroutes.renderfarm.renderfarmfi.model.CommunitySession;
import io.farmroutes.renderfarm.renderfarmfi.model.OAuthToken;
import io.farmroutes.renderfarm.renderfarmfi.model.SessionAttachment;
import io.farmroutes.renderfarm.renderfarmfi.model.SessionSummary;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.renderfarmfi.TokenReplyFormat;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.oauth.OAuthSigner;
import io.farmroutes.spi.render.RenderJob;
import io.farmroutes.spi.render.RenderOperations;
import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.render.RenderTask;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Every Renderfarm.fi endpoint through Camel against the emulator: XML-RPC, OAuth 1.0, faults, the token flow. */
class RenderfarmFiProviderTest extends RenderfarmFiTestSupport {

    @Test
    void allSessionsAreTypedByStateWithTheirTextsIntact() {
        AllSessions all = call("renderfarm:user/getAllSessions", AllSessions.class);
        assertEquals(List.of(413, 414), List.copyOf(all.accept().keySet()));
        assertEquals(List.of(415, 416), List.copyOf(all.active().keySet()));
        assertEquals(List.of(417), List.copyOf(all.completed().keySet()));
        SessionSummary llama = all.active().get(416);
        assertEquals("Caminandes: Llama Drama", llama.title());
        assertEquals("Koro & friends <preview> ]]> final cut", llama.shortDescription());
        assertEquals(1_320_350_000L, llama.submitTimestamp());
        assertEquals("Elephants Dream — Äänimaisema", all.completed().get(417).title());
        RecordedRequest sent = requests("/user.getAllSessions").get(0);
        assertTrue(header(sent, "Authorization").startsWith("OAuth "), "signed in the header by default");
        assertTrue(header(sent, "Content-Type").startsWith("text/xml"));
        assertTrue(sent.bodyText().contains("<methodName>user.getAllSessions</methodName>"), sent.bodyText());
    }

    @Test
    void theDocumentationSamplesQuirksAreReadToTheSameResult() {
        AllSessions clean = call("renderfarm:user/getAllSessions", AllSessions.class);
        emulator().settings().sampleQuirks(true);
        AllSessions quirky = call("renderfarm:user/getAllSessions", AllSessions.class);
        assertEquals(clean, quirky);
        emulator().settings().sampleQuirks(false).proseFieldNames(true);
        assertEquals(clean, call("renderfarm:user/getAllSessions", AllSessions.class));
    }

    @Test
    void attachThenReadASessionSignedInsideTheCall() {
        SessionAttachment attached = call("renderfarm:user/attachSession?sessionId=415", SessionAttachment.class);
        assertTrue(attached.success());
        assertTrue(emulator().state().attachedSessions(emulator().consumerKey()).contains(415));

        CommunitySession session = call("renderfarm:community/getSession?sessionId=415", CommunitySession.class);
        assertEquals(415, session.id());
        assertEquals("Big Buck Bunny: meadow", session.title());
        assertEquals(600, session.endFrame());
        assertEquals(2, session.partsPerFrame());
        assertEquals(86_400L, session.cpuTimeRendered());
        assertNotNull(session.inputLicense());
        assertFalse(session.timestamps().isEmpty());
        RecordedRequest sent = requests("/community.getSession").get(0);
        assertNull(header(sent, "Authorization"), "the OAuth parameters travel inside the call");
        assertTrue(sent.bodyText().contains("oauth_signature"), sent.bodyText());
    }

    @Test
    void faultsAreTypedAndNotRetried() {
        RenderfarmFiFault notAttached = failure("renderfarm:community/getSession?sessionId=414",
                RenderfarmFiFault.class);
        assertEquals(RenderfarmFiFault.SESSION_NOT_ATTACHED, notAttached.getFaultCode());
        RenderfarmFiFault missing = failure("renderfarm:community/getSession?sessionId=9999", RenderfarmFiFault.class);
        assertEquals(RenderfarmFiFault.SESSION_DOES_NOT_EXIST, missing.getFaultCode());
        assertTrue(missing.getMessage().contains("renderfarm:community/getSession"), missing.getMessage());

        emulator().ledger().clear();
        RenderfarmFiFault badSignature = failure("renderfarm:user/getAllSessions?consumerSecret=wrong-secret-x",
                RenderfarmFiFault.class);
        assertEquals(RenderfarmFiFault.INVALID_SIGNATURE, badSignature.getFaultCode());
        assertEquals(1, emulator().ledger().requests().size(), "a refused signature is not a reason to retry");
        assertFalse(badSignature.getMessage().contains("wrong-secret-x"));
    }

    @Test
    void theTokenFlowGivesAnAccessTokenThatLogoutRevokes() {
        OAuthToken request = call("renderfarm:oauth/requestToken?callback=http://127.0.0.1/back", OAuthToken.class);
        assertTrue(request.authorizationUrl().startsWith(emulator().url() + "/oauth.authorize?oauth_token="),
                request.authorizationUrl());
        assertFalse(request.toString().contains(request.tokenSecret()));
        emulator().state().authorize(request.token());

        Map<String, Object> exchange = Map.of("requestToken", request.token(),
                "requestTokenSecret", request.tokenSecret());
        OAuthToken access = call("renderfarm:oauth/accessToken", exchange, Map.of(), OAuthToken.class);
        assertNull(access.authorizationUrl());

        String asUser = "?accessToken=" + access.token() + "&accessTokenSecret=RAW(" + access.tokenSecret() + ")";
        assertEquals(5, call("renderfarm:user/getAllSessions" + asUser, AllSessions.class).all().size());
        assertNull(template.requestBody("renderfarm:oauth/logout" + asUser, (Object) null));
        assertTrue(emulator().state().isRevoked(access.token()));
        failure("renderfarm:user/getAllSessions" + asUser, RenderfarmFiFault.class);
        assertNull(template.requestBody("renderfarm:oauth/logout" + asUser, (Object) null),
                "logging out again is what the caller wanted");

        emulator().ledger().clear();
        RenderfarmFiOAuthException reused = failure("renderfarm:oauth/accessToken", exchange, Map.of(),
                RenderfarmFiOAuthException.class);
        assertTrue(reused.isTokenGone(), reused.getProblem());
        assertEquals(1, requests("/oauth.accessToken").size(), "oauth/accessToken is never repeated blindly");
    }

    @Test
    void tokenRepliesAsXmlRpcStructsAreReadToo() {
        emulator().settings().tokenReplyFormat(TokenReplyFormat.XMLRPC);
        OAuthToken request = call("renderfarm:oauth/requestToken", OAuthToken.class);
        assertFalse(request.token().isBlank());
        assertFalse(request.tokenSecret().isBlank());
    }

    @Test
    void queryPlacementAndTheOptionalVersionAreAccepted() {
        call("renderfarm:user/getAllSessions?oauthPlacement=query&oauthVersion=true", AllSessions.class);
        RecordedRequest sent = requests("/user.getAllSessions").get(0);
        assertNull(header(sent, "Authorization"));
        assertTrue(sent.query().contains("oauth_signature="), sent.query());
        assertTrue(sent.query().contains("oauth_version=1.0"), sent.query());

        InvalidParameterException bad = failure("renderfarm:user/getAllSessions?oauthPlacement=body",
                InvalidParameterException.class);
        assertEquals("oauthPlacement", bad.getParameter());
    }

    @Test
    void missingCredentialsAreNamedBeforeSending() {
        InvalidParameterException noKey = failure("renderfarm:user/getAllSessions?consumerKey=",
                InvalidParameterException.class);
        assertEquals("consumerKey", noKey.getParameter());
        InvalidParameterException noSession = failure("renderfarm:user/attachSession",
                InvalidParameterException.class);
        assertEquals("sessionId", noSession.getParameter());
        assertTrue(noSession.getMessage().contains("renderfarm:user/attachSession"), noSession.getMessage());
        assertTrue(emulator().ledger().requests().isEmpty());
    }

    @Test
    void aStaleClockIsRefusedWithTheSignatureFault() {
        Clock hourLate = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        component().addProvider(new RenderfarmFiProvider(new OAuthSigner(hourLate,
                () -> UUID.randomUUID().toString())));
        RenderfarmFiFault stale = failure("renderfarm:user/getAllSessions", RenderfarmFiFault.class);
        assertEquals(RenderfarmFiFault.INVALID_SIGNATURE, stale.getFaultCode());
    }

    @Test
    void sessionsAreRenderTasksButTheApiCannotCreateThem() throws Exception {
        RenderOperations ops = context.getEndpoint("renderfarm:user/getAllSessions", RenderfarmEndpoint.class)
                .renderOperations();
        List<RenderTask> status = ops.status(List.of("415", "413", "1")).get();
        assertEquals(List.of("415", "413"), status.stream().map(RenderTask::renderTaskId).toList());
        assertEquals(RenderStatus.RUNNING, status.get(0).renderStatus());
        assertEquals(RenderStatus.WAITING, status.get(1).renderStatus());
        List<RenderTask> all = new ArrayList<>();
        ops.tasks().forEachRemaining(all::add);
        assertEquals(5, all.size());
        UnsupportedOperationException create = assertThrows(UnsupportedOperationException.class,
                () -> ops.create(new RenderJob("x", "x.blend", "1-2", "blender")));
        assertTrue(create.getMessage().contains("renderfarmfi") && create.getMessage().contains("create"));
        assertThrows(UnsupportedOperationException.class, () -> ops.frames("415"));
    }
}
