package io.farmroutes.spi.operation;

/** The Java-side type of an operation parameter, as the endpoint catalog names it. */
public enum ParamType {
    STRING("String"),
    INT("Integer"),
    LONG("Long"),
    BOOLEAN("Boolean"),
    DOUBLE("Double"),
    STRING_LIST("List<String>"),
    INT_LIST("List<Integer>"),
    LONG_LIST("List<Long>"),
    MAP("Map"),
    /** File content: a File, Path, InputStream or byte[]. */
    BINARY("Binary"),
    /** Any JSON-shaped value (maps, lists, scalars), sent as it is. */
    JSON("Object");

    private final String displayName;

    ParamType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isList() {
        return this == STRING_LIST || this == INT_LIST || this == LONG_LIST;
    }
}
