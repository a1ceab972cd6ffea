package io.farmroutes.ipernity.model;

/** The user a token acts for; ids are kept as strings, as the service sends them. */
public record IpernityUser(String userId, String username, String realname) {
}
