package io.farmroutes.boinc.model;

import java.util.List;

/** A user's recent threads, with the total number of threads the user started. */
public record UserThreads(long totalCount, List<ForumThread> threads) {
}
