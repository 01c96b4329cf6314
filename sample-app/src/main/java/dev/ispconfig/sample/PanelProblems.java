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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The SDK's typed errors as RFC 9457 problem details: the exception type tells the status, so no controller has to.
 * Messages come from the SDK, which keeps passwords and session ids out of them.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Boot's problem-details handler, which says less about an unreadable body
class PanelProblems {

    /** Problem types are URNs: stable names, with no promise of a page behind them. */
    private static final String TYPE = "urn:problem-type:ispconfig:";
    private static final Logger LOG = LoggerFactory.getLogger(PanelProblems.class);

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

    /** The SDK names an argument it refuses: an id of 0 or less, a missing field. */
    @ExceptionHandler({IllegalArgumentException.class, NullPointerException.class})
    ProblemDetail badRequest(RuntimeException e) {
        if (e instanceof NullPointerException && (e.getMessage() == null || !e.getMessage().endsWith(" is required"))) {
            return unexpected(e); // a bug, not the caller's mistake
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create(TYPE + "bad-request"));
        problem.setTitle("Bad request");
        return problem;
    }

    /** A body that is no JSON, or a value no field takes (an unknown PHP mode): what was wrong, with the choices. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooLarge tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        String cause = e.getMostSpecificCause().getMessage();
        String detail = cause == null ? "The request body cannot be read" : cause.lines().findFirst().orElse(cause);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create(TYPE + "unreadable-body"));
        problem.setTitle("The request body cannot be read");
        return problem;
    }

    @ExceptionHandler(RequestTooLarge.class)
    ProblemDetail tooLarge(RequestTooLarge e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setType(URI.create(TYPE + "too-large"));
        problem.setTitle("The request body is too large");
        return problem;
    }

    /** Anything else is a bug of this app: a problem detail too, with the details in the log only. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (e instanceof ErrorResponse response) {
            return response.getBody(); // Spring's own (405, 415, 404 of an unknown path, …)
        }
        LOG.error("unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error; the app's log has the details");
        problem.setType(URI.create(TYPE + "internal"));
        problem.setTitle("Internal error");
        return problem;
    }

    /** A request body past {@link RequestSizeLimit}'s limit. */
    static final class RequestTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RequestTooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes");
        }
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
