package io.farmroutes.sandbox.boinc;

/** A computer attached to an account; only its venue and credit change. */
public final class Host {

    private final long id;
    private final long userId;
    private final long createTime;
    private final String hostCpid;
    private final String domainName;
    private final int pNcpus;
    private final String pVendor;
    private final String pModel;
    private final double pFpops;
    private final double pIops;
    private final String osName;
    private final String osVersion;
    private final double mNbytes;
    private final double dFree;
    private final double dTotal;
    private volatile String venue;
    private volatile int rpcSeqno;
    private volatile long rpcTime;
    private volatile double totalCredit;
    private volatile double expavgCredit;
    private volatile double expavgTime;

    Host(long id, long userId, long createTime, String hostCpid, String domainName, int pNcpus, String pVendor,
         String pModel, double pFpops, double pIops, String osName, String osVersion, double mNbytes,
         double dFree, double dTotal, String venue) {
        this.id = id;
        this.userId = userId;
        this.createTime = createTime;
        this.hostCpid = hostCpid;
        this.domainName = domainName;
        this.pNcpus = pNcpus;
        this.pVendor = pVendor;
        this.pModel = pModel;
        this.pFpops = pFpops;
        this.pIops = pIops;
        this.osName = osName;
        this.osVersion = osVersion;
        this.mNbytes = mNbytes;
        this.dFree = dFree;
        this.dTotal = dTotal;
        this.venue = venue;
        this.rpcTime = createTime;
        this.expavgTime = createTime;
    }

    public long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public long createTime() {
        return createTime;
    }

    public String hostCpid() {
        return hostCpid;
    }

    public String domainName() {
        return domainName;
    }

    public int pNcpus() {
        return pNcpus;
    }

    public String pVendor() {
        return pVendor;
    }

    public String pModel() {
        return pModel;
    }

    public double pFpops() {
        return pFpops;
    }

    public double pIops() {
        return pIops;
    }

    public String osName() {
        return osName;
    }

    public String osVersion() {
        return osVersion;
    }

    public double mNbytes() {
        return mNbytes;
    }

    public double dFree() {
        return dFree;
    }

    public double dTotal() {
        return dTotal;
    }

    /** "" for the default venue. */
    public String venue() {
        return venue;
    }

    public int rpcSeqno() {
        return rpcSeqno;
    }

    public long rpcTime() {
        return rpcTime;
    }

    public double totalCredit() {
        return totalCredit;
    }

    public double expavgCredit() {
        return expavgCredit;
    }

    public double expavgTime() {
        return expavgTime;
    }

    void venue(String value) {
        this.venue = value;
    }

    void contacted(int seqno, long time) {
        this.rpcSeqno = seqno;
        this.rpcTime = time;
    }

    void credit(double total, double expavg, double time) {
        this.totalCredit = total;
        this.expavgCredit = expavg;
        this.expavgTime = time;
    }

    @Override
    public String toString() {
        return "Host[" + id + " " + domainName + " user " + userId + "]";
    }
}
