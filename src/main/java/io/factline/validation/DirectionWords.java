package io.factline.validation;

import java.util.HashSet;
import java.util.Set;

/**
 * Words that give an unsigned number its sign: "fell 1.33%" is -1.33%, "outperformed SPY by 1.11 pp"
 * is +1.11 pp. Verbs are listed once as their base and past forms and every inflection is derived
 * ("plunge" → plunges, plunged, plunging); nouns and adverbs are listed as they are. A few market
 * phrasings take the word before them into account: "gave up", "gave back", "pulled back", "sold off",
 * "was off", "in the red", "in the green", "tacked on".
 */
final class DirectionWords {

    /** Regular verbs by base form; irregular past forms are listed beside them. */
    private static final String[] UP_VERBS = {"rise", "rose", "risen", "gain", "climb", "advance", "add", "rally",
            "surge", "jump", "outperform", "beat", "lead", "led", "increase", "rebound", "recover", "soar", "spike",
            "pop", "firm", "strengthen", "outpace", "top", "exceed", "grow", "grew", "grown", "bounce", "improve",
            "lift", "rocket", "leap", "leapt", "notch", "tick", "edge", "climb", "power", "push", "extend", "outrun",
            "outstrip", "zoom", "rip", "run", "ran", "inch", "tack", "beaten", "leaped", "skyrocket", "creep", "crept", "nudge"};
    private static final String[] UP_WORDS = {"up", "higher", "ahead", "positive", "upside", "advancers",
            "outperformance", "outperformer", "firmer", "stronger", "better", "green", "upward", "upwards", "gainer",
            "gainers", "rallies", "uptick", "gains", "advantage"};
    private static final String[] DOWN_VERBS = {"fall", "fell", "fallen", "lose", "lost", "decline", "drop", "slip",
            "slide", "slid", "sink", "sank", "sunk", "tumble", "underperform", "trail", "lag", "decrease", "retreat",
            "ease", "shed", "dip", "plunge", "plummet", "slump", "weaken", "sag", "skid", "pare", "erase", "surrender",
            "dive", "dove", "crater", "tank", "sell", "sold", "fade", "soften", "stumble", "slip", "give", "gave",
            "given", "shrink", "shrank", "contract", "crumble", "collapse", "nosedive", "wobble", "slacken", "trim",
            "undershoot", "deteriorate", "pull", "backtrack", "retrench", "stall"};
    private static final String[] DOWN_WORDS = {"down", "lower", "behind", "negative", "downside", "selloff",
            "sell-off", "underperformer", "underperformance", "loss", "losses", "weaker", "worse", "red", "downward",
            "downwards", "decliner", "decliners", "laggard", "laggards", "downtick", "off", "softer", "shortfall", "deficit"};
    /** Verbs that only give a direction with the particle after them ("gave back"), not alone ("gave a sign"). */
    private static final Set<String> NEEDS_PARTICLE = Set.of("give", "gives", "gave", "given", "giving", "sell",
            "sells", "sold", "selling", "tick", "ticks", "ticked", "ticking", "edge", "edges", "edged", "edging", "push",
            "pushes", "pushed", "pushing", "power", "powers", "powered", "powering", "run", "runs", "ran", "running",
            "rip", "rips", "ripped", "ripping", "inch", "inches", "inched", "inching", "tack", "tacks", "tacked",
            "tacking", "pull", "pulls", "pulled", "pulling", "extend", "extends", "extended", "extending", "top", "tops", "topped",
            "topping", "lead", "leads", "led", "leading", "trim", "trims", "trimmed", "trimming", "creep", "creeps", "crept",
            "creeping", "nudge", "nudges", "nudged", "nudging");

    static final Set<String> UP = inflected(UP_VERBS, UP_WORDS);
    static final Set<String> DOWN = inflected(DOWN_VERBS, DOWN_WORDS);

