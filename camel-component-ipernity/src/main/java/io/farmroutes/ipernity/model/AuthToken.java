package io.farmroutes.ipernity.model;

import java.util.Map;

/** auth.getToken / auth.checkToken: the token, what it may do, whom it acts for, and any other members sent. */
public record AuthToken(String token, Permissions permissions, IpernityUser user, Map<String, Object> other) {

    public AuthToken {
        other = other == null ? Map.of() : Map.copyOf(other);
    }

    /** Never shows the token itself. */
    @Override
    public String toString() {
        return "AuthToken[token=****, permissions=" + permissions + ", user=" + user + "]";
    }
}
