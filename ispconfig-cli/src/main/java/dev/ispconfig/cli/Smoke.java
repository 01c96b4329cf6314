package dev.ispconfig.cli;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.IspConfigException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A read-only smoke test of a panel: one or more calls of every API module, no add, update or delete, so it is safe
 * against production. A call the remote user is not granted, or that a client login may not make, is skipped with
 * its reason; a call that needs a record (a zone's records) uses the first one an earlier call found, or is skipped.
 */
final class Smoke {

    /** What a client login (a reseller or client) may not call. */
    static final Set<String> NOT_FOR_CLIENT_LOGINS = Set.of("monitor_jobqueue_count", "sites_cron_get",
            "sites_ftp_user_get", "openvz_ostemplate_get", "openvz_vm_get", "quota_get_by_user",
            "client_templates_get_all", "server_get_all", "system_config_get");

    enum Status { OK, SKIPPED, FAILED }

    record Result(String module, String method, Status status, String detail, long millis) {
    }

    record Report(List<Result> results) {

        long count(Status status) {
            return results.stream().filter(result -> result.status() == status).count();
        }

        boolean passed() {
            return count(Status.FAILED) == 0;
        }

        Set<String> modulesCalled() {
            Set<String> modules = new HashSet<>();
            results.stream().filter(result -> result.status() == Status.OK).forEach(r -> modules.add(r.module()));
            return modules;
        }
    }

    /** What earlier calls found for later ones: a client, a site, a zone, a mail domain. */
    private static final class Found {
        @Nullable Integer clientId;
        @Nullable Integer siteId;
        @Nullable Integer zoneId;
    }

    /** {@code arguments} answers null while what the step needs was not found. */
    private record Step(String module, String method, Function<Found, Object @Nullable []> arguments,
            @Nullable String needs, @Nullable Consumer2 onAnswer) {
    }

    @FunctionalInterface
    private interface Consumer2 {
        void accept(Found found, @Nullable Object answer);
    }

    private Smoke() {
    }

    /** A filter of every record, at most five: paging keys alone select all rows. */
    private static Map<String, Object> firstFive() {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("#OFFSET#", 0);
        filter.put("#LIMIT#", 5);
        return filter;
    }

    private static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("server", "server_get_app_version", f -> new Object[] {0}, null, null));
        steps.add(new Step("server", "server_get_all", f -> new Object[0], null, null));
        steps.add(new Step("admin", "system_config_get", f -> new Object[] {"sites"}, null, null));
        steps.add(new Step("clients", "client_get_all", f -> new Object[0], null,
                (found, answer) -> found.clientId = firstInt(answer, null)));
        steps.add(new Step("clients", "client_get", f -> f.clientId == null ? null : new Object[] {f.clientId},
                "a client", null));
        steps.add(new Step("clients", "client_templates_get_all", f -> new Object[0], null, null));
        steps.add(new Step("sites", "sites_web_domain_get", f -> new Object[] {firstFive()}, null,
                (found, answer) -> found.siteId = firstInt(answer, "domain_id")));
        steps.add(new Step("backups", "sites_web_domain_backup_list",
                f -> f.siteId == null ? null : new Object[] {f.siteId}, "a web domain", null));
        steps.add(new Step("databases", "sites_database_get", f -> new Object[] {firstFive()}, null, null));
        steps.add(new Step("databases", "sites_database_user_get", f -> new Object[] {firstFive()}, null, null));
        steps.add(new Step("dns", "dns_zone_get", f -> new Object[] {firstFive()}, null,
                (found, answer) -> found.zoneId = firstInt(answer, "id")));
        steps.add(new Step("dns", "dns_rr_get_all_by_zone", f -> f.zoneId == null ? null : new Object[] {f.zoneId},
                "a DNS zone", null));
        steps.add(new Step("mail", "mail_domain_get", f -> new Object[] {firstFive()}, null, null));
        steps.add(new Step("mail", "mail_user_get", f -> new Object[] {firstFive()}, null, null));
        steps.add(new Step("mail", "mail_forward_get", f -> new Object[] {firstFive()}, null, null));
        steps.add(new Step("misc", "mailquota_get_by_user", f -> f.clientId == null ? null : new Object[] {f.clientId},
                "a client", null));
        steps.add(new Step("misc", "quota_get_by_user", f -> f.clientId == null ? null : new Object[] {f.clientId},
                "a client", null));
        steps.add(new Step("domains", "domains_domain_get", f -> new Object[] {firstFive()}, null, null));
        steps.add(new Step("ftp", "sites_ftp_user_get", f -> new Object[] {firstFive()}, null, null));
        steps.add(new Step("shell", "sites_shell_user_get", f -> new Object[] {firstFive()}, null, null));
        steps.add(new Step("webdav", "sites_webdav_user_get", f -> new Object[] {firstFive()}, null, null));
        steps.add(new Step("cron", "sites_cron_get", f -> new Object[] {firstFive()}, null, null));
        steps.add(new Step("aps", "sites_aps_available_packages_list", f -> new Object[0], null, null));
        steps.add(new Step("monitor", "monitor_jobqueue_count", f -> new Object[] {0}, null, null));
        steps.add(new Step("openvz", "openvz_ostemplate_get", f -> new Object[] {firstFive()}, null, null));
        return steps;
    }

    /**
     * Runs the smoke test: first {@code get_function_list} (to skip what the remote user is not granted; when it is
     * refused, every call is tried), then the steps.
     */
    static Report run(IspConfigClient client, boolean clientLogin, Consumer<Result> progress) {
        List<Result> results = new ArrayList<>();
        Consumer<Result> record = result -> {
            results.add(result);
            progress.accept(result);
        };
        Set<String> granted = null;
        long started = System.nanoTime();
        try {
            granted = new HashSet<>(client.listFunctions());
            record.accept(new Result("misc", "get_function_list", Status.OK, granted.size() + " functions",
                    millisSince(started)));
        } catch (PermissionDeniedException e) {
            record.accept(new Result("misc", "get_function_list", Status.SKIPPED,
                    "the remote user lacks 'Server functions'; trying every call", millisSince(started)));
        } catch (IspConfigException e) {
            record.accept(new Result("misc", "get_function_list", Status.FAILED, describe(e), millisSince(started)));
        }
        Found found = new Found();
        for (Step step : steps()) {
            if (clientLogin && NOT_FOR_CLIENT_LOGINS.contains(step.method())) {
                record.accept(new Result(step.module(), step.method(), Status.SKIPPED,
                        "a client login may not call it", 0));
                continue;
            }
            if (granted != null && !granted.contains(step.method())) {
                record.accept(new Result(step.module(), step.method(), Status.SKIPPED,
                        "not granted to this remote user", 0));
                continue;
            }
            @Nullable Object[] arguments = step.arguments().apply(found);
            if (arguments == null) {
                record.accept(new Result(step.module(), step.method(), Status.SKIPPED,
                        "the panel has no " + step.needs() + " to ask about", 0));
                continue;
            }
            long start = System.nanoTime();
            try {
                Object answer = client.call(step.method(), arguments);
                Consumer2 onAnswer = step.onAnswer();
                if (onAnswer != null) {
                    onAnswer.accept(found, answer);
                }
                record.accept(new Result(step.module(), step.method(), Status.OK, summary(answer), millisSince(start)));
            } catch (PermissionDeniedException e) {
                record.accept(new Result(step.module(), step.method(), Status.SKIPPED,
                        "permission denied for this user", millisSince(start)));
            } catch (IspConfigException e) {
                record.accept(new Result(step.module(), step.method(), Status.FAILED, describe(e),
                        millisSince(start)));
            }
        }
        return new Report(List.copyOf(results));
    }

    private static String describe(IspConfigException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String summary(@Nullable Object answer) {
        if (answer instanceof List<?> list) {
            return list.size() + (list.size() == 1 ? " record" : " records");
        }
        if (answer instanceof Map<?, ?> map) {
            return map.size() + " fields";
        }
        return answer == null ? "nil" : "a " + answer.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /** The first id in a list of records ({@code column}) or of ids ({@code column} null), else null. */
    private static @Nullable Integer firstInt(@Nullable Object answer, @Nullable String column) {
        if (answer instanceof List<?> list && !list.isEmpty()) {
            Object first = list.get(0);
            Object id = column == null ? first : first instanceof Map<?, ?> map ? map.get(column) : null;
            try {
                return id == null ? null : Integer.valueOf(String.valueOf(id).strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
