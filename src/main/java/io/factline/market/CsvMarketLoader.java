package io.factline.market;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a data directory: {@code instruments.csv}, {@code prices/SYMBOL.csv} per instrument and an
 * optional {@code fundamentals.csv}. Any defect a user must fix stops the load with a {@link DataError}
 * naming file, line and problem; defects the metrics handle (gaps, blank volume, stale series) load.
 * Price files are parsed in parallel: they are independent and dominate the cost.
 */
public final class CsvMarketLoader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    public MarketData load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw DataError.in(dir.toString(), "not a data directory");
        }
        List<Instrument> instruments = readInstruments(dir.resolve("instruments.csv"));
        Map<String, PriceSeries> loaded = new ConcurrentHashMap<>();
        instruments.parallelStream().forEach(i -> loaded.put(i.symbol(), readPrices(dir, i)));
        Map<String, PriceSeries> ordered = new LinkedHashMap<>();
        instruments.forEach(i -> ordered.put(i.symbol(), loaded.get(i.symbol())));
        return withExtras(dir, instruments, ordered);
    }

    /** Only {@code instruments.csv} of a data directory, checked as {@link #load} checks it. */
    /**
     * A data set whose bars come from elsewhere (the database): the instruments and P/E quotes of
     * {@code dir}, with the given series, one per instrument.
     */
    public MarketData withSeries(Path dir, java.util.function.Function<Instrument, PriceSeries> series) {
        List<Instrument> instruments = instruments(dir);
        Map<String, PriceSeries> ordered = new LinkedHashMap<>();
        instruments.forEach(i -> ordered.put(i.symbol(), series.apply(i)));
        return withExtras(dir, instruments, ordered);
    }

    /**
     * The P/E quotes of {@code fundamentals.csv}, the dividends of {@code dividends.csv} and the directory's
     * {@link DataPack} declaration, all optional.
     */
    private static MarketData withExtras(Path dir, List<Instrument> instruments, Map<String, PriceSeries> series) {
        Path fundamentals = dir.resolve("fundamentals.csv");
        Path dividends = dir.resolve("dividends.csv");
        List<Dividend> paid = Files.exists(dividends) ? readDividends(dividends, series.keySet()) : List.of();
        DataPack pack = DataPack.read(dir).orElse(null);
        if (!Files.exists(fundamentals)) return new MarketData(instruments, series, List.of(), null, paid, pack);
        return new MarketData(instruments, series, readFundamentals(fundamentals, series.keySet()), fundamentals.toString(),
                paid, pack);
    }

    public List<Instrument> instruments(Path dir) {
        return readInstruments(dir.resolve("instruments.csv"));
    }

    private static List<Instrument> readInstruments(Path file) {
        String name = file.toString();
        List<Instrument> out = new ArrayList<>();
        Map<String, Long> lineOfSymbol = new HashMap<>();
        Map<String, Long> benchmarkLine = new LinkedHashMap<>();
        try (CSVParser csv = open(file)) {
            requireColumns(csv, name, "symbol", "name", "kind", "sector", "benchmark");
            for (CSVRecord r : csv) {
                long line = lineOf(r, name);
                String symbol = r.get("symbol");
                if (symbol.isEmpty()) throw DataError.at(name, line, "blank symbol");
                if (!symbol.matches("[A-Za-z0-9^.\\-=_]+")) {
                    throw DataError.at(name, line, "symbol '" + symbol + "' has characters a file name cannot carry");
                }
                Long first = lineOfSymbol.putIfAbsent(symbol, line);
                if (first != null) throw DataError.at(name, line, "duplicate symbol " + symbol + " (also on line " + first + ")");
                Kind kind = Kind.parse(r.get("kind"));
                if (kind == null) {
                    throw DataError.at(name, line, "kind '" + r.get("kind") + "' is not one of index, etf, stock, rate");
                }
                String sector = r.get("sector").isEmpty() ? null : r.get("sector");
                String benchmark = r.get("benchmark").isEmpty() ? symbol : r.get("benchmark");
                benchmarkLine.putIfAbsent(symbol, line);
                out.add(new Instrument(symbol, r.get("name"), kind, sector, benchmark));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ioError(name, e);
        }
        if (out.isEmpty()) throw DataError.in(name, "lists no instruments");
        for (Instrument i : out) {
            if (!lineOfSymbol.containsKey(i.benchmark())) {
                throw DataError.at(name, benchmarkLine.get(i.symbol()),
                        "unknown benchmark symbol " + i.benchmark() + " for " + i.symbol());
            }
        }
        return List.copyOf(out);
    }

    private static PriceSeries readPrices(Path dir, Instrument instrument) {
        Path file = dir.resolve("prices").resolve(instrument.symbol() + ".csv");
        String name = file.toString();
        List<Row> rows = new ArrayList<>();
        boolean adjusted;
        try (CSVParser csv = open(file)) {
            requireColumns(csv, name, "date", "close");
            Map<String, Integer> header = csv.getHeaderMap();
            adjusted = header.containsKey("adj_close");
            boolean hasVolume = header.containsKey("volume");
            boolean hasOpen = header.containsKey("open"), hasHigh = header.containsKey("high"), hasLow = header.containsKey("low");
            Map<LocalDate, Long> seen = new HashMap<>();
            for (CSVRecord r : csv) {
                long line = lineOf(r, name);
                LocalDate date = date(r.get("date"), name, line);
                Long before = seen.putIfAbsent(date, line);
                if (before != null) throw DataError.at(name, line, "duplicate date " + date + " (also on line " + before + ")");
                double close = positive(r.get("close"), "close", name, line);
                double price = adjusted ? positive(r.get("adj_close"), "adj_close", name, line) : close;
                double open = hasOpen ? optionalNumber(r.get("open"), "open", name, line) : Double.NaN;
                double high = hasHigh ? optionalNumber(r.get("high"), "high", name, line) : Double.NaN;
                double low = hasLow ? optionalNumber(r.get("low"), "low", name, line) : Double.NaN;
                double volume = hasVolume ? optionalNumber(r.get("volume"), "volume", name, line) : Double.NaN;
                if (volume < 0) throw DataError.at(name, line, "volume is negative: " + r.get("volume"));
                rows.add(new Row(date, close, price, volume, open, high, low));
            }
        } catch (NoSuchFileException e) {
            throw DataError.in(name, "missing price file for " + instrument.symbol() + ", listed in instruments.csv");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ioError(name, e);
        }
        if (rows.isEmpty()) throw DataError.in(name, "has no price rows");
        rows.sort((a, b) -> a.date.compareTo(b.date));
        int n = rows.size();
        LocalDate[] dates = new LocalDate[n];
        double[] close = new double[n], price = new double[n], volume = new double[n];
        double[] open = new double[n], high = new double[n], low = new double[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            dates[i] = r.date;
            close[i] = r.close;
            price[i] = r.price;
            volume[i] = r.volume;
            open[i] = r.open;
            high[i] = r.high;
            low[i] = r.low;
        }
        SeriesOrigin origin = new SeriesOrigin("daily bars of " + instrument.symbol() + " (" + instrument.name() + ")", name);
        return new PriceSeries(instrument.symbol(), origin, adjusted, dates, close, price, volume, open, high, low);
    }

    private static List<Fundamental> readFundamentals(Path file, Set<String> symbols) {
        String name = file.toString();
        List<Fundamental> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser csv = open(file)) {
            requireColumns(csv, name, "symbol", "date", "pe_ratio", "source");
            for (CSVRecord r : csv) {
                long line = lineOf(r, name);
                String symbol = r.get("symbol");
                if (!symbols.contains(symbol)) throw DataError.at(name, line, "unknown symbol " + symbol + " (not in instruments.csv)");
                LocalDate date = date(r.get("date"), name, line);
                if (!seen.add(symbol + "@" + date)) throw DataError.at(name, line, "duplicate P/E for " + symbol + " on " + date);
                String pe = r.get("pe_ratio");
                if (pe.isEmpty()) throw DataError.at(name, line, "blank pe_ratio");
                out.add(new Fundamental(symbol, date, number(pe, "pe_ratio", name, line), r.get("source")));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ioError(name, e);
        }
        return List.copyOf(out);
    }

    /** {@code symbol,ex_date,dividend}; other columns (provenance) are ignored. */
    private static List<Dividend> readDividends(Path file, Set<String> symbols) {
        String name = file.toString();
        List<Dividend> out = new ArrayList<>();
        try (CSVParser csv = open(file)) {
            requireColumns(csv, name, "symbol", "ex_date", "dividend");
            for (CSVRecord r : csv) {
                long line = lineOf(r, name);
                String symbol = r.get("symbol");
                if (!symbols.contains(symbol)) throw DataError.at(name, line, "unknown symbol " + symbol + " (not in instruments.csv)");
                out.add(new Dividend(symbol, date(r.get("ex_date"), name, line), positive(r.get("dividend"), "dividend", name, line)));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ioError(name, e);
        }
        return List.copyOf(out);
    }

    private static CSVParser open(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static void requireColumns(CSVParser csv, String file, String... columns) {
        Map<String, Integer> header = csv.getHeaderMap();
        for (String c : columns) {
            if (header == null || !header.containsKey(c)) throw DataError.at(file, 1, "missing column '" + c + "' in the header");
        }
    }

    /** The header is line 1 and the files have no multi-line cells, so record n sits on line n + 1. */
    private static long lineOf(CSVRecord r, String file) {
        long line = r.getRecordNumber() + 1;
        int width = r.getParser().getHeaderNames().size();
        if (r.size() != width) throw DataError.at(file, line, "has " + r.size() + " cells, the header has " + width);
        return line;
    }

    private static LocalDate date(String text, String file, long line) {
        LocalDate quick = isoDate(text);
        if (quick != null) return quick;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DataError.at(file, line, "date '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /**
     * YYYY-MM-DD read digit by digit: the price files hold ~220,000 dates on the S&P 500 pack and
     * {@link LocalDate#parse} is the loader's largest cost after the numbers (issue 15). Anything else,
     * including an impossible day, goes to {@code LocalDate.parse} for its error.
     */
    private static LocalDate isoDate(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') return null;
        int y = digits(t, 0, 4), m = digits(t, 5, 7), d = digits(t, 8, 10);
        if (y < 0 || m < 0 || d < 0) return null;
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;   // an impossible date: LocalDate.parse words the error
        }
    }

    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static double positive(String text, String column, String file, long line) {
        if (text.isEmpty()) throw DataError.at(file, line, "blank " + column);
        double v = number(text, column, file, line);
        if (!(v > 0)) throw DataError.at(file, line, column + " must be positive, got " + text);
        return v;
    }

    private static double optionalNumber(String text, String column, String file, long line) {
        return text.isEmpty() ? Double.NaN : number(text, column, file, line);
    }

    private static double number(String text, String column, String file, long line) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException ignored) {
            // reported below with the column and line
        }
        throw DataError.at(file, line, column + " '" + text + "' is not a number");
    }

    private static DataError ioError(String file, Exception e) {
        if (e instanceof NoSuchFileException) return DataError.in(file, "missing");
        return DataError.in(file, "cannot be read as CSV: " + e.getMessage());
    }

    private record Row(LocalDate date, double close, double price, double volume, double open, double high, double low) {
    }
}
