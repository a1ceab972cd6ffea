package io.farmroutes.sandbox.boinc;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Switches of the BOINC emulator. Mutable and thread-safe; each request works on a snapshot taken when
 * it arrives, so a change applies from the next request on.
 */
public final class BoincSettings {

    /** The real server sleeps this long before answering a failed lookup_account. */
    public static final Duration DEFAULT_LOOKUP_FAILURE_DELAY = Duration.ofSeconds(5);

    private BoincRelease release = BoincRelease.V1_6;
    private boolean loginRequired = true;
    private boolean accountCreationDisabled;
    private boolean rpcAccountCreationDisabled;
    private boolean inviteCodeRequired;
    private String inviteCode = "farm-routes-invite";
    private boolean consentRequired;
    private boolean projectStopped;
    private boolean schedulerStopped;
    private boolean databaseDown;
    private boolean teamsDisabled;
    private boolean forumsDisabled;
    private Duration lookupFailureDelay = DEFAULT_LOOKUP_FAILURE_DELAY;
    private boolean unescapedFreeText = true;
    private boolean separateRpcBase;
    private boolean usesPostalCodes;
    private boolean ldapAuth;
    private boolean accountManager;
    private int minPasswdLength = 6;
    private Set<String> bannedEmailDomains = Set.of();

    public BoincSettings() {
    }

    /** A copy of another settings object. */
    public BoincSettings(BoincSettings other) {
        copyFrom(other);
    }

    /** Replaces every value with those of {@code other}. */
    public BoincSettings copyFrom(BoincSettings other) {
        BoincSettings src = other.snapshot();
        synchronized (this) {
            release = src.release;
            loginRequired = src.loginRequired;
            accountCreationDisabled = src.accountCreationDisabled;
            rpcAccountCreationDisabled = src.rpcAccountCreationDisabled;
            inviteCodeRequired = src.inviteCodeRequired;
            inviteCode = src.inviteCode;
            consentRequired = src.consentRequired;
            projectStopped = src.projectStopped;
            schedulerStopped = src.schedulerStopped;
            databaseDown = src.databaseDown;
            teamsDisabled = src.teamsDisabled;
            forumsDisabled = src.forumsDisabled;
            lookupFailureDelay = src.lookupFailureDelay;
            unescapedFreeText = src.unescapedFreeText;
            separateRpcBase = src.separateRpcBase;
            usesPostalCodes = src.usesPostalCodes;
            ldapAuth = src.ldapAuth;
            accountManager = src.accountManager;
            minPasswdLength = src.minPasswdLength;
            bannedEmailDomains = src.bannedEmailDomains;
        }
        return this;
    }

    /** A consistent copy, taken under the lock. */
    public synchronized BoincSettings snapshot() {
        BoincSettings copy = new BoincSettings();
        copy.release = release;
        copy.loginRequired = loginRequired;
        copy.accountCreationDisabled = accountCreationDisabled;
        copy.rpcAccountCreationDisabled = rpcAccountCreationDisabled;
        copy.inviteCodeRequired = inviteCodeRequired;
        copy.inviteCode = inviteCode;
        copy.consentRequired = consentRequired;
        copy.projectStopped = projectStopped;
        copy.schedulerStopped = schedulerStopped;
        copy.databaseDown = databaseDown;
        copy.teamsDisabled = teamsDisabled;
        copy.forumsDisabled = forumsDisabled;
        copy.lookupFailureDelay = lookupFailureDelay;
        copy.unescapedFreeText = unescapedFreeText;
        copy.separateRpcBase = separateRpcBase;
        copy.usesPostalCodes = usesPostalCodes;
        copy.ldapAuth = ldapAuth;
        copy.accountManager = accountManager;
        copy.minPasswdLength = minPasswdLength;
        copy.bannedEmailDomains = bannedEmailDomains;
        return copy;
    }

    /** Server release to emulate; default {@link BoincRelease#V1_6}. */
    public synchronized BoincSettings release(BoincRelease value) {
        this.release = Objects.requireNonNull(value);
        return this;
    }

    public synchronized BoincRelease release() {
        return release;
    }

    /** REQUIRE_LOGIN; only has an effect with {@link BoincRelease#CURRENT}. Default true, as on real servers. */
    public synchronized BoincSettings loginRequired(boolean value) {
        this.loginRequired = value;
        return this;
    }

    public synchronized boolean loginRequired() {
        return loginRequired;
    }

    /** True when the §9 login redirects are in force (current release and REQUIRE_LOGIN). */
    public synchronized boolean loginEnforced() {
        return release == BoincRelease.CURRENT && loginRequired;
    }

    /** The project's "disable account creation" switch (also shown by get_project_config). */
    public synchronized BoincSettings accountCreationDisabled(boolean value) {
        this.accountCreationDisabled = value;
        return this;
    }

    public synchronized boolean accountCreationDisabled() {
        return accountCreationDisabled;
    }

    /** Disables account creation through the RPC only; get_project_config does not show it. */
    public synchronized BoincSettings rpcAccountCreationDisabled(boolean value) {
        this.rpcAccountCreationDisabled = value;
        return this;
    }

