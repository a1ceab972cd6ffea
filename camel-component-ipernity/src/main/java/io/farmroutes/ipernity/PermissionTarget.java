package io.farmroutes.ipernity;

/** What an ipernity permission applies to, with the highest level the service grants for it. */
public enum PermissionTarget {
    DOC("doc", Permission.DELETE),
    BLOG("blog", Permission.DELETE),
    POST("post", Permission.DELETE),
    NETWORK("network", Permission.DELETE),
    PROFILE("profile", Permission.WRITE);

    private final String wireName;
    private final Permission highest;

    PermissionTarget(String wireName, Permission highest) {
        this.wireName = wireName;
        this.highest = highest;
    }

    /** The name in token answers, e.g. {@code doc}. */
    public String wireName() {
        return wireName;
    }

    /** The authorize-URL parameter, e.g. {@code perm_doc}. */
    public String parameter() {
        return "perm_" + wireName;
    }

    public Permission highest() {
        return highest;
    }
}
