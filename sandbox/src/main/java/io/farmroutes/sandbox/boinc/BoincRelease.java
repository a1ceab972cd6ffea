package io.farmroutes.sandbox.boinc;

/** Which BOINC server code the emulator behaves like (spec §9). */
public enum BoincRelease {

    /** The 1.6.x server releases: am_set_info and forum_get_data work, no login requirement. */
    V1_6("1.6.1"),

    /** Current server code: am_set_info "not supported", forum_get_data "deprecated", REQUIRE_LOGIN. */
    CURRENT("1.7.0");

    private final String serverVersion;

    BoincRelease(String serverVersion) {
        this.serverVersion = serverVersion;
    }

    /** What get_project_config reports as {@code <server_version>}. */
    public String serverVersion() {
        return serverVersion;
    }
}
