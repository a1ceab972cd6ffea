package io.farmroutes.sandbox.boinc;

/**
 * A forum post.
 *
 * @param timestamp unix seconds
 */
public record ForumPost(long id, long threadId, long userId, long timestamp, String content) {
}
