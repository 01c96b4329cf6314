package dev.ispconfig.client.state;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.IspConfigException;
import dev.ispconfig.client.form.FieldKind;
import dev.ispconfig.client.form.FormField;
import dev.ispconfig.client.form.FormParams;
import dev.ispconfig.client.form.FormSchema;
import dev.ispconfig.client.model.client.Client;
import dev.ispconfig.client.model.client.ClientParams;
import dev.ispconfig.client.model.dns.DnsZone;
import dev.ispconfig.client.model.dns.DnsZoneParams;
import dev.ispconfig.client.model.mail.MailDomain;
import dev.ispconfig.client.model.mail.MailDomainParams;
import dev.ispconfig.client.model.mail.MailForward;
import dev.ispconfig.client.model.mail.MailForwardParams;
import dev.ispconfig.client.model.mail.MailUser;
import dev.ispconfig.client.model.mail.MailUserParams;
import dev.ispconfig.client.model.sites.Database;
import dev.ispconfig.client.model.sites.DatabaseParams;
import dev.ispconfig.client.model.sites.DatabaseUser;
import dev.ispconfig.client.model.sites.DatabaseUserParams;
import dev.ispconfig.client.model.sites.WebDomain;
import dev.ispconfig.client.model.sites.WebDomainParams;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Desired state, one record at a time: make sure a record is as the typed params describe it. Finds the record by its
 * natural key, then creates it, updates only the fields that differ from what was set in the params (the UI's
 * defaults an add starts from are no wish), or leaves it alone; the answer says which, field by field, secrets
 * masked. {@link #dryRun()} answers the same without writing. Run it twice and the second run writes nothing.
 *
 * <pre>{@code
 * Ensure ensure = new Ensure(client);
 * Change site = ensure.webDomain(clientId, WebDomainParams.forAdd().serverId(1).domain("example.com")
 *         .php(WebDomain.Php.PHP_FPM).build());
 * Change www = ensure.dnsRecord(clientId, DnsARecordParams.forAdd().serverId(1).zone(zoneId).name("www")
 *         .data("192.0.2.10").build());
 * }</pre>
 *
 * Keys: a client by its login {@code username}, a web domain by {@code domain}, a DNS zone by {@code origin}, a DNS record by zone, name and type (and its
 * data, except for CNAME, DNAME and ALIAS, which a name has only one of), a mail domain by {@code domain}, a mailbox
 * by {@code email}, a forward by {@code source} and {@code destination}, a database by {@code database_name}, a
 * database user by {@code database_user}. Updates keep the record's owner ({@code client_id} 0), go through the
 * hand-audited methods (a web domain's PHP-FPM pool is kept), and move a DNS zone's serial with a record. A password
 * cannot be compared (the panel stores a hash): it is sent when the record is created, and never by an update.
 */
public final class Ensure {

    /** Record types a name has one of: the key is zone, name and type alone. */
    private static final Set<String> SINGLE_VALUED = Set.of("cname", "dname", "alias");

    private static final Resource CLIENT = new Resource("client", Client.SCHEMA, List.of("username"),
            (c, filter) -> c.clients().get(filter), (c, reseller, p) -> c.clients().add(reseller, p),
            (c, id, p) -> c.clients().update(id, 0, p)); // reseller 0: the client keeps its parent
    private static final Resource WEB_DOMAIN = new Resource("web domain", WebDomain.SCHEMA, List.of("domain"),
            (c, filter) -> c.sites().webDomainGet(filter), (c, id, p) -> c.sites().webDomainAdd(id, p),
            (c, id, p) -> c.sites().webDomainUpdate(0, id, p));
    private static final Resource DNS_ZONE = new Resource("DNS zone", DnsZone.SCHEMA, List.of("origin"),
            (c, filter) -> c.dns().zoneGet(filter), (c, id, p) -> c.dns().zoneAdd(id, p),
            (c, id, p) -> c.dns().zoneUpdate(0, id, p));
    private static final Resource MAIL_DOMAIN = new Resource("mail domain", MailDomain.SCHEMA, List.of("domain"),
            (c, filter) -> c.mail().domainGet(filter), (c, id, p) -> c.mail().domainAdd(id, p),
            (c, id, p) -> c.mail().domainUpdate(0, id, p));
    private static final Resource MAILBOX = new Resource("mailbox", MailUser.SCHEMA, List.of("email"),
            (c, filter) -> c.mail().userGet(filter), (c, id, p) -> c.mail().userAdd(id, p),
            (c, id, p) -> c.mail().userUpdate(0, id, p));
    private static final Resource MAIL_FORWARD = new Resource("mail forward", MailForward.SCHEMA,
            List.of("source", "destination"), (c, filter) -> c.mail().forwardGet(filter),
            (c, id, p) -> c.mail().forwardAdd(id, p), (c, id, p) -> c.mail().forwardUpdate(0, id, p));
    private static final Resource DATABASE = new Resource("database", Database.SCHEMA, List.of("database_name"),
            (c, filter) -> c.databases().get(filter), (c, id, p) -> c.databases().add(id, p),
            (c, id, p) -> c.databases().update(0, id, p));
    private static final Resource DATABASE_USER = new Resource("database user", DatabaseUser.SCHEMA,
            List.of("database_user"), (c, filter) -> c.databases().userGet(filter),
            (c, id, p) -> c.databases().userAdd(id, p), (c, id, p) -> c.databases().userUpdate(0, id, p));

    private final IspConfigClient client;
    private final boolean dryRun;
    /** Zone origins by id, for the keys of DNS records: a change names the zone as people do. */
    private final Map<String, String> zoneOrigins = new ConcurrentHashMap<>();

    /** Ensures through {@code client}, writing what differs. */
    public Ensure(IspConfigClient client) {
        this(client, false);
    }

    private Ensure(IspConfigClient client, boolean dryRun) {
        this.client = Objects.requireNonNull(client, "client");
        this.dryRun = dryRun;
    }

    /** The same, reading only: every answer says what would change, nothing is written. */
    public Ensure dryRun() {
        return new Ensure(client, true);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** A panel client, keyed by its login name, under {@code resellerId} (0: the admin) when it is created. */
    public Change client(int resellerId, ClientParams params) {
        return ensure(CLIENT, resellerId, params);
    }

    public Change webDomain(int clientId, WebDomainParams params) {
        return ensure(WEB_DOMAIN, clientId, params);
    }

    public Change dnsZone(int clientId, DnsZoneParams params) {
        return ensure(DNS_ZONE, clientId, params);
    }

    /**
     * A DNS record of any of the 18 types, from its params ({@code DnsARecordParams}, {@code DnsMxRecordParams}, …),
     * which must set {@code zone} and {@code name}; adds and updates move the zone's serial.
     */
    public Change dnsRecord(int clientId, FormParams params) {
        Objects.requireNonNull(params, "params");
        String form = params.schema().name();
        if (!params.schema().table().equals("dns_rr") || !form.startsWith("dns_")) {
            throw new IllegalArgumentException("not the params of a DNS record: " + form);
        }
        String type = form.substring("dns_".length());
        List<String> key = SINGLE_VALUED.contains(type) ? List.of("zone", "name", "type")
                : List.of("zone", "name", "type", "data");
        Resource record = new Resource("DNS " + type.toUpperCase(Locale.ROOT) + " record", params.schema(), key,
                (c, filter) -> DataRecord.listFromResult(form + "_get", c.call(form + "_get", filter)),
                (c, id, p) -> newId(form + "_add", c.call(form + "_add", id, p, true)),
                (c, id, p) -> affectedRows(c.call(form + "_update", 0, id, p, true)));
        return ensure(record, clientId, params);
    }

    public Change mailDomain(int clientId, MailDomainParams params) {
        return ensure(MAIL_DOMAIN, clientId, params);
    }

    public Change mailbox(int clientId, MailUserParams params) {
        return ensure(MAILBOX, clientId, params);
    }

    public Change mailForward(int clientId, MailForwardParams params) {
        return ensure(MAIL_FORWARD, clientId, params);
    }

    public Change database(int clientId, DatabaseParams params) {
        return ensure(DATABASE, clientId, params);
    }

    public Change databaseUser(int clientId, DatabaseUserParams params) {
        return ensure(DATABASE_USER, clientId, params);
    }

    /**
     * Prunes a zone: deletes its records that are not among {@code keep} (the ids of the records ensured), moving the
     * zone's serial; in a dry run only says which. Off unless asked for: a record the desired state does not name
     * (an NS record the panel made, say) goes too.
     */
    public List<Change> pruneDnsRecords(int zoneId, Collection<Integer> keep) {
        List<Change> removed = new ArrayList<>();
        for (DataRecord record : client.dns().rrGetAllByZone(zoneId)) {
            int id = record.getInt("id");
            if (keep.contains(id)) {
                continue;
            }
            String type = String.valueOf(record.get("type")).toUpperCase(Locale.ROOT);
            if (!dryRun) {
                client.call("dns_" + type.toLowerCase(Locale.ROOT) + "_delete", id, true);
            }
            removed.add(new Change("DNS " + type + " record", zoneOrigin(Integer.toString(zoneId)) + " "
                    + record.get("name") + " " + type + " "
                    + record.get("data"), Change.Action.DELETE, id, List.of(), !dryRun));
        }
        return removed;
    }

    /** Prunes a mail domain's mailboxes: deletes those not among {@code keep}; in a dry run only says which. */
    public List<Change> pruneMailboxes(String domain, Collection<Integer> keep) {
        List<Change> removed = new ArrayList<>();
        String suffix = "@" + domain.toLowerCase(Locale.ROOT);
        for (DataRecord box : client.mail().userGet(Map.of("email", "%" + suffix))) {
            int id = box.getInt("mailuser_id");
            if (keep.contains(id) || !String.valueOf(box.get("email")).toLowerCase(Locale.ROOT).endsWith(suffix)) {
                continue;
            }
            if (!dryRun) {
                client.mail().userDelete(id);
            }
            removed.add(new Change("mailbox", String.valueOf(box.get("email")), Change.Action.DELETE, id, List.of(),
                    !dryRun));
        }
        return removed;
    }

    /** Prunes a mail domain's forwards (by their source): deletes those not among {@code keep}. */
    public List<Change> pruneMailForwards(String domain, Collection<Integer> keep) {
        List<Change> removed = new ArrayList<>();
        String suffix = "@" + domain.toLowerCase(Locale.ROOT);
        for (DataRecord forward : client.mail().forwardGet(Map.of("source", "%" + suffix, "type", "forward"))) {
            int id = forward.getInt("forwarding_id");
            if (keep.contains(id) || !String.valueOf(forward.get("source")).toLowerCase(Locale.ROOT).endsWith(suffix)) {
                continue;
            }
            if (!dryRun) {
                client.mail().forwardDelete(id);
            }
            removed.add(new Change("mail forward", forward.get("source") + " " + forward.get("destination"),
                    Change.Action.DELETE, id, List.of(), !dryRun));
        }
        return removed;
    }

    private Change ensure(Resource resource, int clientId, FormParams params) {
        Objects.requireNonNull(params, "params");
        if (!params.isForAdd()) {
            throw new IllegalArgumentException("desired state takes params built with forAdd(): they describe the "
                    + "whole record, which may have to be created");
        }
        FormSchema schema = resource.schema();
        Map<String, Object> wanted = params.toMap();
        Map<String, Object> filter = new LinkedHashMap<>();
        for (String column : resource.key()) {
            Object value = wanted.get(column);
            if (value == null || String.valueOf(value).isEmpty()) {
                throw new IllegalArgumentException(resource.name() + ": its key " + resource.key() + " needs "
                        + column);
            }
            filter.put(column, stored(schema.field(column), value));
        }
        List<DataRecord> matches = resource.finder().find(client, filter).stream()
                .filter(row -> filter.entrySet().stream().allMatch(
                        entry -> same(schema.field(entry.getKey()), String.valueOf(entry.getValue()),
                                row.get(entry.getKey()))))
                .toList();
        String key = label(schema, filter);
        if (matches.size() > 1) {
            throw new IllegalStateException(resource.name() + " " + key + ": " + matches.size()
                    + " records have this key; desired state needs one at most");
        }
        if (matches.isEmpty()) {
            List<FieldChange> fields = new ArrayList<>();
            params.setColumns().forEach(column -> fields.add(new FieldChange(column, null,
                    shown(schema, column, wanted.get(column)))));
            int id = dryRun ? 0 : resource.adder().add(client, clientId, wanted);
            return new Change(resource.name(), key, Change.Action.CREATE, id, fields, !dryRun);
        }
        DataRecord stored = matches.get(0);
        int id = Integer.parseInt(String.valueOf(stored.get(schema.idColumn())).strip());
        Map<String, Object> differing = new LinkedHashMap<>();
        List<FieldChange> fields = new ArrayList<>();
        for (String column : params.setColumns()) {
            FormField field = schema.field(column);
            if (field != null && field.kind() == FieldKind.PASSWORD) {
                continue; // stored as a hash: no comparison, and never sent by an update
            }
            Object want = wanted.get(column);
            if (!same(field, String.valueOf(stored(field, want)), stored.get(column))) {
                differing.put(column, want);
                fields.add(new FieldChange(column, shown(schema, column, stored.get(column)),
                        shown(schema, column, want)));
            }
        }
        if (differing.isEmpty()) {
            return new Change(resource.name(), key, Change.Action.NONE, id, List.of(), false);
        }
        if (!dryRun) {
            if (resource.schema().table().equals("dns_rr")) {
                differing.put("zone", wanted.get("zone")); // update_serial finds the zone in the params only
            }
            resource.updater().update(client, id, differing);
        }
        return new Change(resource.name(), key, Change.Action.UPDATE, id, fields, !dryRun);
    }

    /** A wanted value as the panel will store it: after the field's save filters (lower-cased names, IDN). */
    private static @Nullable Object stored(@Nullable FormField field, @Nullable Object value) {
        if (field == null || !(value instanceof String text)) {
            return value;
        }
        return field.saveFiltered(text);
    }

    /** Whether a stored column holds the wanted value: flags in either case, numbers by value, the rest as text. */
    private static boolean same(@Nullable FormField field, String wanted, @Nullable Object stored) {
        String have = stored == null ? "" : String.valueOf(stored);
        if (field == null) {
            return wanted.equals(have);
        }
        return switch (field.kind()) {
            case FLAG -> wanted.equalsIgnoreCase(have);
            case INTEGER, LONG, DECIMAL -> sameNumber(wanted, have);
            default -> wanted.equals(have);
        };
    }

    private static boolean sameNumber(String wanted, String have) {
        try {
            return new java.math.BigDecimal(wanted.strip()).compareTo(new java.math.BigDecimal(have.strip())) == 0;
        } catch (NumberFormatException e) {
            return wanted.equals(have);
        }
    }

    /** The key as a change shows it: its values, a DNS record's zone by its origin. */
    private String label(FormSchema schema, Map<String, Object> filter) {
        List<String> values = new ArrayList<>();
        filter.forEach((column, value) -> values.add(schema.table().equals("dns_rr") && column.equals("zone")
                ? zoneOrigin(String.valueOf(value)) : String.valueOf(value)));
        return String.join(" ", values);
    }

    /** The zone's origin, read once (outside any lock); {@code zone N} where it cannot be read: only a label. */
    private String zoneOrigin(String zoneId) {
        String known = zoneOrigins.get(zoneId);
        if (known != null) {
            return known;
        }
        String origin = "zone " + zoneId;
        if (zoneId.matches("[1-9][0-9]{0,8}")) {
            try {
                DataRecord zone = client.dns().zoneGet(Integer.parseInt(zoneId));
                Object read = zone == null ? null : zone.get("origin");
                origin = read == null ? origin : String.valueOf(read);
            } catch (IspConfigException e) {
                return origin; // the change it labels reports its own failures; not remembered, so tried again
            }
        }
        zoneOrigins.putIfAbsent(zoneId, origin);
        return origin;
    }

    private static @Nullable String shown(FormSchema schema, String column, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        return schema.isSecret(column) ? "****" : String.valueOf(value);
    }

    private static int newId(String method, @Nullable Object answer) {
        try {
            return Integer.parseInt(String.valueOf(answer).strip());
        } catch (NumberFormatException e) {
            throw new dev.ispconfig.client.exception.UnexpectedResultException(method
                    + " answered no new id: " + answer, true);
        }
    }

    private static int affectedRows(@Nullable Object answer) {
        if (answer instanceof Boolean done) {
            return done ? 1 : 0;
        }
        return answer instanceof Number rows ? rows.intValue() : Integer.parseInt(String.valueOf(answer).strip());
    }
}
