package io.farmroutes.sandbox.ipernity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The methods the emulator serves: the auth flow, the upload workflow, and a few document methods. */
final class IpernityMethods {

    private static final Map.Entry<String, String> DOC_WRITE = Map.entry("doc", "write");
    private static final Map.Entry<String, String> DOC_DELETE = Map.entry("doc", "delete");

    private final IpernityState state;
    private final IpernitySettings settings;
    private final Map<String, IpernityMethod> methods = new LinkedHashMap<>();

    IpernityMethods(IpernityState state, IpernitySettings settings) {
        this.state = state;
        this.settings = settings;
        add(new IpernityMethod("auth.getFrob", false, true, false, null, this::getFrob));
        add(new IpernityMethod("auth.getToken", false, true, false, null, this::getToken));
        add(new IpernityMethod("auth.checkToken", false, true, true, null, this::checkToken));
        add(new IpernityMethod("upload.file", true, true, true, DOC_WRITE, this::uploadFile));
        add(new IpernityMethod("upload.replace", true, true, true, DOC_WRITE, this::uploadReplace));
        add(new IpernityMethod("upload.checkTickets", false, true, true, DOC_WRITE, this::checkTickets));
        add(new IpernityMethod("doc.get", false, false, false, null, this::docGet));
        add(new IpernityMethod("doc.tags.add", true, true, true, DOC_WRITE, this::tagsAdd));
        add(new IpernityMethod("doc.delete", true, true, true, DOC_DELETE, this::docDelete));
    }

    private void add(IpernityMethod method) {
        methods.put(method.name(), method);
    }

    Optional<IpernityMethod> find(String name) {
        return Optional.ofNullable(methods.get(name));
    }

    private Map<String, Object> getFrob(IpernityCall call) {
        return Map.of("auth", Map.of("frob", state.newFrob(call.apiKey()).value()));
    }

    private Map<String, Object> getToken(IpernityCall call) {
        String frob = call.require("frob", 1, "Frob missing");
        IpernityState.Token token = state.exchangeFrob(frob, call.apiKey())
                .orElseThrow(() -> new ApiError(2, "Invalid frob or already used"));
        return Map.of("auth", auth(token, "permissions"));
    }

    private Map<String, Object> checkToken(IpernityCall call) {
        // the auth.checkToken page names the element "perms"; the emulator follows the page
        return Map.of("auth", auth(call.token().orElseThrow(), "perms"));
    }

    private Map<String, Object> auth(IpernityState.Token token, String permissionsName) {
        Map<String, Object> perms = new LinkedHashMap<>();
        for (String target : List.of("doc", "blog", "post", "network", "profile")) {
            perms.put(target, token.permissions().getOrDefault(target, "none"));
        }
        IpernityState.User user = state.user(token.userId()).orElseThrow();
        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("token", token.value());
        auth.put(permissionsName, perms);
        auth.put("user", Map.of("user_id", user.userId(), "username", user.username(), "realname", user.realname()));
        return auth;
    }

    private Map<String, Object> uploadFile(IpernityCall call) {
        MultipartForm.FilePart file = uploadedFile(call);
        if (file.fileName().toLowerCase(Locale.ROOT).endsWith(".exe")) {
            throw new ApiError(3, "File not accepted");
        }
        // a file whose name ends in .corrupt is accepted, then fails processing: its ticket becomes invalid
        boolean invalid = file.fileName().toLowerCase(Locale.ROOT).endsWith(".corrupt");
        String title = call.param("title").orElse(file.fileName());
        IpernityState.Ticket ticket = state.newTicket(call.userId(), null, title, file.fileName(),
                file.content().length, invalid, settings.processingTime());
        return Map.of("ticket", ticket.id());
    }

    private Map<String, Object> uploadReplace(IpernityCall call) {
        MultipartForm.FilePart file = uploadedFile(call);
        String docId = call.param("doc_id").orElse("");
        IpernityState.Doc doc = state.doc(docId).filter(d -> d.ownerId().equals(call.userId()))
                .orElseThrow(() -> new ApiError(4, "Document not found"));
        IpernityState.Ticket ticket = state.newTicket(call.userId(), doc.docId(), doc.title(), file.fileName(),
                file.content().length, false, settings.processingTime());
        return Map.of("ticket", ticket.id());
    }

