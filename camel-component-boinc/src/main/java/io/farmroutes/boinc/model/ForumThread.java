package io.farmroutes.boinc.model;

/** One of the threads a user started. */
public record ForumThread(long id, long forumId, long replies, long views, long timestamp, String title) {
}
