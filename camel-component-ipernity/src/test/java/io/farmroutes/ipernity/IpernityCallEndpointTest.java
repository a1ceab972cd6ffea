package io.farmroutes.ipernity;

import io.farmroutes.ipernity.model.MethodResult;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.error.SignatureException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IpernityCallEndpointTest extends IpernityTestSupport {

    @Test
    void readMethodsGoAsSignedGetWithTheirParametersPassedThrough() {
        MethodResult result = call("ipernity:call/doc.get?param.doc_id=5412", MethodResult.class);
        assertEquals("doc.get", result.method());
        Map<?, ?> doc = assertInstanceOf(Map.class, result.get("doc"));
        assertEquals("5412", doc.get("doc_id"));
        assertEquals("Fortress", doc.get("title"));
        assertEquals(doc, result.root().orElseThrow());
        RecordedRequest r = requests("doc.get").get(0);
        assertEquals("GET", r.method());
        assertTrue(r.query().contains("doc_id=5412") && r.query().contains("api_sig="), r.query());
    }

    @Test
    void writeMethodsGoAsPostAndAreSignedWithTheToken() {
        String token = login("doc", "write");
        MethodResult result = call("ipernity:call/doc.tags.add?param.doc_id=5412&param.keywords=easy",
                MethodResult.class);
        assertEquals("1", ((Map<?, ?>) result.get("doc")).get("total"));
        RecordedRequest r = requests("doc.tags.add").get(0);
        assertEquals("POST", r.method());
        assertTrue(r.bodyText().contains("auth_token=" + token) && r.bodyText().contains("api_sig="), r.bodyText());
        assertEquals(List.of("easy"), emulator().state().doc("5412").orElseThrow().keywords());
    }

    @Test
    void parametersMayComeAsAHeaderMap() {
        MethodResult result = call("ipernity:call/doc.get", null,
                Map.of("CamelIpernity.parameters", Map.of("doc_id", 5412)), MethodResult.class);
        assertEquals("5412", ((Map<?, ?>) result.get("doc")).get("doc_id"));
    }

    @Test
    void aWriteMethodSentAsGetIsRefusedWith120() {
        login("doc", "write");
        IpernityException e = failure("ipernity:call/doc.tags.add?httpMethod=GET&param.doc_id=5412"
                + "&param.keywords=x", IpernityException.class);
        assertEquals(IpernityError.POST_REQUIRED, e.getError());
        assertEquals("doc.tags.add", e.getMethod());
        assertEquals("ipernity:call/doc.tags.add", e.getEndpoint());
    }

    @Test
    void methodErrorsAndPermissionsAreTyped() {
        login("doc", "write");
        IpernityException notFound = failure("ipernity:call/doc.get?param.doc_id=1", IpernityException.class);
        assertEquals(1, notFound.getCode());
        IpernityException perm = failure("ipernity:call/doc.delete?param.doc_id=5412", IpernityException.class);
        assertEquals(IpernityError.PERMISSION_INSUFFICIENT, perm.getError());
        IpernityException unknown = failure("ipernity:call/no.such.method", IpernityException.class);
        assertEquals(IpernityError.METHOD_INVALID, unknown.getError());
    }

    @Test
    void aMissingTokenForAnAuthenticatedMethodIs106() {
        IpernityException e = failure("ipernity:call/doc.delete?param.doc_id=5412", IpernityException.class);
        assertEquals(IpernityError.TOKEN_MISSING, e.getError());
    }

    @Test
    void aBadSignatureIs105() {
        login("doc", "write");
        component().getConfiguration().setApiSecret("0123456789abcdef");
        IpernityException e = failure("ipernity:call/doc.get?param.doc_id=5412", IpernityException.class);
        assertEquals(IpernityError.SIGNATURE_INVALID, e.getError());
    }

    @Test
    void aTokenWithoutASecretFailsBeforeSending() {
        login("doc", "write");
        component().getConfiguration().setApiSecret(null);
        failure("ipernity:call/doc.get?param.doc_id=5412", SignatureException.class);
        assertEquals(0, emulator().ledger().count());
    }

    @Test
    void reservedOrMalformedInputFailsBeforeSending() {
        assertEquals("param.api_sig", failure("ipernity:call/doc.get?param.api_sig=x",
                InvalidParameterException.class).getParameter());
        assertEquals("httpMethod", failure("ipernity:call/doc.get?httpMethod=PUT",
                InvalidParameterException.class).getParameter());
        assertEquals("method", failure("ipernity:call/doc..get", InvalidParameterException.class).getParameter());
        assertEquals(0, emulator().ledger().count());
    }

    @Test
    void readsAreRetriedAfterRateLimitsWritesAreNot() {
        login("doc", "write");
        emulator().settings().rateLimitNext(1);
        call("ipernity:call/doc.get?param.doc_id=5412", MethodResult.class);
        assertEquals(2, requests("doc.get").size());
        emulator().settings().rateLimitNext(1);
        IpernityException e = failure("ipernity:call/doc.tags.add?param.doc_id=5412&param.keywords=a",
                IpernityException.class);
        assertEquals(IpernityError.RATE_LIMITED, e.getError());
        assertEquals(1, requests("doc.tags.add").size());
    }

    @Test
    void secretsStayOutOfToStringAndMessages() {
        String token = login("doc", "read");
        String text = component().getConfiguration().toString();
        assertFalse(text.contains(emulator().apiSecret()) || text.contains(token), text);
        component().getConfiguration().setApiSecret("0123456789abcdef");
        IpernityException e = failure("ipernity:auth/checkToken", IpernityException.class);
        assertFalse(e.getMessage().contains(token) || e.getMessage().contains("0123456789abcdef"), e.getMessage());
    }
}
