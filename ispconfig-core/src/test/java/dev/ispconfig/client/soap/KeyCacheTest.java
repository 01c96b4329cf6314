package dev.ispconfig.client.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Map keys shared across answers: the same String each time, right under collisions and concurrent readers. */
class KeyCacheTest {

    @Test
    void theKeysOfTwoAnswersAreTheSameStrings() throws Exception {
        byte[] doc = Captures.bytes("soap-03-sites_web_domain_get.response.xml");
        Map<?, ?> first = (Map<?, ?>) SoapReader.readResponse(new ByteArrayInputStream(doc)).value();
        Map<?, ?> second = (Map<?, ?>) SoapReader.readResponse(new ByteArrayInputStream(doc)).value();

        assertThat(first).isEqualTo(second);
        Iterator<?> keys = second.keySet().iterator();
        int same = 0;
        for (Object key : first.keySet()) {
            same += keys.next() == key ? 1 : 0;
        }
        // All but the entry that the end of the scanner's first 8 KB read cuts: that one is read event by event.
        assertThat(same).isBetween(first.size() - 1, first.size());
    }

    @Test
    void keysThatShareASlotStayApart() {
        // "Aa", "BB" and "AaAa"-like keys of one hash share two slots: a third pushes the second out.
        for (int i = 0; i < 3; i++) {
            assertThat(get("Aa")).isEqualTo("Aa");
            assertThat(get("BB")).isEqualTo("BB");
            assertThat(get("C#")).isEqualTo("C#");
        }
        assertThat(get("Aa")).isSameAs(get("Aa"));
        String longKey = "k".repeat(KeyCache.MAX_KEY + 1);
        assertThat(get(longKey)).isEqualTo(longKey).isNotSameAs(get(longKey));
    }

    @Test
    void readersOnManyThreadsGetTheirOwnKeys() throws Exception {
        // Colliding keys ("AaAa", "AaBB", "BBAa", "BBBB" share a hash) on eight threads at once.
        String[] keys = {"AaAa", "AaBB", "BBAa", "BBBB", "domain_id", "domain"};
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    for (int round = 0; round < 2_000; round++) {
                        StringBuilder entries = new StringBuilder();
                        List<String> expected = new ArrayList<>();
                        for (int k = 0; k < 3; k++) {
                            String key = keys[(offset + round + k) % keys.length];
                            expected.add(key);
                            entries.append("<item><key xsi:type=\"xsd:string\">").append(key)
                                    .append("</key><value xsi:type=\"xsd:int\">").append(k).append("</value></item>");
                        }
                        Map<?, ?> read = (Map<?, ?>) SoapReader.readResponse(new ByteArrayInputStream(
                                answer(entries.toString()))).value();
                        assertThat(List.copyOf(read.keySet())).isEqualTo(expected);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String get(String key) {
        byte[] b = key.getBytes(StandardCharsets.US_ASCII);
        return KeyCache.get(b, 0, b.length, NameTable.hash(b, 0, b.length));
    }

    private static byte[] answer(String entries) {
        return ("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:ns2=\"http://xml.apache.org/xml-soap\"><SOAP-ENV:Body><r><return xsi:type=\"ns2:Map\">"
                + entries + "</return></r></SOAP-ENV:Body></SOAP-ENV:Envelope>").getBytes(StandardCharsets.UTF_8);
    }
}
