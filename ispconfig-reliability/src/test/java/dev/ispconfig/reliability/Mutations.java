package dev.ispconfig.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

    /** Any kind, anywhere (now and then exactly at the start or the end), 1-400 bytes long. */
    static Mutation mutation(Random r) {
        Kind[] kinds = Kind.values();
        double at = r.nextInt(20) == 0 ? r.nextInt(2) : r.nextDouble();
        return new Mutation(kinds[r.nextInt(kinds.length)], at, Values.between(r, 1, 400),
                Values.between(r, 0, 255), Values.between(r, 0, 1000));
    }

    /** One to four mutations, applied in turn. */
    static List<Mutation> mutations(Random r) {
        List<Mutation> out = new ArrayList<>();
        for (int n = Values.between(r, 1, 4); n > 0; n--) {
            out.add(mutation(r));
        }
        return out;
    }

    static byte[] apply(byte[] capture, List<Mutation> mutations) {
        byte[] out = capture;
        for (Mutation mutation : mutations) {
            out = mutation.apply(out);
        }
        return out;
    }
}
