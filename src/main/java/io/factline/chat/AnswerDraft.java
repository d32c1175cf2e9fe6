package io.factline.chat;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.facts.Unavailable;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.narrative.SheetView;
import io.factline.narrative.Wording;
import io.factline.vocabulary.CompanyNames;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One offline answer in the making: the date's sheet, and the registry every fact used goes into, so the
 * text cites answer-local IDs and is validated against exactly those facts. The small wording helpers the
 * sentence builders share live here too.
 */
final class AnswerDraft {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final Pattern DIGITS_OUTSIDE_DATES = Pattern.compile("\\d");

    final LocalDate date;
    final FactSheet sheet;
    final SheetView view;
    private final FactRegistry registry;

    AnswerDraft(LocalDate date, FactSheet sheet, FactRegistry registry) {
        this.date = date;
        this.sheet = sheet;
        this.view = new SheetView(sheet);
        this.registry = registry;
    }

    /** The fact under its answer-local ID, registered on first use. */
    Optional<Fact> fact(String symbol, Metric metric, Window window) {
        return view.fact(symbol, metric, window).map(f -> registry.add(f, sheet));
    }

    Fact use(Fact f) {
        return registry.add(f, sheet);
    }

    String longDate() {
        return longDate(date);
    }

    static String longDate(LocalDate d) {
        return d.format(LONG);
    }

    /** "Energy (XLE)", "the S&P 500 (^GSPC)", "SPY". */
    String name(String symbol) {
        Instrument i = sheet.instrument(symbol).orElse(null);
        if (i == null) return symbol;
        if (i.kind() == io.factline.market.Kind.STOCK && i.name() != null && !i.name().isBlank()) {
            return CompanyNames.shortName(i.name()) + " (" + i.symbol() + ")";    // "Nvidia (NVDA)", not its sector
        }
        if (i.sector() != null) return Wording.name(i);
        return i.symbol().startsWith("^") ? "the " + i.name() + " (" + i.symbol() + ")" : i.symbol();
    }

    /** As {@link #name}, capitalised for the start of a sentence. */
    String sentenceName(String symbol) {
        String n = name(symbol);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /**
     * Why a figure is missing, in words the validator accepts: the sheet's reason when its only digits are
     * dates ("no bar on 2026-03-23; last bar 2026-02-23"), else a plain summary (a reason such as "volume
     * missing on 2026-03-19 and 17 earlier sessions" would put an unsupported number in the answer).
     */
    String reason(String symbol, Metric metric, Window window) {
        String why = sheet.unavailable().stream()
                .filter(u -> u.subject().equals(symbol) && u.metric() == metric && u.window() == window)
                .map(Unavailable::reason).findFirst()
                .orElseGet(() -> sheet.unavailable().stream().filter(u -> u.subject().equals(symbol))
                        .map(Unavailable::reason).findFirst().orElse("not computed for " + longDate()));
        registry.unavailable(new Unavailable(symbol, metric, window, null, why));
        return plain(why);
    }

    static String plain(String reason) {
        String withoutDates = reason.replaceAll("\\d{4}-\\d{2}-\\d{2}", "");
        if (!DIGITS_OUTSIDE_DATES.matcher(withoutDates).find() && !reason.contains("/") && !reason.contains(".csv")) {
            return reason;
        }
        if (reason.contains("volume missing")) return "volume is missing on some sessions of the window";
        if (reason.startsWith("no P/E")) return "no P/E quote on or before that date";
        return "the data for that window is incomplete";
    }
}
