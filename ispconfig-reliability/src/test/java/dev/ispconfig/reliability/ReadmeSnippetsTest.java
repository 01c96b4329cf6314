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
import java.util.List;
import java.util.Map;
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
