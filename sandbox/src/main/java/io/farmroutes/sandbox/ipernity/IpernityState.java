package io.farmroutes.sandbox.ipernity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** What the emulated ipernity remembers: applications, users, frobs, tokens, documents and upload tickets. */
public final class IpernityState {

    /** The application of the spec's signature examples. */
    public static final String API_KEY = "6fa87ba500002712bd4eed6020f3bd72";
    public static final String API_SECRET = "e9a599f0cf6ce193";
    /** The user of the spec's token example. */
    public static final String USER_ID = "1234";
    /** At most this many tickets per upload.checkTickets request (spec §8.7). */
    public static final int TICKETS_PER_CHECK = 50;

    /** A registered user. */
    public record User(String userId, String username, String realname) {
    }

    /** A frob; approved once the user granted permissions, consumed by auth.getToken. */
    public record Frob(String value, String apiKey, Map<String, String> granted, String userId, boolean used) {
    }

    /** A token: which application, which user, which levels per target ({@code doc} → {@code write}). */
    public record Token(String value, String apiKey, String userId, Map<String, String> permissions) {
    }

    /** A document. */
    public record Doc(String docId, String ownerId, String title, String fileName, long size,
                      List<String> keywords) {
    }

    /** An upload being processed; {@code docId} is the document it creates or replaces. */
    public record Ticket(String id, String userId, String docId, Instant readyAt, boolean invalid) {
    }

    /**
     * How often upload.checkTickets answered about a ticket, and whether it was already ready the first time:
     * what the fewest possible checkTickets requests of a tracker are counted from.
     */
    public record TicketAsks(int asks, boolean readyAtFirstAsk) {
    }

    private final SecureRandom random = new SecureRandom();
    private final AtomicLong ids = new AtomicLong(712_000);
    private final Map<String, String> apps = new LinkedHashMap<>();
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Frob> frobs = new LinkedHashMap<>();
    private final Map<String, Token> tokens = new LinkedHashMap<>();
    private final Map<String, Doc> docs = new LinkedHashMap<>();
    private final Map<String, Ticket> tickets = new LinkedHashMap<>();
    private final Map<String, Doc> pendingDocs = new LinkedHashMap<>();
    private final Map<String, TicketAsks> ticketAsks = new HashMap<>();
    private volatile Clock clock = Clock.systemUTC();

    IpernityState() {
        seed();
    }

    /** Forgets everything and restores the seed application, user and document. */
    synchronized void seed() {
        apps.clear();
        users.clear();
        frobs.clear();
        tokens.clear();
        docs.clear();
        tickets.clear();
        pendingDocs.clear();
        ticketAsks.clear();
        ids.set(712_000);
        clock = Clock.systemUTC();
        apps.put(API_KEY, API_SECRET);
        users.put(USER_ID, new User(USER_ID, "Superman", "Kal-El"));
        users.put("5678", new User("5678", "Lois", "Lois Lane"));
        docs.put("5412", new Doc("5412", USER_ID, "Fortress", "fortress.jpg", 1024, new ArrayList<>()));
    }

    /** Replaces the clock that ticket ETAs are measured with (tests move time forward with it). */
    public void clock(Clock newClock) {
        this.clock = newClock;
    }

    public Instant now() {
        return clock.instant();
    }

    public synchronized void addApplication(String apiKey, String secret) {
        apps.put(apiKey, secret);
    }

    public synchronized Optional<String> secretOf(String apiKey) {
        return Optional.ofNullable(apps.get(apiKey));
    }

    public synchronized Optional<User> user(String userId) {
        return Optional.ofNullable(users.get(userId));
    }

    synchronized Frob newFrob(String apiKey) {
        String value = ids.incrementAndGet() + "-" + hex(6);
        Frob frob = new Frob(value, apiKey, Map.of(), null, false);
        frobs.put(value, frob);
        return frob;
    }

    /** What the authorize page does when the user approves: grants these levels ({@code doc} → {@code write}). */
    public synchronized boolean approveFrob(String frob, String userId, Map<String, String> permissions) {
        Frob f = frobs.get(frob);
        if (f == null || f.used() || !users.containsKey(userId)) {
            return false;
        }
        frobs.put(frob, new Frob(f.value(), f.apiKey(), Map.copyOf(permissions), userId, false));
        return true;
    }

