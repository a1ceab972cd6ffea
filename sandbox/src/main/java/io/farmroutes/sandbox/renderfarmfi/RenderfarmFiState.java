package io.farmroutes.sandbox.renderfarmfi;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the emulated Renderfarm.fi remembers: consumers, request and access tokens, used nonces, users'
 * sessions and which sessions are attached to which consumer. Every method takes one lock; reads return
 * snapshots.
 */
public final class RenderfarmFiState {

    /** The seeded consumer (a website registered with Renderfarm.fi). */
    public static final String CONSUMER_KEY = "farmroutes-sandbox-consumer";
    /** Holds characters that must be percent-encoded in the signing key, so a client that skips it fails. */
    public static final String CONSUMER_SECRET = "rfi/Sandbox+Secret&2011=~fi";
    /** The seeded user, who owns most seeded sessions. */
    public static final int USER_ID = 888;
    /** Another user, whose session the seeded user cannot attach. */
    public static final int OTHER_USER_ID = 999;
    /** A session of the seeded user attached to the seeded consumer from the start. */
    public static final int ATTACHED_SESSION = 413;
    /** A session that belongs to {@link #OTHER_USER_ID}. */
    public static final int OTHER_USERS_SESSION = 418;
    /** An access token of {@link #USER_ID} issued to {@link #CONSUMER_KEY}. */
    public static final String ACCESS_TOKEN = "rfi-at-888-5eeded0c0ffee";
    public static final String ACCESS_TOKEN_SECRET = "Tz9/eP+q&w=~seeded";

    /** A request token: whose consumer, where to send the browser, who authorized it, whether it was exchanged. */
    record RequestToken(String token, String secret, String consumerKey, String callback, Integer authorizedBy,
                        boolean used) {
    }

    /** An access token: whose consumer, which user, whether logged out. */
    record AccessToken(String token, String secret, String consumerKey, int userId, boolean revoked) {
    }

    private final RenderfarmFiSettings settings;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> consumers = new LinkedHashMap<>();
    private final Map<String, RequestToken> requestTokens = new HashMap<>();
    private final Map<String, AccessToken> accessTokens = new HashMap<>();
    /** consumer key + NUL + nonce → the timestamp it came with. */
    private final Map<String, Long> nonces = new HashMap<>();
    private final TreeMap<Integer, RenderfarmFiSession> sessions = new TreeMap<>();
    private final Map<String, Set<Integer>> attachments = new HashMap<>();
    private int issuedRequestTokens;
    private int issuedAccessTokens;

    RenderfarmFiState(RenderfarmFiSettings settings) {
        this.settings = settings;
        seed();
    }

    /** Forgets everything and restores the seeded consumer, users, token, sessions and attachment. */
    synchronized void seed() {
        consumers.clear();
        requestTokens.clear();
        accessTokens.clear();
        nonces.clear();
        sessions.clear();
        attachments.clear();
        issuedRequestTokens = 0;
        issuedAccessTokens = 0;
        consumers.put(CONSUMER_KEY, CONSUMER_SECRET);
        accessTokens.put(ACCESS_TOKEN, new AccessToken(ACCESS_TOKEN, ACCESS_TOKEN_SECRET, CONSUMER_KEY, USER_ID,
                false));
        for (RenderfarmFiSession s : SessionSeed.sessions()) {
            sessions.put(s.id(), s);
        }
        attachments.computeIfAbsent(CONSUMER_KEY, k -> new TreeSet<>()).add(ATTACHED_SESSION);
    }

    /** Sets the emulator's one clock (the same as {@code settings().clock(…)}); tests move time with it. */
    public void clock(Clock clock) {
        settings.clock(clock);
    }

    public Instant now() {
        return settings.clock().instant();
    }

    /** Registers another consumer (or replaces its secret). */
    public synchronized void addConsumer(String key, String secret) {
        consumers.put(key, secret);
    }

    public synchronized Optional<String> consumerSecret(String key) {
        return Optional.ofNullable(consumers.get(key));
    }

    synchronized RequestToken issueRequestToken(String consumerKey, String callback) {
        RequestToken token = new RequestToken("rfi-rt-" + hex(12), secret(), consumerKey, callback, null, false);
        requestTokens.put(token.token(), token);
        issuedRequestTokens++;
        return token;
    }

    /**
     * What the user's approval on the authorize page does (spec §5.2): the seeded user authorizes the request
     * token.
     *
     * @throws IllegalArgumentException when the token is unknown or already exchanged
     */
    public synchronized void authorize(String requestToken) {
        if (authorizePending(requestToken).isEmpty()) {
            throw new IllegalArgumentException("no unused request token " + requestToken);
        }
    }

    /** Authorizes an unused request token for the seeded user; empty when unknown or exchanged. */
    synchronized Optional<RequestToken> authorizePending(String requestToken) {
        RequestToken t = requestTokens.get(requestToken);
        if (t == null || t.used()) {
            return Optional.empty();
        }
        RequestToken authorized = new RequestToken(t.token(), t.secret(), t.consumerKey(), t.callback(), USER_ID,
                false);
        requestTokens.put(requestToken, authorized);
        return Optional.of(authorized);
    }

