package io.farmroutes.boinc.model;

/** One of a user's recent forum posts. */
public record ForumPost(long id, long threadId, String threadTitle, long timestamp, String content) {
}
