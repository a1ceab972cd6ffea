package io.farmroutes.sandbox.boinc;

/**
 * A version of an application for one platform and plan class.
 *
 * @param versionNum 101 means 1.01
 * @param planClass  "" for none
 * @param createTime unix seconds (apps.php {@code date_unix})
 */
public record AppVersion(long id, long appId, String appName, String platformShort, String platformLong,
                         int versionNum, String planClass, long createTime, boolean beta, boolean deprecated) {
}
