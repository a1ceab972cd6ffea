package io.farmroutes.ipernity.service;

import java.util.List;
import java.util.Locale;

/**
 * Guesses whether a method modifies data (and so must be POSTed) from the verb that ends its name, as
 * ipernity names them ({@code doc.tags.add}, {@code doc.setPerms}, {@code album.delete}); the
 * {@code httpMethod} option overrides the guess.
 */
final class WriteMethods {

    private static final List<String> WRITE_VERBS = List.of("add", "set", "delete", "remove", "create", "edit",
            "update", "upload", "replace", "post", "send", "join", "leave", "mark", "move", "reply", "block",
            "unblock", "invite", "accept", "reject", "approve", "save", "rotate", "revoke", "import", "sort");

    private WriteMethods() {
    }

    static boolean isWrite(String method) {
        String last = method.substring(method.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return WRITE_VERBS.stream().anyMatch(last::startsWith);
    }
}
