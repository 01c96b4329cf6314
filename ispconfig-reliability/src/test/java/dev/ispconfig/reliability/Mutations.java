package dev.ispconfig.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random damage to a capture: byte flips, deletions, insertions (random bytes or XML tokens), range duplications. */
final class Mutations {

    private static final List<String> TOKENS = List.of("<", ">", "&", "\"", "</", "/>", "<!DOCTYPE r>", "&amp;",
            "&#0;", "]]>", "<![CDATA[", "<!--", "xsi:nil=\"true\"", "xsi:type=\"ns2:Map\"", "xsi:type=\"xsd:int\"",
            "xsi:type=\"SOAP-ENC:Array\"", "<item>", "</item>", "\u0000", "\uFEFF", "\u00e9");

    private Mutations() {
    }

    enum Kind { FLIP, DELETE, INSERT_BYTES, INSERT_TOKEN, DUPLICATE }

    /** One mutation; positions are fractions of the current length so they fit any capture. */
    record Mutation(Kind kind, double at, int length, int bits, int token) {

        byte[] apply(byte[] in) {
            int pos = (int) (at * in.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
            switch (kind) {
                case FLIP -> {
                    byte[] copy = in.clone();
                    if (copy.length > 0) {
                        copy[Math.min(pos, copy.length - 1)] ^= (byte) (bits == 0 ? 1 : bits);
                    }
                    return copy;
                }
                case DELETE -> {
                    int end = Math.min(in.length, pos + length);
                    out.write(in, 0, pos);
                    out.write(in, end, in.length - end);
                }
                case INSERT_BYTES -> {
                    out.write(in, 0, pos);
                    for (int i = 0; i < length; i++) {
                        out.write(bits * (i + 31) & 0xFF);
                    }
                    out.write(in, pos, in.length - pos);
                }
                case INSERT_TOKEN -> {
                    out.write(in, 0, pos);
                    out.writeBytes(TOKENS.get(token % TOKENS.size()).getBytes(StandardCharsets.UTF_8));
                    out.write(in, pos, in.length - pos);
                }
                case DUPLICATE -> {
                    int end = Math.min(in.length, pos + length);
                    out.write(in, 0, end);
                    out.write(in, pos, end - pos);
                    out.write(in, end, in.length - end);
                }
                default -> throw new IllegalStateException();
            }
            return out.toByteArray();
        }
    }

    static Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(1, 400), Arbitraries.integers().between(0, 255),
                        Arbitraries.integers().between(0, 1000))
                .as(Mutation::new);
    }

    static Arbitrary<List<Mutation>> mutations() {
        return mutation().list().ofMinSize(1).ofMaxSize(4);
    }

    static byte[] apply(byte[] capture, List<Mutation> mutations) {
        byte[] out = capture;
        for (Mutation mutation : mutations) {
            out = mutation.apply(out);
        }
        return out;
    }
}
