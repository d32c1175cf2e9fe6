package io.factline.validation;

import java.util.Set;

/**
 * Words that give an unsigned number its sign: "fell 1.33%" is -1.33%, "outperformed SPY by 1.11 pp"
 * is +1.11 pp. The lists (rose, gained, climbed, advanced, added, rallied, surged, jumped, up,
 * higher, outperformed, beat, led; fell, lost, declined, dropped, slipped, slid, sank, tumbled, down,
 * lower, underperformed, trailed, lagged) in all their forms, plus common synonyms and nouns ("a loss
 * of 1.2%", "a 0.5% gain").
 */
final class DirectionWords {

    static final Set<String> UP = Set.of(
            "rose", "rise", "rises", "rising", "risen", "gained", "gain", "gains", "gaining",
            "climbed", "climb", "climbs", "climbing", "advanced", "advance", "advances", "advancing",
            "added", "add", "adds", "adding", "rallied", "rally", "rallies", "rallying",
            "surged", "surge", "surges", "surging", "jumped", "jump", "jumps", "jumping", "up", "higher",
            "outperformed", "outperform", "outperforms", "outperforming", "outperformance",
            "beat", "beats", "beating", "led", "lead", "leads", "leading", "increased", "increase", "increases",
            "rebounded", "rebound", "rebounds", "recovered", "soared", "soar", "soars", "soaring", "spiked",
            "popped", "firmed", "strengthened", "ahead", "outpaced", "outpace", "outpaces", "outpacing",
            "topped", "exceeded", "grew", "positive", "upside", "advancers", "outperformer");
    static final Set<String> DOWN = Set.of(
            "fell", "fall", "falls", "falling", "fallen", "lost", "lose", "loses", "losing", "loss", "losses",
            "declined", "decline", "declines", "declining", "dropped", "drop", "drops", "dropping",
            "slipped", "slip", "slips", "slipping", "slid", "slide", "slides", "sliding",
            "sank", "sink", "sinks", "sinking", "sunk", "tumbled", "tumble", "tumbles", "tumbling", "down", "lower",
            "underperformed", "underperform", "underperforms", "underperforming", "underperformance",
            "trailed", "trail", "trails", "trailing", "lagged", "lag", "lags", "lagging",
            "decreased", "decrease", "decreases", "retreated", "retreat", "retreats", "eased", "ease", "eases",
            "easing", "shed", "sheds", "dipped", "dip", "dips", "plunged", "plunge", "plunges", "plummeted",
            "slumped", "slump", "slumps", "weakened", "behind", "negative", "downside", "selloff", "underperformer");

    private static final Set<String> GIVE = Set.of("gave", "give", "gives", "giving", "given");

    private DirectionWords() {
    }

    /** @return +1, -1, or 0 when {@code tokens[i]} is no direction word here */
    static int sign(Tokens tokens, int i, boolean[] inWindow) {
        if (!tokens.has(i, Lexicon.UP | Lexicon.DOWN)) return 0;
        String w = tokens.key(i);
        if (tokens.has(i, Lexicon.UP)) {
            if (w.equals("up") && i > 0 && GIVE.contains(tokens.key(i - 1))) return -1;   // "gave up 1.8%"
            return w.equals("leading") && nextIs(tokens, i, "indicator", "indicators") ? 0 : 1;
        }
        // "trailing 30-day return", "trailing twelve months": an adjective of the window, not a direction
        if (w.equals("trailing") && i + 1 < tokens.size()
                && (inWindow[i + 1] || tokens.is(i + 1, TokenType.NUMBER) || nextIs(tokens, i, "twelve", "year", "month", "one"))) {
            return 0;
        }
        return -1;
    }

    private static boolean nextIs(Tokens tokens, int i, String... words) {
        if (i + 1 >= tokens.size()) return false;
        for (String w : words) {
            if (tokens.isWord(i + 1, w)) return true;
        }
        return false;
    }
}
