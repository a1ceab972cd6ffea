package io.farmroutes.boinc.model;

/** The latest version of an application on one platform and plan class. */
public record AppVersion(String platformShort, String platformLong, int versionNum, String planClass, String date,
                         long dateUnix, boolean beta) {

    /** The version as people write it: 101 is 1.01. */
    public String displayVersion() {
        return versionNum / 100 + "." + String.format("%02d", versionNum % 100);
    }
}
