package io.farmroutes.sandbox.boinc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A user account of the emulated project. Readers see the latest values; all changes go through
 * {@link BoincState} (or the emulated scripts), which serialise them.
 */
public final class Account {

    private final long id;
    private final long createTime;
    private final String authenticator;
    private final String crossProjectId;
    private volatile String email;
    private volatile String passwdHash;
    private volatile String name;
    private volatile String country = "";
    private volatile String postalCode = "";
    private volatile String url = "";
    private volatile String venue = "";
    private volatile long teamId;
    private volatile String globalPrefs = "";
    private volatile String projectPrefs = "";
    private volatile boolean sendEmail = true;
    private volatile boolean showHosts = true;
    private volatile boolean hasProfile;
    private volatile double totalCredit;
    private volatile double expavgCredit;
    private volatile double expavgTime;
    private volatile String previousEmail = "";
    private volatile long emailChangeTime;
    private volatile ForumPrefs forumPrefs = ForumPrefs.defaults();
    private final List<Consent> consents = new CopyOnWriteArrayList<>();

    Account(long id, long createTime, String email, String passwdHash, String name, String authenticator,
            String crossProjectId) {
        this.id = id;
        this.createTime = createTime;
        this.email = email;
        this.passwdHash = passwdHash;
        this.name = name;
        this.authenticator = authenticator;
        this.crossProjectId = crossProjectId;
        this.expavgTime = createTime;
    }

    public long id() {
        return id;
    }

    /** Unix seconds. */
    public long createTime() {
        return createTime;
    }

    /** Stored lower-cased. */
    public String email() {
        return email;
    }

    /** md5(password + lowercase(email)), lower-case hex. */
    public String passwdHash() {
        return passwdHash;
    }

    /** The account key: 32 lower-case hex characters. */
    public String authenticator() {
        return authenticator;
    }

    public String crossProjectId() {
        return crossProjectId;
    }

    /** md5(cross-project id + email), as am_get_info, show_user and team_email_list report it. */
    public String cpid() {
        return Php.md5(crossProjectId + email);
    }

    /** {@code <id>_md5(authenticator + passwd_hash)}: changes with the password. */
    public String weakAuth() {
        return id + "_" + Php.md5(authenticator + passwdHash);
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public String postalCode() {
        return postalCode;
    }

    public String url() {
        return url;
    }

    /** The default venue of the user's hosts ("" for none). */
    public String venue() {
        return venue;
    }

    /** 0 for no team. */
    public long teamId() {
        return teamId;
    }

    /** The stored {@code <global_preferences>} XML, or "". */
    public String globalPrefs() {
        return globalPrefs;
    }

    /** The stored {@code <project_preferences>} XML, or "". */
    public String projectPrefs() {
        return projectPrefs;
    }

    public boolean sendEmail() {
        return sendEmail;
    }

    public boolean showHosts() {
        return showHosts;
    }

    public boolean hasProfile() {
        return hasProfile;
    }

    public double totalCredit() {
        return totalCredit;
    }

    public double expavgCredit() {
        return expavgCredit;
    }

    /** Unix seconds, fractional. */
    public double expavgTime() {
        return expavgTime;
    }

    /** The address before the last change, or "". */
    public String previousEmail() {
        return previousEmail;
    }

    /** Unix seconds of the last email change, 0 if never. */
    public long emailChangeTime() {
        return emailChangeTime;
    }

    public ForumPrefs forumPrefs() {
        return forumPrefs;
    }

    /** Consents recorded through am_set_info. */
    public List<Consent> consents() {
        return List.copyOf(consents);
    }

    void email(String value) {
        this.email = value;
    }

    void passwdHash(String value) {
        this.passwdHash = value;
    }

    void name(String value) {
        this.name = value;
    }

    void country(String value) {
        this.country = value;
    }

    void postalCode(String value) {
        this.postalCode = value;
    }

    void url(String value) {
        this.url = value;
    }

    void venue(String value) {
        this.venue = value;
    }

    void teamId(long value) {
        this.teamId = value;
    }

    void globalPrefs(String value) {
        this.globalPrefs = value;
    }

    void projectPrefs(String value) {
        this.projectPrefs = value;
    }

    void sendEmail(boolean value) {
        this.sendEmail = value;
    }

    void showHosts(boolean value) {
        this.showHosts = value;
    }

    void hasProfile(boolean value) {
        this.hasProfile = value;
    }

    void credit(double total, double expavg, double time) {
        this.totalCredit = total;
        this.expavgCredit = expavg;
        this.expavgTime = time;
    }

    void emailChanged(String previous, long when) {
        this.previousEmail = previous;
        this.emailChangeTime = when;
    }

    void forumPrefs(ForumPrefs value) {
        this.forumPrefs = value;
    }

    void addConsent(Consent consent) {
        consents.add(consent);
    }

    @Override
    public String toString() {
        return "Account[" + id + " " + email + " " + name + "]";
    }

    /** One consent record: which policy, given or withdrawn, from which source. */
    public record Consent(String name, boolean flag, boolean notRequired, String source, long time) {
    }
}
