package io.farmroutes.spi.state;

/** The {@link StateStoreContract} on the in-memory store. */
class InMemoryStateStoreTest extends StateStoreContract {

    @Override
    protected StateStore newStore() {
        return new InMemoryStateStore();
    }
}
