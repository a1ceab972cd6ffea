package io.farmroutes.renderfarm.flamenco.model;

import java.util.List;

/** A directory of the active project, as browse/root and browse/path list it (folders and .blend files only). */
public record BrowseListing(String projectPathServer, String parentPath, List<BrowseItem> items) {

    public BrowseListing {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
