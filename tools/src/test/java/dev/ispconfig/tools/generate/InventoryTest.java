package dev.ispconfig.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InventoryTest {

    @Test
    void readsTheApiMethodsInOrderAndIgnoresUnknownFields() {
        Inventory inventory = Inventories.tiny();
        assertThat(inventory.tag()).isEqualTo("v9.9.9");
        assertThat(inventory.commit()).isNull();
        assertThat(inventory.methods()).hasSize(16).first().satisfies(login -> {
            assertThat(login.name()).isEqualTo("login");
            assertThat(login.phpSignature()).isEqualTo("login($username, $password, $client_login = false)");
        });
        Inventory.Method everything = inventory.byName().get("client_delete_everything");
        assertThat(everything.perm()).containsExactly("client_delete_everything", "client_delete");
        assertThat(everything.tform()).containsExactly("../client/form/client.tform.php");
        assertThat(everything.tformRead()).isEmpty();
    }

    @Test
    void refusesWhatIsNoInventory() {
        assertThatThrownBy(() -> Inventory.parse("[]")).isInstanceOf(GenerationException.class)
                .hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> Inventory.parse("{\"tag\": \"v1\"")).isInstanceOf(GenerationException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> Inventory.parse("{\"tag\": \"v1\"}")).isInstanceOf(GenerationException.class)
                .hasMessageContaining("\"methods\"");
        assertThatThrownBy(() -> Inventories.of(Inventories.method("dns_a_get", "dns", "fetch")))
                .isInstanceOf(GenerationException.class).hasMessageContaining("unknown kind fetch");
        assertThatThrownBy(() -> Inventories.of(Inventories.method("dns_a_get", "dns", "get"),
                Inventories.method("dns_a_get", "dns", "get"))).isInstanceOf(GenerationException.class)
                .hasMessageContaining("dns_a_get twice");
        assertThatThrownBy(() -> Inventory.parse(Inventories.json("v1", "{\"name\": \"x\", \"params\": []}")))
                .isInstanceOf(GenerationException.class).hasMessageContaining("method x has no integer \"line\"");
    }
}
