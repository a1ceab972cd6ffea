package io.farmroutes.boinc.model;

/** The id of a team create_team made. */
public record TeamCreated(long teamId) {
}
