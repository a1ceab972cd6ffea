package io.farmroutes.sandbox.flamenco;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A project row. Guarded by the {@link FlamencoState} lock, like every record. */
final class ProjectRecord {

    /** The eight path fields, in the order the server writes them. */
    static final List<String> PATH_FIELDS = List.of("path_server", "path_linux", "path_win", "path_osx",
            "render_path_server", "render_path_linux", "render_path_win", "render_path_osx");

    final long id;
    String name;
    /** Every one of {@link #PATH_FIELDS}, values may be null. */
    final Map<String, String> paths = new LinkedHashMap<>();

    ProjectRecord(long id) {
        this.id = id;
        PATH_FIELDS.forEach(f -> paths.put(f, null));
    }

    String pathServer() {
        return paths.get("path_server");
    }
}
