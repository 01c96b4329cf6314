package dev.ispconfig.client.soap;

/** The namespaces PHP's non-WSDL {@code SoapServer} and {@code SoapClient} use on the wire. */
final class SoapNames {

    static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String ENCODING_NS = "http://schemas.xmlsoap.org/soap/encoding/";
    static final String XSD_NS = "http://www.w3.org/2001/XMLSchema";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
    /** Apache SOAP's map type: how PHP sends associative arrays. */
    static final String APACHE_NS = "http://xml.apache.org/xml-soap";

    private SoapNames() {
    }
}
