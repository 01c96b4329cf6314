package dev.ispconfig.cli;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.NotFoundException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ispconfig dns records ZONE}. */
@Command(name = "dns", mixinStandardHelpOptions = true, description = "DNS zones.",
        subcommands = DnsCommand.Records.class)
final class DnsCommand {

    /** The records of one zone by its origin. */
    @Command(name = "records", mixinStandardHelpOptions = true, description = "Lists the records of a zone.")
    static final class Records implements Callable<Integer> {

        private static final List<String> COLUMNS = List.of("id", "name", "type", "data", "aux", "ttl", "active");

        @Parameters(paramLabel = "ZONE", description = "The zone's origin, with or without its final dot.")
        String zone;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            IspConfigCli cli = IspConfigCli.of(spec);
            try (IspConfigClient client = cli.connect()) {
                Integer id = client.dns().zoneGetId(zone);
                if (id == null) {
                    throw new NotFoundException("dns_zone_get_id", NotFoundException.NIL_RESULT, "no DNS zone " + zone);
                }
                List<DataRecord> records = client.dns().rrGetAllByZone(id);
                cli.output().table(COLUMNS, records);
            }
            return ExitCodes.OK;
        }
    }
}
