package dev.ispconfig.tools.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** PHP names to Java names: the module prefix stripped, the rest camel-cased, keywords refused. */
final class JavaNames {

    /** The SDK's modules, in the order their accessors are listed; each has a generated and a hand-written class. */
    static final List<String> MODULES = List.of("admin", "aps", "backups", "clients", "cron", "databases", "dns",
            "domains", "ftp", "mail", "misc", "monitor", "openvz", "server", "shell", "sites", "webdav");

    /**
     * The prefix each module's method names start with and lose (the module rule of {@code Modules}). Backups lose
     * only their first segment ({@code sites_}, {@code mail_}); admin and misc, whose names share no prefix, lose
     * nothing.
     */
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("aps", "sites_aps_"), Map.entry("cron", "sites_cron_"),
            Map.entry("databases", "sites_database_"), Map.entry("ftp", "sites_ftp_user_"),
            Map.entry("shell", "sites_shell_user_"), Map.entry("webdav", "sites_webdav_user_"),
            Map.entry("sites", "sites_"), Map.entry("clients", "client_"), Map.entry("dns", "dns_"),
            Map.entry("domains", "domains_"), Map.entry("mail", "mail_"), Map.entry("monitor", "monitor_"),
            Map.entry("openvz", "openvz_"), Map.entry("server", "server_"));

    /** Java's reserved words and literals, plus the contextual ones that would make a call site awkward. */
    static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits");

    /** Methods of {@code Object}: a generated method of that name would override or clash with them. */
    private static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "equals", "toString", "clone",
            "notify", "notifyAll", "wait", "finalize");

    /** Names the generated method bodies use themselves: the {@code client} field and the {@code result} local. */
    private static final Set<String> RESERVED_PARAMETERS = Set.of("client", "result");

    private JavaNames() {
    }

    /** {@code sites_web_domain_get} in sites → {@code webDomainGet}. @throws GenerationException if unusable */
    static String methodName(String module, String phpName) {
        String rest;
        if (module.equals("admin") || module.equals("misc")) {
            rest = phpName;
        } else if (module.equals("backups")) {
            int underscore = phpName.indexOf('_');
            rest = underscore < 0 ? "" : phpName.substring(underscore + 1);
        } else {
            String prefix = PREFIXES.get(module);
            if (prefix == null) {
                throw new GenerationException(phpName + " is in the unknown module " + module);
            }
            if (!phpName.startsWith(prefix)) {
                throw new GenerationException(phpName + " is in module " + module + " but does not start with "
                        + prefix);
            }
            rest = phpName.substring(prefix.length());
        }
        String name = camelCase(rest);
        if (name.isEmpty()) {
            throw new GenerationException(phpName + " leaves no Java method name once " + module
                    + "'s prefix is stripped");
        }
        if (KEYWORDS.contains(name) || OBJECT_METHODS.contains(name) || !isIdentifier(name)) {
            throw new GenerationException(phpName + " would become the Java method " + name
                    + ", which is a keyword, a method of Object or no identifier: add a naming rule");
        }
        return name;
    }

    /**
     * {@code primary_id} → {@code primaryId}. A PHP name that is a Java keyword, or one the generated bodies use, gets
     * {@code Value} appended; parameter names are not part of the API, so this needs no decision.
     */
    static String parameterName(String phpName) {
        String name = camelCase(phpName);
        if (name.isEmpty() || !isIdentifier(name)) {
            throw new GenerationException("the PHP parameter $" + phpName + " makes no Java identifier");
        }
        return KEYWORDS.contains(name) || RESERVED_PARAMETERS.contains(name) ? name + "Value" : name;
    }

    /** {@code web_domain_get} → {@code webDomainGet}; empty segments (double underscores) are dropped. */
    static String camelCase(String snake) {
        StringBuilder name = new StringBuilder(snake.length());
        for (String segment : snake.split("_")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (name.length() == 0) {
                name.append(segment.substring(0, 1).toLowerCase(Locale.ROOT)).append(segment.substring(1));
            } else {
                name.append(segment.substring(0, 1).toUpperCase(Locale.ROOT)).append(segment.substring(1));
            }
        }
        return name.toString();
    }

    /** {@code sites} → {@code Sites}, as in {@code GeneratedSitesModule}. */
    static String capitalize(String module) {
        return module.substring(0, 1).toUpperCase(Locale.ROOT) + module.substring(1);
    }

    private static boolean isIdentifier(String name) {
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        return name.chars().allMatch(c -> c < 128 && Character.isJavaIdentifierPart(c) && c != '$');
    }
}
