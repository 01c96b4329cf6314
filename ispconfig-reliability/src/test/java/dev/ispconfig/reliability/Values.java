package dev.ispconfig.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** jqwik arbitraries for the Java values the SOAP codec accepts, and what our reader gives back for each. */
final class Values {

    private Values() {
    }

    /** Code points XML 1.0 can carry, weighted toward the ones that need escaping or care. */
    static Arbitrary<Integer> xmlCodePoints() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(3, Arbitraries.of((int) '\t', (int) '\n', (int) '\r', (int) ' ', (int) '<', (int) '>',
                        (int) '&', (int) '"', (int) '\'', (int) ']', (int) ';', (int) '#')),
                Tuple.of(1, Arbitraries.integers().between(0x7F, 0x9F)),     // C1 controls: legal XML 1.0
                Tuple.of(2, Arbitraries.integers().between(0xA0, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFD)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF))); // astral: surrogate pairs
    }

    static Arbitrary<String> xmlStrings() {
        return xmlCodePoints().list().ofMaxSize(24).map(Values::string);
    }

    /** Characters XML 1.0 cannot carry at all: C0 controls but tab, LF, CR; lone surrogates; U+FFFE, U+FFFF. */
    static Arbitrary<Character> nonXmlChars() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.chars().range('\u0000', '\u0008')),
                Tuple.of(1, Arbitraries.of('\u000B', '\u000C')),
                Tuple.of(2, Arbitraries.chars().range('\u000E', '\u001F')),
                Tuple.of(2, Arbitraries.chars().range('\uD800', '\uDFFF')),
                Tuple.of(1, Arbitraries.of('\uFFFE', '\uFFFF')));
    }

    static String string(List<Integer> codePoints) {
        StringBuilder out = new StringBuilder();
        codePoints.forEach(out::appendCodePoint);
        return out.toString();
    }

    static Arbitrary<Object> scalars() {
        Arbitrary<Double> doubles = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles()),
                Tuple.of(2, Arbitraries.longs().map(Double::longBitsToDouble)), // every bit pattern: subnormals too
                Tuple.of(1, Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
                        Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2)));
        return Arbitraries.oneOf(
                xmlStrings().map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE).map(b -> (Object) b),
                doubles.map(d -> (Object) d))
                .injectNull(0.08);
    }

    /** Any value the codec takes: scalars, lists and insertion-ordered maps, nested up to {@code depth}. */
    static Arbitrary<Object> values(int depth) {
        if (depth == 0) {
            return scalars();
        }
        Arbitrary<Object> inner = values(depth - 1);
        Arbitrary<Object> lists = inner.list().ofMaxSize(5).map(l -> (Object) l);
        Arbitrary<Object> maps = Arbitraries.oneOf(xmlStrings().map(k -> (Object) k),
                        Arbitraries.integers().map(k -> (Object) k))
                .list().uniqueElements(k -> k.toString()).ofMaxSize(5)
                .flatMap(keys -> inner.list().ofSize(keys.size()).map(vals -> {
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < keys.size(); i++) {
                        map.put(keys.get(i), vals.get(i));
                    }
                    return (Object) map;
                }));
        return Arbitraries.frequencyOf(Tuple.of(4, scalars()), Tuple.of(1, lists), Tuple.of(1, maps));
    }

    /**
     * What our writer then our reader make of {@code value}, as the SoapWriter/SoapReader Javadoc documents: a Long
     * within int range reads as Integer; a map key reads as its text; an empty map travels as PHP's {@code array()}
     * and reads as an empty list. Strings, whitespace-only ones included, come back unchanged (footgun 12's loss of
     * whitespace-only strings is PHP's, not our reader's).
     */
    static Object expected(Object value) {
        if (value instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return List.of();
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k.toString(), expected(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(expected(v)));
            return out;
        }
        return value;
    }

    /** A rendering that tells types and map order apart (Map.equals ignores order, Integer 1 != Long 1). */
    static String render(Object value) {
        StringBuilder out = new StringBuilder();
        render(value, out);
        return out.toString();
    }

    private static void render(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append("map{");
            map.forEach((k, v) -> {
                render(k, out);
                out.append('=');
                render(v, out);
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append("list[");
            list.forEach(v -> {
                render(v, out);
                out.append(',');
            });
            out.append(']');
        } else if (value instanceof Double d) {
            out.append("double:").append(Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(Double.NaN)
                    || Double.isNaN(d) ? "NaN" : Double.toString(d));
        } else if (value instanceof String s) {
            out.append("string:").append(s.length()).append(':');
            s.codePoints().forEach(c -> out.append(Integer.toHexString(c)).append(' '));
        } else {
            out.append(value.getClass().getSimpleName()).append(':').append(value);
        }
    }
}
