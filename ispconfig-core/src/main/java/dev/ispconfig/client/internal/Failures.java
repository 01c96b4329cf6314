package dev.ispconfig.client.internal;

import dev.ispconfig.client.exception.ClientClosedException;
import dev.ispconfig.client.exception.IspConfigException;
import dev.ispconfig.client.exception.IspConfigFaultException;
import dev.ispconfig.client.exception.TransportException;
import dev.ispconfig.client.exception.UnexpectedResultException;
import dev.ispconfig.client.soap.SoapFault;

/**
 * A new exception, of the same type and message, for each caller that meets a failure another thread had: its stack
 * trace is the caller's own, and nothing piles up on one shared object. The original is its cause.
 */
final class Failures {

    private Failures() {
    }

    static IspConfigException fresh(IspConfigException original) {
        IspConfigException copy;
        if (original instanceof IspConfigFaultException fault) {
            copy = FaultMapper.toException(fault.method(), new SoapFault(fault.faultCode(), fault.faultString()));
            copy.initCause(original);
        } else if (original instanceof TransportException transport) {
            copy = new TransportException(transport.reason(), transport.statusCode(), message(original),
                    original, transport.outcomeUnknown());
        } else if (original instanceof ClientClosedException) {
            copy = new ClientClosedException(message(original));
            copy.initCause(original);
        } else if (original instanceof UnexpectedResultException) {
            copy = new UnexpectedResultException(message(original), original.outcomeUnknown());
            copy.initCause(original);
        } else {
            copy = new IspConfigException(message(original), original);
        }
        return copy;
    }

    /** The SDK's exceptions all carry a message; a subclass of a user's might not. */
    private static String message(IspConfigException original) {
        String message = original.getMessage();
        return message != null ? message : original.getClass().getName();
    }
}
