package dev.ispconfig.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** PHP's SoapClient, driven through {@code src/main/php/soap-bench.php} in separate {@code php} processes. */
final class PhpSide implements AutoCloseable {

    static final String REQUIRE_ENV = "ISPCONFIG_REQUIRE_PHP";

    private final String php;
    private final Path script;
    private final String url;

    PhpSide(String php, String url) throws IOException {
        this.php = php;
        this.url = url;
        this.script = Files.createTempFile("soap-bench", ".php");
        try (InputStream in = PhpSide.class.getResourceAsStream("/php/soap-bench.php")) {
            if (in == null) {
                throw new IllegalStateException("php/soap-bench.php missing from the class path");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Null when {@code php} runs and has ext-soap, else why not. */
    static String unavailableReason(String php) {
        try {
            Process p = new ProcessBuilder(php, "-m").redirectErrorStream(true).start();
            String modules = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return php + " -m failed";
            }
            return modules.lines().anyMatch("soap"::equals) ? null : php + " lacks the soap extension";
        } catch (IOException e) {
            return php + " not found (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    String version() {
        return run(List.of(php, "-r", "echo PHP_VERSION;")).trim();
    }

    /** One client, one login, {@code calls} calls after a warm-up. */
    Rate sequential(int calls) {
        return spanRate(List.of(parse(runScript("calls", Integer.toString(calls)))));
    }

    /** {@code processes} PHP processes at once, {@code calls} in all, started together after their warm-ups. */
    Rate parallel(String mode, int calls, int processes) {
        String startAt = String.format(java.util.Locale.ROOT, "%.3f",
                System.currentTimeMillis() / 1000.0 + 1.0 + 0.1 * processes);
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            int share = calls / processes + (i < calls % processes ? 1 : 0);
            running.add(start(command(mode, Integer.toString(share), startAt)));
        }
        List<Map<String, String>> results = new ArrayList<>();
        for (Process p : running) {
            results.add(parse(finish(p)));
        }
        return spanRate(results);
    }

    /** One client after {@code warmUp} calls, {@code calls} more: this process's CPU and wall time (cpu_ns, wall_ns). */
    Map<String, String> cpu(int calls, int warmUp) {
        return parse(run(command("cpu", Integer.toString(calls), Integer.toString(warmUp))));
    }

    /** Script-per-task in one process: a new SoapClient, login, call, logout for each task. */
    Rate perTask(int tasks) {
        return spanRate(List.of(parse(runScript("per-task", Integer.toString(tasks)))));
    }

    /** The cron pattern: one {@code php} process per task, {@code tasks} in all, {@code parallel} at a time. */
    Rate processPerTask(int tasks, int parallel) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < parallel; t++) {
            int share = tasks / parallel + (t < tasks % parallel ? 1 : 0);
            Thread worker = new Thread(() -> {
                for (int i = 0; i < share; i++) {
                    parse(finish(start(command("one-task"))));
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return Rate.since(tasks, start);
    }

    /** Median seconds of {@code rounds} large answers fetched and decoded, and PHP's peak memory. */
    Map<String, String> largeAnswer(int rounds) {
        return parse(runScript("decode", Integer.toString(rounds)));
    }

    /** The same, without HTTP: {@code __doRequest} hands SoapClient the bytes of {@code body}. */
    Map<String, String> decodeOnly(Path body, int rounds) {
        return parse(run(List.of(php, script.toString(), "decode-local", body.toString(), Integer.toString(rounds))));
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(php, script.toString(), args[0], url));
        command.addAll(List.of(args).subList(1, args.length));
        return command;
    }

    private String runScript(String mode, String n) {
        return run(command(mode, n));
    }

    private static Rate spanRate(List<Map<String, String>> results) {
        long calls = 0;
        double first = Double.MAX_VALUE;
        double last = 0;
        for (Map<String, String> r : results) {
            calls += Long.parseLong(r.get("calls"));
            first = Math.min(first, Double.parseDouble(r.get("start")));
            last = Math.max(last, Double.parseDouble(r.get("end")));
        }
        return new Rate(calls, last - first);
    }

    private static Map<String, String> parse(String output) {
        Map<String, String> values = new HashMap<>();
        for (String pair : output.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        if (!values.containsKey("calls")) {
            throw new IllegalStateException("the PHP script printed no result: " + output);
        }
        return values;
    }

    private static String run(List<String> command) {
        return finish(start(command));
    }

    private static Process start(List<String> command) {
        try {
            return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String finish(Process p) {
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("php exited with " + p.exitValue() + ": " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(script);
    }
}
