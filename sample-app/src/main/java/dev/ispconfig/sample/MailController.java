package dev.ispconfig.sample;

import dev.ispconfig.client.api.MailModule;
import dev.ispconfig.client.exception.NotFoundException;
import dev.ispconfig.client.model.mail.MailUser;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Mailboxes of a mail domain: list them, create one. */
@RestController
@RequestMapping("/api/mail/{domain}/mailboxes")
class MailController {

    private static final Pattern HOST_NAME = Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
            + "(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    private final MailModule mail;

    MailController(MailModule mail) {
        this.mail = mail;
    }

    @GetMapping
    List<Mailbox> mailboxes(@PathVariable String domain) {
        // % and _ are wildcards of the panel's LIKE filter: a domain holding them would list other domains' boxes
        if (!HOST_NAME.matcher(domain).matches()) {
            throw new IllegalArgumentException("not a mail domain: " + domain);
        }
        requireMailDomain(domain);
        String suffix = "@" + domain.toLowerCase(Locale.ROOT);
        return mail.users(Map.of("email", "%" + suffix)).stream()
                .filter(user -> user.email().toLowerCase(Locale.ROOT).endsWith(suffix))
                .map(Mailbox::of).toList();
    }

    /** One mailbox of the domain by its id. */
    @GetMapping("/{id}")
    Mailbox mailbox(@PathVariable String domain, @PathVariable int id) {
        MailUser user = mail.user(id);
        if (!user.email().toLowerCase(Locale.ROOT).endsWith("@" + domain.toLowerCase(Locale.ROOT))) {
            throw new NotFoundException("mail_user_get", NotFoundException.NIL_RESULT, "no mailbox " + id + " in "
                    + domain);
        }
        return Mailbox.of(user);
    }

    /** Body: {@code {"localPart": "info", "password": "…", "quotaMb": 1024, "clientId": 0}}. */
    @PostMapping
    ResponseEntity<Map<String, Object>> create(@PathVariable String domain, @RequestBody NewMailbox request) {
        int id = mail.createMailbox(request.clientId() == null ? 0 : request.clientId(), domain,
                request.localPart(), request.password(), request.quotaMb() == null ? 0 : request.quotaMb());
        return ResponseEntity.created(URI.create("/api/mail/" + domain + "/mailboxes/" + id))
                .body(Map.of("id", id, "email", request.localPart() + "@" + domain));
    }

    /** An unknown mail domain is a 404, as an unknown zone is, not an empty list. */
    private void requireMailDomain(String domain) {
        if (mail.domains(Map.of("domain", domain.toLowerCase(Locale.ROOT))).isEmpty()) {
            throw new NotFoundException("mail_domain_get", NotFoundException.NIL_RESULT, "no mail domain " + domain);
        }
    }

    record NewMailbox(String localPart, String password, Long quotaMb, Integer clientId) {

        @Override
        public String toString() {
            return "NewMailbox[" + localPart + ", quotaMb=" + quotaMb + "]"; // never the password
        }
    }

    /** What the app shows of a mailbox: never the password hash. */
    record Mailbox(int id, String email, String name, long quotaBytes, boolean disabledImap) {

        static Mailbox of(MailUser user) {
            return new Mailbox(user.id(), user.email(), user.name(), user.quota(), user.disableimap());
        }
    }
}
