package io.farmroutes.spi.cluster;

import org.apache.camel.cluster.CamelClusterMember;

import java.util.function.BooleanSupplier;

/** A node as a cluster view sees it: its id, whether it is this node, and whether it leads right now. */
final class LeaseMember implements CamelClusterMember {

    private final String id;
    private final boolean local;
    private final BooleanSupplier leading;

    LeaseMember(String id, boolean local, BooleanSupplier leading) {
        this.id = id;
        this.local = local;
        this.leading = leading;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isLocal() {
        return local;
    }

    @Override
    public boolean isLeader() {
        return leading.getAsBoolean();
    }

    @Override
    public String toString() {
        return "LeaseMember[" + id + (local ? ", local" : "") + "]";
    }
}
