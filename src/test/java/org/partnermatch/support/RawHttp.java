package org.partnermatch.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 requests written byte for byte, so that a request target reaches the server exactly as spelled
 * ({@code /api;x=y/v1}, {@code //api}, {@code /%61pi}, dot segments): HTTP clients normalise such paths before sending.
 */
public final class RawHttp {

    public record Answer(int status, String head, String body) {
    }

    private RawHttp() {
    }

    public static Answer send(int port, String method, String target, Map<String, String> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = head(port, method, target, headers);
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        return exchange(port, method, target, request, out -> out.write(content));
    }

    /**
     * The body sent with {@code Transfer-Encoding: chunked}, in chunks of {@code chunkSize} bytes, as a client that
     * streams does (no {@code Content-Length} to check up front). A server that answers early and closes may cut the
     * upload short; the answer is read all the same.
     */
    public static Answer sendChunked(int port, String method, String target, Map<String, String> headers, String body,
                                     int chunkSize) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = head(port, method, target, headers).append("Transfer-Encoding: chunked\r\n\r\n");
        return exchange(port, method, target, request, out -> {
            for (int from = 0; from < content.length; from += chunkSize) {
                int length = Math.min(chunkSize, content.length - from);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(content, from, length);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        });
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static StringBuilder head(int port, String method, String target, Map<String, String> headers) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        return request;
    }

    private static Answer exchange(int port, String method, String target, StringBuilder request, Body body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                body.write(out);
                out.flush();
            } catch (SocketException e) {
                // the server answered and closed before the whole request was written: read what it said
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (SocketException e) {
                // a reset after the answer (unread request bytes were still in flight): keep what arrived
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String rest = split < 0 ? "" : text.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Answer(status, head, rest);
        } catch (IOException e) {
            throw new IllegalStateException("Request " + method + " " + target.substring(0, Math.min(80, target.length()))
                    + " failed", e);
        }
    }
}
