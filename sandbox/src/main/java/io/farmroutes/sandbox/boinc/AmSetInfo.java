package io.farmroutes.sandbox.boinc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * am_set_info.php (§8.5). 1.6 releases: reads the POST body when it holds account_key, else the query;
 * validates, then stores. Current code: a declaration-less "not supported" error.
 */
final class AmSetInfo implements BoincScript {

    private static final Set<String> CONSENT_TYPES = Set.of("ENROLL", "STATSEXPORT");
    private static final long EMAIL_CHANGE_DAYS = 7;
    private static final String PROJECT_SPECIFIC_START = "<project_specific>";
    private static final String PROJECT_SPECIFIC_END = "</project_specific>";

    @Override
    public void run(BoincCall call) {
        if (!call.release16()) {
            throw call.xmlError(-1, "not supported");
        }
        call.xmlHeader();
        call.dbInitXml();
        PhpInput in = call.post().has("account_key") ? call.post() : call.get();
        BoincState state = call.state();

        String key = in.str("account_key");
        Account user = state.accountByKey(key).orElseThrow(() -> call.xmlError(-136));

        // Everything is read first, as the script does, so a bad value anywhere fails before any change.
        String name = trimmed(in.optStr("name"));
        String country = trimmed(in.optStr("country"));
        String postalCode = trimmed(in.optStr("postal_code"));
        String globalPrefs = in.optStr("global_prefs");
        String projectPrefs = in.optStr("project_prefs");
        String url = trimmed(in.optStr("url"));
        String sendEmail = trimmed(in.optStr("send_email"));
        String showHosts = trimmed(in.optStr("show_hosts"));
        Long teamId = in.optInt("teamid");
        String venue = trimmed(in.optStr("venue"));
        String email = trimmed(in.optStr("email_addr"));
        String passwordHash = trimmed(in.optStr("password_hash"));
        String consentName = in.optStr("consent_name");
        String consentFlag = in.optStr("consent_flag");
        String consentNotRequired = in.optStr("consent_not_required");
        String consentSource = in.optStr("consent_source");

        int consentParts = count(consentName, consentFlag, consentNotRequired, consentSource);
        if (consentParts != 0 && consentParts != 4) {
            throw call.xmlError(-1, "consent_name, consent_flag, consent_not_required and consent_source "
                    + "must be given together");
        }
        if (consentParts == 4 && !CONSENT_TYPES.contains(consentName)) {
            throw call.xmlError(-1, "Consent type not found: " + consentName);
        }
        if (Php.truthy(country) && !Countries.isValid(country)) {
            throw call.xmlError(-1, "invalid country");
        }

        List<Runnable> changes = new ArrayList<>();
        if (Php.truthy(name)) {
            changes.add(() -> user.name(name));
        }
        if (Php.truthy(country)) {
            changes.add(() -> user.country(country));
        }
        if (Php.truthy(postalCode)) {
            changes.add(() -> user.postalCode(postalCode));
        }
        if (Php.truthy(globalPrefs)) {
            if (Validation.prefsProblem(globalPrefs, "<global_preferences>", "</global_preferences>") != null) {
                // The 1.6 script reports this through a function that does not exist: a fatal error.
                throw call.fatal();
            }
            String stored = storedPrefs(globalPrefs);
            changes.add(() -> user.globalPrefs(stored));
        }
        if (Php.truthy(projectPrefs)) {
            String problem = Validation.prefsProblem(projectPrefs, "<project_preferences>", "</project_preferences>");
            if (problem != null) {
                throw call.xmlError(-112, "Invalid project preferences: " + problem);
            }
            String stored = keepProjectSpecific(storedPrefs(projectPrefs), user.projectPrefs());
            changes.add(() -> user.projectPrefs(stored));
        }
        if (Php.truthy(url)) {
            changes.add(() -> user.url(url));
        }
        // "0" is falsy in PHP, so a client cannot switch these off through this RPC.
        if (Php.truthy(sendEmail)) {
            changes.add(() -> user.sendEmail(isNonZero(sendEmail)));
        }
        if (Php.truthy(showHosts)) {
            changes.add(() -> user.showHosts(isNonZero(showHosts)));
        }
        if (teamId != null) {
            // The real script changes the team on the spot, before the checks below.
            changeTeam(state, user, teamId);
        }
        if (Php.truthy(venue)) {
            changes.add(() -> user.venue(venue));
        }
        if (Php.truthy(email)) {
            String lower = email.toLowerCase(Locale.ROOT);
            if (!Validation.emailSyntaxValid(lower) || Validation.emailBanned(lower, call.settings())) {
                throw call.xmlError(-205, "Invalid email address");
            }
            // No exception for the caller's own address: a repeated change is answered -137.
            if (state.accountByEmail(lower).isPresent()) {
                throw call.xmlError(-137, "There's already an account with that email address.");
            }
            if (user.emailChangeTime() > BoincState.now() - EMAIL_CHANGE_DAYS * 86400) {
                throw call.xmlError(-205, "Email address was changed within the past 7 days.");
            }
            String previous = user.email();
            changes.add(() -> {
                user.email(lower);
                user.emailChanged(previous, BoincState.now());
            });
        }
        if (Php.truthy(passwordHash)) {
            changes.add(() -> user.passwdHash(passwordHash));
        }
        if (consentParts == 4) {
            changes.add(() -> user.addConsent(new Account.Consent(consentName, isNonZero(consentFlag),
                    isNonZero(consentNotRequired), consentSource, BoincState.now())));
        }
        state.locked(() -> {
            changes.forEach(Runnable::run);
            return null;
        });
        call.echo("<am_set_info_reply>\n    <success/>\n</am_set_info_reply>\n");
    }

    /** teamid 0 quits; another id joins only a joinable team and is ignored otherwise. */
    private static void changeTeam(BoincState state, Account user, long teamId) {
        if (teamId == 0) {
            state.quitTeam(user.id());
            return;
        }
        state.team(teamId).filter(Team::joinable).ifPresent(team -> state.joinTeam(user.id(), team.id()));
    }

    /** CRLF becomes LF in the database; surrounding white space goes. */
    private static String storedPrefs(String xml) {
        return Validation.phpTrim(xml.replace("\r\n", "\n"));
    }

    /** New project preferences without a project-specific block keep the stored one. */
    private static String keepProjectSpecific(String incoming, String stored) {
        if (incoming.contains(PROJECT_SPECIFIC_START)) {
            return incoming;
        }
        int start = stored.indexOf(PROJECT_SPECIFIC_START);
        int end = stored.indexOf(PROJECT_SPECIFIC_END);
        if (start < 0 || end < start) {
            return incoming;
        }
        String block = stored.substring(start, end + PROJECT_SPECIFIC_END.length());
        int close = incoming.lastIndexOf("</project_preferences>");
        return incoming.substring(0, close) + block + "\n" + incoming.substring(close);
    }

    private static String trimmed(String value) {
        return value == null ? null : Validation.phpTrim(value);
    }

    private static boolean isNonZero(String value) {
        return Php.isNumeric(value) && Php.toInt(value) != 0;
    }

    private static int count(String... values) {
        int n = 0;
        for (String v : values) {
            if (v != null) {
                n++;
            }
        }
        return n;
    }
}
