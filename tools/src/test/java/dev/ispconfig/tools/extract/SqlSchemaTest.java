package dev.ispconfig.tools.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlSchemaTest {

    @Test
    void readsEveryColumnWithItsTypeAsDeclaredAndNoKeys() {
        Map<String, Map<String, String>> tables = SqlSchema.tables(Fixtures.read("tree/" + SqlSchema.FILE));

        assertThat(tables).containsOnlyKeys("widget", "gadget");
        assertThat(tables.get("widget")).containsExactly(
                entry("widget_id", "int(11) unsigned"),
                entry("sys_userid", "int(11) unsigned"),
                entry("name", "varchar(64)"),
                entry("size", "int(11)"),
                entry("colour", "enum('red','blue','dark green')"),
                entry("active", "enum('n','y')"),
                entry("last-seen", "datetime"),
                entry("note", "text"));
        assertThat(tables.get("gadget")).containsExactly(
                entry("gadget_id", "bigint(20) unsigned"),
                entry("label", "varchar(255)"));
    }

    @Test
    void aTableCreatedAgainKeepsItsLastDefinition() {
        String sql = "CREATE TABLE `t` (\n  `a` int(1)\n);\nDROP TABLE `t`;\nCREATE TABLE `t` (\n  `b` text\n);\n";

        assertThat(SqlSchema.tables(sql)).containsExactly(entry("t", Map.of("b", "text")));
    }
}
