package io.factline.facts.quality;

import io.factline.market.CsvMarketLoader;
import io.factline.market.MarketData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** A small data directory written as files, loaded by the real loader. Dates are weekdays from 2025-03-03. */
final class DataDir {

    private final Path dir;
    private final StringBuilder instruments = new StringBuilder("symbol,name,kind,sector,benchmark\n");

    DataDir(Path dir) {
        this.dir = dir;
        write("prices/.keep", "");
    }

    static LocalDate day(int i) {
        LocalDate d = LocalDate.of(2025, 3, 3);
        for (int n = 0; n < i; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) n++;
        }
        return d;
    }

    /** An instrument whose price file is {@code header} and then {@code rows}, one per line. */
    DataDir instrument(String symbol, String kind, String benchmark, String header, String... rows) {
        instruments.append(symbol).append(',').append(symbol).append(" Inc,").append(kind).append(",,").append(benchmark).append('\n');
        write("prices/" + symbol + ".csv", header + "\n" + String.join("\n", rows) + "\n");
        return this;
    }

    DataDir file(String name, String text) {
        write(name, text);
        return this;
    }

    MarketData load() {
        write("instruments.csv", instruments.toString());
        return new CsvMarketLoader().load(dir);
    }

    private void write(String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
