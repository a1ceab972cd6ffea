package io.farmroutes.ipernity;

import io.farmroutes.ipernity.model.AuthToken;
import io.farmroutes.ipernity.model.Frob;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.spi.error.InvalidParameterException;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IpernityAuthEndpointsTest extends IpernityTestSupport {

    @Test
    void desktopFlowFromFrobToTokenWithTypedPermissions() {
        Frob frob = call("ipernity:auth/getFrob", Frob.class);
        assertNotNull(frob.value());
        String link = component().authorizeUrl(frob.value(),
                Map.of(PermissionTarget.DOC, Permission.WRITE, PermissionTarget.NETWORK, Permission.READ));
        assertTrue(link.startsWith("https://www.ipernity.com/apps/authorize?api_key=" + emulator().apiKey()
                + "&frob=" + frob.value() + "&perm_doc=write&perm_network=read&api_sig="), link);
        assertTrue(emulator().approveFrob(frob.value(), Map.of("doc", "write", "network", "read")));

        AuthToken token = call("ipernity:auth/getToken?frob=" + frob.value(), AuthToken.class);
        assertNotNull(token.token());
        assertEquals(Permission.WRITE, token.permissions().level(PermissionTarget.DOC));
        assertTrue(token.permissions().allows(PermissionTarget.DOC, Permission.READ));
        assertFalse(token.permissions().allows(PermissionTarget.DOC, Permission.DELETE));
        assertEquals(Permission.NONE, token.permissions().level(PermissionTarget.BLOG));
        assertEquals("1234", token.user().userId());
        assertEquals("Superman", token.user().username());
        assertFalse(token.toString().contains(token.token()), "the token never shows in toString");
        // every call of the flow was signed
        for (RecordedRequest r : emulator().ledger().requests()) {
            assertTrue(r.query().contains("api_sig="), r.toString());
        }
    }

    @Test
    void aFrobIsSingleUse() {
        Frob frob = call("ipernity:auth/getFrob", Frob.class);
        emulator().approveFrob(frob.value(), Map.of("doc", "read"));
        call("ipernity:auth/getToken?frob=" + frob.value(), AuthToken.class);
        IpernityException again = failure("ipernity:auth/getToken?frob=" + frob.value(), IpernityException.class);
        assertEquals(2, again.getCode());
        assertEquals(IpernityError.METHOD_SPECIFIC, again.getError());
        assertEquals("auth.getToken", again.getMethod());
    }

    @Test
    void checkTokenReadsThePermsSpellingOfTheCheckTokenPage() {
        login("doc", "delete", "profile", "write");
        AuthToken checked = call("ipernity:auth/checkToken", AuthToken.class);
        assertEquals(Permission.DELETE, checked.permissions().level(PermissionTarget.DOC));
        assertEquals(Permission.WRITE, checked.permissions().level(PermissionTarget.PROFILE));
        assertEquals("Kal-El", checked.user().realname());
    }

    @Test
    void aRevokedTokenIsTyped107() {
        String token = login("doc", "read");
        emulator().state().revoke(token);
        IpernityException e = failure("ipernity:auth/checkToken", IpernityException.class);
        assertEquals(IpernityError.TOKEN_INVALID, e.getError());
        assertFalse(e.getMessage().contains(token), "the token never shows in messages");
    }

    @Test
    void aMissingTokenFailsBeforeAnythingIsSent() {
        InvalidParameterException e = failure("ipernity:auth/checkToken", InvalidParameterException.class);
        assertEquals("authToken", e.getParameter());
        assertEquals(0, emulator().ledger().count());
    }

    @Test
    void aWrongSecretIsRefusedWith105() {
        component().getConfiguration().setApiSecret("not-the-secret");
        IpernityException e = failure("ipernity:auth/getFrob", IpernityException.class);
        assertEquals(IpernityError.SIGNATURE_INVALID, e.getError());
        assertFalse(e.getMessage().contains("not-the-secret"));
    }

    @Test
    void anUnknownApiKeyIsRefusedWith101() {
        IpernityException e = failure("ipernity:auth/getFrob?apiKey=0000", IpernityException.class);
        assertEquals(IpernityError.API_KEY_INVALID, e.getError());
    }
}
