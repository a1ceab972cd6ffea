package io.farmroutes.sandbox.boinc;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The emulated project's database, in memory and thread-safe: seed it and assert on it from tests.
 * Every method holds the state's lock, so compound changes made by the emulated scripts are atomic.
 */
public final class BoincState {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long DEFAULT_FORUM_ID = 1;

    private final Map<Long, Account> accounts = new LinkedHashMap<>();
    private final Map<Long, Host> hosts = new LinkedHashMap<>();
    private final Map<Long, Team> teams = new LinkedHashMap<>();
    private final Map<Long, ForumThread> threads = new LinkedHashMap<>();
    private final Map<Long, ForumPost> posts = new LinkedHashMap<>();
    private final Map<Long, App> apps = new LinkedHashMap<>();
    private final Map<Long, AppVersion> versions = new LinkedHashMap<>();
    private final List<Platform> platforms = new ArrayList<>();
    private long nextAccountId;
    private long nextHostId;
    private long nextTeamId;
    private long nextThreadId;
    private long nextPostId;
    private long nextAppId;
    private long nextVersionId;
    private String projectName = "";
    private String termsOfUse = "";

    /** An empty project; {@link BoincEmulator} fills it with the seed data. */
    public BoincState() {
        clear();
    }

    /** Removes everything and restarts ids at 1. */
    public synchronized void clear() {
        accounts.clear();
        hosts.clear();
        teams.clear();
        threads.clear();
        posts.clear();
        apps.clear();
        versions.clear();
        platforms.clear();
        nextAccountId = 1;
        nextHostId = 1;
        nextTeamId = 1;
        nextThreadId = 1;
        nextPostId = 1;
        nextAppId = 1;
        nextVersionId = 1;
        projectName = "";
        termsOfUse = "";
    }

    // ---- project ----

    public synchronized String projectName() {
        return projectName;
    }

    public synchronized void projectName(String value) {
        this.projectName = value;
    }

    /** Raw terms-of-use text ("" for none); get_project_config inserts it unescaped. */
    public synchronized String termsOfUse() {
        return termsOfUse;
    }

    public synchronized void termsOfUse(String value) {
        this.termsOfUse = value;
    }

    // ---- accounts ----

    /**
     * Creates an account as the web site would: email lower-cased, passwd_hash = md5(password +
     * lowercase(email)), a fresh random authenticator.
     */
    public Account createAccount(String email, String password, String userName) {
        String lower = email.toLowerCase(Locale.ROOT);
        return insertAccount(lower, Php.md5(password + lower), userName, randomHex(), randomHex(), now());
    }

    /** Inserts an account with a known hash; used by create_account and the seed. */
    synchronized Account insertAccount(String lowerEmail, String passwdHash, String userName, String authenticator,
                                       String crossProjectId, long createTime) {
        if (findByEmail(lowerEmail).isPresent()) {
            throw new IllegalArgumentException("email already in use: " + lowerEmail);
        }
        Account account = new Account(nextAccountId++, createTime, lowerEmail, passwdHash, userName, authenticator,
                crossProjectId);
        accounts.put(account.id(), account);
        return account;
    }

    /** Case-insensitive, as MySQL compares the email column. */
    public synchronized Optional<Account> accountByEmail(String email) {
        return findByEmail(email.toLowerCase(Locale.ROOT));
    }

    public synchronized Optional<Account> accountByKey(String authenticator) {
        if (authenticator == null || authenticator.isEmpty()) {
            return Optional.empty();
        }
        return accounts.values().stream().filter(a -> a.authenticator().equals(authenticator)).findFirst();
    }

    public synchronized Optional<Account> account(long id) {
        return Optional.ofNullable(accounts.get(id));
    }

