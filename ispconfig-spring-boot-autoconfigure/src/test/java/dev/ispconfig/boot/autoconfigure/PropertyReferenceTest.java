package dev.ispconfig.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The README's property table and the generated configuration metadata say the same. */
class PropertyReferenceTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| `(ispconfig\\.[a-z.-]+)` \\|\\s*`?([^`|]*?)`?\\s*\\| (.+) \\|$", Pattern.MULTILINE);

    @Test
    void theReadmeTableListsEveryPropertyWithItsDefaultAndDescription() throws IOException {
        Map<String, String[]> metadata = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            for (JsonNode property : root.get("properties")) {
                metadata.put(property.get("name").asString(), new String[] {
                        defaultOf(property.get("defaultValue")), property.get("description").asString() });
            }
        }
        Map<String, String[]> readme = new TreeMap<>();
        String text = Files.readString(Path.of("..", "README.md"));
        int start = text.indexOf("### Property reference");
        assertThat(start).as("the README's property reference section").isNotNegative();
        Matcher row = ROW.matcher(text.substring(start, text.indexOf("\n### ", start + 1)));
        while (row.find()) {
            readme.put(row.group(1), new String[] { row.group(2).trim(), row.group(3).replace("`", "") });
        }

        assertThat(readme.keySet()).isEqualTo(metadata.keySet());
        metadata.forEach((name, facts) -> {
            assertThat(readme.get(name)[0]).as("default of " + name).isEqualTo(facts[0]);
            assertThat(readme.get(name)[1]).as("description of " + name).isEqualTo(facts[1]);
        });
    }

    @Test
    void theDefaultsAreTheCoreBuildersDefaults() {
        IspConfigProperties properties = new IspConfigProperties();

        // Unset, so that spring.http.clients.* can apply; the core's defaults stand in after that.
        assertThat(properties.getConnectTimeout()).isNull();
        assertThat(properties.getReadTimeout()).isNull();
        assertThat(properties.getMaxResponseSize().toBytes())
                .isEqualTo(IspConfigClient.Builder.DEFAULT_MAX_RESPONSE_SIZE);
        assertThat(properties.getSession().getMaxAge()).isEqualTo(IspConfigClient.Builder.DEFAULT_SESSION_MAX_AGE);
        assertThat(properties.getSession().getPoolSize())
                .isEqualTo(IspConfigClient.Builder.DEFAULT_MAX_CLIENT_SESSIONS);
        assertThat(properties.getSession().getLoginFailureCoolDown())
                .isEqualTo(IspConfigClient.Builder.DEFAULT_LOGIN_FAILURE_COOL_DOWN);
        assertThat(properties.getSession().getLoginUnreachableCoolDown())
                .isEqualTo(IspConfigClient.Builder.DEFAULT_LOGIN_UNREACHABLE_COOL_DOWN);
    }

    private static String defaultOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isDouble() && value.asDouble() == Math.rint(value.asDouble())) {
            return String.valueOf((long) value.asDouble());
        }
        return value.asString();
    }
}