    /** Consumes an approved frob of this application; empty when unknown, unapproved or used. */
    synchronized Optional<Token> exchangeFrob(String frob, String apiKey) {
        Frob f = frobs.get(frob);
        if (f == null || f.used() || f.userId() == null || !f.apiKey().equals(apiKey)) {
            return Optional.empty();
        }
        frobs.put(frob, new Frob(f.value(), f.apiKey(), f.granted(), f.userId(), true));
        return Optional.of(issueToken(apiKey, f.userId(), f.granted()));
    }

    /** A token as if the user had gone through the authorization flow (a test shortcut). */
    public synchronized Token issueToken(String apiKey, String userId, Map<String, String> permissions) {
        Token token = new Token(userId + "-" + hex(8), apiKey, userId, Map.copyOf(permissions));
        tokens.put(token.value(), token);
        return token;
    }

    public synchronized Optional<Token> token(String value) {
        return Optional.ofNullable(tokens.get(value));
    }

    /** What revoking the application does: the token stops working. */
    public synchronized void revoke(String token) {
        tokens.remove(token);
    }

    public synchronized Optional<Doc> doc(String docId) {
        return Optional.ofNullable(docs.get(docId));
    }

    public synchronized List<Doc> docs() {
        return List.copyOf(docs.values());
    }

    synchronized void putDoc(Doc doc) {
        docs.put(doc.docId(), doc);
    }

    synchronized void removeDoc(String docId) {
        docs.remove(docId);
    }

    /** Accepts an upload: the document appears (or is replaced) once the processing time has passed. */
    synchronized Ticket newTicket(String userId, String replacedDocId, String title, String fileName, long size,
                                  boolean invalid, Duration processing) {
        String docId = replacedDocId != null ? replacedDocId : Long.toString(ids.incrementAndGet());
        String id = replacedDocId != null ? ids.incrementAndGet() + "-" + replacedDocId
                : Long.toString(ids.incrementAndGet());
        Ticket ticket = new Ticket(id, userId, docId, now().plus(processing), invalid);
        tickets.put(id, ticket);
        if (!invalid) {
            pendingDocs.put(id, new Doc(docId, userId, title, fileName, size, new ArrayList<>()));
        }
        return ticket;
    }

    /** The ticket, with its document created if it has become ready. */
    synchronized Optional<Ticket> ticket(String id) {
        Ticket t = tickets.get(id);
        if (t != null && !now().isBefore(t.readyAt())) {
            Doc doc = pendingDocs.remove(id);
            if (doc != null) {
                docs.put(doc.docId(), doc);
            }
        }
        return Optional.ofNullable(t);
    }

    public synchronized List<Ticket> tickets() {
        return List.copyOf(tickets.values());
    }

    /** upload.checkTickets answered about this ticket; {@code ready} is what the answer said. */
    synchronized void answeredAbout(String ticketId, boolean ready) {
        ticketAsks.merge(ticketId, new TicketAsks(1, ready),
                (first, next) -> new TicketAsks(first.asks() + 1, first.readyAtFirstAsk()));
    }

    /**
     * The fewest upload.checkTickets requests any tracker could have made about these tickets, given what the
     * answers said: an upload's reply carries no eta, so a ticket takes one answer if it was ready at its first
     * ask, else two (one to learn the eta, one after it), and a request carries at most
     * {@link #TICKETS_PER_CHECK}. A ticket never asked about counts the one answer it still needs.
     */
    public synchronized int fewestCheckTicketsRequests(Collection<String> ticketIds) {
        int answers = 0;
        for (String id : ticketIds) {
            TicketAsks asked = ticketAsks.get(id);
            answers += asked == null || asked.readyAtFirstAsk() ? 1 : 2;
        }
        return (answers + TICKETS_PER_CHECK - 1) / TICKETS_PER_CHECK;
    }

    /** Per ticket id, the checkTickets answers about it so far (tickets never asked about are absent). */
    public synchronized Map<String, TicketAsks> ticketAsks() {
        return Map.copyOf(ticketAsks);
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
