package io.farmroutes.renderfarm.flamenco.model;

/** One entry of a project listing: a folder or a .blend file, with its path relative to the project root. */
public record BrowseItem(String name, String path, String type) {

    public boolean isFolder() {
        return "folder".equals(type);
    }

    public boolean isBlendFile() {
        return "blendfile".equals(type);
    }
}
