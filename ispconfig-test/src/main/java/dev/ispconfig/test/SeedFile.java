package dev.ispconfig.test;

import dev.ispconfig.client.api.ApiInventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code --seed} file of {@link SimulatorMain}: clients with what they own, and raw rows, in JSON. Read whole and
 * checked before the simulator starts, so that a mistake is named with its place in the file rather than half seeded.
 *
 * <pre>{@code
 * {"clients": [{"name": "acme", "password": "acme-pass", "canUseApi": true,
 *               "webDomains": ["example.com"],
 *               "dnsZones": [{"origin": "example.com.",
 *                             "records": [{"type": "A", "name": "www", "data": "192.0.2.10"}]}],
 *               "mailDomains": [{"domain": "example.com", "mailboxes": ["info"],
 *                                "forwards": [{"source": "sales", "destination": "info@example.com"}],
 *                                "aliases": [{"source": "hello", "destination": "info@example.com"}]}],
 *               "databases": [{"name": "c1shop", "webDomain": "example.com", "user": "c1shop"}]}],
 *  "remoteUsers": [{"name": "reader", "password": "reader-pass", "functions": ["sites_web_domain_get"]}],
 *  "rows": {"server": [{"server_name": "web1", "web_server": 1}]}}
 * }</pre>
 */
final class SeedFile {

    record Client(String name, @Nullable String password, boolean canUseApi, List<String> webDomains,
            List<Zone> dnsZones, List<MailDomain> mailDomains, List<Database> databases) {
    }

    /** {@code webDomain} names one of the client's web domains; {@code user}, if given, is made and uses it. */
    record Database(String name, String webDomain, @Nullable String user) {
    }

    record Zone(String origin, List<DnsRecord> records) {
    }

    record DnsRecord(String type, String name, String data) {
    }

    record MailDomain(String domain, List<String> mailboxes, List<Forwarding> forwards, List<Forwarding> aliases) {
    }

    record Forwarding(String source, String destination) {
    }

    /** A remote user besides the default one, granted these remote methods only. */
    record RemoteUser(String name, String password, List<String> functions) {
    }

    private final Path file;
    private final List<RemoteUser> remoteUsers;
    private final List<Client> clients;
    private final Map<String, List<Map<String, Object>>> rows;

    private SeedFile(Path file, List<RemoteUser> remoteUsers, List<Client> clients,
            Map<String, List<Map<String, Object>>> rows) {
        this.file = file;
        this.remoteUsers = remoteUsers;
        this.clients = clients;
        this.rows = rows;
    }

