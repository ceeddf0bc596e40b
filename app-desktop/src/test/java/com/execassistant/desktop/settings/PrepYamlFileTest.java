package com.execassistant.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.desktop.prep.config.PrepConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving prep.yaml: only the changed keys, checked before it replaces the file, atomically. */
class PrepYamlFileTest {

    @TempDir Path dir;

    @Test
    void aFirstSaveWritesOnlyTheChangedKeys() throws Exception {
        PrepYamlFile file = new PrepYamlFile(dir);

        var saved = file.save(Map.of("materials.retention_days", "60"));

        assertThat(saved.materials.retention_days).isEqualTo(60);
        assertThat(Files.readString(file.path()))
                .isEqualTo(PrepYamlFile.HEADER + "materials:\n  retention_days: 60\n");
    }

    @Test
    void aValueTheAppWouldRefuseLeavesTheFileAsItWas() throws Exception {
        PrepYamlFile file = new PrepYamlFile(dir);
        file.save(Map.of("materials.retention_days", "60"));
        String before = Files.readString(file.path());

        assertThatThrownBy(() -> file.save(Map.of("materials.writer", "\"gpt\"")))
                .isInstanceOf(PrepConfigException.class)
                .hasMessageContaining("use template, openai or bedrock");

        assertThat(Files.readString(file.path())).isEqualTo(before);
        try (Stream<Path> left = Files.list(file.path().getParent())) {
            assertThat(left).containsExactly(file.path());
        }
    }

    @Test
    void theUsersCommentsSurviveASave() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(
                dir.resolve("config/prep.yaml"),
                "# keep me\nchat:\n  timeout_hours: 12   # half a day\n");

        new PrepYamlFile(dir).save(Map.of("chat.timeout_hours", "6"));

        assertThat(Files.readString(dir.resolve("config/prep.yaml")))
                .isEqualTo("# keep me\nchat:\n  timeout_hours: 6    # half a day\n");
    }
}
