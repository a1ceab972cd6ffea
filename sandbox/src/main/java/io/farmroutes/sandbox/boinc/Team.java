package io.farmroutes.sandbox.boinc;

/** A team; its founder, credit and joinable flag may change. */
public final class Team {

    private final long id;
    private final long createTime;
    private final String name;
    private final String url;
    private final int type;
    private final String country;
    private volatile long userId;
    private volatile boolean joinable = true;
    private volatile double totalCredit;
    private volatile double expavgCredit;
    private volatile double expavgTime;

    Team(long id, long createTime, long founderUserId, String name, String url, int type, String country) {
        this.id = id;
        this.createTime = createTime;
        this.userId = founderUserId;
        this.name = name;
        this.url = url;
        this.type = type;
        this.country = country;
        this.expavgTime = createTime;
    }

    public long id() {
        return id;
    }

    public long createTime() {
        return createTime;
    }

    /** The founder's user id. */
    public long userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    /** BOINC team type number (1 none, 2 company, 3 primary school, …). */
    public int type() {
        return type;
    }

    public String country() {
        return country;
    }

    /** Whether users may join (create_account team_name, am_set_info teamid). */
    public boolean joinable() {
        return joinable;
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

    void founder(long value) {
        this.userId = value;
    }

    void joinable(boolean value) {
        this.joinable = value;
    }

    void credit(double total, double expavg, double time) {
        this.totalCredit = total;
        this.expavgCredit = expavg;
        this.expavgTime = time;
    }

    @Override
    public String toString() {
        return "Team[" + id + " " + name + "]";
    }
}
