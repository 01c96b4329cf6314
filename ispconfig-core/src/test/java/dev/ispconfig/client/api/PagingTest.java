package dev.ispconfig.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.DataRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

    private final List<Map<String, ?>> requests = new ArrayList<>();

    /** Seven rows served as the panel does: LIMIT offset,limit. */
    private List<DataRecord> panel(Map<String, ?> filter) {
        requests.add(filter);
        int offset = ((Number) filter.get(Paging.OFFSET)).intValue();
        int limit = ((Number) filter.get(Paging.LIMIT)).intValue();
        return IntStream.range(0, 7).skip(offset).limit(limit)
                .mapToObj(i -> DataRecord.of(Map.of("id", String.valueOf(i)))).collect(Collectors.toList());
    }

    @Test
    void fetchesPageByPageUntilAShortPage() {
        List<String> ids = Paging.stream(this::panel, Map.of("email", "%@example.com"), 3)
                .map(record -> record.getString("id")).toList();

        assertThat(ids).containsExactly("0", "1", "2", "3", "4", "5", "6");
        assertThat(requests).hasSize(3);
        assertThat(requests.stream().map(r -> (Object) r.get(Paging.OFFSET)).toList()).containsExactly(0L, 3L, 6L);
    }

    @Test
    void anExactMultipleCostsOneEmptyPageAndNoMore() {
        assertThat(Paging.stream(this::panel, Map.of(), 7).count()).isEqualTo(7);
        assertThat(requests).hasSize(2);
    }

    @Test
    void isLazy() {
        assertThat(Paging.stream(this::panel, Map.of(), 2).findFirst()).isPresent();
        assertThat(requests).hasSize(1);
    }

    @Test
    void pagingKeysGoAfterTheFilterKeysInTheFiltersOrder() {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("server_id", "1");
        filter.put("email", "%@example.com");

        Paging.stream(this::panel, filter, 10).count();

        // The panel binds a parameter for every key, paging keys included: first they would shift every filter value.
        assertThat(new ArrayList<>(requests.get(0).keySet()))
                .containsExactly("server_id", "email", Paging.OFFSET, Paging.LIMIT);
    }

    @Test
    void refusesPagingKeysInTheFilterAndSillyPageSizes() {
        assertThatThrownBy(() -> Paging.stream(this::panel, Map.of(Paging.LIMIT, 5), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Paging.stream(this::panel, Map.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
