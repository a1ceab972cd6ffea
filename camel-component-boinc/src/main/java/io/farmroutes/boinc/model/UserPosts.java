package io.farmroutes.boinc.model;

import java.util.List;

/** A user's recent posts, with the total number of posts the user has written. */
public record UserPosts(long totalCount, List<ForumPost> posts) {
}
