package tn.entrix.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The load generator's HTTP client: blocking {@link HttpURLConnection} with keep-alive, one request per call.
 *
 * <p>Why not {@code java.net.http.HttpClient}: on the 2-core machine the benchmarks share with the server and the
 * database, HttpClient (its selector thread, futures and body subscribers) took ~0.8 of a core at 300 requests/s —
 * the load generator was starving what it measured (top, 2026-11-29). The JDK's older client costs a fraction of it.
 */
final class Http {

    /** A response: status and body as text. */
    record Reply(int statusCode, String body) {
    }

    static {
        // the JDK keeps 5 idle connections per host by default: every thread beyond that would reconnect per request
        System.setProperty("http.maxConnections", "1024");
    }

    private Http() {
    }

    static Reply send(String method, String url, Map<String, String> headers, String body, int timeoutMillis)
            throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(10_000);
        c.setReadTimeout(timeoutMillis);
        c.setUseCaches(false);
        headers.forEach(c::setRequestProperty);
        if (body != null) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            c.setDoOutput(true);
            // not in fixed-length streaming mode: that writes the headers and the body in two packets, and the
            // second waits on the first's acknowledgement (Nagle); buffered, both leave in one write
            // (one scanner thread: 151 -> 182 decisions/s)
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        // read to the end and close: the connection goes back to the keep-alive cache
        return new Reply(status, in == null ? "" : read(in));
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
