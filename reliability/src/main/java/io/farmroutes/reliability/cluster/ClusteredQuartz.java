package io.farmroutes.reliability.cluster;

import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;

import javax.sql.DataSource;
import java.util.Properties;

/** A Quartz scheduler factory for a clustered JDBC job store (JobStoreTX) on the shared PostgreSQL. */
final class ClusteredQuartz {

    // Every node must use the same scheduler name: Quartz clusters the instances that share it.
    static final String SCHEDULER_NAME = "farm";
    private static final String DATA_SOURCE = "farmQuartz";

    private ClusteredQuartz() {
    }

    static StdSchedulerFactory schedulerFactory(DataSource dataSource) throws SchedulerException {
        // Registered by name instead of through org.quartz.dataSource.* properties, which would want a URL,
        // a user and a password in plain Properties.
        DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE,
                new DataSourceConnectionProvider(dataSource));
        return new StdSchedulerFactory(properties());
    }

    static Properties properties() {
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        quartz.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        quartz.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        quartz.setProperty("org.quartz.threadPool.threadCount", "2");
        quartz.setProperty("org.quartz.jobStore.class", QuickFailoverJobStore.class.getName());
        // All nodes share one host clock here; 2 s still covers a check-in that a busy machine delays.
        quartz.setProperty("org.quartz.jobStore.failureGraceMillis", "2000");
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        quartz.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        // A tick a dead node had already claimed fires late on the survivor instead of being dropped.
        quartz.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        return quartz;
    }
}
