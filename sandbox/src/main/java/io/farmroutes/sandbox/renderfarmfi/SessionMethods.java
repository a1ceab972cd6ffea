package io.farmroutes.sandbox.renderfarmfi;

import io.farmroutes.sandbox.EmulatorRequest;
import io.farmroutes.sandbox.EmulatorResponse;
import io.farmroutes.sandbox.renderfarmfi.OAuthVerifier.Credential;
import io.farmroutes.sandbox.renderfarmfi.OAuthVerifier.Verified;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The XML-RPC methods (spec §5.5–5.7). The body is read first, since community.getSession carries its OAuth
 * parameters there; then the signature; then the arguments. Every failure is a fault with HTTP 200.
 */
final class SessionMethods {

    static final String GET_ALL_SESSIONS = "user.getAllSessions";
    static final String ATTACH_SESSION = "user.attachSession";
    static final String GET_SESSION = "community.getSession";
    static final List<String> NAMES = List.of(GET_ALL_SESSIONS, ATTACH_SESSION, GET_SESSION);

    private final RenderfarmFiState state;
    private final RenderfarmFiSettings settings;
    private final OAuthVerifier verifier;

    SessionMethods(RenderfarmFiState state, RenderfarmFiSettings settings, OAuthVerifier verifier) {
        this.state = state;
        this.settings = settings;
        this.verifier = verifier;
    }

    /** @param method the method named by the URL */
    EmulatorResponse handle(String method, EmulatorRequest request) {
        boolean quirks = settings.sampleQuirks();
        try {
            XmlRpcCall call = readCall(method, request);
            Object result = switch (method) {
                case GET_ALL_SESSIONS -> getAllSessions(request, call);
                case ATTACH_SESSION -> attachSession(request, call);
                case GET_SESSION -> getSession(request, call);
                default -> throw new IllegalArgumentException("not an XML-RPC method: " + method);
            };
            return Replies.result(result, quirks);
        } catch (XmlRpcFault fault) {
            return Replies.fault(fault, quirks);
        } catch (OAuthProblem problem) {
            return Replies.fault(problem.toFault(), quirks);
        }
    }

