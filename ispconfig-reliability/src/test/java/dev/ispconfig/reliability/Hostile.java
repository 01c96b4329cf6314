package dev.ispconfig.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builders of hostile SOAP bodies around the panel's own envelope. */
final class Hostile {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    static final String ENVELOPE_OPEN = "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:ns1=\"/remote/index.php\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:ns2=\"http://xml.apache.org/xml-soap\""
            + " xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\""
            + " SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\">"
            + "<SOAP-ENV:Body><ns1:sites_web_domain_getResponse>";
    static final String ENVELOPE_CLOSE = "</ns1:sites_web_domain_getResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>\n";

    private Hostile() {
    }

    /** A whole response whose {@code <return>} part is {@code returnXml}, with an optional prolog (a DTD). */
    static byte[] response(String prolog, String returnXml) {
        return (DECLARATION + prolog + ENVELOPE_OPEN + returnXml + ENVELOPE_CLOSE).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] response(String returnXml) {
        return response("", returnXml);
    }

    /** A string {@code <return>} whose text is {@code raw} bytes, spliced in unencoded. */
    static byte[] stringWithRawBytes(byte... raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((DECLARATION + ENVELOPE_OPEN + "<return xsi:type=\"xsd:string\">ok")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(("tail</return>" + ENVELOPE_CLOSE).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static String repeat(String s, int times) {
        return s.repeat(times);
    }
}
