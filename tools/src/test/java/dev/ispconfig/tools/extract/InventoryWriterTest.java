package dev.ispconfig.tools.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryWriterTest {

    private static PhpParam param(String name, String defaultText) {
        return new PhpParam(name, null, false, defaultText, List.of());
    }

    @Test
    void writesTheReadmeFieldsInOrderWithTwoSpaceIndentationAndATrailingNewline() {
        ApiMethod one = new ApiMethod("thing_get", "interface/lib/classes/remote.d/thing.inc.php", 12,
                "remoting_thing", "remoting_thing", List.of(param("session_id", null), param("filter", "array()")),
                List.of("thing_get"), List.of(), List.of("../t/form/thing.tform.php"), java.util.Map.of(), "get", "misc");
        ApiMethod two = new ApiMethod("logout", "interface/lib/classes/remoting.inc.php", 3, "remoting", "remoting",
                List.of(), List.of("a", "b"), List.of("../x.tform.php", "../y.tform.php"), List.of(),
                java.util.Map.of("mode", "-1"), "other", "misc");
        String json = InventoryWriter.json(new ExtractedInventory("v9", "abc", List.of(one, two), List.of("w")));
        assertThat(json).isEqualTo("""
                {
                  "tag": "v9",
                  "commit": "abc",
                  "generated_by": "ispconfig-tools extract",
                  "methods": [
                    {
                      "name": "thing_get",
                      "php_file": "interface/lib/classes/remote.d/thing.inc.php",
                      "line": 12,
                      "class": "remoting_thing",
                      "dispatch_class": "remoting_thing",
                      "params": [
                        {
                          "name": "session_id",
                          "default": null
                        },
                        {
                          "name": "filter",
                          "default": "array()"
                        }
                      ],
                      "perm": "thing_get",
                      "tform": null,
                      "tform_read": "../t/form/thing.tform.php",
                      "kind": "get",
                      "module": "misc"
                    },
                    {
                      "name": "logout",
                      "php_file": "interface/lib/classes/remoting.inc.php",
                      "line": 3,
                      "class": "remoting",
                      "dispatch_class": "remoting",
                      "params": [],
                      "perm": [
                        "a",
                        "b"
                      ],
                      "tform": [
                        "../x.tform.php",
                        "../y.tform.php"
                      ],
                      "tform_read": null,
                      "fills": {
                        "mode": "-1"
                      },
                      "kind": "other",
                      "module": "misc"
                    }
                  ]
                }
                """);
    }

    @Test
    void aMissingCommitIsNull() {
        assertThat(InventoryWriter.json(new ExtractedInventory("t", null, List.of(), List.of())))
                .isEqualTo("{\n  \"tag\": \"t\",\n  \"commit\": null,\n  \"generated_by\": \"ispconfig-tools extract\","
                        + "\n  \"methods\": []\n}\n");
    }
}
