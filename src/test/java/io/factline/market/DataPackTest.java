package io.factline.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory's own name and provider in reader words ({@code dataset.properties}), optional. */
class DataPackTest {

    @TempDir
    Path dir;

    @BeforeEach
    void writeData() throws IOException {
        Files.createDirectories(dir.resolve("prices"));
        Files.writeString(dir.resolve("instruments.csv"), "symbol,name,kind,sector,benchmark\nSPY,SPDR S&P 500 ETF Trust,etf,,\n");
        Files.writeString(dir.resolve("prices/SPY.csv"), "date,close\n2026-03-19,100.0\n2026-03-20,101.0\n");
    }

    @Test
    void should_say_the_pack_and_its_provider_when_the_directory_declares_them() throws IOException {
        Files.writeString(dir.resolve("dataset.properties"), "# comment\nname = S&P 500 data pack\nprovider = Yahoo Finance\n");

        MarketData data = new CsvMarketLoader().load(dir);

        assertThat(data.declared()).map(DataPack::said).hasValue("S&P 500 data pack (Yahoo Finance)");
    }

    @Test
    void should_declare_nothing_when_the_directory_has_no_dataset_file() {
        assertThat(new CsvMarketLoader().load(dir).declared()).isEmpty();
    }

    @Test
    void should_name_the_file_when_the_declaration_has_no_name() throws IOException {
        Files.writeString(dir.resolve("dataset.properties"), "provider=Yahoo Finance\n");

        assertThatThrownBy(() -> new CsvMarketLoader().load(dir)).isInstanceOf(DataError.class)
                .hasMessageContaining("dataset.properties").hasMessageContaining("name=");
    }

    @Test
    void should_declare_the_bundled_sp500_pack_as_yahoo_finance_data() {
        assertThat(new CsvMarketLoader().load(Path.of("fixtures/sp500")).declared())
                .hasValue(new DataPack("S&P 500 data pack", "Yahoo Finance"));
    }
}