    private static XmlRpcCall readCall(String method, EmulatorRequest request) {
        String contentType = request.header("Content-Type").orElse("");
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("text/xml")) {
            throw XmlRpcFault.invalid("Content-Type must be text/xml, not '" + contentType + "'");
        }
        XmlRpcCall call = XmlRpcReader.read(request.body(), contentType);
        if (!call.methodName().equals(method)) {
            throw XmlRpcFault.invalid("<methodName> " + call.methodName() + " does not match the URL's method "
                    + method);
        }
        return call;
    }

    /** No arguments; the three queues of the user's sessions, each keyed by the session id as a string. */
    private Map<String, Object> getAllSessions(EmulatorRequest request, XmlRpcCall call) {
        Verified verified = verifier.verify(SignedRequest.fromHttp(request), Credential.ACCESS_TOKEN);
        if (!call.params().isEmpty()) {
            throw XmlRpcFault.invalid(GET_ALL_SESSIONS + " takes no arguments, got " + call.params().size());
        }
        Map<String, Object> queues = new LinkedHashMap<>();
        RenderfarmFiSession.STATES.forEach(s -> queues.put(s, new LinkedHashMap<String, Object>()));
        String descriptionMember = settings.shortDescriptionMember();
        for (RenderfarmFiSession session : state.sessionsOf(verified.accessToken().userId())) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("title", session.title());
            summary.put(descriptionMember, session.shortDescription());
            summary.put("submitTimestamp", new XmlRpcI4(session.submitTimestamp()));
            @SuppressWarnings("unchecked")
            Map<String, Object> queue = (Map<String, Object>) queues.get(session.state());
            queue.put(Integer.toString(session.id()), summary);
        }
        return queues;
    }

    /** {@code int sessionId}: one of the user's sessions, attached to the calling consumer; repeating is fine. */
    private Map<String, Object> attachSession(EmulatorRequest request, XmlRpcCall call) {
        Verified verified = verifier.verify(SignedRequest.fromHttp(request), Credential.ACCESS_TOKEN);
        int sessionId = sessionIdArgument(call, 0);
        if (call.params().size() > 1) {
            throw XmlRpcFault.invalid(ATTACH_SESSION + " takes one argument, got " + call.params().size());
        }
        int user = verified.accessToken().userId();
        state.session(sessionId).filter(s -> s.ownerId() == user).orElseThrow(() -> new XmlRpcFault(
                XmlRpcFault.SESSION_DOES_NOT_EXIST, "Session does not exist: " + sessionId));
        state.attach(verified.consumerKey(), sessionId);
        return Map.of("success", Boolean.TRUE);
    }

    /**
     * {@code (struct oauth, int sessionId)}: the OAuth parameters are the struct's members and nothing else, so
     * OAuth parameters in a header or the query are refused rather than silently ignored.
     */
    private Map<String, Object> getSession(EmulatorRequest request, XmlRpcCall call) {
        if (SignedRequest.hasHttpProtocolParameters(request)) {
            throw XmlRpcFault.invalid(GET_SESSION + " takes its OAuth parameters in its first argument, a struct;"
                    + " not in an Authorization header or the query");
        }
        if (call.params().isEmpty()) {
            throw XmlRpcFault.missing("an OAuth struct and a session id");
        }
        if (!(call.params().get(0) instanceof Map<?, ?> struct)) {
            throw XmlRpcFault.invalid("the first argument must be a struct of OAuth parameters");
        }
        Verified verified = verifier.verify(SignedRequest.fromMembers(request, oauthMembers(struct)),
                Credential.OPTIONAL_ACCESS_TOKEN);
        int sessionId = sessionIdArgument(call, 1);
        if (call.params().size() > 2) {
            throw XmlRpcFault.invalid(GET_SESSION + " takes two arguments, got " + call.params().size());
        }
        RenderfarmFiSession session = state.session(sessionId).orElseThrow(() -> new XmlRpcFault(
                XmlRpcFault.SESSION_DOES_NOT_EXIST, "Session does not exist: " + sessionId));
        if (!state.isAttached(verified.consumerKey(), sessionId)) {
            throw new XmlRpcFault(XmlRpcFault.SESSION_NOT_ATTACHED, "Session not attached yet: " + sessionId);
        }
        return details(session);
    }

    /** The struct's {@code oauth_*} members as text; a timestamp sent as an int is read as its digits. */
    private static Map<String, String> oauthMembers(Map<?, ?> struct) {
        Map<String, String> members = new LinkedHashMap<>();
        struct.forEach((name, value) -> {
            String key = String.valueOf(name);
            if (!key.startsWith("oauth_")) {
                return;
            }
            if (value instanceof String || value instanceof Integer) {
                members.put(key, value.toString());
            } else {
                throw XmlRpcFault.invalid("the OAuth member " + key + " must be a string");
            }
        });
        return members;
    }

    private static int sessionIdArgument(XmlRpcCall call, int index) {
        if (call.params().size() <= index) {
            throw XmlRpcFault.missing("sessionId (int) is argument " + (index + 1));
        }
        if (!(call.params().get(index) instanceof Integer id)) {
            throw XmlRpcFault.invalid("sessionId must be an <int>, got " + describe(call.params().get(index)));
        }
        return id;
    }

    private static String describe(Object value) {
        return value == null ? "<nil/>" : value.getClass().getSimpleName();
    }

    private static Map<String, Object> details(RenderfarmFiSession s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("title", s.title());
        out.put("startFrame", s.startFrame());
        out.put("endFrame", s.endFrame());
        out.put("xResolution", s.xResolution());
        out.put("yResolution", s.yResolution());
        out.put("frameRate", s.frameRate());
        out.put("partsPerFrame", s.partsPerFrame());
        out.put("streamURL", s.streamUrl());
        out.put("cpuTimeRendered", s.cpuTimeRendered());
        out.put("thumbnails", new LinkedHashMap<String, Object>(s.thumbnails()));
        out.put("inputLicense", license(s.inputLicense()));
        out.put("outputLicense", license(s.outputLicense()));
        Map<String, Object> times = new LinkedHashMap<>();
        s.timestamps().forEach((event, at) -> times.put(event, new XmlRpcI4(at)));
        out.put("timestamps", times);
        return out;
    }

    private static Map<String, Object> license(RenderfarmFiSession.License license) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", license.name());
        out.put("url", license.url());
        return out;
    }
}