    /**
     * Reads and checks a seed file.
     *
     * @throws UsageException naming the file and what is wrong where in it
     */
    static SeedFile read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("seed file " + file + " does not exist");
        } catch (IOException e) {
            throw new UsageException("cannot read the seed file " + file + ": " + e.getMessage());
        }
        JsonNode root;
        try {
            root = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build().readTree(text);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new UsageException("seed file " + file + " is not valid JSON" + where + ": " + reason(e));
        }
        if (root == null || root.isMissingNode()) {
            throw new UsageException("seed file " + file + " is empty (it must hold one JSON object)");
        }
        Reader reader = new Reader(file);
        reader.object(root, "the top level", "remoteUsers", "clients", "rows");
        List<RemoteUser> remoteUsers = reader.list(root.get("remoteUsers"), "remoteUsers", reader::remoteUser);
        Set<String> userNames = new HashSet<>();
        for (int i = 0; i < remoteUsers.size(); i++) {
            if (!userNames.add(remoteUsers.get(i).name())) {
                throw reader.wrong("remoteUsers[" + i + "].name", "names the remote user "
                        + remoteUsers.get(i).name() + " a second time");
            }
        }
        List<Client> clients = reader.list(root.get("clients"), "clients", reader::client);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < clients.size(); i++) {
            if (!names.add(clients.get(i).name())) {
                throw reader.wrong("clients[" + i + "].name", "names the client " + clients.get(i).name()
                        + " a second time");
            }
        }
        return new SeedFile(file, remoteUsers, clients, reader.rows(root.get("rows")));
    }

    /** Whether the file makes a client of that login name. */
    boolean namesClient(String name) {
        return clients.stream().anyMatch(client -> client.name().equals(name));
    }

    /** Jackson's reason, without its note on where an enclosing array or object started (given as unknown). */
    private static String reason(JacksonException e) {
        String reason = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        int note = reason.indexOf(" (for ");
        return note < 0 ? reason : reason.substring(0, note);
    }

    /**
     * Puts the file's data into the panel: the clients in their order (client ids count from 1 on a fresh panel),
     * then the rows.
     *
     * @throws UsageException for rows of a table the simulator does not model
     */
    void applyTo(IspConfigSimulator simulator) {
        remoteUsers.forEach(user -> simulator.remoteUser(user.name(), user.password(), user.functions()));
        Seed seed = simulator.seed();
        for (Client c : clients) {
            Seed.Client client = seed.client(c.name(), c.password() != null ? c.password() : c.name() + "-pass");
            if (c.canUseApi()) {
                client.canUseApi();
            }
            Map<String, Integer> sites = new LinkedHashMap<>();
            c.webDomains().forEach(domain -> sites.put(domain, client.webDomain(domain)));
            for (Zone z : c.dnsZones()) {
                Seed.Zone zone = client.dnsZone(z.origin());
                z.records().forEach(r -> zone.record(r.type(), r.name(), r.data()));
            }
            for (MailDomain m : c.mailDomains()) {
                Seed.MailDomain domain = client.mailDomain(m.domain());
                m.mailboxes().forEach(domain::mailbox);
                m.forwards().forEach(f -> domain.forward(f.source(), f.destination()));
                m.aliases().forEach(a -> domain.alias(a.source(), a.destination()));
            }
            Map<String, Integer> users = new LinkedHashMap<>(); // one user however many databases name it
            for (Database d : c.databases()) {
                String user = d.user();
                int site = Objects.requireNonNull(sites.get(d.webDomain()), "checked when read");
                client.database(site, d.name(), user == null ? 0 : users.computeIfAbsent(user, client::databaseUser));
            }
        }
        rows.forEach((table, list) -> {
            if (!seed.hasTable(table)) {
                throw new UsageException("seed file " + file + ": rows." + table + ": the simulator has no table "
                        + table + " (it has " + String.join(", ", seed.tables()) + ")");
            }
            list.forEach(row -> seed.row(table, row));
        });
    }

    /** Walks the JSON tree, naming the place of every mistake as {@code clients[0].dnsZones[1].origin}. */
    private static final class Reader {

        private final Path file;

        Reader(Path file) {
            this.file = file;
        }

        Client client(JsonNode node, String at) {
            object(node, at, "name", "password", "canUseApi", "webDomains", "dnsZones", "mailDomains", "databases");
            JsonNode canUseApi = node.get("canUseApi");
            if (canUseApi != null && !canUseApi.isBoolean()) {
                throw wrong(at + ".canUseApi", "must be true or false");
            }
            List<String> webDomains = list(node.get("webDomains"), at + ".webDomains", this::text);
            List<Database> databases = list(node.get("databases"), at + ".databases", this::database);
            for (int i = 0; i < databases.size(); i++) {
                if (!webDomains.contains(databases.get(i).webDomain())) {
                    throw wrong(at + ".databases[" + i + "].webDomain", "names " + databases.get(i).webDomain()
                            + ", which is not among this client's webDomains");
                }
            }
            return new Client(text(node, at, "name"), optionalText(node, at, "password"),
                    canUseApi != null && canUseApi.booleanValue(), webDomains,
                    list(node.get("dnsZones"), at + ".dnsZones", this::zone),
                    list(node.get("mailDomains"), at + ".mailDomains", this::mailDomain), databases);
        }

        private Database database(JsonNode node, String at) {
            object(node, at, "name", "webDomain", "user");
            return new Database(text(node, at, "name"), text(node, at, "webDomain"), optionalText(node, at, "user"));
        }

        private RemoteUser remoteUser(JsonNode node, String at) {
            object(node, at, "name", "password", "functions");
            List<String> functions = list(node.get("functions"), at + ".functions", this::text);
            for (int i = 0; i < functions.size(); i++) {
                if (ApiInventory.method(functions.get(i)).isEmpty()) {
                    throw wrong(at + ".functions[" + i + "]", "is " + functions.get(i)
                            + ", which is no remote method of ISPConfig " + ApiInventory.TAG);
                }
            }
            return new RemoteUser(text(node, at, "name"), text(node, at, "password"), functions);
        }

        private Zone zone(JsonNode node, String at) {
            object(node, at, "origin", "records");
            return new Zone(text(node, at, "origin"), list(node.get("records"), at + ".records", this::record));
        }

        private DnsRecord record(JsonNode node, String at) {
            object(node, at, "type", "name", "data");
            return new DnsRecord(text(node, at, "type"), text(node, at, "name"), text(node, at, "data"));
        }

        private MailDomain mailDomain(JsonNode node, String at) {
            object(node, at, "domain", "mailboxes", "forwards", "aliases");
            return new MailDomain(text(node, at, "domain"), list(node.get("mailboxes"), at + ".mailboxes", this::text),
                    list(node.get("forwards"), at + ".forwards", this::forwarding),
                    list(node.get("aliases"), at + ".aliases", this::forwarding));
        }

        private Forwarding forwarding(JsonNode node, String at) {
            object(node, at, "source", "destination");
            return new Forwarding(text(node, at, "source"), text(node, at, "destination"));
        }

        /** {@code "rows": {"table": [{"column": value, …}, …]}}; values are strings, numbers, booleans or null. */
        Map<String, List<Map<String, Object>>> rows(JsonNode node) {
            Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
            if (node == null) {
                return rows;
            }
            if (!node.isObject()) {
                throw wrong("rows", "must be an object of table names, each with a list of rows");
            }
            for (Map.Entry<String, JsonNode> table : node.properties()) {
                rows.put(table.getKey(), list(table.getValue(), "rows." + table.getKey(), this::row));
            }
            return rows;
        }

        private Map<String, Object> row(JsonNode node, String at) {
            if (!node.isObject()) {
                throw wrong(at, "must be an object of column names and values");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> column : node.properties()) {
                JsonNode value = column.getValue();
                if (value.isObject() || value.isArray()) {
                    throw wrong(at + "." + column.getKey(), "must be a string, number, boolean or null");
                }
                row.put(column.getKey(), value.isNull() ? null : value.isBoolean() ? value.booleanValue()
                        : value.asString());
            }
            return row;
        }

        /** A list of what {@code element} reads; an absent one is empty. */
        <T> List<T> list(JsonNode node, String at, Element<T> element) {
            List<T> list = new ArrayList<>();
            if (node == null) {
                return list;
            }
            if (!node.isArray()) {
                throw wrong(at, "must be a list [ … ]");
            }
            int i = 0;
            for (JsonNode item : node.values()) {
                list.add(element.read(item, at + "[" + i++ + "]"));
            }
            return list;
        }

        /** Fails for an unknown key: a misspelt one would otherwise seed nothing, silently. */
        void object(JsonNode node, String at, String... known) {
            if (!node.isObject()) {
                throw wrong(at, "must be an object { … }");
            }
            List<String> keys = List.of(known);
            for (String key : node.propertyNames()) {
                if (!keys.contains(key)) {
                    throw wrong(at, "has an unknown key \"" + key + "\" (known: " + String.join(", ", keys) + ")");
                }
            }
        }

        private String text(JsonNode node, String at) {
            if (!node.isString() || node.asString().isBlank()) {
                throw wrong(at, "must be a non-empty string");
            }
            return node.asString();
        }

        private String text(JsonNode node, String at, String key) {
            JsonNode value = node.get(key);
            if (value == null) {
                throw wrong(at, "lacks \"" + key + "\"");
            }
            return text(value, at + "." + key);
        }

        private @Nullable String optionalText(JsonNode node, String at, String key) {
            return node.get(key) == null ? null : text(node, at, key);
        }

        UsageException wrong(String at, String problem) {
            return new UsageException("seed file " + file + ": " + at + " " + problem);
        }
    }

    /** Reads one element of a list at its place. */
    @FunctionalInterface
    private interface Element<T> {
        T read(JsonNode node, String at);
    }
}
