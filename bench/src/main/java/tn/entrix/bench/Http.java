package tn.entrix.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The load generator's HTTP client: HTTP/1.1 over a plain socket, one keep-alive connection per thread and server,
 * one request at a time — what a gate scanner or a buyer's phone does, at the cost of a few string writes.
 *
 * <p>Why not a JDK client: the benchmarks' targets count the load generator on the same 2 cores as the server and the
 * database. {@code java.net.http.HttpClient} (selector thread, futures, body subscribers) took ~0.8 of a core at 300
 * requests/s (top, 2026-11-29); {@link java.net.HttpURLConnection}, used until 2026-12-07, still cost 0.61 ms of CPU
 * per scan, a fifth of the machine during the gate rush (/proc, fifth session). Load generators such as wrk write
 * raw requests for the same reason. This one speaks only what the benchmarks need: Content-Length request bodies,
 * Content-Length or chunked responses, {@code Connection: close}.
 */
final class Http {

    /** A response: status and body as text. */
    record Reply(int statusCode, String body) {
    }

    /** This thread's open connections, by host and port. */
    private static final ThreadLocal<Map<String, Connection>> CONNECTIONS = ThreadLocal.withInitial(HashMap::new);

    private Http() {
    }

    static Reply send(String method, String url, Map<String, String> headers, String body, int timeoutMillis)
            throws IOException {
        URI uri = URI.create(url);
        String host = uri.getHost();
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        String hostPort = host + ":" + port;
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(target)
                .append(" HTTP/1.1\r\nHost: ").append(hostPort).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null || !"GET".equals(method)) {
            head.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[start.length + bytes.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(bytes, 0, request, start.length, bytes.length);

        Map<String, Connection> open = CONNECTIONS.get();
        Connection c = open.remove(hostPort);
        boolean reused = c != null;
        if (c == null) {
            c = new Connection(host, port);
        }
        try {
            c.socket.setSoTimeout(timeoutMillis);
            Reply reply;
            try {
                reply = c.exchange(request);
            } catch (EOFException e) {
                if (!reused) {
                    throw e;
                }
                // the server closed an idle keep-alive connection before this request reached it: send it again once
                c.close();
                c = new Connection(host, port);
                c.socket.setSoTimeout(timeoutMillis);
                reply = c.exchange(request);
            }
            if (c.keepAlive) {
                open.put(hostPort, c);
            } else {
                c.close();
            }
            return reply;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** One keep-alive connection. */
    private static final class Connection {
        final Socket socket;
        final OutputStream out;
        final InputStream in;
        boolean keepAlive = true;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true); // a request leaves in one write; do not hold it for an acknowledgement
            socket.connect(new InetSocketAddress(host, port), 10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        Reply exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line(true);
            // "HTTP/1.1 200 OK"
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            keepAlive = true;
            for (String header = line(false); !header.isEmpty(); header = line(false)) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> keepAlive = !value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(512);
            if (chunked) {
                for (long size = chunk(); size > 0; size = chunk()) {
                    copy(size, body);
                    line(false); // the CRLF after the chunk
                }
                while (!line(false).isEmpty()) {
                    // trailers: none expected, skipped
                }
            } else if (length >= 0) {
                copy(length, body);
            } else if (code != 204 && code != 304) {
                in.transferTo(body); // no length: the body ends with the connection
                keepAlive = false;
            }
            return new Reply(code, body.toString(StandardCharsets.UTF_8));
        }

        private long chunk() throws IOException {
            String size = line(false);
            int extension = size.indexOf(';');
            return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
        }

        private void copy(long length, ByteArrayOutputStream to) throws IOException {
            byte[] buffer = new byte[(int) Math.min(length, 8192)];
            for (long left = length; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("Connection closed in the middle of a response body");
                }
                to.write(buffer, 0, n);
                left -= n;
            }
        }

        /** One CRLF-terminated line; EOF before the status line means the server had closed the connection. */
        private String line(boolean statusLine) throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    if (statusLine && line.length() == 0) {
                        throw new EOFException("Connection closed by the server");
                    }
                    throw new IOException("Connection closed in the middle of a response");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing: nothing left to do with it
            }
        }
    }
}
