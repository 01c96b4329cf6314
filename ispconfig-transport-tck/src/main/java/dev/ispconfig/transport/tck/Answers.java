package dev.ispconfig.transport.tck;

import dev.ispconfig.client.soap.SoapFault;
import dev.ispconfig.client.soap.SoapWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Whole HTTP answers, as bytes for {@link LoopbackServer.Connection#send}. */
public final class Answers {

    public static final String XML = "text/xml; charset=utf-8";

    private Answers() {
    }

    /** 200 with a SOAP answer to {@code method}, as PHP's SoapServer writes it. */
    public static byte[] soap(String method, Object value) {
        return http(200, XML, SoapWriter.response(method, value));
    }

    /** 500 with a SOAP Fault, as PHP's SoapServer sends one. */
    public static byte[] fault(String code, String message) {
        return http(500, XML, SoapWriter.fault(new SoapFault(code, message)));
    }

    /** An answer with a Content-Length and the given extra header lines ({@code "Name: value"}). */
    public static byte[] http(int status, String contentType, byte[] body, String... headers) {
        String[] all = new String[headers.length + 1];
        all[0] = "Content-Length: " + body.length;
        System.arraycopy(headers, 0, all, 1, headers.length);
        return concat(head(status, contentType, all), body);
    }

    /** The same answer, compressed with gzip. */
    public static byte[] gzip(int status, String contentType, byte[] body) {
        byte[] zipped = gzip(body);
        return http(status, contentType, zipped, "Content-Encoding: gzip");
    }

    /** The same answer in chunks of {@code chunkSize} bytes, with a chunk extension and a trailer. */
    public static byte[] chunked(int status, String contentType, byte[] body, int chunkSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head(status, contentType, "Transfer-Encoding: chunked"));
        for (int offset = 0; offset < body.length; offset += chunkSize) {
            int n = Math.min(chunkSize, body.length - offset);
            out.writeBytes((Integer.toHexString(n) + ";ext=1\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, offset, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\nX-Trailer: yes\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A status line and headers, ending with the blank line. */
    public static byte[] head(int status, String contentType, String... headers) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status))
                .append("\r\nContent-Type: ").append(contentType).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zipped.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
