package dev.ispconfig.tools.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The forms of the fixture tree, evaluated by PHP through {@code forms.php}. */
class FormExtractorTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static JsonNode inventory;
    private static JsonNode widget;

    @BeforeAll
    static void extract() throws IOException {
        Php.assumeAvailable();
        FolderSource tree = new FolderSource(Fixtures.tree());
        inventory = FormExtractor.extract(tree, Extractor.extract(tree, "v0.1"), "php");
        widget = inventory.get("forms").get("../widgets/form/widget.tform.php");
    }

    private static JsonNode field(String name) {
        return widget.get("fields").get(name);
    }

    @Test
    void listsEveryFormTheMethodsNameWithTheMethodsThatUseIt() {
        assertThat(inventory.get("tag").stringValue()).isEqualTo("v0.1");
        assertThat(inventory.get("generated_by").stringValue()).isEqualTo(FormExtractor.GENERATED_BY);
        assertThat(inventory.get("forms").propertyNames()).containsExactly("../gadgets/form/gadget.tform.php",
                "../gadgets/form/gadget_x.tform.php", "../gadgets/form/gadget_y.tform.php",
                "../gadgets/form/large.tform.php", "../gadgets/form/part.tform.php",
                "../gadgets/form/small.tform.php", "../widgets/form/widget.tform.php");
        assertThat(widget.get("file").stringValue()).isEqualTo("interface/web/widgets/form/widget.tform.php");
        assertThat(widget.get("used_by").values()).extracting(JsonNode::stringValue)
                .containsExactly("widget_get", "widget_add", "widget_delete");
        assertThat(widget.get("db_table").stringValue()).isEqualTo("widget");
        assertThat(widget.get("db_table_idx").stringValue()).isEqualTo("widget_id");
        assertThat(widget.get("tabs").toString()).isEqualTo("[\"main\",\"extras\"]");
    }

    @Test
    void keepsTheFactsOfAFieldAndDropsWhatOnlyTheUiNeeds() {
        assertThat(field("name").toString()).isEqualTo("{\"tab\":\"main\",\"datatype\":\"VARCHAR\","
                + "\"formtype\":\"TEXT\",\"maxlength\":\"64\",\"validators\":["
                + "{\"type\":\"NOTEMPTY\",\"errmsg\":\"name_error_empty\"},"
                + "{\"type\":\"REGEX\",\"regex\":\"/^[a-z0-9\\\\-]+$/\",\"errmsg\":\"name_error_regex\"},"
                + "{\"type\":\"CUSTOM\",\"class\":\"validate_widget\",\"function\":\"check\","
                + "\"errmsg\":\"name_error_custom\"}],"
                + "\"filters\":[\"IDNTOASCII\",\"TOLOWER\"]}");
        assertThat(field("colour").get("value").toString()).isEqualTo("{\"red\":\"Red\",\"blue\":\"Blue\"}");
        assertThat(field("active").get("value").toString()).isEqualTo("[\"n\",\"y\"]");
        assertThat(field("tags").get("separator").stringValue()).isEqualTo(",");
        assertThat(field("secret").get("encryption").stringValue()).isEqualTo("CRYPT");
        assertThat(field("server_id").get("datasource").stringValue()).isEqualTo("SQL key=server_id value=server_name");
    }

    @Test
    void evaluatesDefaultsAsThePanelWouldForAnAdministrator() {
        assertThat(field("size").has("default")).as("read from the request").isFalse();
        assertThat(field("size").get("default_dynamic").stringValue()).isEqualTo("request");
        assertThat(field("colour").get("default").stringValue()).isEqualTo("red");
        assertThat(field("language").get("default").stringValue()).isEqualTo("en");
        assertThat(field("language").get("value").toString())
                .as("the languages of the tree's lib/lang").isEqualTo("{\"en\":\"en\",\"fr\":\"fr\"}");
        assertThat(field("server_id")).as("kept for an administrator").isNotNull();
    }

    @Test
    void marksDefaultsThatChangeOnEveryCallAsDynamic() {
        assertThat(field("created").has("default")).isFalse();
        assertThat(field("created").get("default_dynamic").stringValue()).isEqualTo("today");
        assertThat(field("secret").has("default")).isFalse();
        assertThat(field("secret").get("default_dynamic").stringValue()).isEqualTo("random_password");
    }

    @Test
    void marksFieldsThatOnlyAConfigSwitchBringsAndLeavesOutThoseItsDefaultsHide() {
        assertThat(field("note").get("config_gated").booleanValue()).isTrue();
        assertThat(field("name").has("config_gated")).isFalse();
        assertThat(widget.get("fields").has("never")).as("show_hidden is off by default").isFalse();
    }

    @Test
    void aLaterTabReplacesAFieldOfAnEarlierOneAndAnEmptyFormHasNoFields() {
        JsonNode gadget = inventory.get("forms").get("../gadgets/form/gadget.tform.php");
        assertThat(gadget.get("fields").propertyNames()).containsExactly("label", "weight");
        assertThat(gadget.get("fields").get("label").get("formtype").stringValue()).isEqualTo("TEXTAREA");
        assertThat(gadget.get("fields").get("label").get("tab").stringValue()).isEqualTo("second");
        assertThat(gadget.get("fields").get("weight").get("default").intValue()).isZero();
        assertThat(inventory.get("forms").get("../gadgets/form/part.tform.php").get("fields").toString())
                .isEqualTo("{}");
    }

    @Test
    void addsTheColumnsOfTheFormsTableFromTheSchemaDump() {
        assertThat(widget.get("db_columns").get("last-seen").stringValue()).isEqualTo("datetime");
        assertThat(widget.get("db_columns").propertyNames()).hasSize(8);
        assertThat(inventory.get("forms").get("../gadgets/form/part.tform.php").get("db_columns").isEmpty())
                .as("a table the dump lacks").isTrue();
    }

    @Test
    void aFormThatFailsInPhpFailsTheExtractionWithPhpsMessage() {
        assertThatThrownBy(() -> FormExtractor.extract(new FolderSource(Fixtures.tree()),
                Extractor.extract(new FolderSource(Fixtures.tree()), "v0.1"), "no-such-php-binary"))
                .isInstanceOf(IOException.class).hasMessageContaining("cannot run 'no-such-php-binary'");
    }

    @Test
    void aFormPathOutsideTheModulesIsRefused() {
        assertThatThrownBy(() -> FormExtractor.file("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FormExtractor.file("../dns/form/dns_a.tform.php"))
                .isEqualTo("interface/web/dns/form/dns_a.tform.php");
    }
}
