package io.farmroutes.sandbox.flamenco;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot of one project for tests.
 *
 * @param paths  the eight path fields ({@code path_server} … {@code render_path_osx}); values may be null
 * @param active whether the {@code active_project} setting names this project
 */
public record ProjectView(long id, String name, Map<String, String> paths, boolean active) {

    public ProjectView {
        paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    }
}
