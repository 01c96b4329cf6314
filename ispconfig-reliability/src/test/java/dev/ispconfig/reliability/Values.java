package dev.ispconfig.reliability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Seeded generators for the Java values the SOAP codec accepts, and what our reader gives back for each. Each draws
 * from the {@link Random} it is given, so one seed replays one input exactly (see {@link Tries}).
 */
final class Values {

    private static final int[] XML_CARE = {'\t', '\n', '\r', ' ', '<', '>', '&', '"', '\'', ']', ';', '#'};
    private static final int[] INT_EDGES = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};
    private static final long[] LONG_EDGES = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE,
        Integer.MIN_VALUE - 1L, Integer.MAX_VALUE + 1L, Long.MIN_VALUE, Long.MAX_VALUE};
    private static final double[] DOUBLE_EDGES = {0.0, 1.0, -1.0, 0.01, -0.01};
    private static final double[] DOUBLE_SPECIALS = {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2};

    private Values() {
    }

    /** The index of one of {@code weights}, drawn in proportion to its weight. */
    static int weighted(Random r, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    /** Uniform in {@code min..max}, both included. */
    static int between(Random r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    static <T> List<T> list(Random r, int maxSize, Function<Random, T> element) {
        int size = r.nextInt(maxSize + 1);
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(element.apply(r));
        }
        return out;
    }

    /** Code points XML 1.0 can carry, weighted toward the ones that need escaping or care. */
    static int xmlCodePoint(Random r) {
        return switch (weighted(r, 6, 3, 1, 2, 1, 2)) {
            case 0 -> between(r, 0x20, 0x7E);
            case 1 -> XML_CARE[r.nextInt(XML_CARE.length)];
            case 2 -> between(r, 0x7F, 0x9F);         // C1 controls: legal XML 1.0
            case 3 -> between(r, 0xA0, 0xD7FF);
            case 4 -> between(r, 0xE000, 0xFFFD);
            default -> between(r, 0x10000, 0x10FFFF); // astral: surrogate pairs
        };
    }

    static String xmlString(Random r) {
        StringBuilder out = new StringBuilder();
        for (int n = r.nextInt(25); n > 0; n--) {
            out.appendCodePoint(xmlCodePoint(r));
        }
        return out.toString();
    }

    /** Characters XML 1.0 cannot carry at all: C0 controls but tab, LF, CR; lone surrogates; U+FFFE, U+FFFF. */
    static char nonXmlChar(Random r) {
        return switch (weighted(r, 3, 1, 2, 2, 1)) {
            case 0 -> (char) between(r, 0x00, 0x08);
            case 1 -> r.nextBoolean() ? '\u000B' : '\u000C';
            case 2 -> (char) between(r, 0x0E, 0x1F);
            case 3 -> (char) between(r, 0xD800, 0xDFFF);
            default -> r.nextBoolean() ? '\uFFFE' : '\uFFFF';
        };
    }

    // Numbers lean on edges and small magnitudes: a uniform long is almost never within int range, and that range
    // is where the reader's Long-to-Integer normalisation happens.

    static int anyInt(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> INT_EDGES[r.nextInt(INT_EDGES.length)];
            case 1 -> between(r, -1000, 1000);
            default -> r.nextInt();
        };
    }

    static long anyLong(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> LONG_EDGES[r.nextInt(LONG_EDGES.length)];
            case 1 -> between(r, -1000, 1000);
            case 2 -> r.nextInt();
            default -> r.nextLong();
        };
    }

    /** Finite doubles: edges, two-decimal values, and any magnitude up to 1e308. */
    static double anyDouble(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> DOUBLE_EDGES[r.nextInt(DOUBLE_EDGES.length)];
            case 1 -> between(r, -1_000_000, 1_000_000) / 100.0;
            default -> (r.nextBoolean() ? 1 : -1) * r.nextDouble() * Math.pow(10, between(r, -10, 308));
        };
    }

    /** A string, int, long, boolean or double (equally often), or null 8 % of the time. */
    static Object scalar(Random r) {
        if (r.nextDouble() < 0.08) {
            return null;
        }
        return switch (r.nextInt(5)) {
            case 0 -> xmlString(r);
            case 1 -> Integer.valueOf(anyInt(r));
            case 2 -> Long.valueOf(anyLong(r));
            case 3 -> Boolean.valueOf(r.nextBoolean());
            default -> Double.valueOf(switch (weighted(r, 4, 2, 1)) {
                case 0 -> anyDouble(r);
                case 1 -> Double.longBitsToDouble(r.nextLong()); // every bit pattern: subnormals, NaNs too
                default -> DOUBLE_SPECIALS[r.nextInt(DOUBLE_SPECIALS.length)];
            });
        };
    }

    /** Any value the codec takes: scalars, lists and insertion-ordered maps, nested up to {@code depth}. */
    static Object value(Random r, int depth) {
        if (depth == 0) {
            return scalar(r);
        }
        return switch (weighted(r, 4, 1, 1)) {
            case 0 -> scalar(r);
            case 1 -> list(r, 5, inner -> value(inner, depth - 1));
            default -> map(r, depth - 1);
        };
    }

    /** Up to 5 entries keyed by strings or ints, the keys unique by their text (what the reader gives back). */
    private static Map<Object, Object> map(Random r, int depth) {
        int size = r.nextInt(6);
        Map<Object, Object> map = new LinkedHashMap<>();
        Set<String> texts = new HashSet<>();
        for (int attempt = 0; map.size() < size && attempt < 100; attempt++) {
            Object key = r.nextBoolean() ? xmlString(r) : Integer.valueOf(anyInt(r));
            if (texts.add(key.toString())) {
                map.put(key, value(r, depth));
            }
        }
        return map;
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
