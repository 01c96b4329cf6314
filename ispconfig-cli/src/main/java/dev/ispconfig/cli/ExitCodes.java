package dev.ispconfig.cli;

import dev.ispconfig.client.exception.AuthenticationException;
import dev.ispconfig.client.exception.IspConfigFaultException;
import dev.ispconfig.client.exception.LockedOutException;
import dev.ispconfig.client.exception.MaintenanceModeException;
import dev.ispconfig.client.exception.NotFoundException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import dev.ispconfig.client.exception.TransportException;
import dev.ispconfig.client.exception.ValidationException;

/** The exit codes of the command line, one per kind of failure (documented in the README). */
final class ExitCodes {

    static final int OK = 0;
    static final int ERROR = 1;
    static final int USAGE = 2;
    static final int LOGIN_REFUSED = 3;
    static final int NOT_FOUND = 4;
    static final int PERMISSION_DENIED = 5;
    static final int REFUSED_DATA = 6;
    static final int UNREACHABLE = 7;
    static final int LOCKED_OUT = 8;
    static final int SMOKE_FAILED = 9;
    static final int PANEL_FAULT = 10;

    private ExitCodes() {
    }

    static int of(Throwable failure) {
        if (failure instanceof AuthenticationException) {
            return LOGIN_REFUSED;
        }
        if (failure instanceof NotFoundException) {
            return NOT_FOUND;
        }
        if (failure instanceof PermissionDeniedException) {
            return PERMISSION_DENIED;
        }
        if (failure instanceof ValidationException || failure instanceof IllegalArgumentException) {
            return REFUSED_DATA;
        }
        if (failure instanceof TransportException) {
            return UNREACHABLE;
        }
        if (failure instanceof LockedOutException || failure instanceof MaintenanceModeException) {
            return LOCKED_OUT;
        }
        if (failure instanceof IspConfigFaultException) {
            return PANEL_FAULT;
        }
        return ERROR;
    }
}