    public synchronized boolean rpcAccountCreationDisabled() {
        return rpcAccountCreationDisabled;
    }

    public synchronized BoincSettings inviteCodeRequired(boolean value) {
        this.inviteCodeRequired = value;
        return this;
    }

    public synchronized boolean inviteCodeRequired() {
        return inviteCodeRequired;
    }

    /** The one invitation code accepted when codes are required. */
    public synchronized BoincSettings inviteCode(String value) {
        this.inviteCode = Objects.requireNonNull(value);
        return this;
    }

    public synchronized String inviteCode() {
        return inviteCode;
    }

    /** Account creation requires {@code consent_flag} and {@code source}. */
    public synchronized BoincSettings consentRequired(boolean value) {
        this.consentRequired = value;
        return this;
    }

    public synchronized boolean consentRequired() {
        return consentRequired;
    }

    /** The web site is stopped (stop_web): -183 or an HTML page, depending on the script. */
    public synchronized BoincSettings projectStopped(boolean value) {
        this.projectStopped = value;
        return this;
    }

    public synchronized boolean projectStopped() {
        return projectStopped;
    }

    /** The scheduler is stopped: get_project_config reports {@code <sched_stopped>1</sched_stopped>}. */
    public synchronized BoincSettings schedulerStopped(boolean value) {
        this.schedulerStopped = value;
        return this;
    }

    public synchronized boolean schedulerStopped() {
        return schedulerStopped;
    }

    /** The database cannot be reached: -138 or an HTML page, depending on the script. */
    public synchronized BoincSettings databaseDown(boolean value) {
        this.databaseDown = value;
        return this;
    }

    public synchronized boolean databaseDown() {
        return databaseDown;
    }

    public synchronized BoincSettings teamsDisabled(boolean value) {
        this.teamsDisabled = value;
        return this;
    }

    public synchronized boolean teamsDisabled() {
        return teamsDisabled;
    }

    /** The project has no forums: forum_get_data fails, forum preferences need only pm_notification. */
    public synchronized BoincSettings forumsDisabled(boolean value) {
        this.forumsDisabled = value;
        return this;
    }

    public synchronized boolean forumsDisabled() {
        return forumsDisabled;
    }

    /** Sleep before a failed lookup_account reply; default 5 s like the real server. */
    public synchronized BoincSettings lookupFailureDelay(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("negative delay: " + value);
        }
        this.lookupFailureDelay = value;
        return this;
    }

    public synchronized Duration lookupFailureDelay() {
        return lookupFailureDelay;
    }

    /** Insert free text without escaping where the real server does (§6); default true. */
    public synchronized BoincSettings unescapedFreeText(boolean value) {
        this.unescapedFreeText = value;
        return this;
    }

    public synchronized boolean unescapedFreeText() {
        return unescapedFreeText;
    }

    /** Serve every script but get_project_config only under {@code <master>rpc/}. */
    public synchronized BoincSettings separateRpcBase(boolean value) {
        this.separateRpcBase = value;
        return this;
    }

    public synchronized boolean separateRpcBase() {
        return separateRpcBase;
    }

    /** am_get_info reports {@code <postal_code>}. */
    public synchronized BoincSettings usesPostalCodes(boolean value) {
        this.usesPostalCodes = value;
        return this;
    }

    public synchronized boolean usesPostalCodes() {
        return usesPostalCodes;
    }

    /** Advertise {@code <ldap_auth/>} and accept {@code ldap_auth=1&ldap_uid=…&passwd=…} in lookup_account. */
    public synchronized BoincSettings ldapAuth(boolean value) {
        this.ldapAuth = value;
        return this;
    }

    public synchronized boolean ldapAuth() {
        return ldapAuth;
    }

    /** The project is an account manager: get_project_config reports {@code <account_manager/>}. */
    public synchronized BoincSettings accountManager(boolean value) {
        this.accountManager = value;
        return this;
    }

    public synchronized boolean accountManager() {
        return accountManager;
    }

    public synchronized BoincSettings minPasswdLength(int value) {
        this.minPasswdLength = value;
        return this;
    }

    public synchronized int minPasswdLength() {
        return minPasswdLength;
    }

    /** Email domains refused with -205 (e.g. {@code spam.example}). */
    public synchronized BoincSettings bannedEmailDomains(String... domains) {
        Set<String> lower = new java.util.HashSet<>();
        for (String d : domains) {
            lower.add(d.toLowerCase(Locale.ROOT));
        }
        this.bannedEmailDomains = Set.copyOf(lower);
        return this;
    }

    public synchronized Set<String> bannedEmailDomains() {
        return bannedEmailDomains;
    }

    @Override
    public synchronized String toString() {
        return "BoincSettings[release=" + release + ", loginRequired=" + loginRequired
                + ", projectStopped=" + projectStopped + ", databaseDown=" + databaseDown
                + ", separateRpcBase=" + separateRpcBase + ", lookupFailureDelay=" + lookupFailureDelay + "]";
    }
}
