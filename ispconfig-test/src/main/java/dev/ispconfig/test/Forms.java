package dev.ispconfig.test;

import dev.ispconfig.client.model.FormModels;
import dev.ispconfig.client.model.client.Client;
import dev.ispconfig.client.model.mail.MailAlias;
import dev.ispconfig.client.model.mail.MailAliasDomain;
import dev.ispconfig.client.model.mail.MailCatchall;
import dev.ispconfig.client.model.mail.MailDomain;
import dev.ispconfig.client.model.mail.MailForward;
import dev.ispconfig.client.model.mail.MailUser;
import dev.ispconfig.client.model.dns.DnsZone;
import dev.ispconfig.client.model.sites.Database;
import dev.ispconfig.client.model.sites.DatabaseUser;
import dev.ispconfig.client.model.sites.WebDomain;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;


/**
 * The forms of the modelled methods: the SDK's schemas of the panel's forms (fields, validators), plus the CUSTOM
 * checks the simulator models. The same facts the typed params validate with, so a write the SDK refuses before
 * sending is one the simulator refuses too, with the same keys.
 */
final class Forms {

    static final Form WEB_DOMAIN = new Form(WebDomain.SCHEMA, "ru").custom("domain", Forms::webDomain);

    static final Form DATABASE = new Form(Database.SCHEMA);

    static final Form DATABASE_USER = new Form(DatabaseUser.SCHEMA);

    static final Form DNS_SOA = new Form(DnsZone.SCHEMA);

    /** The 18 record types; each has its own form over the one table {@code dns_rr}. */
    static final Map<String, Form> DNS_RR = dnsRecordForms();

    static final Form MAIL_DOMAIN = new Form(MailDomain.SCHEMA);

    static final Form MAIL_USER = new Form(MailUser.SCHEMA);

    static final Form MAIL_FORWARD = new Form(MailForward.SCHEMA);

    static final Form MAIL_ALIAS = new Form(MailAlias.SCHEMA);

    static final Form MAIL_CATCHALL = new Form(MailCatchall.SCHEMA);

    static final Form MAIL_ALIASDOMAIN = new Form(MailAliasDomain.SCHEMA);

    static final Form CLIENT = new Form(Client.SCHEMA).custom("username", Forms::clientUsernameUnique);

    static final List<Form> ALL = List.of(WEB_DOMAIN, DATABASE, DATABASE_USER, DNS_SOA, DNS_RR.get("a"), MAIL_DOMAIN,
            MAIL_USER, MAIL_FORWARD, CLIENT);

    private Forms() {
    }

    /** Each DNS record form by its type ({@code a}, {@code mx}, …), from the forms of table {@code dns_rr}. */
    private static Map<String, Form> dnsRecordForms() {
        Map<String, Form> forms = new LinkedHashMap<>();
        FormModels.BY_FORM.forEach((path, schema) -> {
            if (schema.table().equals("dns_rr")) {
                forms.put(schema.name().substring("dns_".length()), new Form(schema));
            }
        });
        return Map.copyOf(forms);
    }

    /** validate_domain's web_domain check: empty, then the host name shape, then unique among web domains. */
    private static @Nullable String webDomain(String value, Form.Context context) {
        if (Php.empty(value)) {
            return Form.customLine("domain_error_empty");
        }
        if (!value.matches("(?i)^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}$")) {
            return Form.customLine("domain_error_regex");
        }
        for (Map<String, String> row : context.table().rows()) {
            boolean self = !context.insert() && String.valueOf(context.primaryId()).equals(row.get("domain_id"));
            if (!self && RowFilter.equalsSql(row.get("domain"), value)) {
                return Form.customLine("domain_error_unique");
            }
        }
        return null;
    }

    /** validate_client's username_unique: no other sys_user may have the name. */
    private static @Nullable String clientUsernameUnique(String value, Form.Context context) {
        for (Map<String, String> user : context.database().table("sys_user").rows()) {
            boolean self = !context.insert() && String.valueOf(context.primaryId()).equals(user.get("client_id"));
            if (!self && RowFilter.equalsSql(user.get("username"), value)) {
                return Form.customLine("username_error_unique");
            }
        }
        return null;
    }
}
