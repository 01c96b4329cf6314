package dev.ispconfig.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.exception.UnexpectedResultException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class DataRecordTest {

    private static DataRecord record() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("domain_id", "156");
        row.put("domain", "example.com");
        row.put("active", "y");
        row.put("dnssec_wanted", "N");
        row.put("traffic", "3000000000");
        row.put("added_date", null);
        row.put("empty", "");
        return DataRecord.of(row);
    }

    @Test
    void typedGettersParseThePanelsStrings() {
        DataRecord record = record();

        assertThat(record.getInt("domain_id")).isEqualTo(156);
        assertThat(record.getLong("traffic")).isEqualTo(3_000_000_000L);
        assertThat(record.getBoolean("active")).isTrue();
        assertThat(record.getBoolean("dnssec_wanted")).isFalse();
        assertThat(record.getString("domain")).isEqualTo("example.com");
        assertThat(record.getString("added_date")).isNull();
        assertThat(record.getOptionalInt("added_date")).isEmpty();
        assertThat(record.getOptionalInt("empty")).isEmpty();
        assertThat(record.getOptionalBoolean("missing")).isEmpty();
        assertThat(record.getOptionalString("domain")).contains("example.com");
    }

    @Test
    void wrongOrMissingValuesFailClearly() {
        DataRecord record = record();

        assertThatThrownBy(() -> record.getInt("traffic")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> record.getInt("domain")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> record.getBoolean("domain")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> record.getString("missing")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> record.getInt("added_date")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void isAnImmutableOrderedMap() {
        DataRecord record = record();

        assertThat(record.keySet()).containsExactly("domain_id", "domain", "active", "dnssec_wanted", "traffic",
                "added_date", "empty");
        assertThatThrownBy(() -> record.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> record.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(record).isEqualTo(new LinkedHashMap<>(record));
    }

    @Test
    void resultsBecomeRecordsOrListsOfRecords() {
        assertThat(DataRecord.fromResult("m", null)).isNull();
        assertThat(DataRecord.fromResult("m", Map.of("a", "1")).getInt("a")).isEqualTo(1);
        assertThat(DataRecord.listFromResult("m", List.of())).isEmpty();
        assertThat(DataRecord.listFromResult("m", false)).isEmpty();
        assertThat(DataRecord.listFromResult("m", List.of(Map.of("a", "1")))).hasSize(1);
        assertThatThrownBy(() -> DataRecord.fromResult("m", false)).isInstanceOf(UnexpectedResultException.class)
                .hasMessageContaining("Boolean");
        assertThatThrownBy(() -> DataRecord.listFromResult("m", List.of("x")))
                .isInstanceOf(UnexpectedResultException.class);
    }
}
