package dev.ispconfig.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FormsDiffTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static JsonNode forms(String tag, String forms) {
        return MAPPER.readTree("{\"tag\":\"" + tag + "\",\"forms\":{" + forms.replace('\'', '"') + "}}");
    }

    @Test
    void reportsFormsAndFieldsAddedRemovedAndEveryChangedFact() {
        JsonNode older = forms("v1", "'../a/form/a.tform.php':{'db_table':'a','fields':{"
                + "'kept':{'datatype':'VARCHAR','default':'x'},"
                + "'gone':{'datatype':'INTEGER'},"
                + "'checked':{'datatype':'VARCHAR','validators':[{'type':'NOTEMPTY','errmsg':'e'}]}}},"
                + "'../old/form/o.tform.php':{'db_table':'o','fields':{}}");
        JsonNode newer = forms("v2", "'../a/form/a.tform.php':{'db_table':'a','fields':{"
                + "'kept':{'datatype':'VARCHAR','default':'y'},"
                + "'checked':{'datatype':'VARCHAR'},"
                + "'fresh':{'datatype':'TEXT'}}},"
                + "'../new/form/n.tform.php':{'db_table':'n','fields':{'f':{}}}");

        assertThat(FormsDiff.compare(older, newer)).containsExactly(
                "v1 (2 forms, 3 fields) -> v2 (2 forms, 4 fields)",
                "  ~ ../a/form/a.tform.php",
                "      ~ kept.default: \"x\" -> \"y\"",
                "      - gone",
                "      ~ checked.validators: [{\"type\":\"NOTEMPTY\",\"errmsg\":\"e\"}] -> (none)",
                "      + fresh {\"datatype\":\"TEXT\"}",
                "  - ../old/form/o.tform.php",
                "      was table o",
                "  + ../new/form/n.tform.php",
                "      1 fields, table n");
    }

    @Test
    void saysSoWhenNothingChanged() {
        JsonNode same = forms("v1", "'../a/form/a.tform.php':{'db_table':'a','fields':{'f':{'datatype':'TEXT'}}}");

        assertThat(FormsDiff.compare(same, same)).endsWith("no form changes");
        assertThat(FormsDiff.isForms(same)).isTrue();
        assertThat(FormsDiff.isForms(MAPPER.readTree("{\"methods\":[]}"))).isFalse();
    }
}
