package io.farmroutes.sandbox.boinc;

/**
 * One {@code <platform>} entry of get_project_config: a platform with a plan class.
 *
 * @param planClass "" for none
 */
public record Platform(String platformName, String userFriendlyName, String planClass) {
}
