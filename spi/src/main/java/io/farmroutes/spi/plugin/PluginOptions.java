package io.farmroutes.spi.plugin;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The checks every plugin factory makes of its text options, so that all of them word a mistake alike. */
public final class PluginOptions {

    private PluginOptions() {
    }

    /**
     * Refuses an option the plugin does not know, naming it and the known ones.
     *
     * @param plugin the plugin, for the message (e.g. {@code directory asset transport})
     */
    public static void onlyKnown(String plugin, Map<String, String> options, Set<String> known) {
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("the " + plugin + " has no option '" + name + "' (options: "
                        + (known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known))) + ")");
            }
        }
    }

    /** The value of a required option, or an error naming it. */
    public static String required(String plugin, Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + plugin + " needs the option '" + name + "'");
        }
        return value;
    }
}
