package dev.ispconfig.client.api;

/** How a web domain runs PHP: the values of the web domain's {@code php} field. */
public enum PhpMode {
    DISABLED("no"),
    FAST_CGI("fast-cgi"),
    CGI("cgi"),
    MOD_PHP("mod"),
    SUPHP("suphp"),
    PHP_FPM("php-fpm"),
    HHVM("hhvm");

    private final String wireValue;

    PhpMode(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value the panel stores, for example {@code php-fpm}. */
    public String wireValue() {
        return wireValue;
    }
}
