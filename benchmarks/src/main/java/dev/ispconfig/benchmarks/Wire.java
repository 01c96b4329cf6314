package dev.ispconfig.benchmarks;

import dev.ispconfig.client.soap.SoapFormatException;
import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapResponse;
import dev.ispconfig.client.soap.SoapWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bodies the benchmarks decode: real captures of a live ISPConfig 3.2.12 panel, and a synthetic mailbox list. */
final class Wire {

    static final String LOGIN = "soap-01-login.response.xml";
    static final String FUNCTION_LIST = "soap-02-get_function_list.response.xml";
    static final String WEB_DOMAIN = "soap-03-sites_web_domain_get.response.xml";
    static final String MAILBOXES = "soap-05-mail_user_get-filter-many.response.xml";
    static final String LOGOUT = "soap-07-logout.response.xml";
    static final String FAULT = "soap-fault-data-processing-error.response.xml";

    /** About 5 KB a record, so 10,000 records make the 50 MB answer of the issue. */
    static final int LARGE_RECORDS = 10_000;

    private Wire() {
    }

    static byte[] capture(String name) {
        try (InputStream in = Wire.class.getResourceAsStream("/wire/" + name)) {
            if (in == null) {
                throw new IllegalStateException("capture missing from the class path: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A {@code mail_user_get} answer of {@code records} mailboxes, written by the codec the golden tests hold byte for
     * byte to PHP's; each record is the captured first mailbox with its id, addresses and name made unique.
     */
    static byte[] mailboxList(int records) {
        Map<String, Object> template = firstCapturedMailbox();
        List<Map<String, Object>> rows = new ArrayList<>(records);
        for (int i = 1; i <= records; i++) {
            Map<String, Object> row = new LinkedHashMap<>(template);
            String address = "user" + i + "@example.com";
            row.put("mailuser_id", Integer.toString(i));
            row.put("email", address);
            row.put("login", address);
            row.put("name", "User " + i);
            rows.add(row);
        }
        return mailUserGetAnswer(rows);
    }

    /**
     * {@code rows} as the panel answers {@code mail_user_get}: the codec's body (byte for byte PHP's) in the
     * envelope of the capture, whose namespace declarations PHP orders by first use.
     */
    static byte[] mailUserGetAnswer(List<?> rows) {
        byte[] ours = SoapWriter.response("mail_user_get", rows);
        byte[] captured = capture(MAILBOXES);
        int ourBody = indexOf(ours, BODY);
        int panelBody = indexOf(captured, BODY);
        byte[] answer = new byte[panelBody + ours.length - ourBody];
        System.arraycopy(captured, 0, answer, 0, panelBody);
        System.arraycopy(ours, ourBody, answer, panelBody, ours.length - ourBody);
        return answer;
    }

    private static final byte[] BODY = "<SOAP-ENV:Body>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no SOAP Body");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstCapturedMailbox() {
        SoapResponse response = decode(capture(MAILBOXES));
        return (Map<String, Object>) ((List<Object>) response.value()).get(0);
    }

    static SoapResponse decode(byte[] body) {
        try {
            return SoapReader.readResponse(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SoapFormatException e) {
            throw new IllegalStateException("the benchmark body is not SOAP", e);
        }
    }
}
