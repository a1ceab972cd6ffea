package io.farmroutes.sandbox.boinc;

/**
 * A forum thread.
 *
 * @param ownerId   the user who started it
 * @param replies   posts after the first one
 * @param timestamp unix seconds of the last activity
 */
public record ForumThread(long id, long forumId, long ownerId, String title, int replies, int views, long timestamp) {
}
