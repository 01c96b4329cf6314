package dev.ispconfig.cli;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.model.mail.MailUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ispconfig mail users DOMAIN}. */
@Command(name = "mail", mixinStandardHelpOptions = true, description = "Mail.",
        subcommands = MailCommand.Users.class)
final class MailCommand {

    /** The mailboxes of one mail domain. */
    @Command(name = "users", mixinStandardHelpOptions = true, description = "Lists the mailboxes of a mail domain.")
    static final class Users implements Callable<Integer> {

        private static final List<String> COLUMNS = List.of("id", "email", "name", "quota", "postfix", "imap",
                "pop3");

        @Parameters(paramLabel = "DOMAIN", description = "The mail domain, e.g. example.com.")
        String domain;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            IspConfigCli cli = IspConfigCli.of(spec);
            String suffix = "@" + domain.toLowerCase(Locale.ROOT);
            if (domain.contains("%") || domain.contains("_") && !domain.matches("[\\w.-]+")) {
                throw new IllegalArgumentException("not a mail domain: " + domain);
            }
            List<MailUser> users;
            try (IspConfigClient client = cli.connect()) {
                // The filter is a LIKE: keep only the exact domain (an _ matches any character there).
                users = client.mail().users(Map.of("email", "%" + suffix)).stream()
                        .filter(user -> user.email().toLowerCase(Locale.ROOT).endsWith(suffix)).toList();
            }
            cli.output().table(COLUMNS, users.stream().map(Users::row).toList());
            return ExitCodes.OK;
        }

        private static Map<String, Object> row(MailUser user) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", user.id());
            row.put("email", user.email());
            row.put("name", user.name());
            row.put("quota", user.quota());
            row.put("postfix", user.postfix());
            row.put("imap", !user.disableimap());
            row.put("pop3", !user.disablepop3());
            return row;
        }
    }
}
