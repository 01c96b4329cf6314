package dev.ispconfig.client.api;

import dev.ispconfig.client.DataRecord;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Pages through any get that takes a filter ({@code mail_user_get}, {@code sites_web_domain_get}, … every get that
 * reads through the panel's {@code getDataRecord}) with its {@code #OFFSET#}/{@code #LIMIT#} keys.
 *
 * <pre>{@code
 * Paging.stream(client.mail()::userGet, Map.of("email", "%@example.com"), 500)
 *       .forEach(user -> …);
 * }</pre>
 *
 * <p>The paging keys always go <em>after</em> the filter keys: the panel still binds a parameter for each of them, in
 * the order of the map, so in front they would shift every filter value onto the wrong column. Pages are fetched
 * lazily, one call per page, and paging stops at the first page shorter than {@code pageSize}.
 */
public final class Paging {

    static final String OFFSET = "#OFFSET#";
    static final String LIMIT = "#LIMIT#";

    private Paging() {
    }

    /** The matching records, fetched {@code pageSize} at a time as the stream is consumed. */
    public static Stream<DataRecord> stream(Function<Map<String, ?>, List<DataRecord>> get, Map<String, ?> filter,
            int pageSize) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(get, filter, pageSize),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The matching records, fetched {@code pageSize} at a time as the iterator advances. */
    public static Iterator<DataRecord> iterator(Function<Map<String, ?>, List<DataRecord>> get,
            Map<String, ?> filter, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        if (filter.containsKey(OFFSET) || filter.containsKey(LIMIT)) {
            throw new IllegalArgumentException("the filter must not hold " + OFFSET + " or " + LIMIT
                    + ": paging adds them");
        }
        return new PageIterator(get, Collections.unmodifiableMap(new LinkedHashMap<>(filter)), pageSize);
    }

    /** The filter with the paging keys appended last. */
    static Map<String, Object> page(Map<String, ?> filter, long offset, int limit) {
        Map<String, Object> paged = new LinkedHashMap<>(filter);
        paged.put(OFFSET, offset);
        paged.put(LIMIT, limit);
        return paged;
    }

    private static final class PageIterator implements Iterator<DataRecord> {

        private final Function<Map<String, ?>, List<DataRecord>> get;
        private final Map<String, ?> filter;
        private final int pageSize;
        private Iterator<DataRecord> page = Collections.emptyIterator();
        private long offset;
        private boolean lastPage;

        PageIterator(Function<Map<String, ?>, List<DataRecord>> get, Map<String, ?> filter, int pageSize) {
            this.get = get;
            this.filter = filter;
            this.pageSize = pageSize;
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && !lastPage) {
                List<DataRecord> records = get.apply(page(filter, offset, pageSize));
                lastPage = records.size() < pageSize;
                offset += records.size();
                page = records.iterator();
            }
            return page.hasNext();
        }

        @Override
        public DataRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }
    }
}
