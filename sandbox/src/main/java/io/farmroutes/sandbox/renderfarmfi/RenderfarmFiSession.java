package io.farmroutes.sandbox.renderfarmfi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One render session as the emulated service holds it: everything community.getSession reports (spec §5.7)
 * plus its owner and its queue ({@code accept}, {@code active} or {@code completed}).
 *
 * @param thumbnails thumbnail id → URL, in order
 * @param timestamps event name ({@code register}, {@code submit}, {@code render_begin} …) → Unix seconds
 */
public record RenderfarmFiSession(int id, int ownerId, String state, String title, String shortDescription,
                                  int submitTimestamp, int startFrame, int endFrame, int xResolution,
                                  int yResolution, int frameRate, int partsPerFrame, String streamUrl,
                                  int cpuTimeRendered, Map<String, String> thumbnails, License inputLicense,
                                  License outputLicense, Map<String, Integer> timestamps) {

    /** The three queues of user.getAllSessions, in the order the service lists them. */
    public static final Set<String> STATES = Collections.unmodifiableSet(
            new LinkedHashSet<>(List.of("accept", "active", "completed")));

    /** A license of the input files or of the rendered output. */
    public record License(String name, String url) {
    }

    public RenderfarmFiSession {
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("state must be one of " + STATES + ": " + state);
        }
        if (startFrame > endFrame) {
            throw new IllegalArgumentException("startFrame " + startFrame + " is after endFrame " + endFrame);
        }
        thumbnails = Collections.unmodifiableMap(new LinkedHashMap<>(thumbnails));
        timestamps = Collections.unmodifiableMap(new LinkedHashMap<>(timestamps));
    }
}
