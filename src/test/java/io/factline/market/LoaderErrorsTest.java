package io.factline.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per load error the data-layout issue lists, plus the ones a user also meets. */
class LoaderErrorsTest {

    @TempDir
    Path dir;

    private final CsvMarketLoader loader = new CsvMarketLoader();

    @BeforeEach
    void writeValidData() throws IOException {
        write("instruments.csv", """
                symbol,name,kind,sector,benchmark
                SPY,SPDR S&P 500 ETF Trust,etf,,
                XLE,Energy Select Sector SPDR Fund,etf,Energy,SPY
                """);
        write("prices/SPY.csv", """
                date,open,high,low,close,adj_close,volume
                2026-03-19,1,1,1,100.0,99.0,1000
                2026-03-20,1,1,1,101.0,100.0,1100
                """);
        write("prices/XLE.csv", """
                date,open,high,low,close,adj_close,volume
                2026-03-20,,,,50.0,50.0,
                2026-03-19,1,1,1,49.0,49.0,900
                """);
    }

    @Test
    void should_load_and_sort_rows_when_the_data_is_valid() {
        MarketData data = loader.load(dir);

        PriceSeries xle = data.seriesOf("XLE");
        assertThat(xle.dates()).extracting(Object::toString).containsExactly("2026-03-19", "2026-03-20");
        assertThat(xle.hasVolume(1)).isFalse();
        assertThat(data.instrument("SPY").orElseThrow().benchmark()).isEqualTo("SPY");
    }

    @Test
    void should_name_the_file_when_a_listed_instrument_has_no_price_file() throws IOException {
        Files.delete(dir.resolve("prices/XLE.csv"));

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(DataError.class)
                .hasMessage(dir.resolve("prices/XLE.csv") + ": missing price file for XLE, listed in instruments.csv");
    }

    @Test
    void should_name_both_lines_when_a_date_is_duplicated() throws IOException {
        append("prices/SPY.csv", "2026-03-19,1,1,1,100.0,99.0,1000\n");

        assertThatThrownBy(() -> loader.load(dir))
                .hasMessage(dir.resolve("prices/SPY.csv") + ":4: duplicate date 2026-03-19 (also on line 2)");
    }

    @Test
    void should_name_the_line_when_a_date_does_not_parse() throws IOException {
        append("prices/SPY.csv", "2026-13-01,1,1,1,100.0,99.0,1000\n");

        assertThatThrownBy(() -> loader.load(dir))
                .hasMessage(dir.resolve("prices/SPY.csv") + ":4: date '2026-13-01' is not a date (YYYY-MM-DD)");
    }

    @Test
    void should_name_the_column_when_a_number_does_not_parse() throws IOException {
        append("prices/SPY.csv", "2026-03-23,1,1,1,100.0,99.0,12k\n");

        assertThatThrownBy(() -> loader.load(dir))
                .hasMessage(dir.resolve("prices/SPY.csv") + ":4: volume '12k' is not a number");
    }

    @Test
    void should_reject_a_blank_close() throws IOException {
        append("prices/SPY.csv", "2026-03-23,1,1,1,,99.0,1000\n");

        assertThatThrownBy(() -> loader.load(dir)).hasMessage(dir.resolve("prices/SPY.csv") + ":4: blank close");
    }

    @Test
    void should_reject_a_non_positive_close() throws IOException {
        append("prices/SPY.csv", "2026-03-23,1,1,1,0,99.0,1000\n");

        assertThatThrownBy(() -> loader.load(dir))
                .hasMessage(dir.resolve("prices/SPY.csv") + ":4: close must be positive, got 0");
    }

    @Test
    void should_reject_a_blank_adj_close_when_the_file_has_that_column() throws IOException {
        append("prices/SPY.csv", "2026-03-23,1,1,1,100.0,,1000\n");

        assertThatThrownBy(() -> loader.load(dir)).hasMessage(dir.resolve("prices/SPY.csv") + ":4: blank adj_close");
    }

    @Test
    void should_accept_a_file_without_the_adj_close_column_and_use_close() throws IOException {
        write("prices/SPY.csv", """
                date,open,high,low,close,volume
                2026-03-19,1,1,1,100.0,1000
                2026-03-20,1,1,1,101.0,1100
                """);

        PriceSeries spy = loader.load(dir).seriesOf("SPY");

        assertThat(spy.adjusted()).isFalse();
        assertThat(spy.price()).containsExactly(100.0, 101.0);
    }

    @Test
    void should_name_the_instruments_line_when_a_benchmark_is_unknown() throws IOException {
        write("instruments.csv", """
                symbol,name,kind,sector,benchmark
                SPY,SPDR S&P 500 ETF Trust,etf,,
                XLE,Energy Select Sector SPDR Fund,etf,Energy,QQQ
                """);

        assertThatThrownBy(() -> loader.load(dir))
                .hasMessage(dir.resolve("instruments.csv") + ":3: unknown benchmark symbol QQQ for XLE");
    }

    @Test
    void should_reject_an_unknown_kind() throws IOException {
        write("instruments.csv", """
                symbol,name,kind,sector,benchmark
                SPY,SPDR S&P 500 ETF Trust,fund,,
                """);

        assertThatThrownBy(() -> loader.load(dir))
                .hasMessage(dir.resolve("instruments.csv") + ":2: kind 'fund' is not one of index, etf, stock, rate");
    }

    @Test
    void should_name_the_line_when_a_row_has_too_few_cells() throws IOException {
        append("prices/SPY.csv", "2026-03-23,1,1,1,100.0\n");

        assertThatThrownBy(() -> loader.load(dir))
                .hasMessage(dir.resolve("prices/SPY.csv") + ":4: has 5 cells, the header has 7");
    }

    @Test
    void should_name_the_missing_column_when_the_header_lacks_close() throws IOException {
        write("prices/SPY.csv", "date,open,high,low,adj_close,volume\n2026-03-19,1,1,1,99.0,1000\n");

        assertThatThrownBy(() -> loader.load(dir))
                .hasMessage(dir.resolve("prices/SPY.csv") + ":1: missing column 'close' in the header");
    }

    @Test
    void should_report_a_missing_instruments_file() throws IOException {
        Files.delete(dir.resolve("instruments.csv"));

        assertThatThrownBy(() -> loader.load(dir)).hasMessage(dir.resolve("instruments.csv") + ": missing");
    }

    @Test
    void should_reject_a_fundamentals_row_for_an_unknown_symbol() throws IOException {
        write("fundamentals.csv", "symbol,date,pe_ratio,source\nQQQ,2026-03-20,30.1,a quote\n");

        assertThatThrownBy(() -> loader.load(dir))
                .hasMessage(dir.resolve("fundamentals.csv") + ":2: unknown symbol QQQ (not in instruments.csv)");
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private void append(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), Files.readString(dir.resolve(name)) + text);
    }
}
