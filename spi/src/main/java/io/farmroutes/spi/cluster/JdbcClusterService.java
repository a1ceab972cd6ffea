package io.farmroutes.spi.cluster;

import org.apache.camel.support.cluster.AbstractCamelClusterService;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * A Camel cluster service whose leaders hold leases in one SQL table that every node shares (H2 2.x, PostgreSQL),
 * so {@code master:} consumers run on one node at a time and move to another when that node stops or dies.
 */
public final class JdbcClusterService extends AbstractCamelClusterService<JdbcClusterView> {

    public static final String DEFAULT_TABLE = "farmroutes_cluster_lease";

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE;
    private Duration leaseDuration = Duration.ofSeconds(15);
    private Duration renewInterval = Duration.ofSeconds(5);
    private LeaseTable table;

    public JdbcClusterService() {
        // Node ids must differ across the cluster: two nodes under one id would both believe they lead.
        setId("node-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public JdbcClusterService(DataSource dataSource) {
        this();
        setDataSource(dataSource);
    }

    public void setDataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The lease table, created when absent; a plain SQL identifier, optionally schema-qualified. */
    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    public String getTableName() {
        return tableName;
    }

    /** How long a lease lasts without renewal: the longest a dead leader's namespaces stay leaderless. */
    public void setLeaseDuration(Duration leaseDuration) {
        this.leaseDuration = Objects.requireNonNull(leaseDuration, "leaseDuration");
    }

    public Duration getLeaseDuration() {
        return leaseDuration;
    }

    /** How often the leader renews, and how often the others try to take over. */
    public void setRenewInterval(Duration renewInterval) {
        this.renewInterval = Objects.requireNonNull(renewInterval, "renewInterval");
    }

    public Duration getRenewInterval() {
        return renewInterval;
    }

    /** This node's id in the lease table: unique across the cluster (the default is random). */
    public void setNodeId(String nodeId) {
        setId(nodeId);
    }

    public String getNodeId() {
        return getId();
    }

    @Override
    protected void doStart() throws Exception {
        leaseTable().create();
        super.doStart();
    }

    @Override
    protected JdbcClusterView createView(String namespace) {
        return new JdbcClusterView(this, namespace, leaseTable(), leaseDuration, renewInterval);
    }

    private synchronized LeaseTable leaseTable() {
        if (table == null) {
            if (dataSource == null) {
                throw new IllegalStateException("JdbcClusterService " + getId() + " needs a DataSource");
            }
            if (leaseDuration.compareTo(renewInterval.multipliedBy(2)) < 0 || renewInterval.toMillis() < 10) {
                throw new IllegalArgumentException("the lease (" + leaseDuration + ") must last at least twice the"
                        + " renew interval (" + renewInterval + "), which must be at least 10 ms");
            }
            table = new LeaseTable(dataSource, tableName, renewInterval);
        }
        return table;
    }

    // The DataSource stays out: its toString may carry a URL with credentials.
    @Override
    public String toString() {
        return "JdbcClusterService[node " + getId() + ", table " + tableName + ", lease " + leaseDuration
                + ", renew every " + renewInterval + "]";
    }
}
