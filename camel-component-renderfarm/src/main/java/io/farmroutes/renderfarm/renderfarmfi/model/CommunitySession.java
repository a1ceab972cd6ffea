package io.farmroutes.renderfarm.renderfarmfi.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An attached session as community.getSession returns it. {@code timestamps} holds the Unix times the service
 * sent (register, submit, render_begin …); {@code extra} keeps members this client does not know.
 */
public record CommunitySession(Integer id, String title, Integer startFrame, Integer endFrame, Integer xResolution,
                               Integer yResolution, Integer frameRate, Integer partsPerFrame, String streamURL,
                               Long cpuTimeRendered, Map<String, String> thumbnails, License inputLicense,
                               License outputLicense, Map<String, Long> timestamps, Map<String, Object> extra) {

    public CommunitySession {
        thumbnails = copy(thumbnails);
        timestamps = copy(timestamps);
        extra = copy(extra);
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
