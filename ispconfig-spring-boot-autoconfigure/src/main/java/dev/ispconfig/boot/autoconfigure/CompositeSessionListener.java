package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.LoginReason;
import dev.ispconfig.client.SessionListener;
import dev.ispconfig.client.exception.IspConfigException;
import java.util.List;

/** Passes the session events on to every {@link SessionListener} bean. */
final class CompositeSessionListener implements SessionListener {

    private final List<SessionListener> listeners;

    CompositeSessionListener(List<SessionListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** The one listener itself, or a composite, or {@link SessionListener#NONE}. */
    static SessionListener of(List<SessionListener> listeners) {
        return switch (listeners.size()) {
            case 0 -> SessionListener.NONE;
            case 1 -> listeners.get(0);
            default -> new CompositeSessionListener(listeners);
        };
    }

    @Override
    public void loggedIn(LoginReason reason) {
        listeners.forEach(listener -> listener.loggedIn(reason));
    }

    @Override
    public void loginFailed(IspConfigException failure) {
        listeners.forEach(listener -> listener.loginFailed(failure));
    }

    @Override
    public void loggedOut() {
        listeners.forEach(SessionListener::loggedOut);
    }

    @Override
    public void sessionExpired(String method) {
        listeners.forEach(listener -> listener.sessionExpired(method));
    }

    @Override
    public void sessionDropped() {
        listeners.forEach(SessionListener::sessionDropped);
    }
}
