package io.farmroutes.sandbox.boinc;

import java.util.Locale;
import java.util.Optional;

/** create_account.php (§8.2): idempotent by (email, hash), -1 rather than -208/-209. */
final class CreateAccount implements BoincScript {

    private static final long EMAIL_CHANGE_DAYS = 7;

    @Override
    public void run(BoincCall call) {
        BoincSettings s = call.settings();
        BoincState state = call.state();
        call.xmlHeader();
        call.dbInitXml();
        if (s.accountCreationDisabled()) {
            throw call.xmlError(-1, "The project is not accepting new accounts.");
        }
        if (s.rpcAccountCreationDisabled()) {
            throw call.xmlError(-1, "Please visit the project web site to create an account, then try again.");
        }
        PhpInput in = call.get();
        if (s.inviteCodeRequired() && !in.str("invite_code").equals(s.inviteCode())) {
            throw call.xmlError(-1, "Invalid invitation code");
        }
        String email = in.str("email_addr").toLowerCase(Locale.ROOT);
        String passwdHash = in.str("passwd_hash");
        String userName = in.str("user_name");
        String teamName = in.optStr("team_name");
        String consentFlag = in.optStr("consent_flag");
        String source = in.optStr("source");

        String problem = Validation.userNameProblem(userName);
        if (problem != null) {
            throw call.xmlError(-188, problem);
        }
        if (!Validation.emailSyntaxValid(email) || Validation.emailBanned(email, s)) {
            throw call.xmlError(-205);
        }
        if (passwdHash.length() != 32) {
            throw call.xmlError(-1, "password hash length not 32");
        }

        String authenticator = state.locked(() -> {
            Optional<Account> existing = state.accountByEmail(email);
            if (existing.isPresent()) {
                // Same email and hash: hand back the existing key; the user name is not looked at.
                if (!existing.get().passwdHash().equals(passwdHash)) {
                    throw call.xmlError(-137, "There's already an account with that email address.");
                }
                return existing.get().authenticator();
            }
            if (state.emailRecentlyAbandoned(email, EMAIL_CHANGE_DAYS)) {
                throw call.xmlError(-137, "Email address was changed away from this address within the past 7 days.");
            }
            if (s.consentRequired() && (!Php.truthy(consentFlag) || !Php.truthy(source))) {
                throw call.xmlError(-242, "This project requires to consent to its terms of use. "
                        + "Please update your BOINC software or register via the project's website "
                        + "or contact your account manager's provider.");
            }
            if (state.accountByName(userName).isPresent()) {
                // The insert violates the unique name index and the script dies.
                throw call.fatal();
            }
            Account created = state.insertAccount(email, passwdHash, userName, BoincState.randomHex(),
                    BoincState.randomHex(), BoincState.now());
            if (Php.truthy(consentFlag) && Php.truthy(source)) {
                created.addConsent(new Account.Consent("ENROLL", true, false, source, created.createTime()));
            }
            if (Php.truthy(teamName)) {
                // Only an exact, joinable name; anything else is silently ignored.
                state.teamByName(teamName).filter(Team::joinable)
                        .ifPresent(team -> state.joinTeam(created.id(), team.id()));
            }
            return created.authenticator();
        });
        // The real script puts a space before the root element.
        call.echo(" <account_out>\n    <authenticator>" + authenticator + "</authenticator>\n</account_out>\n");
    }
}
