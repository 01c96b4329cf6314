package dev.ispconfig.client.api;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.NotFoundException;
import dev.ispconfig.client.exception.UnexpectedResultException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The clients API: the generated methods, with typed answers for the common gets.
 */
public class ClientsModule extends GeneratedClientsModule {

    public ClientsModule(IspConfigClient client) {
        super(client);
    }

    /**
     * The client with this id.
     *
     * @throws NotFoundException when the panel has none (it answers nil, not a fault)
     */
    @Override
    public DataRecord get(int clientId) {
        Arguments.id("clientId", clientId);
        return Results.required("client_get", clientId, super.get(clientId));
    }

    /**
     * The panel <em>login</em> ({@code sys_user} row: {@code userid}, {@code client_id}, {@code default_group}, …) of
     * this username — not the client record; take its {@code client_id} to {@link #get(int)}. The row holds the
     * login's password hash.
     *
     * @throws NotFoundException ({@code no_client_found}) when no login has that name
     */
    @Override
    public @Nullable DataRecord getByUsername(String username) {
        return DataRecord.fromResult("client_get_by_username", super.getByUsername(username));
    }

    /**
     * The id of the client's group ({@code sys_group}), which owns its records. Checks the {@code client_get_id} grant.
     *
     * @throws NotFoundException ({@code no_group_found}) when the client has none
     */
    @Override
    public Integer getGroupid(int clientId) {
        Object groupId = super.getGroupid(clientId);
        if (groupId instanceof Integer id) {
            return id;
        }
        throw new UnexpectedResultException("client_get_groupid answered something other than an int");
    }

    /** The ids of every client; empty when there are none (the panel answers {@code false} then). */
    @Override
    public List<Integer> getAll() {
        Object result = super.getAll();
        if (result == null || Boolean.FALSE.equals(result)) {
            return List.of();
        }
        if (!(result instanceof List<?> ids)) {
            throw new UnexpectedResultException("client_get_all answered something other than a list");
        }
        List<Integer> clientIds = new ArrayList<>(ids.size());
        for (Object id : ids) {
            clientIds.add(Results.id("client_get_all", id));
        }
        return List.copyOf(clientIds);
    }
}
