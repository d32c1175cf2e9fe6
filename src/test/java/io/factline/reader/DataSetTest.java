package io.factline.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.Source;
import org.junit.jupiter.api.Test;

/** What readers are told about a source: the data set and the provider, never a file path. */
class DataSetTest {

    @Test
    void should_name_the_desks_data_files_and_not_the_path_when_a_series_was_read_from_a_file() {
        DataSet d = DataSet.of(new Source("S2", "daily bars of SPY (SPDR S&P 500 ETF Trust)", "fixtures/market/prices/SPY.csv"));

        assertThat(d.said()).isEqualTo("Daily bars of SPY (SPDR S&P 500 ETF Trust), from Factline's market data files")
                .doesNotContain("fixtures", ".csv");
    }

    @Test
    void should_name_the_provider_when_a_series_was_stored_from_one() {
        DataSet d = DataSet.of(new Source("S1", "daily bars of IWM from yahoo (adjusted close), stored, retrieved 2026-03-24T06:00:00Z; "
                + "latest revision of each day, none revised", "yahoo:IWM"));

        assertThat(d.provider()).isEqualTo("Yahoo Finance");
        assertThat(d.dataSet()).startsWith("Daily bars of IWM (adjusted close), stored, retrieved 2026-03-24T06:00:00Z");
    }

    @Test
    void should_keep_a_windows_style_path_out_of_what_readers_see() {
        DataSet d = DataSet.of(new Source("S1", "daily bars of XLK (Technology Select Sector SPDR Fund)", "C:\\data\\prices\\XLK.csv"));

        assertThat(d.said()).doesNotContain("C:", "XLK.csv").endsWith("from Factline's market data files");
    }

    @Test
    void should_say_an_editors_source_as_given_with_its_url_when_the_desk_added_the_figure() {
        DataSet d = DataSet.of(new Source("D1", "U.S. Treasury daily par yield curve (added by the desk)", "https://home.treasury.gov/daily-par"));

        assertThat(d.said()).isEqualTo("U.S. Treasury daily par yield curve (added by the desk), https://home.treasury.gov/daily-par");
    }

    @Test
    void should_name_the_data_pack_instead_of_the_desks_files_when_the_data_declares_one() {
        DataSet files = DataSet.of(new Source("S2", "daily bars of NVDA (Nvidia)", "fixtures/sp500/prices/NVDA.csv"));
        DataSet stored = DataSet.of(new Source("S1", "daily bars of IWM from yahoo", "yahoo:IWM"));

        assertThat(files.inPack("S&P 500 data pack (Yahoo Finance)").said())
                .isEqualTo("Daily bars of NVDA (Nvidia), from S&P 500 data pack (Yahoo Finance)");
        assertThat(stored.inPack("S&P 500 data pack (Yahoo Finance)").provider()).isEqualTo("Yahoo Finance");
        assertThat(files.inPack(null)).isEqualTo(files);
    }
}
