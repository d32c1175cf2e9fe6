package io.factline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.testing.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    @TempDir
    Path out;

    @Test
    void should_write_one_validated_file_per_trading_day_and_skip_the_weekend() throws IOException {
        Run run = CommentaryCommandTest.run(Map.of(), "batch", "--from", "2026-03-20", "--to", "2026-03-24", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("made 3, skipped 2 (2 without data, 0 already written), failed 0");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("2026-03-20.md", "2026-03-23.md", "2026-03-24.md");
        }
        assertThat(Files.readString(out.resolve("2026-03-23.md"))).startsWith("# Stocks rally on March 23, 2026");
    }

    @Test
    void should_skip_dates_already_written_unless_forced() throws IOException {
        Files.writeString(out.resolve("2026-03-23.md"), "kept");

        Run run = CommentaryCommandTest.run(Map.of(), "batch", "--from", "2026-03-23", "--to", "2026-03-23", "--out", out.toString());

        assertThat(run.out()).startsWith("made 0, skipped 1 (0 without data, 1 already written), failed 0")
                .contains("skipped 2026-03-23: already written");
        assertThat(Files.readString(out.resolve("2026-03-23.md"))).isEqualTo("kept");
    }

    @Test
    void should_exit_2_when_the_range_is_backwards() {
        Run run = CommentaryCommandTest.run(Map.of(), "batch", "--from", "2026-03-24", "--to", "2026-03-20", "--out", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("factline: --from 2026-03-24 is after --to 2026-03-20\n");
    }
}