    /** Whether the request token exists, is unused and was authorized. */
    public synchronized boolean isAuthorized(String requestToken) {
        RequestToken t = requestTokens.get(requestToken);
        return t != null && !t.used() && t.authorizedBy() != null;
    }

    synchronized Optional<RequestToken> requestToken(String token) {
        return Optional.ofNullable(requestTokens.get(token));
    }

    /**
     * Consumes an authorized request token and issues an access token for the user who authorized it; checked
     * and done under one lock, so that two racing exchanges cannot both succeed.
     */
    synchronized AccessToken exchange(String requestToken) {
        RequestToken t = requestTokens.get(requestToken);
        if (t == null) {
            throw new OAuthProblem(OAuthProblem.TOKEN_REJECTED, "unknown request token");
        }
        if (t.used()) {
            throw new OAuthProblem(OAuthProblem.TOKEN_USED, "the request token was already exchanged");
        }
        if (t.authorizedBy() == null) {
            throw new OAuthProblem(OAuthProblem.PERMISSION_UNKNOWN, "the user has not authorized the request token");
        }
        requestTokens.put(requestToken, new RequestToken(t.token(), t.secret(), t.consumerKey(), t.callback(),
                t.authorizedBy(), true));
        AccessToken access = new AccessToken("rfi-at-" + hex(12), secret(), t.consumerKey(), t.authorizedBy(), false);
        accessTokens.put(access.token(), access);
        issuedAccessTokens++;
        return access;
    }

    synchronized Optional<AccessToken> accessToken(String token) {
        return Optional.ofNullable(accessTokens.get(token));
    }

    /** Logs an access token out; false when it is unknown or already revoked. */
    synchronized boolean revoke(String token) {
        AccessToken t = accessTokens.get(token);
        if (t == null || t.revoked()) {
            return false;
        }
        accessTokens.put(token, new AccessToken(t.token(), t.secret(), t.consumerKey(), t.userId(), true));
        return true;
    }

    /** True once the access token was logged out; false for a live or unknown token. */
    public synchronized boolean isRevoked(String accessToken) {
        AccessToken t = accessTokens.get(accessToken);
        return t != null && t.revoked();
    }

    /** Request tokens issued by oauth.requestToken since the last reset. */
    public synchronized int issuedRequestTokens() {
        return issuedRequestTokens;
    }

    /** Access tokens issued by oauth.accessToken since the last reset (the seeded one not counted). */
    public synchronized int issuedAccessTokens() {
        return issuedAccessTokens;
    }

    /**
     * Remembers a nonce for a consumer; false when that consumer already used it with any timestamp that is still
     * inside the window (which covers the RFC's "same timestamp" rule). Nonces whose timestamps have left the window
     * are forgotten: such a request would be refused for its timestamp anyway.
     */
    synchronized boolean useNonce(String consumerKey, String nonce, long timestamp) {
        long now = now().getEpochSecond();
        long window = settings.timestampWindow().toSeconds();
        for (Iterator<Long> it = nonces.values().iterator(); it.hasNext(); ) {
            if (Math.abs(it.next() - now) > window) {
                it.remove();
            }
        }
        return nonces.putIfAbsent(consumerKey + '\0' + nonce, timestamp) == null;
    }

    /**
     * Adds a session of the seeded user, submitted now, with plausible details for its state.
     *
     * @param state {@code accept}, {@code active} or {@code completed}
     * @return the new session's id
     */
    public synchronized int addSession(String state, String title, String shortDescription, int startFrame,
                                       int endFrame) {
        int id = sessions.isEmpty() ? SessionSeed.FIRST_ID : sessions.lastKey() + 1;
        RenderfarmFiSession session = SessionSeed.fresh(id, USER_ID, state, title, shortDescription, startFrame,
                endFrame, (int) now().getEpochSecond());
        sessions.put(id, session);
        return id;
    }

    /** Adds or replaces a session as given (any owner). */
    public synchronized void putSession(RenderfarmFiSession session) {
        sessions.put(session.id(), session);
    }

    public synchronized Optional<RenderfarmFiSession> session(int id) {
        return Optional.ofNullable(sessions.get(id));
    }

    /** A user's sessions, by id. */
    public synchronized List<RenderfarmFiSession> sessionsOf(int userId) {
        List<RenderfarmFiSession> out = new ArrayList<>();
        for (RenderfarmFiSession s : sessions.values()) {
            if (s.ownerId() == userId) {
                out.add(s);
            }
        }
        return out;
    }

    synchronized void attach(String consumerKey, int sessionId) {
        attachments.computeIfAbsent(consumerKey, k -> new TreeSet<>()).add(sessionId);
    }

    /** The sessions attached to a consumer's website, by id. */
    public synchronized Set<Integer> attachedSessions(String consumerKey) {
        return Collections.unmodifiableSet(new TreeSet<>(attachments.getOrDefault(consumerKey, Set.of())));
    }

    synchronized boolean isAttached(String consumerKey, int sessionId) {
        return attachments.getOrDefault(consumerKey, Set.of()).contains(sessionId);
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Standard Base64 with padding: '+', '/' and '=' in secrets make clients percent-encode the signing key. */
    private String secret() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }
}
