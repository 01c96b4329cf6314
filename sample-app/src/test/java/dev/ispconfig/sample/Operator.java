package dev.ispconfig.sample;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The login the tests use: set as spring.security.user.* in each test's properties. */
final class Operator {

    static final String NAME = "operator";
    static final String PASSWORD = "test-secret-4711";
    static final String USER_PROPERTY = "spring.security.user.name=" + NAME;
    static final String PASSWORD_PROPERTY = "spring.security.user.password=" + PASSWORD;

    /** The Authorization header of HTTP Basic for the operator. */
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((NAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private Operator() {
    }
}
