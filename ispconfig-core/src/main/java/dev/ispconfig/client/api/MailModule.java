package dev.ispconfig.client.api;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.NotFoundException;
import dev.ispconfig.client.model.mail.MailUserParams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mail API: the generated methods, and hand-audited ones that defuse the mail traps.
 *
 * <ul>
 *   <li>{@code userGet(int)} answers one record, {@code userGet(Map)} always a list, even of one (README,
 *       Footgun 4).</li>
 *   <li>{@link #createMailbox} fills the fields the panel would otherwise store blank or switched off: without them a
 *       new mailbox has {@code postfix='n'} and receives nothing (README, Footgun 15).</li>
 *   <li>Forwards, aliases, catch-alls and alias domains share one table and differ only by {@code type}, which the
 *       panel does not set: their add methods set it ({@code forward}, {@code alias}, {@code catchall},
 *       {@code aliasdomain}) and default {@code active} to {@code y} (README, Footgun 15). It is
 *       {@code mail_forward_*}; {@link #forwardingAdd} is there for those who look for that name.</li>
 * </ul>
 */
public class MailModule extends GeneratedMailModule {

    private static final long MEBIBYTE = 1024L * 1024L;

    public MailModule(IspConfigClient client) {
        super(client);
    }

    /**
     * The mailbox with this id.
     *
     * @throws NotFoundException when the panel has none (it answers nil, not a fault)
     */
    @Override
    public DataRecord userGet(int primaryId) {
        Arguments.id("primaryId", primaryId);
        return Results.required("mail_user_get", primaryId, super.userGet(primaryId));
    }

    /**
     * Creates a mailbox {@code localPart@domain} that can receive, send and be read over IMAP and POP3, on the server
     * of its mail domain, with the panel's usual maildir layout ({@code /var/vmail/<domain>/<localPart>}).
     *
     * @param quotaMb the quota in MiB; 0 for unlimited
     * @return the new mailbox's id
     * @throws NotFoundException when the panel has no mail domain {@code domain}
     */
    public int createMailbox(int clientId, String domain, String localPart, String password, long quotaMb) {
        return createMailbox(clientId, domain, localPart, password, quotaMb, Map.of());
    }

    /** {@link #createMailbox(int, String, String, String, long)} with further fields that win over the defaults. */
    public int createMailbox(int clientId, String domain, String localPart, String password, long quotaMb,
            Map<String, ?> extra) {
        Arguments.text("domain", domain);
        Arguments.text("localPart", localPart);
        Arguments.text("password", password);
        Arguments.required("extra", extra);
        if (quotaMb < 0) {
            throw new IllegalArgumentException("quotaMb must not be negative");
        }
        String mailDomain = domain.strip().toLowerCase(Locale.ROOT);
        String email = localPart.strip().toLowerCase(Locale.ROOT) + "@" + mailDomain;
        List<DataRecord> domains = domainGet(Map.of("domain", mailDomain));
        if (domains.isEmpty()) {
            throw new NotFoundException("mail_domain_get", NotFoundException.NIL_RESULT,
                    "no mail domain " + mailDomain);
        }
        // The typed params start from the form's defaults (receiving, sending, IMAP and POP3 on, no greylisting, no
        // autoresponder, junk moved), which the panel's API does not apply, and refuse before the call what the
        // panel's form would refuse.
        MailUserParams.Builder params = MailUserParams.forAdd()
                .serverId(domains.get(0).getInt("server_id"))
                .email(email)
                .login(email)
                .password(password)
                .name(localPart.strip())
                .quota(quotaMb * MEBIBYTE)
                .maildir("/var/vmail/" + mailDomain + "/" + localPart.strip().toLowerCase(Locale.ROOT))
                .homedir("/var/vmail");
        extra.forEach((column, value) -> {
            if (value != null) {
                params.with(column, value);
            }
        });
        return userAdd(clientId, params.build());
    }

    /** Adds a forward: {@code source} is the address, {@code destination} where mail goes. */
    @Override
    public int forwardAdd(int clientId, Map<String, ?> params) {
        return super.forwardAdd(clientId, typed("forward", params));
    }

    /** The same as {@link #forwardAdd}: ISPConfig's method is {@code mail_forward_add}, not mail_forwarding. */
    public int forwardingAdd(int clientId, Map<String, ?> params) {
        return forwardAdd(clientId, params);
    }

    @Override
    public int aliasAdd(int clientId, Map<String, ?> params) {
        return super.aliasAdd(clientId, typed("alias", params));
    }

    @Override
    public int catchallAdd(int clientId, Map<String, ?> params) {
        return super.catchallAdd(clientId, typed("catchall", params));
    }

    @Override
    public int aliasdomainAdd(int clientId, Map<String, ?> params) {
        return super.aliasdomainAdd(clientId, typed("aliasdomain", params));
    }

    /** The params with the {@code mail_forwarding} row's {@code type} set and {@code active} defaulted to y. */
    static Map<String, Object> typed(String type, Map<String, ?> params) {
        Arguments.required("params", params);
        Object given = params.get("type");
        if (given != null && !type.equals(given.toString())) {
            throw new IllegalArgumentException("a " + type + " cannot have type " + given);
        }
        Map<String, Object> row = new LinkedHashMap<>(params);
        row.put("type", type);
        row.putIfAbsent("active", "y");
        return row;
    }
}
