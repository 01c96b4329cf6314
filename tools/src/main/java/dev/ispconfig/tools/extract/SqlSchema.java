package dev.ispconfig.tools.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of every table in the installer's schema dump ({@code install/sql/ispconfig3.sql}): name and SQL type
 * as declared ({@code int(11) unsigned}, {@code enum('n','y')}, {@code varchar(255)}), lower-cased, in table order.
 */
final class SqlSchema {

    static final String FILE = "install/sql/ispconfig3.sql";

    private static final Pattern CREATE = Pattern.compile(
            "CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`([^`]+)`\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMN = Pattern.compile("^\\s*`([^`]+)`\\s+([A-Za-z]+)");

    private SqlSchema() {
    }

    /** Table name to its columns (name to type); a table created twice keeps its last definition. */
    static Map<String, Map<String, String>> tables(String sql) {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        Matcher create = CREATE.matcher(sql);
        while (create.find()) {
            Map<String, String> columns = new LinkedHashMap<>();
            int end = bodyEnd(sql, create.end());
            for (String line : sql.substring(create.end(), end).split("\n")) {
                Matcher column = COLUMN.matcher(line);
                if (column.find()) {
                    columns.put(column.group(1), type(line, column.end(2), column.group(2)));
                }
            }
            tables.put(create.group(1), columns);
        }
        return tables;
    }

    /** The type word, its parenthesised arguments (quotes respected) and {@code unsigned} when it follows. */
    private static String type(String line, int afterWord, String word) {
        StringBuilder type = new StringBuilder(word.toLowerCase(Locale.ROOT));
        int i = skipSpaces(line, afterWord);
        if (i < line.length() && line.charAt(i) == '(') {
            int close = closing(line, i);
            type.append(withoutSpaces(line.substring(i, close + 1)));
            i = skipSpaces(line, close + 1);
        }
        if (line.regionMatches(true, i, "unsigned", 0, 8)) {
            type.append(" unsigned");
        }
        return type.toString();
    }

    /** {@code ( 255 )} and {@code ('none', 'email')} as {@code (255)} and {@code ('none','email')}. */
    private static String withoutSpaces(String arguments) {
        StringBuilder out = new StringBuilder(arguments.length());
        char quote = 0;
        for (char c : arguments.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ' ') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The index of the parenthesis that closes the one at {@code open}, skipping quoted text. */
    private static int closing(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in: " + s.strip());
    }

    /** The end of a CREATE TABLE body: the parenthesis closing the one before {@code start}. */
    private static int bodyEnd(String sql, int start) {
        return closing(sql, start - 1);
    }
}