    /** Case-insensitive, like the unique index on user names of a MySQL table with a _ci collation. */
    public synchronized Optional<Account> accountByName(String name) {
        return accounts.values().stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Whether some account moved away from this email less than {@code days} days ago. */
    synchronized boolean emailRecentlyAbandoned(String lowerEmail, long days) {
        long since = now() - days * 86400;
        return accounts.values().stream().anyMatch(a -> a.previousEmail().equals(lowerEmail)
                && a.emailChangeTime() > since);
    }

    public synchronized List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    /** Sets a user's credit; expavg_time becomes now. */
    public synchronized void setCredit(long userId, double total, double expavg) {
        requireAccount(userId).credit(total, expavg, now());
    }

    /** Sets a user's credit with an explicit expavg_time (unix seconds). */
    public synchronized void setCredit(long userId, double total, double expavg, double expavgTime) {
        requireAccount(userId).credit(total, expavg, expavgTime);
    }

    /** Sets the fields that am_set_info edits and that have no RPC-free way in, for seeding. */
    public synchronized void setProfile(long userId, String country, String url, String postalCode, String venue) {
        Account a = requireAccount(userId);
        a.country(country);
        a.url(url);
        a.postalCode(postalCode);
        a.venue(venue);
    }

    public synchronized void setPreferences(long userId, String globalPrefs, String projectPrefs) {
        Account a = requireAccount(userId);
        a.globalPrefs(globalPrefs);
        a.projectPrefs(projectPrefs);
    }

    /** Runs a compound change under the state's lock. */
    synchronized <T> T locked(Supplier<T> change) {
        return change.get();
    }

    // ---- hosts ----

    /** Adds a host with plausible hardware values. */
    public Host addHost(long userId, String domainName, String venue) {
        return addHost(userId, domainName, venue, 8, "GenuineIntel",
                "Intel(R) Core(TM) i7-8700 CPU @ 3.20GHz [Family 6 Model 158 Stepping 10]", "Linux Ubuntu",
                "Ubuntu 22.04.3 LTS [6.5.0-14-generic|libc 2.35]", now());
    }

    synchronized Host addHost(long userId, String domainName, String venue, int ncpus, String vendor, String model,
                              String osName, String osVersion, long createTime) {
        requireAccount(userId);
        Host host = new Host(nextHostId++, userId, createTime, Php.md5("host-" + nextHostId + domainName),
                domainName, ncpus, vendor, model, 4.35e9, 1.82e10, osName, osVersion, 3.3e10, 2.1e11, 5.0e11,
                venue);
        hosts.put(host.id(), host);
        return host;
    }

    public synchronized Optional<Host> host(long id) {
        return Optional.ofNullable(hosts.get(id));
    }

    public synchronized List<Host> hosts(long userId) {
        return hosts.values().stream().filter(h -> h.userId() == userId).toList();
    }

    public synchronized void setHostCredit(long hostId, double total, double expavg) {
        Host host = host(hostId).orElseThrow(() -> new NoSuchElementException("no host " + hostId));
        host.credit(total, expavg, now());
    }

    // ---- teams ----

    /** Creates a team; its founder joins it, as on the web site. */
    public Team createTeam(long founderUserId, String name, String url, int type, String country) {
        return createTeam(founderUserId, name, url, type, country, now());
    }

    synchronized Team createTeam(long founderUserId, String name, String url, int type, String country,
                                 long createTime) {
        requireAccount(founderUserId);
        Team team = new Team(nextTeamId++, createTime, founderUserId, name, url, type, country);
        teams.put(team.id(), team);
        joinTeam(founderUserId, team.id());
        return team;
    }

    public synchronized Optional<Team> team(long id) {
        return Optional.ofNullable(teams.get(id));
    }

    public synchronized List<Team> teams() {
        return List.copyOf(teams.values());
    }

    /** Exact name match, as create_account's {@code team_name} uses. */
    public synchronized Optional<Team> teamByName(String name) {
        return teams.values().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Moves a user into a team (leaving any other). */
    public synchronized void joinTeam(long userId, long teamId) {
        if (!teams.containsKey(teamId)) {
            throw new NoSuchElementException("no team " + teamId);
        }
        requireAccount(userId).teamId(teamId);
    }

    public synchronized void quitTeam(long userId) {
        requireAccount(userId).teamId(0);
    }

    public synchronized List<Account> members(long teamId) {
        return accounts.values().stream().filter(a -> a.teamId() == teamId).toList();
    }

    public synchronized void setTeamJoinable(long teamId, boolean joinable) {
        team(teamId).orElseThrow(() -> new NoSuchElementException("no team " + teamId)).joinable(joinable);
    }

    public synchronized void setTeamCredit(long teamId, double total, double expavg) {
        team(teamId).orElseThrow(() -> new NoSuchElementException("no team " + teamId)).credit(total, expavg, now());
    }

    // ---- forums ----

    /** Starts a thread (without posts) owned by this user. */
    public ForumThread addThread(long userId, String title) {
        return withoutOpener(addThread(userId, title, now(), 0));
    }

    synchronized ForumThread addThread(long userId, String title, long timestamp, int views) {
        requireAccount(userId);
        ForumThread thread = new ForumThread(nextThreadId++, DEFAULT_FORUM_ID, userId, title, -1, views, timestamp);
        threads.put(thread.id(), thread);
        return thread;
    }

    /** Posts into the thread with this title, starting it (owned by this user) when there is none. */
    public ForumPost addPost(long userId, String threadTitle, String content) {
        return addPost(userId, threadTitle, content, now());
    }

    synchronized ForumPost addPost(long userId, String threadTitle, String content, long timestamp) {
        requireAccount(userId);
        ForumThread thread = threads.values().stream().filter(t -> t.title().equals(threadTitle)).findFirst()
                .orElseGet(() -> addThread(userId, threadTitle, timestamp, 0));
        ForumPost post = new ForumPost(nextPostId++, thread.id(), userId, timestamp, content);
        posts.put(post.id(), post);
        threads.put(thread.id(), new ForumThread(thread.id(), thread.forumId(), thread.ownerId(), thread.title(),
                thread.replies() + 1, thread.views(), Math.max(thread.timestamp(), timestamp)));
        return post;
    }

    public synchronized Optional<ForumThread> thread(long id) {
        return Optional.ofNullable(threads.get(id)).map(BoincState::withoutOpener);
    }

    /** A user's posts, newest first. */
    public synchronized List<ForumPost> posts(long userId) {
        return posts.values().stream().filter(p -> p.userId() == userId)
                .sorted(Comparator.comparingLong(ForumPost::timestamp).thenComparingLong(ForumPost::id).reversed())
                .toList();
    }

    /** Threads a user started, newest first. */
    public synchronized List<ForumThread> threads(long userId) {
        return threads.values().stream().filter(t -> t.ownerId() == userId)
                .sorted(Comparator.comparingLong(ForumThread::timestamp).thenComparingLong(ForumThread::id)
                        .reversed())
                .map(BoincState::withoutOpener)
                .toList();
    }

    // Stored replies count the opening post too (starting at -1), so that a bare thread reads 0.
    private static ForumThread withoutOpener(ForumThread t) {
        return new ForumThread(t.id(), t.forumId(), t.ownerId(), t.title(), Math.max(t.replies(), 0), t.views(),
                t.timestamp());
    }

    // ---- applications ----

    public synchronized App addApp(String name, String userFriendlyName, boolean beta) {
        if (appByName(name).isPresent()) {
            throw new IllegalArgumentException("app exists: " + name);
        }
        App app = new App(nextAppId++, name, userFriendlyName, beta, false);
        apps.put(app.id(), app);
        return app;
    }

    public synchronized void deprecateApp(String name) {
        App app = appByName(name).orElseThrow(() -> new NoSuchElementException("no app " + name));
        apps.put(app.id(), new App(app.id(), app.name(), app.userFriendlyName(), app.beta(), true));
    }

    public synchronized Optional<App> appByName(String name) {
        return apps.values().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public synchronized List<App> apps() {
        return List.copyOf(apps.values());
    }

    /**
     * Adds an app version created now. The (platform, plan class) pair is also registered for
     * get_project_config when it is not yet listed.
     */
    public AppVersion addVersion(String appName, String platformShort, String platformLong, int versionNum,
                                 String planClass) {
        return addVersion(appName, platformShort, platformLong, versionNum, planClass, now(), false);
    }

    public synchronized AppVersion addVersion(String appName, String platformShort, String platformLong,
                                              int versionNum, String planClass, long createTime, boolean beta) {
        App app = appByName(appName).orElseThrow(() -> new NoSuchElementException("no app " + appName));
        AppVersion v = new AppVersion(nextVersionId++, app.id(), appName, platformShort, platformLong, versionNum,
                planClass, createTime, beta, false);
        versions.put(v.id(), v);
        if (platforms.stream().noneMatch(p -> p.platformName().equals(platformShort)
                && p.planClass().equals(planClass))) {
            platforms.add(new Platform(platformShort, platformLong, planClass));
        }
        return v;
    }

    public synchronized void deprecateVersion(long versionId) {
        AppVersion v = versions.get(versionId);
        if (v == null) {
            throw new NoSuchElementException("no app version " + versionId);
        }
        versions.put(v.id(), new AppVersion(v.id(), v.appId(), v.appName(), v.platformShort(), v.platformLong(),
                v.versionNum(), v.planClass(), v.createTime(), v.beta(), true));
    }

    public synchronized List<AppVersion> versions() {
        return List.copyOf(versions.values());
    }

    /** Lists a platform / plan class pair in get_project_config (ignored when already listed). */
    public synchronized void addPlatform(String platformName, String userFriendlyName, String planClass) {
        String plan = planClass == null ? "" : planClass;
        if (platforms.stream().noneMatch(p -> p.platformName().equals(platformName) && p.planClass().equals(plan))) {
            platforms.add(new Platform(platformName, userFriendlyName, plan));
        }
    }

    public synchronized List<Platform> platforms() {
        return List.copyOf(platforms);
    }

    // ---- helpers ----

    static long now() {
        return Instant.now().getEpochSecond();
    }

    static String randomHex() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private Optional<Account> findByEmail(String lowerEmail) {
        return accounts.values().stream().filter(a -> a.email().equals(lowerEmail)).findFirst();
    }

    private Account requireAccount(long userId) {
        Account a = accounts.get(userId);
        if (a == null) {
            throw new NoSuchElementException("no account " + userId);
        }
        return a;
    }
}
