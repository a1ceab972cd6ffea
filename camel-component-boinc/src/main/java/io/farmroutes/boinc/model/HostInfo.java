package io.farmroutes.boinc.model;

/** A computer attached to the account, as show_user reports it to its owner. */
public record HostInfo(long id, double createTime, long rpcSeqno, double rpcTime, String hostCpid, double totalCredit,
                       double expavgCredit, double expavgTime, String domainName, int cpuCount, String cpuVendor,
                       String cpuModel, double fpops, double iops, String osName, String osVersion, double memoryBytes,
                       double diskFree, double diskTotal, String venue) {
}
