package dev.ispconfig.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** Keeps secrets out of what the SDK says: session ids in fault texts and excerpts of bodies that were not SOAP. */
public final class Redaction {

    /** ISPConfig's session ids: one lower-case letter and 40 hex digits. */
    private static final Pattern SESSION_ID = Pattern.compile("\\b[a-z][0-9a-f]{40}\\b");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    static final int EXCERPT_LENGTH = 160;

    private Redaction() {
    }

    /** A fault string as the panel sent it, with anything shaped like a session id masked. */
    static String faultText(String text) {
        return SESSION_ID.matcher(text).replaceAll("[session id]");
    }

    /**
     * A short, single-line, printable excerpt of a body that was not SOAP: tags dropped, whitespace folded, control
     * characters removed, each of {@code secrets} (a password the body may echo) and session-id-shaped tokens masked,
     * cut to {@value #EXCERPT_LENGTH} characters.
     */
    static String excerpt(byte[] head, int length, List<String> secrets) {
        String text = new String(head, 0, length, StandardCharsets.UTF_8);
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                text = text.replace(secret, "[redacted]");
            }
        }
        text = TAG.matcher(text).replaceAll(" ");
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isISOControl(c) || Character.isWhitespace(c)
                        && c != 0x1C && c != 0x1D && c != 0x1E && c != 0x1F)
                .filter(c -> c != 0xFFFD)
                .forEach(printable::appendCodePoint);
        text = SPACE.matcher(printable).replaceAll(" ").strip();
        text = SESSION_ID.matcher(text).replaceAll("[session id]");
        if (text.length() > EXCERPT_LENGTH) {
            text = text.substring(0, EXCERPT_LENGTH) + "…";
        }
        return text.isEmpty() ? "(empty body)" : "\"" + text + "\"";
    }
}
