package org.sigilo.it.postgresql;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP link between a server under test and its database that a test can cut, as a network outage
 * or a stopped database would: {@link #cut()} closes every open connection and the listening port
 * (new connections are refused at once), {@link #restore()} listens again on the same port. Bytes
 * are passed through untouched, one thread per direction per connection.
 */
final class CuttableLink implements AutoCloseable {

  private final InetSocketAddress target;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listening;

  private CuttableLink(InetSocketAddress target, int port) {
    this.target = target;
    this.port = port;
  }

  /** A link to {@code host:port}, listening on a free loopback port. */
  static CuttableLink to(String host, int port) throws IOException {
    int free;
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      free = probe.getLocalPort();
    }
    CuttableLink link = new CuttableLink(new InetSocketAddress(host, port), free);
    link.restore();
    return link;
  }

  /** The loopback port the server under test connects to. */
  int port() {
    return port;
  }

  /** Listens again (a no-op while listening). */
  synchronized void restore() throws IOException {
    if (listening != null) {
      return;
    }
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    listening = server;
    Thread acceptor = new Thread(() -> accept(server), "cuttable-link-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Closes the port and every connection through it. */
  synchronized void cut() throws IOException {
    if (listening != null) {
      listening.close();
      listening = null;
    }
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    open.clear();
  }

  @Override
  public void close() throws IOException {
    cut();
  }

  private void accept(ServerSocket server) {
    while (!server.isClosed()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException closed) {
        return;
      }
      Socket upstream = new Socket();
      try {
        upstream.connect(target, 5_000);
      } catch (IOException e) {
        closeQuietly(client);
        closeQuietly(upstream);
        continue;
      }
      open.add(client);
      open.add(upstream);
      if (listening != server) { // cut while this one was connecting
        closeQuietly(client);
        closeQuietly(upstream);
        return;
      }
      pump(client, upstream);
      pump(upstream, client);
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException e) {
                // cut, or the other side closed: close both below
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "cuttable-link-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }
}
