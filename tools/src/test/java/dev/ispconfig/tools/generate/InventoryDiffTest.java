package dev.ispconfig.tools.generate;

import static dev.ispconfig.tools.generate.Inventories.formMethod;
import static dev.ispconfig.tools.generate.Inventories.method;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InventoryDiffTest {

    @Test
    void reportsAddedRemovedAndChangedMethods() {
        Inventory older = Inventory.parse(Inventories.json("v1.0",
                method("dns_a_get", "dns", "get", "primary_id"),
                method("dns_a_add", "dns", "add", "client_id", "params"),
                method("dns_b_delete", "dns", "delete", "primary_id"),
                method("mail_x_get", "mail", "get", "id", "all=false")));
        Inventory newer = Inventory.parse(Inventories.json("v1.1",
                method("dns_a_get", "dns", "get", "primary_id"),
                method("dns_a_add", "dns", "add", "client_id", "params", "update_serial=false"),
                method("mail_x_get", "mail", "other", "primary_id", "all=true"),
                formMethod("dns_c_add", "dns", "add", "c.tform.php", null, "client_id", "params")));

        assertThat(InventoryDiff.compare(older, newer)).containsExactly(
                "v1.0 (4 API methods) -> v1.1 (4 API methods)",
                "added (1):",
                "  + dns_c_add($session_id, $client_id, $params)  [module dns, kind add, permission dns_c_add]",
                "removed (1):",
                "  - dns_b_delete($session_id, $primary_id)  [module dns, kind delete, permission dns_b_delete]",
                "changed (2):",
                "  ~ dns_a_add",
                "      parameters: dns_a_add($session_id, $client_id, $params) -> dns_a_add($session_id, $client_id,"
                        + " $params, $update_serial = false)",
                "      parameter 4 added: $update_serial = false",
                "  ~ mail_x_get",
                "      parameters: mail_x_get($session_id, $id, $all = false) -> mail_x_get($session_id, $primary_id,"
                        + " $all = true)",
                "      parameter 2 renamed: $id -> $primary_id",
                "      default of $all: false -> true",
                "      kind: get -> other");
    }

    @Test
    void permissionModuleAndFormChangesAreReported() {
        Inventory older = Inventories.of(formMethod("sites_x_get", "sites", "get", null, "a.tform.php", "primary_id"));
        Inventory newer = Inventory.parse(Inventories.json("v1.1",
                formMethod("sites_x_get", "sites", "get", null, "b.tform.php", "primary_id")
                        .replace("\"perm\": \"sites_x_get\"", "\"perm\": [\"sites_x_get\", \"sites_get\"]")
                        .replace("\"module\": \"sites\"", "\"module\": \"misc\"")));
        assertThat(InventoryDiff.compare(older, newer)).containsExactly(
                "v1.0 (1 API methods) -> v1.1 (1 API methods)",
                "changed (1):",
                "  ~ sites_x_get",
                "      permission: sites_x_get -> sites_x_get;sites_get",
                "      module: sites -> misc",
                "      tform_read: a.tform.php -> b.tform.php");
    }

    @Test
    void saysSoWhenNothingChanged() {
        Inventory inventory = Inventories.tiny();
        assertThat(InventoryDiff.compare(inventory, inventory)).containsExactly(
                "v9.9.9 (16 API methods) -> v9.9.9 (16 API methods)", "no API changes");
    }
}
