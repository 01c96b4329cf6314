package dev.ispconfig.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ispconfig.client.exception.DatabaseErrorException;
import dev.ispconfig.client.exception.IspConfigException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import dev.ispconfig.client.exception.UnexpectedResultException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every failure of a write says whether the panel may have stored it ({@code outcomeUnknown()}), so that no caller
 * repeats a write that may have been made. Seen on a live ISPConfig 3.2.12 panel under load: an add answered
 * {@code database_error} with its row in the table, and an add answered {@code false} after its INSERT was committed.
 */
class WriteOutcomeTest {

    private final FakePanel panel = new FakePanel();

    @Test
    void aDatabaseErrorOnAnAddMayHaveStoredTheRow() {
        panel.handler = arguments -> {
            throw new FakePanel.FaultAnswer("database_error", "Lost connection: INSERT INTO dns_rr ...");
        };
        IspConfigException e = failureOf(client -> client.dns().aAdd(1, Map.of("zone", 1, "name", "www")));

        assertThat(e).isInstanceOf(DatabaseErrorException.class);
        assertThat(e.outcomeUnknown()).isTrue();
    }

    @Test
    void anAddAnsweredFalseMayHaveStoredTheRow() {
        panel.handler = arguments -> false;
        IspConfigException e = failureOf(client -> client.dns().aAdd(1, Map.of("zone", 1, "name", "www")));

        assertThat(e).isInstanceOf(UnexpectedResultException.class);
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.getMessage()).contains("may have been stored");
    }

    @Test
    void anUpdateAnsweredWithNonsenseMayHaveChangedTheRow() {
        panel.handler = arguments -> "garbage";
        IspConfigException e = failureOf(client -> client.dns().aUpdate(1, 2, Map.of("data", "192.0.2.1")));

        assertThat(e.outcomeUnknown()).isTrue();
    }

    @Test
    void aRefusalOrAReadOfTheWrongShapeIsNotAnUnknownOutcome() {
        panel.handler = arguments -> {
            throw new FakePanel.FaultAnswer("permission_denied", "You do not have the permissions");
        };
        IspConfigException refused = failureOf(client -> client.dns().aAdd(1, Map.of("zone", 1)));
        panel.handler = arguments -> java.util.List.of("not-an-id");
        IspConfigException oddRead = failureOf(client -> client.clients().getAll());

        assertThat(refused).isInstanceOf(PermissionDeniedException.class);
        assertThat(refused.outcomeUnknown()).isFalse();
        assertThat(oddRead).isInstanceOf(UnexpectedResultException.class);
        assertThat(oddRead.outcomeUnknown()).isFalse();
    }

    private IspConfigException failureOf(java.util.function.Consumer<IspConfigClient> call) {
        try (IspConfigClient client = FakePanel.clientFor(panel).build()) {
            Throwable thrown = catchThrowable(() -> call.accept(client));
            assertThat(thrown).isInstanceOf(IspConfigException.class);
            return (IspConfigException) thrown;
        }
    }
}
