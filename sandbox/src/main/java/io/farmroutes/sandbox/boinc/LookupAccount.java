package io.farmroutes.sandbox.boinc;

import java.util.Locale;
import java.util.Optional;

/** lookup_account.php (§8.3), with the deliberate sleep before every failure. */
final class LookupAccount implements BoincScript {

    @Override
    public void run(BoincCall call) {
        BoincState state = call.state();
        call.xmlHeader();
        call.dbInitXml();
        PhpInput in = call.get();
        if (call.settings().ldapAuth() && Php.truthy(in.optStr("ldap_auth"))) {
            ldap(call, in);
            return;
        }
        String email = in.str("email_addr");
        String passwdHash = in.optStr("passwd_hash");
        Optional<Account> found = state.accountByEmail(email);
        if (found.isEmpty()) {
            call.lookupFailureDelay();
            throw call.xmlError(-136);
        }
        Account account = found.get();
        if (!Php.truthy(passwdHash)) {
            call.echo("<account_out>\n   <success/>\n</account_out>\n");
            return;
        }
        // Besides the password hash, md5(authenticator + email) is accepted.
        if (!passwdHash.equals(account.passwdHash())
                && !passwdHash.equals(Php.md5(account.authenticator() + account.email()))) {
            call.lookupFailureDelay();
            throw call.xmlError(-206);
        }
        authenticator(call, account);
    }

    /**
     * LDAP login. The emulated directory is the account table itself: the uid is an account's email
     * address or its local part, and the password must match the account's hash.
     */
    private static void ldap(BoincCall call, PhpInput in) {
        String uid = in.str("ldap_uid").toLowerCase(Locale.ROOT);
        String passwd = in.str("passwd");
        Optional<Account> found = call.state().accounts().stream()
                .filter(a -> a.email().equals(uid) || a.email().startsWith(uid + "@"))
                .findFirst();
        if (found.isEmpty()) {
            call.lookupFailureDelay();
            throw call.xmlError(-136);
        }
        if (!Php.md5(passwd + found.get().email()).equals(found.get().passwdHash())) {
            call.lookupFailureDelay();
            throw call.xmlError(-206);
        }
        authenticator(call, found.get());
    }

    private static void authenticator(BoincCall call, Account account) {
        call.echo("<account_out>\n   <authenticator>" + account.authenticator() + "</authenticator>\n</account_out>\n");
    }
}
