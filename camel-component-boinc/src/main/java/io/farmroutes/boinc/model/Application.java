package io.farmroutes.boinc.model;

import java.util.List;

/** An application of the project with its current versions per platform. */
public record Application(long id, String name, String userFriendlyName, boolean beta, List<AppVersion> versions) {
}
