package dev.ispconfig.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.exception.UnexpectedResultException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsTest {

    @Test
    void aNewIdComesAsAStringOrAnInt() {
        assertThat(Results.newId("dns_txt_add", "8")).isEqualTo(8);
        assertThat(Results.newId("dns_txt_add", " 12 ")).isEqualTo(12);
        assertThat(Results.newId("dns_txt_add", 9)).isEqualTo(9);
        assertThat(Results.newId("dns_txt_add", 10L)).isEqualTo(10);
    }

    @Test
    void anythingElseIsNoNewId() {
        for (Object answer : new Object[] {null, false, true, "", "abc", "8.5", "0", -1, 0, 1L << 40, 8.0,
                "99999999999", List.of(), Map.of("id", 8)}) {
            assertThatThrownBy(() -> Results.newId("dns_txt_add", answer)).as(String.valueOf(answer))
                    .isInstanceOf(UnexpectedResultException.class)
                    .hasMessageStartingWith("dns_txt_add answered ")
                    .hasMessageContaining(" where the id of a new record belongs; the record may have been stored")
                    .satisfies(e -> assertThat(((UnexpectedResultException) e).outcomeUnknown()).isTrue());
        }
    }

    @Test
    void affectedRowsComeAsAnIntAStringOrABoolean() {
        assertThat(Results.affectedRows("dns_txt_delete", 1)).isEqualTo(1);
        assertThat(Results.affectedRows("dns_txt_delete", 0)).isZero();
        assertThat(Results.affectedRows("dns_txt_delete", 3L)).isEqualTo(3);
        assertThat(Results.affectedRows("dns_txt_delete", "2")).isEqualTo(2);
        assertThat(Results.affectedRows("config_value_update", true)).isEqualTo(1);
        assertThat(Results.affectedRows("config_value_update", false)).isZero();
    }

    @Test
    void anythingElseIsNoRowCount() {
        for (Object answer : new Object[] {null, "", "one", -1, "-2", 1.0, List.of(1), Map.of()}) {
            assertThatThrownBy(() -> Results.affectedRows("dns_txt_delete", answer)).as(String.valueOf(answer))
                    .isInstanceOf(UnexpectedResultException.class)
                    .hasMessageContaining(" where a count of affected rows belongs; the change may have been made")
                    .satisfies(e -> assertThat(((UnexpectedResultException) e).outcomeUnknown()).isTrue());
        }
    }

    @Test
    void anIdInAReadOfTheWrongShapeIsNoUnknownOutcome() {
        assertThat(Results.id("client_get_all", "7")).isEqualTo(7);
        assertThatThrownBy(() -> Results.id("client_get_all", "x")).isInstanceOfSatisfying(
                UnexpectedResultException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
    }

    @Test
    void theMessageDescribesTheAnswerWithoutDumpingIt() {
        assertThatThrownBy(() -> Results.newId("m", null))
                .hasMessage("m answered nil where the id of a new record belongs; the record may have been stored all "
                        + "the same");
        assertThatThrownBy(() -> Results.newId("m", Boolean.FALSE)).hasMessageContaining("answered Boolean false");
        assertThatThrownBy(() -> Results.newId("m", "x".repeat(100)))
                .hasMessageContaining("\"" + "x".repeat(40) + "...\"");
        assertThatThrownBy(() -> Results.affectedRows("m", Map.of())).hasMessageContaining("answered a ");
    }
}
