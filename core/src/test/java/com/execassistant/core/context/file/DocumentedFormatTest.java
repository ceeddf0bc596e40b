package com.execassistant.core.context.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextQueries;
import com.execassistant.core.context.ContextSection;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The examples in docs/context-data.md read, and give the summaries the document shows. */
class DocumentedFormatTest {

    private static final Path DOC = Path.of("..", "docs", "context-data.md");

    @TempDir Path folder;

    @ParameterizedTest
    @EnumSource(ContextKind.class)
    void theDocumentedExampleGivesTheDocumentedSummary(ContextKind kind) throws Exception {
        String doc = Files.readString(DOC);
        String fileName = FileContextSource.fileName(kind);
        int heading = doc.indexOf("\n## " + fileName + "\n");
        assertThat(heading).as("a section for %s", fileName).isPositive();
        int start = doc.indexOf("```yaml\n", heading) + "```yaml\n".length();
        Files.writeString(
                folder.resolve(fileName), doc.substring(start, doc.indexOf("```", start)));

        ContextSection section =
                new FileContextSource(kind, folder)
                        .fetch(ContextQueries.leadershipMeetingAt("2026-03-10T15:00:00Z"));

        assertThat(doc.replaceAll("\\s+", " ")).contains("`" + section.summary() + "`");
    }
}
