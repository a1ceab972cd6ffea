package io.farmroutes.spi.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What an external entity would fetch if a parser ever resolved one: a file holding a unique marker text, and
 * a loopback server that counts connections and answers the same marker. Decoding must never reveal the
 * marker nor reach the server.
 */
public final class HostileCanary implements AutoCloseable {

    private final String marker = "CANARY-" + UUID.randomUUID();
    private final Path file;
    private final ServerSocket server;
    private final AtomicInteger hits = new AtomicInteger();
    private final Thread acceptor;

    public HostileCanary(Path directory) {
        try {
            file = Files.writeString(directory.resolve("canary.txt"), marker, StandardCharsets.UTF_8);
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::serve, "hostile-canary");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                hits.incrementAndGet();
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + marker)
                        .getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closedOrBroken) {
                // closing the server ends the loop; a broken client changes nothing
            }
        }
    }

    /** The text that must never appear in a decoded value or an exception message. */
    public String marker() {
        return marker;
    }

    public String fileUrl() {
        return file.toUri().toString();
    }

    public String httpUrl(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    /** Connections any parser made on a document's behalf. */
    public int hits() {
        return hits.get();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        acceptor.join(5_000);
    }
}
