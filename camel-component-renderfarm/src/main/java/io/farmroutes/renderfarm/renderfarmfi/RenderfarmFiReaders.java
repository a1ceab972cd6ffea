package io.farmroutes.renderfarm.renderfarmfi;

import io.farmroutes.renderfarm.renderfarmfi.model.AllSessions;
import io.farmroutes.renderfarm.renderfarmfi.model.CommunitySession;
import io.farmroutes.renderfarm.renderfarmfi.model.License;
import io.farmroutes.renderfarm.renderfarmfi.model.SessionAttachment;
import io.farmroutes.renderfarm.renderfarmfi.model.SessionState;
import io.farmroutes.renderfarm.renderfarmfi.model.SessionSummary;
import io.farmroutes.spi.operation.ResultReader;
import io.farmroutes.spi.xmlrpc.XmlRpcValues;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Readers that turn XML-RPC result values into the typed Renderfarm.fi results (spec §5.5–5.7). */
final class RenderfarmFiReaders {

    private static final Set<String> SESSION_MEMBERS = Set.of("id", "title", "startFrame", "endFrame", "xResolution",
            "yResolution", "frameRate", "partsPerFrame", "streamURL", "cpuTimeRendered", "thumbnails",
            "inputLicense", "outputLicense", "timestamps");

    private RenderfarmFiReaders() {
    }

    static ResultReader allSessions() {
        return payload -> {
            Map<String, Object> result = XmlRpcValues.asStruct(payload, "user.getAllSessions result");
            Map<SessionState, Map<Integer, SessionSummary>> byState = new EnumMap<>(SessionState.class);
            for (SessionState state : SessionState.values()) {
                byState.put(state, sessions(state, result.get(state.member())));
            }
            return new AllSessions(byState.get(SessionState.ACCEPT), byState.get(SessionState.ACTIVE),
                    byState.get(SessionState.COMPLETED));
        };
    }

    /** A category: a struct keyed by session id; missing (or emptied by a repaired sample) means none. */
    private static Map<Integer, SessionSummary> sessions(SessionState state, Object category) {
        Map<Integer, SessionSummary> sessions = new LinkedHashMap<>();
        if (category == null || "".equals(category)) {
            return sessions;
        }
        Map<String, Object> byId = XmlRpcValues.asStruct(category, state.member() + " sessions");
        byId.forEach((key, value) -> {
            int id = XmlRpcValues.asInt(key.strip(), "session id");
            Map<String, Object> session = XmlRpcValues.asStruct(value, "session " + key);
            Object description = session.containsKey("shortDescription") ? session.get("shortDescription")
                    : session.get("sessionShortDescription");
            sessions.put(id, new SessionSummary(id, state, optionalText(session.get("title")),
                    optionalText(description), optionalLong(session.get("submitTimestamp"), "submitTimestamp")));
        });
        return sessions;
    }

    /** A struct {success}, or (as the method's signature says) an array whose first element is the flag. */
    static ResultReader attachment() {
        return payload -> {
            if (payload instanceof List<?> list) {
                return new SessionAttachment(!list.isEmpty() && XmlRpcValues.asBoolean(list.get(0), "success"));
            }
            Map<String, Object> result = XmlRpcValues.asStruct(payload, "user.attachSession result");
            Object success = result.get("success");
            return new SessionAttachment(success != null && XmlRpcValues.asBoolean(success, "success"));
        };
    }

    static ResultReader communitySession() {
        return payload -> {
            Map<String, Object> s = XmlRpcValues.asStruct(payload, "community.getSession result");
            Map<String, Object> extra = new LinkedHashMap<>(s);
            extra.keySet().removeAll(SESSION_MEMBERS);
            return new CommunitySession(optionalInt(s.get("id"), "id"), optionalText(s.get("title")),
                    optionalInt(s.get("startFrame"), "startFrame"), optionalInt(s.get("endFrame"), "endFrame"),
                    optionalInt(s.get("xResolution"), "xResolution"), optionalInt(s.get("yResolution"), "yResolution"),
                    optionalInt(s.get("frameRate"), "frameRate"), optionalInt(s.get("partsPerFrame"), "partsPerFrame"),
                    optionalText(s.get("streamURL")), optionalLong(s.get("cpuTimeRendered"), "cpuTimeRendered"),
                    texts(s.get("thumbnails"), "thumbnails"), license(s.get("inputLicense"), "inputLicense"),
                    license(s.get("outputLicense"), "outputLicense"), times(s.get("timestamps")), extra);
        };
    }

    private static License license(Object value, String what) {
        if (value == null || "".equals(value)) {
            return null;
        }
        Map<String, Object> licence = XmlRpcValues.asStruct(value, what);
        return new License(optionalText(licence.get("name")), optionalText(licence.get("url")));
    }

    private static Map<String, String> texts(Object value, String what) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (value != null && !"".equals(value)) {
            XmlRpcValues.asStruct(value, what).forEach((key, text) -> texts.put(key, optionalText(text)));
        }
        return texts;
    }

    /** Optional Unix times: a member the service sent empty is left out rather than read as zero. */
    private static Map<String, Long> times(Object value) {
        Map<String, Long> times = new LinkedHashMap<>();
        if (value != null && !"".equals(value)) {
            XmlRpcValues.asStruct(value, "timestamps").forEach((key, time) -> {
                Long seconds = optionalLong(time, "timestamps." + key);
                if (seconds != null) {
                    times.put(key, seconds);
                }
            });
        }
        return times;
    }

    private static String optionalText(Object value) {
        return value == null ? null : XmlRpcValues.asString(value, "text");
    }

    private static Integer optionalInt(Object value, String what) {
        return value == null || "".equals(value) ? null : XmlRpcValues.asInt(value, what);
    }

    private static Long optionalLong(Object value, String what) {
        return value == null || "".equals(value) ? null : XmlRpcValues.asLong(value, what);
    }
}
