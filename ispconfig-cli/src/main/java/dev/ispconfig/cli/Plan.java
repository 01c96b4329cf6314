package dev.ispconfig.cli;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.form.FieldKind;
import dev.ispconfig.client.form.FormField;
import dev.ispconfig.client.form.FormParams;
import dev.ispconfig.client.form.FormSchema;
import dev.ispconfig.client.model.FormModels;
import dev.ispconfig.client.model.client.ClientParams;
import dev.ispconfig.client.model.dns.DnsZoneParams;
import dev.ispconfig.client.model.mail.MailDomainParams;
import dev.ispconfig.client.model.mail.MailForwardParams;
import dev.ispconfig.client.model.mail.MailUserParams;
import dev.ispconfig.client.model.sites.DatabaseParams;
import dev.ispconfig.client.model.sites.DatabaseUserParams;
import dev.ispconfig.client.model.sites.WebDomainParams;
import dev.ispconfig.client.state.Change;
import dev.ispconfig.client.state.Ensure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A desired state file (YAML or JSON) applied in dependency order: the owning client first, then its sites, zones and
 * their records, mail domains and their mailboxes and forwards, database users and their databases; ids flow from one
 * step to the next. Fields are the panel's column names, validated by the typed params. A secret is never in the file:
 * a password field takes {@code {env: NAME}}. Stops at the first failure; what was done is reported as it happens.
 */
final class Plan {

    private final Map<String, Object> document;
    private final Function<String, @Nullable String> environment;
    private final boolean prune;

    /** {@code prune}: also delete the records of the file's zones and mail domains that it does not name. */
    Plan(Map<String, Object> document, Function<String, @Nullable String> environment, boolean prune) {
        this.document = document;
        this.environment = environment;
        this.prune = prune;
    }

    /** Applies (or with a dry-run {@code ensure} plans) the file; every change goes to {@code done} as it is made. */
    List<Change> apply(IspConfigClient client, Ensure ensure, Consumer<Change> done) {
        List<Change> changes = new ArrayList<>();
        Consumer<Change> record = change -> {
            changes.add(change);
            done.accept(change);
        };
        int clientId = owner(client, ensure, record);
        int serverId = integer(document.getOrDefault("server", 1), "server");
        Map<String, Integer> sites = new LinkedHashMap<>();
        for (Map<String, Object> site : list("sites")) {
            Change change = ensure.webDomain(clientId, params(WebDomainParams.forAdd(), serverId, site, Map.of()));
            record.accept(change);
            sites.put(String.valueOf(site.get("domain")).toLowerCase(Locale.ROOT), change.id());
        }
        for (Map<String, Object> zone : list("zones")) {
            Change change = ensure.dnsZone(clientId, params(DnsZoneParams.forAdd(), serverId, zone,
                    Map.of("records", true)));
            record.accept(change);
            List<Integer> kept = new ArrayList<>();
            for (Map<String, Object> rr : list(zone, "records")) {
                String type = String.valueOf(rr.getOrDefault("type", "")).toLowerCase(Locale.ROOT);
                String form = "../dns/form/dns_" + type + ".tform.php";
                FormSchema schema = FormModels.BY_FORM.get(form);
                Supplier<FormParams.Builder<?, ?>> adds = FormModels.ADD_PARAMS.get(form);
                if (schema == null || adds == null) {
                    throw new IllegalArgumentException("zone " + zone.get("origin") + ": no DNS record type " + type);
                }
                if (change.id() == 0) { // a dry run of a zone still to create: its records are new too
                    record.accept(new Change("DNS " + type.toUpperCase(Locale.ROOT) + " record", zone.get("origin")
                            + " " + rr.get("name") + " " + type.toUpperCase(Locale.ROOT) + " " + rr.get("data"),
                            Change.Action.CREATE, 0, List.of(), false));
                    continue;
                }
                Map<String, Object> fields = new LinkedHashMap<>(rr);
                fields.put("zone", change.id());
                fields.put("type", type.toUpperCase(Locale.ROOT));
                Change ensured = ensure.dnsRecord(clientId, params(adds.get(), serverId, fields, Map.of()));
                record.accept(ensured);
                kept.add(ensured.id());
            }
            if (prune && change.id() > 0) {
                ensure.pruneDnsRecords(change.id(), kept).forEach(record);
            }
        }
        for (Map<String, Object> domain : list("mail")) {
            Change mailDomain = ensure.mailDomain(clientId, params(MailDomainParams.forAdd(), serverId, domain,
                    Map.of("mailboxes", true, "forwards", true)));
            record.accept(mailDomain);
            List<Integer> boxes = new ArrayList<>();
            for (Map<String, Object> box : list(domain, "mailboxes")) {
                Map<String, Object> fields = new LinkedHashMap<>(box);
                fields.putIfAbsent("login", box.get("email"));
                Change ensured = ensure.mailbox(clientId, params(MailUserParams.forAdd(), serverId, fields, Map.of()));
                record.accept(ensured);
                boxes.add(ensured.id());
            }
            List<Integer> forwards = new ArrayList<>();
            for (Map<String, Object> forward : list(domain, "forwards")) {
                Change ensured = ensure.mailForward(clientId, params(MailForwardParams.forAdd(), serverId, forward,
                        Map.of()));
                record.accept(ensured);
                forwards.add(ensured.id());
            }
            if (prune && mailDomain.id() > 0) {
                String name = String.valueOf(domain.get("domain"));
                ensure.pruneMailboxes(name, boxes).forEach(record);
                ensure.pruneMailForwards(name, forwards).forEach(record);
            }
        }
        for (Map<String, Object> user : list("database_users")) {
            Change change = ensure.databaseUser(clientId, params(DatabaseUserParams.forAdd(), serverId, user,
                    Map.of("databases", true)));
            record.accept(change);
            for (Map<String, Object> database : list(user, "databases")) {
                Map<String, Object> fields = new LinkedHashMap<>(database);
                fields.put("database_user_id", change.id());
                Object site = fields.remove("site");
                if (site != null) {
                    Integer siteId = sites.get(String.valueOf(site).toLowerCase(Locale.ROOT));
                    if (siteId == null) {
                        throw new IllegalArgumentException("database " + database.get("database_name")
                                + ": site " + site + " is not in this file's sites");
                    }
                    fields.put("parent_domain_id", siteId);
                }
                record.accept(ensure.database(clientId, params(DatabaseParams.forAdd(), serverId, fields, Map.of())));
            }
        }
        return changes;
    }

