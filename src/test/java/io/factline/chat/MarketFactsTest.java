package io.factline.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.SheetSource;
import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.market.CsvMarketLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat's view of the data follows the desk's reload, as the scheduled run's sync triggers it. */
class MarketFactsTest {

    @TempDir
    Path dir;

    private void write(String... closes) throws IOException {
        Files.createDirectories(dir.resolve("prices"));
        Files.writeString(dir.resolve("instruments.csv"), "symbol,name,kind,sector,benchmark\nSPY,SPDR S&P 500 ETF Trust,etf,,\n");
        StringBuilder csv = new StringBuilder("date,open,high,low,close,adj_close,volume\n");
        LocalDate day = LocalDate.parse("2026-03-02");
        for (String close : closes) {
            csv.append(day).append(",,,,").append(close).append(',').append(close).append(",1000\n");
            day = day.plusDays(1);
        }
        Files.writeString(dir.resolve("prices/SPY.csv"), csv);
    }

    @Test
    void should_answer_from_the_new_data_when_the_desk_reloads_it() throws IOException {
        // given the chat's facts over the desk's source, and a sheet already asked for (so cached)
        write("100", "101", "102");
        SheetSource source = new SheetSource(dir, new CsvMarketLoader(), new FactEngine());
        MarketFacts facts = new MarketFacts(source::market, new FactEngine(), 4);
        LocalDate march4 = LocalDate.parse("2026-03-04");
        assertThat(facts.latest()).contains(march4);
        assertThat(close(facts.sheet(march4))).isEqualTo(102.0);

        // when the files change (a day added, the last close corrected) and the source reloads
        write("100", "101", "103", "104");
        source.reload();

        // then the chat sees the new latest date, and the sheet it had cached is computed again
        assertThat(facts.latest()).contains(LocalDate.parse("2026-03-05"));
        assertThat(close(facts.sheet(march4))).isEqualTo(103.0);
        assertThat(facts.hasData(LocalDate.parse("2026-03-05"))).isTrue();
    }

    @Test
    void should_keep_its_cached_sheets_when_the_data_has_not_changed() throws IOException {
        // given fixed data
        write("100", "101", "102");
        MarketFacts facts = new MarketFacts(new CsvMarketLoader().load(dir), new FactEngine(), 4);
        LocalDate march4 = LocalDate.parse("2026-03-04");

        // when the same date is asked for twice
        FactSheet first = facts.sheet(march4);
        FactSheet second = facts.sheet(march4);

        // then it is computed once
        assertThat(second).isSameAs(first);
    }

    private static double close(FactSheet sheet) {
        return sheet.find("SPY", Metric.CLOSE, null).orElseThrow().number();
    }
}
