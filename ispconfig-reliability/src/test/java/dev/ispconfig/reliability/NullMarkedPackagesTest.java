package dev.ispconfig.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.boot.autoconfigure.IspConfigAutoConfiguration;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.transport.apache.ApacheHttpTransport;
import dev.ispconfig.test.IspConfigSimulator;
import dev.ispconfig.transport.tck.TransportConformanceTest;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every package of a published module that holds a public type is {@code @NullMarked}: what it does not mark
 * {@code @Nullable} is never null, which Kotlin and the IDEs then rely on, and which NullAway checks as it compiles.
 * A new package without its {@code package-info.java} would silently fall out of both.
 */
class NullMarkedPackagesTest {

    @ParameterizedTest
    @ValueSource(classes = {IspConfigClient.class, ApacheHttpTransport.class, TransportConformanceTest.class,
            IspConfigAutoConfiguration.class, IspConfigSimulator.class})
    void everyPackageWithAPublicTypeIsNullMarked(Class<?> member) throws Exception {
        Path root = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> packages = publicPackages(root);
        assertThat(packages).as("packages found in " + root.getFileName()).isNotEmpty();
        List<String> unmarked = new ArrayList<>();
        for (String pkg : packages) {
            if (!nullMarked(pkg)) {
                unmarked.add(pkg);
            }
        }
        assertThat(unmarked).as("packages without @NullMarked in their package-info.java").isEmpty();
    }

    private static boolean nullMarked(String pkg) {
        try {
            return Class.forName(pkg + ".package-info").isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException none) {
            return false;
        }
    }

    /** The packages under {@code root} (a classes directory, or a jar when built elsewhere) with a public type. */
    private static Set<String> publicPackages(Path root) throws IOException, URISyntaxException {
        if (Files.isDirectory(root)) {
            return publicPackages(root, root);
        }
        try (var jar = java.nio.file.FileSystems.newFileSystem(root)) {
            return publicPackages(jar.getPath("/"), jar.getPath("/"));
        }
    }

    private static Set<String> publicPackages(Path base, Path root) throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String relative = base.relativize(file).toString().replace('\\', '/');
                if (!relative.endsWith(".class") || relative.contains("$") || relative.startsWith("META-INF")
                        || relative.endsWith("package-info.class")) {
                    continue;
                }
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                try {
                    Class<?> type = Class.forName(name, false, NullMarkedPackagesTest.class.getClassLoader());
                    if (Modifier.isPublic(type.getModifiers())) {
                        packages.add(type.getPackageName());
                    }
                } catch (ClassNotFoundException | LinkageError optional) {
                    // a type needing an optional dependency that this test does not have: its package has others
                }
            }
        }
        return packages;
    }
}
