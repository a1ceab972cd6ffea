package io.farmroutes.boinc.model;

/** A platform for which the project has a current application version (a name may repeat per plan class). */
public record Platform(String platformName, String userFriendlyName, String planClass) {
}