    private MultipartForm.FilePart uploadedFile(IpernityCall call) {
        MultipartForm.FilePart file = call.multipart().flatMap(m -> m.file("file"))
                .filter(f -> f.content().length > 0)
                .orElseThrow(() -> new ApiError(1, "File missing or empty"));
        if (file.content().length > settings.maxUploadBytes()) {
            throw new ApiError(2, "File larger than allowed");
        }
        return file;
    }

    private Map<String, Object> checkTickets(IpernityCall call) {
        List<String> ids = Arrays.stream(call.require("tickets", 1, "Tickets not found").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (ids.isEmpty() || ids.size() > IpernityState.TICKETS_PER_CHECK) {
            throw new ApiError(1, "Tickets not found");
        }
        List<Object> statuses = new ArrayList<>();
        int done = 0;
        int invalid = 0;
        int left = 0;
        long eta = 0;
        Map<String, Boolean> answered = new LinkedHashMap<>();
        for (String id : ids) {
            IpernityState.Ticket t = state.ticket(id).filter(x -> x.userId().equals(call.userId()))
                    .orElseThrow(() -> new ApiError(1, "Ticket not found"));
            long remaining = Math.max(0, (long) Math.ceil(
                    (t.readyAt().toEpochMilli() - state.now().toEpochMilli()) / 1000.0));
            boolean ready = remaining == 0;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", t.id());
            s.put("done", ready && !t.invalid() ? "1" : "0");
            s.put("invalid", ready && t.invalid() ? "1" : "0");
            if (ready && !t.invalid()) {
                s.put("doc_id", t.docId());
                done++;
            } else if (ready) {
                invalid++;
            } else {
                left++;
            }
            s.put("eta", Long.toString(remaining));
            eta = Math.max(eta, remaining);
            statuses.add(s);
            answered.put(t.id(), ready);
        }
        // counted only once the whole request is answered: an error 1 tells the client nothing about the others
        answered.forEach(state::answeredAbout);
        Map<String, Object> tickets = new LinkedHashMap<>();
        tickets.put("count", Integer.toString(ids.size()));
        tickets.put("done", Integer.toString(done));
        tickets.put("invalid", Integer.toString(invalid));
        tickets.put("left", Integer.toString(left));
        tickets.put("eta", Long.toString(eta));
        tickets.put("ticket", statuses);
        return Map.of("tickets", tickets);
    }

    private Map<String, Object> docGet(IpernityCall call) {
        IpernityState.Doc doc = state.doc(call.require("doc_id", 1, "Document not found"))
                .orElseThrow(() -> new ApiError(1, "Document not found"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("doc_id", doc.docId());
        out.put("owner", Map.of("user_id", doc.ownerId()));
        out.put("title", doc.title());
        out.put("original", Map.of("filename", doc.fileName(), "bytes", Long.toString(doc.size())));
        out.put("keywords", Map.of("keyword", doc.keywords().stream().map(k -> Map.of("keyword", k)).toList()));
        return Map.of("doc", out);
    }

    private Map<String, Object> tagsAdd(IpernityCall call) {
        IpernityState.Doc doc = ownDoc(call);
        String keywords = call.require("keywords", 2, "Keywords missing");
        List<String> merged = new ArrayList<>(doc.keywords());
        Arrays.stream(keywords.split(",")).map(String::strip).filter(k -> !k.isEmpty() && !merged.contains(k))
                .forEach(merged::add);
        state.putDoc(new IpernityState.Doc(doc.docId(), doc.ownerId(), doc.title(), doc.fileName(), doc.size(),
                merged));
        return Map.of("doc", Map.of("doc_id", doc.docId(), "total", Integer.toString(merged.size())));
    }

    private Map<String, Object> docDelete(IpernityCall call) {
        IpernityState.Doc doc = ownDoc(call);
        state.removeDoc(doc.docId());
        return Map.of("doc", Map.of("doc_id", doc.docId()));
    }

    private IpernityState.Doc ownDoc(IpernityCall call) {
        return state.doc(call.require("doc_id", 1, "Document not found"))
                .filter(d -> d.ownerId().equals(call.userId()))
                .orElseThrow(() -> new ApiError(1, "Document not found"));
    }
}