    /**
     * The owning ISPConfig client: {@code client: <login name>} of an existing one, or {@code client: {username: …,
     * …}} to ensure it too (created when missing); the admin (0) when absent.
     */
    private int owner(IspConfigClient client, Ensure ensure, Consumer<Change> record) {
        Object login = document.get("client");
        if (login instanceof Map<?, ?> fields) {
            @SuppressWarnings("unchecked")
            Map<String, Object> wanted = (Map<String, Object>) fields;
            Change change = ensure.client(0, params(ClientParams.forAdd(), 0, wanted, Map.of()));
            record.accept(change);
            if (change.id() == 0) {
                throw new IllegalArgumentException("a dry run cannot plan the records of a client still to create: "
                        + "apply the client first");
            }
            return change.id();
        }
        if (login == null || "admin".equals(login)) {
            return 0;
        }
        if (login instanceof Number id) {
            return id.intValue();
        }
        List<DataRecord> found = client.clients().clients(Map.of("username", String.valueOf(login))).stream()
                .map(c -> c.raw()).toList();
        if (found.isEmpty()) {
            throw new dev.ispconfig.client.exception.NotFoundException("client_get",
                    dev.ispconfig.client.exception.NotFoundException.NIL_RESULT, "no client with login " + login);
        }
        return found.get(0).getInt("client_id");
    }

    /** Typed params from a map of column names, secrets from the environment, validated by {@code build()}. */
    @SuppressWarnings("unchecked")
    private <P extends FormParams> P params(FormParams.Builder<?, ?> builder, int serverId,
            Map<String, Object> fields, Map<String, Boolean> nested) {
        FormSchema schema = builder.schema();
        if (schema.field("server_id") != null) {
            builder.with("server_id", serverId);
        }
        fields.forEach((column, value) -> {
            if (nested.containsKey(column) || column.equals("type") && schema.field("type") == null) {
                return;
            }
            FormField field = schema.field(column);
            if (field == null) {
                throw new IllegalArgumentException(schema.name() + " has no field " + column);
            }
            builder.with(column, value(schema, field, value));
        });
        return (P) builder.build();
    }

    /** A column's value as the panel spells it; a password only as {@code {env: NAME}}. */
    private Object value(FormSchema schema, FormField field, Object value) {
        if (value instanceof Map<?, ?> reference) {
            Object variable = reference.get("env");
            if (reference.size() != 1 || variable == null) {
                throw new IllegalArgumentException(schema.name() + "." + field.name()
                        + ": a map must be {env: VARIABLE}");
            }
            String secret = environment.apply(String.valueOf(variable));
            if (secret == null || secret.isEmpty()) {
                throw new IllegalArgumentException(schema.name() + "." + field.name() + ": the environment variable "
                        + variable + " is not set");
            }
            return secret;
        }
        if (field.kind() == FieldKind.PASSWORD || schema.isSecret(field.name())) {
            throw new IllegalArgumentException(schema.name() + "." + field.name() + ": a secret is never written in "
                    + "the file: give {env: VARIABLE}");
        }
        if (value instanceof Boolean on && field.kind() == FieldKind.FLAG) {
            return Objects.requireNonNull(on ? field.onValue() : field.offValue(), "a flag has both values");
        }
        if (value instanceof List<?> items && field.kind() == FieldKind.LIST) {
            return String.join(field.separator() != null ? field.separator() : ",", items.stream()
                    .map(String::valueOf).toList());
        }
        return value instanceof Number || value instanceof String ? value : String.valueOf(value);
    }

    private List<Map<String, Object>> list(String key) {
        return list(document, key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items) || !items.stream().allMatch(Map.class::isInstance)) {
            throw new IllegalArgumentException(key + " must be a list of maps");
        }
        return (List<Map<String, Object>>) value;
    }

    private static int integer(Object value, String name) {
        try {
            return Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was " + value);
        }
    }
}
