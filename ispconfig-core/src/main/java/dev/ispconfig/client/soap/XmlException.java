package dev.ispconfig.client.soap;

/**
 * The bytes are not well-formed XML (or use XML this codec refuses, such as a DTD). {@link SoapReader} turns it into a
 * {@link SoapFormatException}, as "not SOAP" or "malformed SOAP" depending on how far the message got.
 */
final class XmlException extends Exception {

    private static final long serialVersionUID = 1L;

    XmlException(String message) {
        // No stack trace: the message says what is wrong with the input; where in this code it was found does not help.
        super(message, null, false, false);
    }
}
