package io.farmroutes.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.SocketException;
import org.apache.hc.core5.http.ExceptionListener;
import org.apache.hc.core5.http.HttpConnection;
import org.apache.hc.core5.http.impl.bootstrap.HttpServer;
import org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP/1.1 server on 127.0.0.1 that hands every request to a {@link Router}, recording it in a
 * {@link RequestLedger} and applying {@link Faults}. Each connection is served by its own worker thread,
 * so a deliberately slow reply never holds up other clients.
 */
public final class EmulatorServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorServer.class);
    private static final Timeout SOCKET_TIMEOUT = Timeout.ofSeconds(60);
    private static final TimeValue SHUTDOWN_GRACE = TimeValue.ofMilliseconds(500);

    private final String name;
    private final HttpServer server;
    private final TrackingServerSocketFactory sockets;
    private final RequestLedger ledger;
    private final Faults faults;

    private EmulatorServer(String name, HttpServer server, TrackingServerSocketFactory sockets, RequestLedger ledger,
                           Faults faults) {
        this.name = name;
        this.server = server;
        this.sockets = sockets;
        this.ledger = ledger;
        this.faults = faults;
    }

    /**
     * Starts a server.
     *
     * @param name   used in logs and thread names, e.g. "boinc"
     * @param port   the port on 127.0.0.1, or 0 for an ephemeral one
     * @param router handles every request
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static EmulatorServer start(String name, int port, Router router) {
        RequestLedger ledger = new RequestLedger();
        Faults faults = new Faults();
        TrackingServerSocketFactory sockets = new TrackingServerSocketFactory();
        ExchangeHandler handler = new ExchangeHandler(router, ledger, faults);
        HttpServer server = ServerBootstrap.bootstrap()
                .setLocalAddress(InetAddress.getLoopbackAddress())
                .setListenerPort(port)
                .setSocketConfig(SocketConfig.custom()
                        .setSoTimeout(SOCKET_TIMEOUT)
                        .setSoReuseAddress(true)
                        .setTcpNoDelay(true)
                        .build())
                .setServerSocketFactory(sockets)
                // One handler for every host name: clients may say 127.0.0.1, localhost or anything else.
                .setRequestRouter((request, context) -> handler)
                .setExceptionListener(new QuietListener(name))
                .create();
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start emulator " + name + " on port " + port, e);
        }
        EmulatorServer started = new EmulatorServer(name, server, sockets, ledger, faults);
        LOG.debug("emulator {} listening on {}", name, started.baseUrl());
        return started;
    }

    public String name() {
        return name;
    }

    /** E.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getLocalPort();
    }

    public RequestLedger ledger() {
        return ledger;
    }

    public Faults faults() {
        return faults;
    }

    /** Stops accepting, closes open connections and waits briefly for running requests. */
    @Override
    public void close() {
        server.initiateShutdown();
        sockets.closeAll();
        try {
            server.awaitTermination(SHUTDOWN_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close(CloseMode.IMMEDIATE);
    }

    @Override
    public String toString() {
        return "EmulatorServer[" + name + " " + baseUrl() + "]";
    }

    /** Drops expected connection noise (client hang-ups, injected drops) and logs the rest. */
    private static final class QuietListener implements ExceptionListener {

        private final String name;

        QuietListener(String name) {
            this.name = name;
        }

        @Override
        public void onError(Exception ex) {
            log(ex);
        }

        @Override
        public void onError(HttpConnection connection, Exception ex) {
            log(ex);
        }

        private void log(Exception ex) {
            if (ex instanceof SocketException || ex instanceof ExchangeHandler.ConnectionDropped
                    || ex instanceof org.apache.hc.core5.http.ConnectionClosedException
                    || ex instanceof java.net.SocketTimeoutException) {
                return;
            }
            LOG.warn("emulator {}: {}", name, ex.toString());
        }
    }
}
