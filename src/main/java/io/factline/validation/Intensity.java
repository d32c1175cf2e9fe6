package io.factline.validation;

import io.factline.facts.Window;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Direction words that state a size: "surged" is a big gain, "edged up" a small move, "plunged" a big
 * loss. A return they govern must lie in their band, in percent, by the window of the fact (wider for
 * longer windows, where moves are larger):
 * <pre>
 *                  1 day        30 sessions   252 sessions
 *   STRONG_UP      ≥ +2%        ≥ +2.5%       ≥ +5%       surged, soared, jumped, rocketed, spiked, skyrocketed, zoomed, leapt;
 *                                                        any rise "sharply" / "steeply"
 *   FAINT          |v| < 0.25%  |v| < 1.5%    |v| < 3%    edged, inched, ticked, crept, nudged
 *   STRONG_DOWN    ≤ −2%        ≤ −2.5%       ≤ −5%       plunged, tumbled, sank, plummeted, cratered, tanked, nosedived, collapsed;
 *                                                        any fall "sharply" / "steeply"
 * </pre>
 * The one-day bands are the template writer's, as issue 13 states them ("surged" from 2%, "edged up"
 * below 0.25%), so a writer following our prompt and the validator agree: "jumped 1.8%" fails. Longer
 * windows have wider bands because their moves are larger: "sank 2.7% over 30 sessions" stands.
 */
enum Intensity {
    STRONG_UP("surge", "soar", "jump", "rocket", "spike", "skyrocket", "zoom", "leap", "leapt", "leaped"),
    FAINT("edge", "inch", "tick", "creep", "crept", "nudge"),
    STRONG_DOWN("plunge", "tumble", "sink", "sank", "sunk", "plummet", "crater", "tank", "nosedive", "collapse");

    private final Set<String> words;

    Intensity(String... bases) {
        Set<String> all = new HashSet<>();
        for (String b : bases) {
            all.add(b);
            all.addAll(Inflections.of(b));
        }
        this.words = Set.copyOf(all);
    }

    /** Adverbs that make any direction word a big move: "rallied sharply", "fell steeply". */
    static final Set<String> SHARPLY = Set.of("sharply", "steeply", "dramatically", "massively");

    /**
     * The size the direction word states ("edged up": its first word; "rallied sharply": big, in the
     * direction {@code sign} of the word), or null for a word of no size.
     */
    static Intensity of(String directionWord, int sign) {
        if (directionWord == null) return null;
        String[] parts = directionWord.toLowerCase(Locale.ROOT).split(" ");
        if (parts.length == 2 && SHARPLY.contains(parts[1]) && sign != 0) return sign > 0 ? STRONG_UP : STRONG_DOWN;
        return of(directionWord);
    }

    /** The size the direction word states ("edged up": its first word), or null for a word of no size. */
    static Intensity of(String directionWord) {
        if (directionWord == null) return null;
        String first = directionWord.toLowerCase(Locale.ROOT).split(" ", 2)[0];
        for (Intensity i : values()) {
            if (i.words.contains(first)) return i;
        }
        return null;
    }

    /** Whether a return of {@code percent} over {@code window} is of this size. */
    boolean fits(double percent, Window window) {
        return switch (this) {
            case STRONG_UP -> percent >= strong(window);
            case FAINT -> Math.abs(percent) < faint(window);
            case STRONG_DOWN -> percent <= -strong(window);
        };
    }

    /** "a big gain (+2% or more on the day)", for the message. */
    String describe(Window window) {
        String period = window == Window.D1 ? "on the day" : "over " + window.phrase();
        return switch (this) {
            case STRONG_UP -> "a big gain (+" + shown(strong(window)) + "% or more " + period + ")";
            case FAINT -> "a small move (under " + shown(faint(window)) + "% either way " + period + ")";
            case STRONG_DOWN -> "a big loss (-" + shown(strong(window)) + "% or worse " + period + ")";
        };
    }

    /** Percent from which a move is big. */
    private static double strong(Window w) {
        return switch (w) {
            case D1 -> 2;
            case D5, D14, D30, MTD -> 2.5;
            case D50, D200, D252, YTD -> 5;
        };
    }

    /** Percent below which a move is small. */
    private static double faint(Window w) {
        return switch (w) {
            case D1 -> 0.25;
            case D5, D14, D30, MTD -> 1.5;
            case D50, D200, D252, YTD -> 3;
        };
    }

    private static String shown(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
