package io.factline.reader;

import io.factline.facts.Source;
import java.util.Locale;

/**
 * A source as readers are told about it: the data set (what the series is) and who provided it. A source
 * fetched from a provider is located "provider:SYMBOL"; one read from the desk's data files is located by
 * a file path, which readers never see: those are named as the desk's market data files. A source an
 * editor gave for a figure the sheet lacks (id "D1") is said as its title and URL or document.
 *
 * @param dataSet  "daily bars of SPY (SPDR S&P 500 ETF Trust)"
 * @param provider "Yahoo Finance", or "Factline's market data files" for files
 */
public record DataSet(String dataSet, String provider) {

    static final String FILES = "Factline's market data files";
    /** The provider of a figure an editor added: its title and location are said as given. */
    static final String DESK = "the desk";

    public static DataSet of(Source s) {
        String title = s.title() == null ? "" : s.title();
        String location = s.location() == null ? "" : s.location();
        if (s.id() != null && s.id().matches("D\\d+")) {   // an editor-sourced fact's: its title says "(added by the desk)"
            return new DataSet(location.isEmpty() ? title : title + ", " + location, DESK);
        }
        int colon = location.indexOf(':');
        boolean fromProvider = colon > 0 && !location.contains("/") && !location.contains("\\");
        if (!fromProvider) return new DataSet(capitalised(title), FILES);
        String provider = providerName(location.substring(0, colon));
        String fromWord = " from " + location.substring(0, colon);
        int at = title.indexOf(fromWord);
        String dataSet = at < 0 ? title : title.substring(0, at) + title.substring(at + fromWord.length());
        return new DataSet(capitalised(dataSet), provider);
    }

    /**
     * The same data set, with the data files named as the data directory names itself ("S&P 500 data pack
     * (Yahoo Finance)") instead of "Factline's market data files"; a provider's bars keep their provider.
     */
    public DataSet inPack(String pack) {
        return pack == null || pack.isBlank() || !FILES.equals(provider) ? this : new DataSet(dataSet, pack);
    }

    /**
     * "Daily bars of SPY (SPDR S&P 500 ETF Trust), from Factline's market data files"; an editor-sourced
     * figure's: "U.S. Treasury daily par yield curve (added by the desk), https://…".
     */
    public String said() {
        return DESK.equals(provider) ? dataSet : dataSet + ", from " + provider;
    }

    /**
     * The source as the public feed gives it: its title is what readers are told ({@link #said()}), with no location,
     * so no file path leaves the desk; an editor's source keeps its URL or document in that sentence.
     */
    public static Source forReaders(Source s) {
        return new Source(s.id(), of(s).said(), null);
    }

    private static String providerName(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "alphavantage" -> "Alpha Vantage";
            case "tiingo" -> "Tiingo";
            case "yahoo" -> "Yahoo Finance";
            default -> id;
        };
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
