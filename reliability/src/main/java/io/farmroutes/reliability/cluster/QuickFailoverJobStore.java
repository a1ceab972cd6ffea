package io.farmroutes.reliability.cluster;

import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.SchedulerStateRecord;

/**
 * Quartz's JDBC job store with a settable grace before a silent node counts as dead. Stock Quartz adds a fixed
 * 7.5 s to the check-in interval, against clock skew between hosts; triggers a dead node had already claimed
 * stay blocked that long, which is several ticks of a short cron. Nodes on NTP-synchronised hosts can afford
 * less ({@code org.quartz.jobStore.failureGraceMillis}).
 */
public class QuickFailoverJobStore extends JobStoreTX {

    private long failureGraceMillis = 7500;

    /** Called by Quartz for {@code org.quartz.jobStore.failureGraceMillis}. */
    public void setFailureGraceMillis(long failureGraceMillis) {
        this.failureGraceMillis = failureGraceMillis;
    }

    @Override
    protected long calcFailedIfAfter(SchedulerStateRecord record) {
        // Quartz's own rule with our grace: the last check-in, plus the longer of its interval and our own
        // time since checking in (we may have been paused ourselves), plus the grace.
        long sinceOurCheckin = System.currentTimeMillis() - lastCheckin;
        return record.getCheckinTimestamp() + Math.max(record.getCheckinInterval(), sinceOurCheckin)
                + failureGraceMillis;
    }
}
