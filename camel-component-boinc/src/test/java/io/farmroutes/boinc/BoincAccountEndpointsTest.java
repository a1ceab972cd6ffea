package io.farmroutes.boinc;

import io.farmroutes.boinc.model.AccountInfo;
import io.farmroutes.boinc.model.AccountKey;
import io.farmroutes.boinc.model.AccountLookup;
import io.farmroutes.boinc.model.Updated;
import io.farmroutes.boinc.service.PasswordHash;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.boinc.Account;
import io.farmroutes.sandbox.boinc.BoincRelease;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoincAccountEndpointsTest extends BoincTestSupport {

    @Test
    void createIsIdempotentForTheSameEmailAndPassword() {
        AccountKey first = call("boinc:account/create?email=new@example.org&password=pw-123456&userName=Newbie",
                AccountKey.class);
        AccountKey again = call("boinc:account/create?email=NEW@example.org&password=pw-123456&userName=Other",
                AccountKey.class);
        assertEquals(first.value(), again.value());
        Account stored = emulator().state().accountByEmail("new@example.org").orElseThrow();
        assertEquals(first.value(), stored.authenticator());
        assertEquals("Newbie", stored.name());
        // the password itself never leaves the JVM: only its hash is on the wire
        for (RecordedRequest r : emulator().ledger().requests()) {
            assertFalse(r.query() != null && r.query().contains("pw-123456"), r.query());
        }
    }

    @Test
    void createWithAnotherPasswordForAnExistingEmailIsNotUnique() {
        BoincException e = failure("boinc:account/create?email=alice@example.org&password=wrong-one&userName=X",
                Map.of(), BoincException.class);
        assertEquals(BoincError.NOT_UNIQUE, e.getError());
    }

    @Test
    void createRefusesBadUserNamesAndDisabledCreationWithTheServersNumbers() {
        BoincException badName = failure("boinc:account/create?email=b@example.org&password=pw-123456&userName=12345",
                Map.of(), BoincException.class);
        assertEquals(BoincError.BAD_USER_NAME, badName.getError());
        emulator().settings().accountCreationDisabled(true);
        BoincException disabled = failure("boinc:account/create?email=c@example.org&password=pw-123456&userName=C",
                Map.of(), BoincException.class);
        // the server sends -1 here, not the documented -208
        assertEquals(-1, disabled.getErrorNumber());
    }

    @Test
    void createWithConsentRequiredNeedsConsent() {
        emulator().settings().consentRequired(true);
        BoincException e = failure("boinc:account/create?email=d@example.org&password=pw-123456&userName=D",
                Map.of(), BoincException.class);
        assertEquals(BoincError.CONSENT_REQUIRED, e.getError());
    }

    @Test
    void createWithADuplicateUserNameIsAServerErrorAndNotRetried() {
        call("boinc:account/create?email=e1@example.org&password=pw-123456&userName=Twin", AccountKey.class);
        emulator().ledger().clear();
        BoincException e = failure("boinc:account/create?email=e2@example.org&password=pw-123456&userName=Twin",
                Map.of(), BoincException.class);
        assertEquals(BoincFailure.SERVER_ERROR, e.getFailure());
        assertEquals(1, emulator().ledger().count("/create_account.php"));
    }

    @Test
    void lookupWithPasswordReturnsTheKeyAndWithoutOnlyExistence() {
        Account alice = emulator().state().accountByEmail("alice@example.org").orElseThrow();
        AccountLookup found = call("boinc:account/lookup?email=alice@example.org&password=alice-secret-1",
                AccountLookup.class);
        assertTrue(found.exists());
        assertEquals(alice.authenticator(), found.accountKey().value());
        AccountLookup probe = call("boinc:account/lookup?email=alice@example.org", AccountLookup.class);
        assertTrue(probe.exists());
        assertNull(probe.accountKey());
    }

    @Test
    void lookupFailuresAreTypedAndNeverRetried() {
        BoincException unknown = failure("boinc:account/lookup?email=nobody@example.org", Map.of(),
                BoincException.class);
        assertEquals(BoincError.NOT_FOUND, unknown.getError());
        emulator().ledger().clear();
        BoincException wrong = failure("boinc:account/lookup", Map.of("CamelBoinc.email", "alice@example.org",
                "CamelBoinc.password", "not-her-password"), BoincException.class);
        assertEquals(BoincError.BAD_PASSWORD, wrong.getError());
        assertEquals(1, emulator().ledger().count("/lookup_account.php"));
    }

    @Test
    void infoDecodesNamesAndKeepsPreferenceXml() {
        Account jose = emulator().state().accountByEmail("jose@example.org").orElseThrow();
        AccountInfo info = call("boinc:account/info", Map.of("CamelBoinc.accountKey", jose.authenticator()),
                AccountInfo.class);
        assertEquals(jose.id(), info.id());
        assertEquals("José Ñúñez", info.name());
        assertEquals(jose.country(), info.country());
        assertFalse(info.toString().contains(String.valueOf(info.weakAuth())), "weak_auth is a credential");
    }

    @Test
    void infoWithABadKeyIsNotFound() {
        BoincException e = failure("boinc:account/info?accountKey=0123456789abcdef0123456789abcdef", Map.of(),
                BoincException.class);
        assertEquals(BoincError.NOT_FOUND, e.getError());
    }

    @Test
    void updateChangesTheAccountAndHashesTheNewEmailAsPasswordHash() {
        Account alice = emulator().state().accountByEmail("alice@example.org").orElseThrow();
        Updated updated = call("boinc:account/update", Map.of("CamelBoinc.accountKey", alice.authenticator(),
                "CamelBoinc.name", "Alice B.", "CamelBoinc.newEmail", "alice.b@example.org",
                "CamelBoinc.password", "alice-secret-1"), Updated.class);
        assertEquals("boinc:account/update", updated.endpoint());
        Account after = emulator().state().account(alice.id()).orElseThrow();
        assertEquals("Alice B.", after.name());
        assertEquals("alice.b@example.org", after.email());
        RecordedRequest sent = emulator().ledger().requests().stream()
                .filter(r -> r.path().endsWith("am_set_info.php")).findFirst().orElseThrow();
        String form = new String(sent.body(), StandardCharsets.UTF_8);
        assertTrue(form.contains("password_hash=" + PasswordHash.of("alice-secret-1", "alice.b@example.org")), form);
        assertFalse(form.contains("alice-secret-1"), "the password itself is never sent");
    }

    @Test
    void updateOnCurrentServerCodeIsNotSupported() {
        emulator().settings().release(BoincRelease.CURRENT);
        Account alice = emulator().state().accountByEmail("alice@example.org").orElseThrow();
        BoincException e = failure("boinc:account/update", Map.of("CamelBoinc.accountKey", alice.authenticator(),
                "CamelBoinc.venue", "home"), BoincException.class);
        assertEquals(BoincFailure.NOT_SUPPORTED, e.getFailure());
    }

    @Test
    void passwordHashIsMd5OfPasswordAndLowerCaseEmail() {
        // md5("secret" + "user@example.org"), computed independently with Python's hashlib
        assertEquals("c5b3b6203845d293d91e391b3fe9c8dc", PasswordHash.of("secret", "User@Example.org"));
    }
}
