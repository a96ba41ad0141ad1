package io.github.quotekit.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;

/**
 * A JSON Lines upload to {@code /v1/extract-batch} over a raw loopback socket, sent a line at a
 * time as a chunked body, with the answer read as it comes: Java's HttpClient sends a streamed
 * body before it reads the answer, which would hide whether the server streams.
 */
final class ChunkedUpload implements AutoCloseable {

  private final Socket socket;
  private final OutputStream out;
  private final BufferedReader in;

  ChunkedUpload(QuotekitServer server) throws IOException {
    socket = new Socket("127.0.0.1", server.address().getPort());
    socket.setSoTimeout(60_000);
    out = socket.getOutputStream();
    in = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));
    out.write(("POST /v1/extract-batch HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n")
        .getBytes(UTF_8));
    out.flush();
  }

  /** Sends one line of the body, as one chunk. */
  void send(String line) throws IOException {
    byte[] bytes = (line + "\n").getBytes(UTF_8);
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(UTF_8));
    out.write(bytes);
    out.write("\r\n".getBytes(UTF_8));
    out.flush();
  }

  /** Ends the body. */
  void finish() throws IOException {
    out.write("0\r\n\r\n".getBytes(UTF_8));
    out.flush();
  }

  /** Returns the status line of the answer. */
  String status() throws IOException {
    return in.readLine();
  }

  /** Returns the next JSON line of the answer, skipping headers and chunk sizes; null at end. */
  String nextJson() throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      if (line.startsWith("{")) {
        return line;
      }
      if (line.equals("0")) {
        return null; // the last chunk
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