    private static final Set<String> BE = Set.of("is", "was", "are", "were", "be", "been", "being", "ended", "closed",
            "finished", "trading", "traded", "trades", "sat", "sits", "stood", "stands", "settled", "also", "still",
            "now", "slightly", "just");
    private static final Set<String> UP_PARTICLES = Set.of("up", "higher", "on", "ahead", "forward", "past");
    private static final Set<String> DOWN_PARTICLES = Set.of("back", "off", "down", "lower", "up", "away");

    private DirectionWords() {
    }

    /** @return +1, -1, or 0 when {@code tokens[i]} is no direction word here */
    static int sign(Tokens tokens, int i, boolean[] inWindow) {
        if (!tokens.has(i, Lexicon.UP | Lexicon.DOWN)) return 0;
        String w = tokens.key(i);
        String before = i > 0 && tokens.is(i - 1, TokenType.WORD) ? tokens.key(i - 1) : "";
        String after = i + 1 < tokens.size() && tokens.is(i + 1, TokenType.WORD) ? tokens.key(i + 1) : "";
        if (NEEDS_PARTICLE.contains(w)) return particle(w, after);
        if (NEEDS_PARTICLE.contains(before)) {
            int p = particle(before, w);
            if (p != 0) return p;                                 // "gave up", "sold off", "ticked up": the verb's
        }
        if (w.equals("red") || w.equals("green")) {
            // "in the red", "closed green": a colour only after a preposition, article or closing verb
            if (!(before.equals("the") || before.equals("in") || BE.contains(before))) return 0;
            return w.equals("green") ? 1 : -1;
        }
        if (w.equals("off")) {
            // "was off 0.4%", "pulled off"; not "kicked off", "off the lows"
            boolean pulled = before.equals("pulled") || before.equals("backed") || before.equals("came");
            boolean figure = i + 1 < tokens.size() && tokens.is(i + 1, TokenType.NUMBER);   // "XLY off 0.92%"
            return BE.contains(before) || pulled || figure ? -1 : 0;
        }
        if (w.equals("back")) return 0;
        // "held up relatively well": resilience against the market, not a rise (both may have fallen)
        if (w.equals("up") && (before.equals("held") || before.equals("holding") || before.equals("hold") || before.equals("holds"))) return 0;
        // "XLK's is higher at 2.49%": a comparison of levels, not a move
        if ((w.equals("higher") || w.equals("lower")) && after.equals("at")) return 0;
        // "utilities close behind at 8.62%", "staples trail at 1.21%": a place in the table, not the move's sign
        if ((w.equals("behind") || w.startsWith("trail") || w.startsWith("lag")) && after.equals("at")) return 0;
        if (w.equals("leading") && (after.equals("indicator") || after.equals("indicators"))) return 0;
        if (tokens.has(i, Lexicon.UP)) return 1;
        // "trailing 30-day return", "trailing twelve months": an adjective of the window, not a direction
        if (w.equals("trailing") && i + 1 < tokens.size()
                && (inWindow[i + 1] || tokens.is(i + 1, TokenType.NUMBER) || Set.of("twelve", "year", "month", "one",
                "week", "basis").contains(after))) {
            return 0;
        }
        return -1;
    }

    /** "gave back" down, "ticked up" up, "sold off" down, "topped" up; 0 when the particle gives none. */
    private static int particle(String verb, String next) {
        if (verb.startsWith("giv") || verb.startsWith("gave")) {
            return next.equals("back") || next.equals("up") || next.equals("away") ? -1 : 0;
        }
        if (verb.startsWith("sel") || verb.startsWith("sold")) return DOWN_PARTICLES.contains(next) ? -1 : 0;
        if (verb.startsWith("trim")) return -1;
        if (verb.startsWith("top") || verb.startsWith("lead") || verb.equals("led")) return 1;
        if (UP_PARTICLES.contains(next)) return 1;
        if (next.equals("down") || next.equals("lower") || next.equals("back")) return -1;
        return 0;
    }

    private static Set<String> inflected(String[] verbs, String[] words) {
        Set<String> all = new HashSet<>(Set.of(words));
        for (String v : verbs) {
            all.add(v);
            all.addAll(Inflections.of(v));
        }
        return Set.copyOf(all);
    }
}
