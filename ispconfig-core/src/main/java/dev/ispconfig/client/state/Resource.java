package dev.ispconfig.client.state;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.form.FormSchema;
import java.util.List;
import java.util.Map;

/**
 * How desired state reaches one kind of record: its form, the columns of its natural key, and the client's calls
 * that find, add and update it (the hand-audited ones where they exist, so their fixes apply).
 */
record Resource(String name, FormSchema schema, List<String> key, Finder finder, Adder adder, Updater updater) {

    @FunctionalInterface
    interface Finder {
        List<DataRecord> find(IspConfigClient client, Map<String, ?> filter);
    }

    @FunctionalInterface
    interface Adder {
        int add(IspConfigClient client, int clientId, Map<String, ?> params);
    }

    /** Updates keep the owner: {@code client_id} 0 (README, Footgun 14). */
    @FunctionalInterface
    interface Updater {
        int update(IspConfigClient client, int id, Map<String, ?> params);
    }
}
