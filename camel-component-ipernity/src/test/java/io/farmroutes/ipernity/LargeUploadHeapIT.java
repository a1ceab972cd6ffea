package io.farmroutes.ipernity;

import io.farmroutes.ipernity.model.UploadTicket;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads a 200 MB file in a JVM whose heap is far smaller (the failsafe run sets -Xmx96m), to a sink on
 * 127.0.0.1 that counts and discards the bytes: passes only if the body is streamed.
 */
class LargeUploadHeapIT extends CamelTestSupport {

    private static final long SIZE = 200L * 1024 * 1024;

    @TempDir
    Path dir;

    private final AtomicLong received = new AtomicLong();
    private ServerSocket sink;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        sink = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread server = new Thread(this::serveOnce, "upload-sink");
        server.setDaemon(true);
        server.start();
        CamelContext context = super.createCamelContext();
        IpernityComponent component = new IpernityComponent();
        component.getConfiguration().setBaseUrl("http://127.0.0.1:" + sink.getLocalPort() + "/api/");
        component.getConfiguration().setApiKey("key");
        component.getConfiguration().setApiSecret("secret");
        component.getConfiguration().setAuthToken("token");
        component.getConfiguration().setReadTimeout(120_000);
        context.addComponent("ipernity", component);
        return context;
    }

    @AfterEach
    void closeSink() throws Exception {
        sink.close();
    }

    @Test
    void aFileLargerThanTheHeapIsStreamed() throws Exception {
        assertTrue(Runtime.getRuntime().maxMemory() < SIZE, "run with a heap below 200 MB (-Xmx96m)");
        Path file = dir.resolve("large.bin");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(SIZE);
        }
        UploadTicket ticket = template.requestBody("ipernity:upload/file", file, UploadTicket.class);
        assertEquals("42", ticket.ticket());
        assertTrue(received.get() > SIZE, "the sink received " + received.get() + " bytes");
    }

    /** Reads one request's headers, discards a Content-Length body, answers with a ticket. */
    private void serveOnce() {
        try (Socket socket = sink.accept()) {
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                head.append((char) b);
            }
            long length = 0;
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                }
            }
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                left -= n;
                received.addAndGet(n);
            }
            byte[] body = "{\"api\":{\"status\":\"ok\"},\"ticket\":\"42\"}".getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        } catch (Exception e) {
            // the test's assertions report what went wrong
        }
    }
}
