package io.farmroutes.ipernity.service;

import io.farmroutes.ipernity.AuthorizeUrl;
import io.farmroutes.ipernity.IpernityConfiguration;
import io.farmroutes.ipernity.Permission;
import io.farmroutes.ipernity.PermissionTarget;
import io.farmroutes.spi.error.InvalidParameterException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The two official examples of ipernity's signature help page (spec §4). */
class ApiSignatureTest {

    private static final String KEY = "6fa87ba500002712bd4eed6020f3bd72";
    private static final String SECRET = "e9a599f0cf6ce193";

    @Test
    void methodCallExample() {
        List<Map.Entry<String, String>> params = List.of(Map.entry("keywords", "easy"), Map.entry("doc_id", "1234"),
                Map.entry("api_key", KEY));
        assertEquals("api_key6fa87ba500002712bd4eed6020f3bd72doc_id1234keywordseasydoc.tags.adde9a599f0cf6ce193",
                ApiSignature.stringToSign(params, "doc.tags.add", SECRET));
        assertEquals("a269b218feb341ef03bc093a0f2c8078", ApiSignature.sign(params, "doc.tags.add", SECRET));
    }

    @Test
    void authorizationLinkExampleHasNoMethodName() {
        List<Map.Entry<String, String>> params = List.of(Map.entry("perm_network", "read"), Map.entry("api_key", KEY));
        assertEquals("api_key6fa87ba500002712bd4eed6020f3bd72perm_networkreade9a599f0cf6ce193",
                ApiSignature.stringToSign(params, "", SECRET));
        assertEquals("da183021cd39461108770b822fcd9398", ApiSignature.sign(params, "", SECRET));
    }

    @Test
    void authorizeUrlReproducesTheOfficialLink() {
        String link = AuthorizeUrl.build(IpernityConfiguration.DEFAULT_AUTHORIZE_URL, KEY, SECRET, null,
                Map.of(PermissionTarget.NETWORK, Permission.READ));
        assertEquals("https://www.ipernity.com/apps/authorize?api_key=6fa87ba500002712bd4eed6020f3bd72"
                + "&perm_network=read&api_sig=da183021cd39461108770b822fcd9398", link);
    }

    @Test
    void signatureLeavesOutTheFileAndItselfAndSortsUnderscoreBeforeLowerCase() {
        List<Map.Entry<String, String>> params = List.of(Map.entry("permission", "x"), Map.entry("perm_doc", "y"),
                Map.entry("file", "ignored"), Map.entry("api_sig", "ignored"), Map.entry("auth_token", "t"),
                Map.entry("api_key", "k"));
        assertEquals("api_keykauth_tokentperm_docypermissionxupload.filesecret",
                ApiSignature.stringToSign(params, "upload.file", "secret"));
    }

    @Test
    void authorizeUrlRefusesLevelsATargetDoesNotHave() {
        assertThrows(InvalidParameterException.class, () -> AuthorizeUrl.build("https://x/authorize", KEY, SECRET,
                null, Map.of(PermissionTarget.PROFILE, Permission.DELETE)));
        assertThrows(InvalidParameterException.class, () -> AuthorizeUrl.build("https://x/authorize", KEY, SECRET,
                null, Map.of()));
    }

    @Test
    void permissionLevelsImplyTheLowerOnes() {
        assertEquals(true, Permission.DELETE.includes(Permission.WRITE));
        assertEquals(true, Permission.WRITE.includes(Permission.READ));
        assertEquals(false, Permission.READ.includes(Permission.WRITE));
        assertEquals(Permission.NONE, Permission.of("bogus"));
    }
}
