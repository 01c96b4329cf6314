package dev.ispconfig.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the READMEs compiles against the SDK as built, so none can rot: a snippet with a class is
 * compiled as it is, a fragment as the body of a method whose parameters are the variables it uses without declaring
 * ({@code client}, {@code clientId}, …). A fragment that starts its own simulator also runs.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .getParent();
    private static final List<String> READMES = List.of("README.md", "ispconfig-test/README.md",
            "sample-app/README.md", "ispconfig-cli/README.md");
    private static final Pattern JAVA = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);

    /** What the snippets may take as known, as a reader of the README would. */
    private static final String IMPORTS = """
            import dev.ispconfig.client.*;
            import dev.ispconfig.client.api.*;
            import dev.ispconfig.client.exception.*;
            import dev.ispconfig.client.state.*;
            import dev.ispconfig.client.transport.*;
            import dev.ispconfig.client.model.dns.*;
            import dev.ispconfig.client.model.mail.*;
            import dev.ispconfig.client.model.sites.*;
            import dev.ispconfig.test.*;
            import dev.ispconfig.test.spring.*;
            import dev.ispconfig.transport.tck.*;
            import java.util.*;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.extension.RegisterExtension;
            import dev.ispconfig.boot.autoconfigure.IspConfigPanels;
            import org.springframework.beans.factory.annotation.Autowired;
            import org.springframework.beans.factory.annotation.Qualifier;
            import org.springframework.boot.test.context.SpringBootTest;
            import org.springframework.stereotype.Service;
            import static org.assertj.core.api.Assertions.assertThat;
            """;

    /** Variables the fragments use without declaring them, and their types. */
    private static final Map<String, String> FREE = Map.of("client", "IspConfigClient", "clientId", "int",
            "zoneId", "int", "siteId", "int");

    /** The user's own transport of the conformance kit's snippet. */
    private static final String MY_TRANSPORT = """
            class MyTransport implements Transport {
                MyTransport(TransportSettings settings) {
                }
                @Override
                public TransportResponse send(TransportRequest request) {
                    throw new UnsupportedOperationException();
                }
            }
            """;

    private record Snippet(String readme, int number, String code) {

        String className() {
            return "Snippet" + readme.replaceAll("[^A-Za-z]", "_") + "_" + number;
        }
    }

    private static final Pattern PROPERTIES = Pattern.compile("(?m)^```properties\\n(.*?)^```", Pattern.DOTALL);

    /**
     * Every {@code properties} block of the READMEs works when pasted into {@code application.properties}: no comment
     * after a value (the format has none: it would become part of the value), and every {@code ispconfig.*} key is
     * one the starter has, also under {@code ispconfig.panels.<name>.}.
     */
    @Test
    void everyPropertiesSnippetOfTheReadmesIsValidAsWritten() throws Exception {
        Set<String> known = starterProperties();
        List<String> wrong = new ArrayList<>();
        int lines = 0;
        for (String readme : READMES) {
            Path file = ROOT.resolve(readme);
            if (!Files.exists(file)) {
                continue;
            }
            Matcher block = PROPERTIES.matcher(Files.readString(file));
            while (block.find()) {
                for (String line : block.group(1).split("\n")) {
                    String entry = line.strip();
                    if (entry.isEmpty() || entry.startsWith("#") || entry.startsWith("!")) {
                        continue;
                    }
                    lines++;
                    int equals = entry.indexOf('=');
                    String key = equals < 0 ? entry : entry.substring(0, equals).strip();
                    String value = equals < 0 ? "" : entry.substring(equals + 1);
                    if (value.matches(".*\\s#.*")) {
                        wrong.add(readme + ": " + key + " has a comment after its value, which becomes the value");
                    }
                    String asSinglePanel = key.replaceFirst("^ispconfig\\.panels\\.[^.]+\\.", "ispconfig.");
                    if (key.startsWith("ispconfig.") && !known.contains(asSinglePanel)) {
                        wrong.add(readme + ": " + key + " is not a property of the starter");
                    }
                }
            }
        }
        assertThat(lines).as("properties lines found in the READMEs").isGreaterThan(10);
        assertThat(wrong).isEmpty();
    }

    /** The {@code ispconfig.*} property names from the starter's configuration metadata. */
    private static Set<String> starterProperties() throws Exception {
        Set<String> names = new HashSet<>();
        var metadata = ReadmeSnippetsTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json");
        Pattern name = Pattern.compile("\"name\"\\s*:\\s*\"(ispconfig\\.[^\"]+)\"");
        while (metadata.hasMoreElements()) {
            try (var in = metadata.nextElement().openStream()) {
                Matcher found = name.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (found.find()) {
                    names.add(found.group(1));
                }
            }
        }
        assertThat(names).as("the starter's metadata").contains("ispconfig.url", "ispconfig.health.cache-ttl");
        return names;
    }

    @Test
    void everyJavaSnippetOfTheReadmesCompilesAndTheSelfContainedOnesRun(@TempDir Path work) throws Exception {
        List<Snippet> snippets = new ArrayList<>();
        for (String readme : READMES) {
            Path file = ROOT.resolve(readme);
            if (!Files.exists(file)) {
                continue;
            }
            Matcher block = JAVA.matcher(Files.readString(file, StandardCharsets.UTF_8));
            int number = 0;
            while (block.find()) {
                snippets.add(new Snippet(readme, ++number, block.group(1)));
            }
        }
        assertThat(snippets).as("the READMEs' Java snippets").hasSizeGreaterThanOrEqualTo(6);

        Path sources = Files.createDirectories(work.resolve("src"));
        List<Path> files = new ArrayList<>();
        List<Snippet> runnable = new ArrayList<>();
        for (Snippet snippet : snippets) {
            files.add(write(sources, snippet));
            if (snippet.code().contains("IspConfigSimulator.start()") && !declaresClass(snippet.code())) {
                runnable.add(snippet);
            }
        }
        Path stub = sources.resolve("MyTransport.java");
        Files.writeString(stub, IMPORTS + MY_TRANSPORT);
        files.add(stub);

        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null,
                StandardCharsets.UTF_8)) {
            compiled = javac.getTask(null, manager, diagnostics, List.of("-classpath",
                            System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none",
                            "-Xlint:none"), null, manager.getJavaFileObjectsFromPaths(files)).call();
        }
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null)).toList();
        assertThat(errors).as("compile errors of the README snippets").isEmpty();
        assertThat(compiled).isTrue();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            for (Snippet snippet : runnable) {
                Class<?> type = loader.loadClass(snippet.className());
                Method run = type.getDeclaredMethods()[0];
                run.setAccessible(true);
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                run.invoke(constructor.newInstance(), new Object[run.getParameterCount()]);
            }
        }
        assertThat(runnable).as("a snippet that starts its own simulator ran").isNotEmpty();
    }

    private static boolean declaresClass(String code) {
        return Pattern.compile("(?m)^(\\s*@\\w+.*\\n)*\\s*(public\\s+)?(abstract\\s+)?class\\s").matcher(code).find();
    }

    private static Path write(Path sources, Snippet snippet) throws IOException {
        StringBuilder imports = new StringBuilder(IMPORTS);
        StringBuilder body = new StringBuilder();
        for (String line : snippet.code().split("\n", -1)) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String source;
        if (declaresClass(snippet.code())) {
            source = imports + body.toString();
        } else {
            List<String> parameters = new ArrayList<>();
            FREE.forEach((name, type) -> {
                boolean used = Pattern.compile("\\b" + name + "\\b").matcher(body).find();
                boolean declared = Pattern.compile("\\b[A-Z]\\w*(<[^>]*>)?\\s+" + name + "\\s*[=;)]|\\bint\\s+"
                        + name + "\\s*[=;]").matcher(body).find();
                if (used && !declared) {
                    parameters.add(type + " " + name);
                }
            });
            source = imports + "class " + snippet.className() + " {\n    void run(" + String.join(", ", parameters)
                    + ") throws Exception {\n" + body + "\n    }\n}\n";
        }
        Path file = sources.resolve(snippet.className() + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file;
    }
}
