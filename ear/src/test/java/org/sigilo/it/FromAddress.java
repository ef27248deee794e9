package org.sigilo.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 from a chosen loopback source address (127.0.0.2, 127.0.0.3, ...: Linux routes all of
 * 127/8 to the loopback interface), so that a test can be an attacker and a legitimate user at
 * once: the JDK's HTTP client cannot choose its local address. One request per connection.
 */
public final class FromAddress {

  /** What came back: status, headers (names in lower case) and the body as text. */
  public record Answer(int status, Map<String, String> headers, String body) {}

  private final String source;

  public FromAddress(String source) {
    this.source = source;
  }

  public Answer get(String path, String authorization) {
    return send("GET", path, authorization == null ? Map.of() : auth(authorization), null);
  }

  private static Map<String, String> auth(String authorization) {
    return Map.of("Authorization", authorization);
  }

  public Answer send(String method, String path, Map<String, String> headers, String body) {
    URI base = URI.create(SigiloHttp.baseUrl());
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(base.getPath()).append(path).append(" HTTP/1.1\r\n");
    request.append("Host: ").append(base.getHost()).append(':').append(base.getPort());
    request.append("\r\nConnection: close\r\n");
    headers.forEach(
        (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.setSoTimeout(60_000);
      socket.bind(new InetSocketAddress(source, 0));
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer parse(byte[] raw) throws IOException {
    String all = new String(raw, StandardCharsets.ISO_8859_1);
    int end = all.indexOf("\r\n\r\n");
    String[] lines = all.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.merge(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim(),
          (a, b) -> a + ", " + b);
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(new java.io.ByteArrayInputStream(body));
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      StringBuilder size = new StringBuilder();
      int c;
      while ((c = in.read()) != -1 && c != '\n') {
        if (c != '\r') {
          size.append((char) c);
        }
      }
      int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
      if (length == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(length));
      in.read(); // CR
      in.read(); // LF
    }
  }
}
