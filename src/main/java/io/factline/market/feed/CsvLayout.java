package io.factline.market.feed;

import io.factline.market.Instrument;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Fetched bars as the files of a data directory that {@link io.factline.market.CsvMarketLoader} reads.
 * A price file has an {@code adj_close} column only when every bar has an adjusted close (the loader
 * requires the column to be filled in every row, and the metrics must not splice raw and adjusted
 * prices); blank cells are values the provider did not give.
 */
public final class CsvLayout {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private CsvLayout() {
    }

    /** {@code prices/SYMBOL.csv}: {@code date,open,high,low,close[,adj_close],volume}, oldest first. */
    public static String prices(Fetch f) {
        boolean adjusted = f.everyBarAdjusted();
        StringBuilder out = new StringBuilder(adjusted ? "date,open,high,low,close,adj_close,volume\n" : "date,open,high,low,close,volume\n");
        for (Bar b : f.bars()) {
            out.append(b.date()).append(',').append(number(b.open())).append(',').append(number(b.high())).append(',')
                    .append(number(b.low())).append(',').append(number(b.close())).append(',');
            if (adjusted) out.append(number(b.adjClose())).append(',');
            out.append(number(b.volume())).append('\n');
        }
        return out.toString();
    }

    /** {@code instruments.csv} listing {@code instruments} in the given order. */
    public static String instruments(List<Instrument> instruments) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, FORMAT)) {
            csv.printRecord("symbol", "name", "kind", "sector", "benchmark");
            for (Instrument i : instruments) {
                csv.printRecord(i.symbol(), i.name(), i.kind().wire(), i.sector() == null ? "" : i.sector(), i.benchmark());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /**
     * {@code provenance.csv}: where each price file came from and when ({@code symbol,provider,retrieved_at,price}),
     * which the price files themselves cannot say. The loader does not read it (yet); people and later tools can.
     */
    public static String provenance(List<Fetch> fetches) {
        StringBuilder out = new StringBuilder("symbol,provider,retrieved_at,price\n");
        for (Fetch f : fetches) {
            out.append(f.symbol()).append(',').append(f.provider()).append(',').append(f.retrievedAt()).append(',')
                    .append(f.everyBarAdjusted() ? "adj_close" : "close").append('\n');
        }
        return out.toString();
    }

    /** The shortest decimal that reads back as the same double, never in exponent form; blank for null. */
    static String number(Double v) {
        return v == null ? "" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
