package cn.wulian.liancai.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what {@link Api}'s client will not send: a {@code Content-Length}
 * that promises more than is sent, or a chunked body of a chosen size. Each request closes its
 * connection; the answer is read whole (also when the server answers before the body is sent).
 */
final class RawHttp {

    private RawHttp() {
    }

    record Answer(int status, Map<String, String> headers, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** sends the head with this {@code Content-Length}, then only {@code sent} of the body, and reads the answer */
    static Answer promising(String method, String path, String user, String contentType, long contentLength, byte[] sent) throws IOException {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(method, path, user, contentType, "Content-Length: " + contentLength).getBytes(StandardCharsets.ISO_8859_1));
            out.write(sent);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** sends the body in chunks of 8 KB; stops writing if the server has closed the connection, then reads the answer */
    static Answer chunked(String method, String path, String user, String contentType, byte[] body) throws IOException {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(method, path, user, contentType, "Transfer-Encoding: chunked").getBytes(StandardCharsets.ISO_8859_1));
            try {
                for (int at = 0; at < body.length; at += 8192) {
                    int n = Math.min(8192, body.length - at);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body, at, n);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException answeredEarly) {
                // the server refused the body and closed: its answer is waiting to be read
            }
            return read(socket.getInputStream());
        }
    }

    private static Socket open() throws IOException {
        URI base = URI.create(RunningApp.BASE);
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(60_000); // a server waiting for the promised body shows as a timeout here
        return socket;
    }

    private static String head(String method, String path, String user, String contentType, String length) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials + "\r\nAccept: application/json\r\n"
                + "Content-Type: " + contentType + "\r\n" + length + "\r\nConnection: close\r\n\r\n";
    }

    private static Answer read(InputStream in) throws IOException {
        String status = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0; size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                all.write(in.readNBytes(size));
                line(in);
            }
            body = all.toByteArray();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Answer(Integer.parseInt(status.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed in the middle of a line: " + line.toString(StandardCharsets.ISO_8859_1));
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
