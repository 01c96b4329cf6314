package dev.ispconfig.client.api;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.NotFoundException;
import java.util.List;

/** The databases API: the generated methods, with not-found typed and listings as records. */
public class DatabasesModule extends GeneratedDatabasesModule {

    public DatabasesModule(IspConfigClient client) {
        super(client);
    }

    /**
     * The database with this id.
     *
     * @throws NotFoundException when the panel has none (it answers nil, not a fault)
     */
    @Override
    public DataRecord get(int primaryId) {
        Arguments.id("primaryId", primaryId);
        return Results.required("sites_database_get", primaryId, super.get(primaryId));
    }

    /**
     * The database user with this id.
     *
     * @throws NotFoundException when the panel has none
     */
    @Override
    public DataRecord userGet(int primaryId) {
        Arguments.id("primaryId", primaryId);
        return Results.required("sites_database_user_get", primaryId, super.userGet(primaryId));
    }

    /**
     * A client's databases with their users ({@code database_id}, {@code database_name}, {@code database_user},
     * {@code database_password} — the user's password hash — …); empty for none. Checks the
     * {@code sites_database_get} grant.
     */
    @Override
    public List<DataRecord> getAllByUser(int clientId) {
        return DataRecord.listFromResult("sites_database_get_all_by_user", super.getAllByUser(clientId));
    }
}
