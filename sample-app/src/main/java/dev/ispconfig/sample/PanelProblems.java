package dev.ispconfig.sample;

import dev.ispconfig.client.exception.AuthenticationException;
import dev.ispconfig.client.exception.IspConfigException;
import dev.ispconfig.client.exception.IspConfigFaultException;
import dev.ispconfig.client.exception.LockedOutException;
import dev.ispconfig.client.exception.MaintenanceModeException;
import dev.ispconfig.client.exception.NotFoundException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import dev.ispconfig.client.exception.TransportException;
import dev.ispconfig.client.exception.ValidationException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The SDK's typed errors as RFC 9457 problem details: the exception type tells the status, so no controller has to.
 * Messages come from the SDK, which keeps passwords and session ids out of them.
 */
@RestControllerAdvice
class PanelProblems {

    /** Problem types are URNs: stable names, with no promise of a page behind them. */
    private static final String TYPE = "urn:problem-type:ispconfig:";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found on the panel", e);
    }

    @ExceptionHandler(PermissionDeniedException.class)
    ProblemDetail permissionDenied(PermissionDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "permission-denied", "The panel's remote user lacks this permission", e);
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail validation(ValidationException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation",
                "The panel refused the data", e);
        problem.setProperty("errors", e.errorKeys());
        return problem;
    }

    @ExceptionHandler({ TransportException.class, LockedOutException.class, MaintenanceModeException.class })
    ProblemDetail unavailable(IspConfigException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "panel-unavailable",
                "The panel cannot be reached or refuses logins for now", e);
        if (e instanceof TransportException transport) {
            // Its message names the panel's address and quotes its error page: for the log, not for API clients.
            problem.setDetail("No usable answer from the panel (" + transport.reason() + ")");
            problem.setProperty("reason", transport.reason().name());
        }
        return problem;
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail loginRefused(AuthenticationException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "panel-login-refused",
                "The panel refused this app's login: check ispconfig.username and ispconfig.password", e);
    }

    @ExceptionHandler(IspConfigFaultException.class)
    ProblemDetail fault(IspConfigFaultException e) {
        return problem(HttpStatus.BAD_GATEWAY, "panel-fault", "The panel answered with a fault", e);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create(TYPE + "bad-request"));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, IspConfigException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create(TYPE + type));
        problem.setTitle(title);
        problem.setProperty("exception", e.getClass().getSimpleName());
        if (e instanceof IspConfigFaultException fault) {
            problem.setProperty("faultCode", fault.faultCode());
            problem.setProperty("method", fault.method());
        }
        return problem;
    }
}
