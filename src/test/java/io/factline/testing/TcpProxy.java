package io.factline.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP forwarder in front of a database, so a test can take the database away from a server
 * ({@link #cut()}: stop listening and drop every open connection, as a crashed or stopped database
 * does) and give it back ({@link #restore()}, on the same port) without touching the shared database.
 */
public final class TcpProxy implements AutoCloseable {

    private final int target;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    public TcpProxy(int targetPort) {
        this.target = targetPort;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    public int port() {
        return port;
    }

    /** The database is gone: new connections are refused and open ones break. */
    public synchronized void cut() {
        close(listener);
        for (Socket s : open) close(s);
        open.clear();
    }

    /** The database is back on the same port. */
    public synchronized void restore() {
        if (!listener.isClosed()) return;
        listener = listen(port);
        accept(listener);
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket server) {
        daemon("proxy-accept", () -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    synchronized (this) {
                        // a connection accepted just before cut() must not outlive it (seen: a retry that should
                        // have met a dead database got through on it)
                        if (server.isClosed()) {
                            close(client);
                            close(upstream);
                            return;
                        }
                        open.add(client);
                        open.add(upstream);
                    }
                    daemon("proxy-up", () -> pump(client, upstream));
                    daemon("proxy-down", () -> pump(upstream, client));
                } catch (IOException e) {
                    return;   // closed by cut()
                }
            }
        });
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side went away; the finally below closes the other
        } finally {
            close(from);
            close(to);
        }
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private static void close(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
