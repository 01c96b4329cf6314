package dev.ispconfig.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone simulator in a process of its own, started as a user starts it: {@code java -jar} on the standalone
 * jar that the build made (the {@value #JAR_PROPERTY} property, set by failsafe), or, run from an IDE without it,
 * {@code java -cp} on this test's class path. Closing it ends the process and waits for its end.
 */
final class SimulatorProcess implements AutoCloseable {

    static final String JAR_PROPERTY = "ispconfig.standaloneJar";
    private static final Pattern STARTED = Pattern.compile("ISPConfig simulator at (\\S+)");
    private static final long START_SECONDS = 60;

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<URI> url = new CompletableFuture<>();
    private final Thread reader;

    private SimulatorProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "simulator-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the simulator with these options and waits for the URL it prints. */
    static SimulatorProcess start(Map<String, String> environment, String... options) throws Exception {
        SimulatorProcess simulator = new SimulatorProcess(launch(environment, options));
        try {
            simulator.url.get(START_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            simulator.close();
            throw new AssertionError("the simulator did not start: " + simulator.output(), e);
        } catch (InterruptedException | RuntimeException | Error e) {
            simulator.close();
            throw e;
        }
        return simulator;
    }

    /** Runs the simulator with options that must stop it, and answers its exit code and output. */
    static Exit run(String... options) throws Exception {
        try (SimulatorProcess simulator = new SimulatorProcess(launch(Map.of(), options))) {
            if (!simulator.process.waitFor(START_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the simulator kept running: " + simulator.output());
            }
            simulator.reader.join(TimeUnit.SECONDS.toMillis(START_SECONDS)); // until the pipe is drained
            return new Exit(simulator.process.exitValue(), simulator.output());
        }
    }

    /** A finished run: its exit code and everything it printed. */
    record Exit(int code, String output) {
    }

    URI url() {
        return url.join();
    }

    String output() {
        return output.toString();
    }

    private static Process launch(Map<String, String> environment, String... options) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar != null && !jar.isBlank()) {
            if (!Files.isRegularFile(Path.of(jar))) {
                throw new AssertionError("no standalone jar at " + jar + " (mvn package makes it)");
            }
            command.add("-jar");
            command.add(jar);
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(SimulatorMain.class.getName());
        }
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(SimulatorMain.PASSWORD_VARIABLE);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                output.append(line).append('\n');
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    url.complete(URI.create(started.group(1)));
                }
            }
        } catch (IOException e) {
            // the process ended or was ended
        } finally {
            url.completeExceptionally(new IllegalStateException("the simulator ended"));
        }
    }

    /** Ends the process (SIGTERM, so its shutdown hook closes the server) and waits; forcibly after 10 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
