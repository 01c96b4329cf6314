package dev.ispconfig.client.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link DecodedMap} behaves as a {@code LinkedHashMap} of String keys would, until it is frozen. */
class DecodedMapTest {

    @Test
    void randomOperationsLeaveItEqualToALinkedHashMapInContentAndOrder() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            DecodedMap map = new DecodedMap(1 + random.nextInt(8));
            Map<String, Object> expected = new LinkedHashMap<>();
            List<String> names = List.of("domain_id", "domain", "Aa", "BB", "AaAa", "BBBB", "AaBB", "php", "", "x");
            for (int step = 0; step < 300; step++) {
                String key = random.nextInt(4) == 0 ? "k" + random.nextInt(200) : names.get(random.nextInt(10));
                switch (random.nextInt(10)) {
                    case 0 -> assertThat(map.remove(key)).as("seed " + seed).isEqualTo(expected.remove(key));
                    case 1 -> {
                        Iterator<Map.Entry<String, Object>> ours = map.entrySet().iterator();
                        Iterator<Map.Entry<String, Object>> theirs = expected.entrySet().iterator();
                        while (ours.hasNext()) {
                            Map.Entry<String, Object> entry = ours.next();
                            assertThat(entry).isEqualTo(theirs.next());
                            if (random.nextInt(5) == 0) {
                                ours.remove();
                                theirs.remove();
                            } else if (random.nextInt(5) == 0) {
                                entry.setValue("set" + step);
                                expected.put(entry.getKey(), "set" + step);
                            }
                        }
                    }
                    case 2 -> {
                        if (random.nextInt(20) == 0) {
                            map.clear();
                            expected.clear();
                        }
                    }
                    default -> assertThat(map.put(key, step)).as("seed " + seed).isEqualTo(expected.put(key, step));
                }
                assertThat(map.get(key)).isEqualTo(expected.get(key));
                assertThat(map.containsKey(key)).isEqualTo(expected.containsKey(key));
            }
            assertThat(new ArrayList<>(map.keySet())).as("order, seed " + seed)
                    .containsExactlyElementsOf(expected.keySet());
            assertThat(map).isEqualTo(expected);
            assertThat(map.hashCode()).isEqualTo(expected.hashCode());
        }
    }

    @Test
    void aFrozenMapRefusesEveryChangeButStillReads() {
        DecodedMap map = new DecodedMap();
        map.put("domain", "example.com");
        map.put("active", "y");
        map.freeze();

        assertThat(map.get("domain")).isEqualTo("example.com");
        assertThat(map).containsExactly(Map.entry("domain", "example.com"), Map.entry("active", "y"));
        assertThatThrownBy(() -> map.put("php", "fpm")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("domain")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        Iterator<String> keys = map.keySet().iterator();
        keys.next();
        assertThatThrownBy(keys::remove).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullValuesAndNonStringKeysReadAsAMapDoes() {
        DecodedMap map = new DecodedMap();
        map.put("nil", null);

        assertThat(map.containsKey("nil")).isTrue();
        assertThat(map.get("nil")).isNull();
        assertThat(map.get(7)).isNull();
        assertThat(map.containsKey(null)).isFalse();
        assertThatThrownBy(() -> map.put(null, 1)).isInstanceOf(NullPointerException.class);
    }
}
