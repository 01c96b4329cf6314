package dev.ispconfig.client;

/** The SDK's version, from the jar's manifest when packaged. */
final class Version {

    private Version() {
    }

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
