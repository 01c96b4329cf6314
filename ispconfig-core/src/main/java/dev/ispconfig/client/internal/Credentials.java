package dev.ispconfig.client.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Who logs in: a remote user, or an ISPConfig client ({@code client_login=true}). Never prints the password. */
public final class Credentials {

    private final String username;
    private final String password;
    private final boolean clientLogin;

    public Credentials(@Nullable String username, @Nullable String password, boolean clientLogin) {
        this.username = requireText(username, "username");
        this.password = requireText(password, "password");
        this.clientLogin = clientLogin;
    }

    private static String requireText(@Nullable String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the ISPConfig " + name + " must not be empty");
        }
        return value;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    boolean clientLogin() {
        return clientLogin;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Credentials that && clientLogin == that.clientLogin
                && username.equals(that.username) && password.equals(that.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, password, clientLogin);
    }

    @Override
    public String toString() {
        return (clientLogin ? "client " : "remote user ") + username;
    }
}
