package io.farmroutes.sandbox.renderfarmfi;

import io.farmroutes.sandbox.renderfarmfi.RenderfarmFiSession.License;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seeded sessions and the details a new session gets. Texts include non-ASCII letters and the characters
 * XML must escape ({@code & < > ]]>}), so that a reply that mis-encodes or mis-escapes them is caught.
 */
final class SessionSeed {

    /** Seeded ids run from 413; new sessions continue after the last one. */
    static final int FIRST_ID = 413;

    private static final License BY_SA = new License("Creative Commons Attribution-ShareAlike 3.0",
            "http://creativecommons.org/licenses/by-sa/3.0/");
    private static final License BY = new License("Creative Commons Attribution 3.0",
            "http://creativecommons.org/licenses/by/3.0/");
    private static final License BY_NC_ND = new License("Creative Commons Attribution-NonCommercial-NoDerivs 3.0",
            "http://creativecommons.org/licenses/by-nc-nd/3.0/");

    private SessionSeed() {
    }

    static List<RenderfarmFiSession> sessions() {
        int me = RenderfarmFiState.USER_ID;
        return List.of(
                session(413, me, "accept", "Sintel – dragon cave lighting", "Lighting pass for the cave shots",
                        1_320_400_000, 1, 250, 1920, 818, 24, 4, 0, BY_SA, BY_SA),
                session(414, me, "accept", "Cosmic Laundromat previz", "Previsualisation, low samples",
                        1_320_500_000, 1, 120, 1280, 720, 25, 1, 0, BY, BY),
                session(415, me, "active", "Big Buck Bunny: meadow", "The opening meadow, 2 parts per frame",
                        1_320_300_000, 1, 600, 1920, 1080, 24, 2, 86_400, BY, BY),
                session(416, me, "active", "Caminandes: Llama Drama", "Koro & friends <preview> ]]> final cut",
                        1_320_350_000, 100, 340, 1280, 720, 24, 1, 12_345, BY_SA, BY_NC_ND),
                session(417, me, "completed", "Elephants Dream — Äänimaisema", "Finished in Helsinki, 2011",
                        1_318_000_000, 1, 300, 1024, 576, 24, 1, 512_000, BY, BY),
                session(RenderfarmFiState.OTHER_USERS_SESSION, RenderfarmFiState.OTHER_USER_ID, "active",
                        "Tears of Steel (not yours)", "Another user's session", 1_320_360_000, 1, 90, 1920, 800, 24, 1,
                        3_600, BY, BY));
    }

    /** A session submitted at {@code submitted}, with defaults for what addSession does not ask for. */
    static RenderfarmFiSession fresh(int id, int owner, String state, String title, String shortDescription,
                                     int startFrame, int endFrame, int submitted) {
        return session(id, owner, state, title, shortDescription, submitted, startFrame, endFrame, 1920, 1080, 24, 1,
                state.equals("accept") ? 0 : 3_600, BY_SA, BY_SA);
    }

    private static RenderfarmFiSession session(int id, int owner, String state, String title, String description,
                                               int submitted, int startFrame, int endFrame, int x, int y,
                                               int frameRate, int parts, int cpuTime, License in, License out) {
        return new RenderfarmFiSession(id, owner, state, title, description, submitted, startFrame, endFrame, x, y,
                frameRate, parts, "http://www.renderfarm.fi/sessions/" + id + "/stream", cpuTime,
                thumbnails(id, state), in, out, timestamps(state, submitted));
    }

    private static Map<String, String> thumbnails(int id, String state) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!state.equals("accept")) {
            for (int n = 1; n <= (state.equals("completed") ? 3 : 2); n++) {
                out.put(Integer.toString(id * 10 + n), "http://www.renderfarm.fi/thumbs/" + id + "/" + n + ".png");
            }
        }
        return out;
    }

    /** The events a session of this state has been through, an hour or so apart, from registration on. */
    private static Map<String, Integer> timestamps(String state, int submitted) {
        List<String> events = switch (state) {
            case "accept" -> List.of("register", "submit", "test_begin", "test_end");
            case "active" -> List.of("register", "submit", "test_begin", "test_end", "accept",
                    "preprocessing_begin", "preprocessing_end", "render_begin");
            default -> List.of("register", "submit", "test_begin", "test_end", "accept", "preprocessing_begin",
                    "preprocessing_end", "render_begin", "render_end", "postprocessing_begin",
                    "postprocessing_end");
        };
        Map<String, Integer> out = new LinkedHashMap<>();
        int hoursLater = 0;
        for (String event : events) {
            int at = switch (event) {
                case "register" -> submitted - 600;
                case "submit" -> submitted;
                default -> submitted + 3_600 * ++hoursLater;
            };
            out.put(event, at);
        }
        return out;
    }
}
