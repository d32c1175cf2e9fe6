package io.factline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactSheet;
import io.factline.facts.FactSheetJson;
import io.factline.testing.Golden;
import io.factline.testing.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsCommandTest {

    @Test
    void should_print_the_golden_sheet_when_run_on_the_bundled_data_for_2026_03_23() throws IOException {
        Run run = Run.of("facts", "--date", "2026-03-23");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        Golden.assertMatches("facts-2026-03-23.json", run.out());
    }

    @Test
    void should_default_to_the_latest_date_in_the_price_files() {
        Run run = Run.of("facts");

        FactSheet sheet = FactSheetJson.read(run.out());
        assertThat(sheet.asOf()).hasToString("2026-10-05");
    }

    @Test
    void should_name_the_nearest_dates_and_exit_2_when_the_date_has_no_data() {
        Run run = Run.of("facts", "--date", "2026-03-22");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(
                "factline: no data on 2026-03-22 in fixtures/market; nearest dates with data: 2026-03-20, 2026-03-23\n");
    }

    @Test
    void should_exit_2_with_one_line_when_the_date_is_malformed() {
        Run run = Run.of("facts", "--date", "23/03/2026");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Invalid value for option '--date': '23/03/2026' is not a date (YYYY-MM-DD)");
    }

    @Test
    void should_print_nothing_on_stdout_and_exit_2_when_the_data_is_broken(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("instruments.csv"), "symbol,name,kind,sector,benchmark\nSPY,SPY,etf,,\n");
        Files.createDirectories(dir.resolve("prices"));
        Files.writeString(dir.resolve("prices/SPY.csv"), "date,close\n2026-03-20,abc\n");

        Run run = Run.of("facts", "--data", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("factline: " + dir.resolve("prices/SPY.csv") + ":2: close 'abc' is not a number\n");
    }

    @Test
    void should_write_the_sheet_to_the_out_file_and_nothing_to_stdout(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sheet.json");

        Run run = Run.of("facts", "--date", "2026-03-23", "--out", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(FactSheetJson.read(Files.readString(file)).facts()).hasSizeGreaterThan(100);
    }

    @Test
    void should_list_the_commands_when_asked_for_help() {
        Run run = Run.of("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("facts").contains("bench");
    }
}
