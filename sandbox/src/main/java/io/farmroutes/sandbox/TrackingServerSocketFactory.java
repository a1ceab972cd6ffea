package io.farmroutes.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ServerSocketFactory;

/**
 * Remembers every accepted socket so that shutdown can close idle keep-alive connections at once;
 * httpcore's own shutdown would otherwise wait for their read timeout.
 */
final class TrackingServerSocketFactory extends ServerSocketFactory {

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new Tracking();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return new Tracking(port, 50, null);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        return new Tracking(port, backlog, null);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        return new Tracking(port, backlog, address);
    }

    void closeAll() {
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing for shutdown: nothing useful to do with the failure
            }
        }
        open.clear();
    }

    private final class Tracking extends ServerSocket {

        Tracking() throws IOException {
            super();
        }

        Tracking(int port, int backlog, InetAddress address) throws IOException {
            super(port, backlog, address);
        }

        @Override
        public Socket accept() throws IOException {
            Socket socket = super.accept();
            open.removeIf(Socket::isClosed);
            open.add(socket);
            return socket;
        }
    }
}
