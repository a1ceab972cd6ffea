package io.farmroutes.sandbox.boinc;

/** An application; deprecated ones are hidden from apps.php. */
public record App(long id, String name, String userFriendlyName, boolean beta, boolean deprecated) {
}
