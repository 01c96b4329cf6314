package dev.ispconfig.client.internal;

/** The SDK's version, from the jar's manifest when packaged. */
public final class Version {

    private Version() {
    }

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
