package io.factline.validation;

import java.util.List;
import java.util.Set;

/**
 * Reads the {@link ClaimContext} of each claim: its instrument ({@link SubjectResolver}), its window
 * ({@link WindowResolver}), the direction word that governs it and the words that name its measure
 * ({@link MetricWords}), all within its reach ({@link Reaches}). A number that continues a list of
 * figures ("fell 7.28% [F69], 5.58% [F97] and 2.84% [F79]") shares the list's direction, measure and
 * window when it has none of its own.
 */
final class ContextReader {

    /** Words that set a figure against what comes before it: the direction before them is not its own. */
    private static final Set<String> CONTRASTS = Set.of("versus", "vs", "while", "whereas", "against", "compared", "but");

    /** Words after a figure that start another phrase: "rose 1.15% [F2] to close at 6,581.00". */
    private static final Set<String> NEW_PHRASE = Set.of("to", "while", "as", "after", "before", "but", "with", "then");

    static final Set<String> LIST_WORDS = Set.of("and", "or", "by", "the", "for", "in", "respectively");

    /** A direction word: its sign (+1/-1) and token. */
    private record Direction(int sign, int token) {
        static final Direction NONE = new Direction(0, -1);
    }

    private final Reaches reaches;
    private final TextLayout layout;
    private final SubjectResolver subjects;
    private final WindowResolver windows;
    /** Direction sign of every token (0 for none, and for words inside a name), read once. */
    private final int[] directionAt;
    private final Tokens tokens;
    private final FigureLists lists;
    private final Comparisons comparisons;
    private final boolean[] inWindow;
    /** The text's names, in text order. */
    private final List<Mention> mentions;
    /** The sheet's sector funds, which "its stocks" may point back at. */
    private final Set<String> sectorFunds;

    ContextReader(Text t, Reaches reaches, PreparedSheet sheet) {
        this.tokens = t.tokens();
        this.layout = t.layout();
        this.reaches = reaches;
        this.lists = new FigureLists(tokens, layout, reaches, t.inName(), t.inWindow());
        this.mentions = t.mentions();
        this.sectorFunds = sheet.sectorSymbols();
        this.subjects = new SubjectResolver(tokens, layout, reaches, t.mentions(), lists, sheet.indexSymbols(), sheet.sectorSymbols());
        this.windows = new WindowResolver(tokens, layout, reaches, t.windows());
        this.comparisons = new Comparisons(tokens);
        this.inWindow = t.inWindow();
        directionAt = new int[tokens.size()];
        for (int i = 0; i < directionAt.length; i++) {
            if (!subjects.isName(i)) directionAt[i] = DirectionWords.sign(tokens, i, inWindow);
        }
    }

    ClaimContext read(Written w) {
        Reaches.Reach r = reaches.of(w.first(), w.last());
        SubjectResolver.Subject s = subjects.resolve(w, r);
        WindowPhrase window = windows.resolve(w, r);
        Direction counted = countVerb(w);                          // "68 rose [F1] and 428 fell [F2]": each count's own verb
        Direction strict = counted != null ? counted : direction(w.first(), w.last(), r, true);
        Direction across = counted != null ? counted : direction(w.first(), w.last(), r, false);
        MetricWords.Cue metric = metric(w.first(), w.last(), r);
        // a list item without words of its own takes them from the nearest item before it that has them
        for (int[] item = lists.previous(w.first()); item != null && (strict.sign() == 0 && across.sign() == 0 || metric == null);
                item = lists.previous(item[0])) {
            Reaches.Reach ir = reaches.of(item[0], item[1]);
            if (strict.sign() == 0 && across.sign() == 0) {
                strict = direction(item[0], item[1], ir, false);
                across = strict;
            }
            if (metric == null) metric = metric(item[0], item[1], ir);
        }
        int[] compared = reaches.numberBefore(w.first());          // "a decline of 3.15% [F37] compares with 0.97% for SPY"
        if (compared != null && layout.sentenceOf(compared[0]) == layout.sentenceOf(w.first())
                && (comparisons.contrastBefore(compared[1], w.first()) || comparedAcross(compared[1], w.first()))) {
            Reaches.Reach cr = reaches.of(compared[0], compared[1]);
            if (strict.sign() == 0 && across.sign() == 0) {
                strict = direction(compared[0], compared[1], cr, true);
                across = strict;
            }
            if (metric == null) metric = metric(compared[0], compared[1], cr);
        }
        int[] head = listHead(w.first());
        int[] governing = head == null ? null : governingClause(head[0]);
        if (governing != null) {                                   // "XLV, XLP and XLU all slipped on Thursday, by 0.81%, …"
            if (strict.sign() == 0 && across.sign() == 0) {
                Reaches.Reach gr = new Reaches.Reach(governing[0], governing[1], -1, -1);
                strict = direction(governing[1], governing[1] - 1, gr, false);
                across = strict;
            }
            if (metric == null) metric = nearestCue(governing[1], governing[1] - 1, governing[0], governing[1]);
        }
        if (metric != null && !metric.strong() && w instanceof Figure f
                && (f.unit() == WrittenUnit.SHARES || f.unit() == WrittenUnit.X)) {
            metric = null;                                         // "fell 1.64% on 33.30 million shares": a count is no move
        }
        if (metric == null) metric = tableHeader(w.first());       // "| ETF | Volume | 30-day avg |"
        boolean level = w.first() > 0 && (tokens.isWord(w.first() - 1, "at") || tokens.isWord(w.first() - 1, "to"));
        if (metric == null && !level) {
            int[] opening = reaches.opening(w.first());
            MetricWords.Cue o = opening == null ? null : nearestCue(opening[1], opening[1], opening[0], opening[1]);
            if (o != null && o.strong()) metric = o;                // "This was no quiet slide either: …" names no measure
        }
        if (metric == null && w instanceof Figure f) metric = MetricWords.fromForm(f);
        int clause = layout.clauseOf(w.first());
        boolean inClause = s.primary() != null && s.primary().first() >= layout.clauseStart(clause)
                && s.primary().last() < layout.clauseEnd(clause);
        return new ClaimContext(s.primary(), s.appositive(), s.mentions(), strict.sign(), word(strict.token()), strict.token(),
                across.sign(), word(across.token()), across.token(), window, metric, inClause, own(strict.token(), w.first()),
                members(w.first()), groupTotal(w), ofName(w), ofMembers(w));
    }

    /**
     * The verb right after a count of stocks ("68 rose", "428 stocks fell [F2]", "68 [F1] advanced"): a whole
     * number without a unit, then markers or a member noun, then a direction word; null for any other figure.
     */
    private Direction countVerb(Written w) {
        if (!(w instanceof Figure f) || f.unit() != WrittenUnit.BARE || !tokens.is(w.first(), TokenType.NUMBER)
                || !tokens.number(w.first()).isInteger()) {
            return null;
        }
        int k = w.last() + 1;
        // "68 [F1] S&P 500 members fell", "20 of the sector's members dropped": markers, member nouns and names between
        while (k < tokens.size() && (tokens.is(k, TokenType.MARKER) || tokens.is(k, TokenType.WORD) && MemberFigures.WORDS.contains(tokens.key(k))
                || subjects.isName(k) || inWindow[k] || tokens.isWord(k, "of") || tokens.isWord(k, "the") || tokens.isWord(k, "sector")
                || tokens.isWord(k, "its") || tokens.isWord(k, "their"))) {
            k++;
        }
        return k < tokens.size() && directionAt[k] != 0 && members(w.first()) ? new Direction(directionAt[k], k) : null;
    }

    /** The token after the figure's "of (the|its|their|the sector's)", skipping its marker; -1 when no "of" follows. */
    private int afterOf(Written w) {
        int k = w.last() + 1;
        while (k < tokens.size() && tokens.is(k, TokenType.MARKER)) k++;
        if (k >= tokens.size() || !tokens.isWord(k, "of")) return -1;
        k++;
        while (k < tokens.size() && (tokens.isWord(k, "the") || tokens.isWord(k, "its") || tokens.isWord(k, "their")
                || tokens.isWord(k, "sector") || tokens.isWord(k, "index"))) {
            k++;
        }
        return k < tokens.size() ? k : -1;
    }

    private Mention ofName(Written w) {
        int k = afterOf(w);
        if (k < 0) return null;
        if (subjects.isName(k) && !(tokens.is(k, TokenType.WORD) && MemberFigures.WORDS.contains(tokens.key(k)))) {
            for (Mention m : mentions) {
                if (m.first() == k && m.isInstrument()) return m;
            }
            return null;
        }
        // "Energy was one-way traffic: all 21 [F1] of its stocks rose": "its" is the sector named before in the sentence
        boolean pointsBack = tokens.isWord(k - 1, "its") || tokens.isWord(k - 1, "their") || tokens.isWord(k - 1, "sector");
        if (!pointsBack || !tokens.is(k, TokenType.WORD) || !MemberFigures.WORDS.contains(tokens.key(k))) return null;
        int sentenceStart = layout.sentenceStart(layout.sentenceOf(w.first()));
        for (int j = mentions.size() - 1; j >= 0; j--) {
            Mention m = mentions.get(j);
            if (m.last() >= w.first()) continue;
            if (m.first() < sentenceStart) break;
            if (m.isInstrument() && sectorFunds.containsAll(m.symbols())) return m;
        }
        return null;
    }

    private boolean ofMembers(Written w) {
        int k = afterOf(w);
        return k >= 0 && tokens.is(k, TokenType.WORD) && MemberFigures.WORDS.contains(tokens.key(k));
    }

    /** "68 of the 496 members", "out of 496 stocks": a figure after "of (the)" and before a member word. */
    private boolean groupTotal(Written w) {
        int k = w.first() - 1;
        if (k >= 0 && tokens.isWord(k, "the")) k--;
        return k >= 0 && tokens.isWord(k, "of") && w.last() + 1 < tokens.size() && tokens.is(w.last() + 1, TokenType.WORD)
                && MemberFigures.WORDS.contains(tokens.key(w.last() + 1));
    }

    /** Whether the sentence of token {@code token} speaks of member stocks. */
    private boolean members(int token) {
        // the claim's paragraph (a list is one: "- Advancers: 68 [F1]" under a breadth line), found once per text:
        // asked for every claim, a scan per claim would make a long paragraph quadratic
        if (membersByToken == null) {
            membersByToken = new boolean[tokens.size()];
            int from = 0;
            for (int k = 0; k <= tokens.size(); k++) {
                if (k < tokens.size() && !tokens.is(k, TokenType.PARAGRAPH) && !tokens.is(k, TokenType.HEADING)) continue;
                boolean found = false;
                for (int j = from; j < k && !found; j++) found = tokens.is(j, TokenType.WORD) && MemberFigures.WORDS.contains(tokens.key(j));
                java.util.Arrays.fill(membersByToken, from, k, found);
                from = k + 1;
            }
        }
        return membersByToken[token];
    }

    /** By token: whether its paragraph names member stocks; made on first use. */
    private boolean[] membersByToken;

    /**
     * Whether the direction word at {@code token} is the claim's own verb, so that its size is the claim's:
     * no other number stands between them ("IWM jumped 2.16% against 1.05% for SPY": "jumped" is not 1.05%'s).
     */
    private boolean own(int token, int claim) {
        if (token < 0 || token > claim) return token >= 0;
        for (int k = token + 1; k < claim; k++) {
            if (tokens.is(k, TokenType.NUMBER)) return false;
        }
        return true;
    }

    /**
     * The direction word governing the claim: the nearest before it in reach, else the nearest after it.
     * With {@code stopAtNames} a word on the far side of an instrument name does not count ("SPY lagged
     * IWM's 2.16% gain": "lagged" is SPY's).
     */
    private Direction direction(int first, int last, Reaches.Reach r, boolean stopAtNames) {
        // "8.4 pp [F175] better", "a 2.16% [F25] gain": a word right after the figure is its own, unless it is a
        // verb that starts the next statement ("the Russell 2000's gain of 5.52% [F15] trailed the index by …")
        int right = last + 1;
        while (right < r.to() && tokens.is(right, TokenType.MARKER)) right++;
        if (right < r.to() && directionAt[right] != 0 && !subjects.isName(right) && !predicate(right)) {
            return new Direction(directionAt[right], right);
        }
        int from = r.from();
        if (r.previous() >= 0) {                                   // "SPY's 1.05% gain [F14] by 1.11 pp": "gain" is 1.05%'s
            int own = r.previous() + 1;
            while (own < first && tokens.is(own, TokenType.MARKER)) own++;
            if (own < first && directionAt[own] != 0 && !predicate(own)) from = Math.max(from, own + 1);
        }
        for (int i = first - 1; i >= from; i--) {
            if (stopAtNames && subjects.isName(i)) break;
            if (tokens.is(i, TokenType.WORD) && CONTRASTS.contains(tokens.key(i))) break;   // "rise … versus a 0.10% dip"
            if (directionAt[i] != 0) return new Direction(directionAt[i], i);
        }
        for (int i = last + 1; i < r.to(); i++) {
            if (stopAtNames && subjects.isName(i)) break;
            if (directionAt[i] != 0) return new Direction(directionAt[i], i);
        }
        return Direction.NONE;
    }

    /** "… [F38] sits well above SPY's 0.51%", "… is higher than XLU's 0.9%": a comparison of two figures of one measure. */
    private boolean comparedAcross(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (tokens.is(i, TokenType.MARKER) || subjects.isName(i)) continue;
            if (tokens.is(i, TokenType.WORD) && COMPARED.contains(tokens.key(i))) return true;
        }
        return false;
    }

    private static final Set<String> COMPARED = Set.of("above", "below", "than", "versus", "vs", "against", "compared");

    /** A direction word that is a verb in the past tense: it starts a statement of its own ("trailed", "rose"). */
    private boolean predicate(int i) {
        String w = tokens.key(i);
        return w.endsWith("ed") || PAST_TENSE.contains(w);
    }

    private static final Set<String> PAST_TENSE = Set.of("rose", "fell", "sank", "slid", "lost", "led", "beat", "grew", "shed",
            "dove", "ran", "gave", "sold", "swung", "leapt");

    /**
     * In a markdown table, the words of the column's header cell ("| ETF | Volume | 30-day avg | Ratio |"): the
     * strong cue there, or null. The header is the first row of the table; separator rows have no words.
     */
    private MetricWords.Cue tableHeader(int first) {
        int rowStart = first;
        while (rowStart > 0 && !lineEnd(rowStart - 1)) rowStart--;
        int cell = 0;
        for (int i = rowStart; i < first; i++) {
            if (tokens.is(i, TokenType.PIPE)) cell++;
        }
        if (cell == 0) return null;
        int header = -1;
        for (int r = rowStart; r > 0; ) {                          // walk up the rows that hold pipes
            int prevEnd = r - 1, prevStart = prevEnd;
            while (prevStart > 0 && !lineEnd(prevStart - 1)) prevStart--;
            if (!tokens.is(prevEnd, TokenType.LINE_BREAK) || !hasPipe(prevStart, prevEnd)) break;
            header = prevStart;
            r = prevStart;
        }
        if (header < 0) return null;
        int k = 0, cellStart = -1, cellEnd = -1;
        for (int i = header; i < tokens.size() && !lineEnd(i); i++) {
            if (!tokens.is(i, TokenType.PIPE)) continue;
            k++;
            if (k == cell) cellStart = i + 1;
            if (k == cell + 1) {
                cellEnd = i;
                break;
            }
        }
        if (cellStart < 0 || cellEnd < 0) return null;
        for (int i = cellStart; i < cellEnd; i++) {
            MetricWords.Cue c = cueAt(i);
            if (c != null && c.strong()) return c;
        }
        return null;
    }

    private boolean lineEnd(int i) {
        return tokens.is(i, TokenType.LINE_BREAK) || tokens.is(i, TokenType.PARAGRAPH);
    }

    private boolean hasPipe(int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.is(i, TokenType.PIPE)) return true;
        }
        return false;
    }

    /** The first figure of the list this one belongs to (itself when it starts none), as {first, last}. */
    private int[] listHead(int first) {
        int[] head = {first, first};
        for (int[] p = lists.previous(first); p != null; p = lists.previous(p[0])) head = p;
        return head;
    }

    /**
     * The clause that governs a figure opening its own clause ("…all slipped on Thursday, by 0.81%"): the
     * sentence's clause right before it, when the figure's clause starts with it and that clause makes no
     * claim, as tokens [start, end); else null.
     */
    private int[] governingClause(int first) {
        int clause = layout.clauseOf(first);
        int sentence = layout.sentenceOf(first);
        if (clause <= layout.firstClauseOf(sentence)) return null;
        int start = layout.clauseStart(clause);
        for (int i = start; i < first; i++) {                     // "…, each trailing SPY by wide margins: XLRE by 9.26 pp"
            if (subjects.isName(i)) continue;
            if (tokens.is(i, TokenType.WORD) && !tokens.isWord(i, "by") && !tokens.has(i, Lexicon.APPROXIMATOR)) return null;
        }
        int ps = layout.clauseStart(clause - 1), pe = layout.clauseEnd(clause - 1);
        return reaches.makesClaims(ps, pe) ? null : new int[] {ps, pe};
    }

    /** The measure the words name: a noun within the claim or its reach, else a direction word there. */
    private MetricWords.Cue metric(int first, int last, Reaches.Reach r) {
        return nearestCue(first, last, r.from(), r.to());
    }

    private MetricWords.Cue nearestCue(int first, int last, int from, int to) {
        MetricWords.Cue weak = null;
        for (int i = first; i <= last && i < to; i++) {           // "26.0x earnings": the claim's own words
            MetricWords.Cue c = cueAt(i);
            if (c != null && c.strong()) return c;
        }
        int own = last + 1;                                       // "1.42% [F40] volatility", "2.98% [F26] decline"
        while (own < to && tokens.is(own, TokenType.MARKER)) own++;
        if (own > last + 1 && own < to) {
            MetricWords.Cue c = cueAt(own);
            if (c != null) return c;
        }
        // "down 0.38% at 5,998.74": a figure right after "at" is a level, which a direction word does not name
        boolean level = first > 0 && (tokens.isWord(first - 1, "at") || tokens.isWord(first - 1, "to"));
        for (int i = first - 1; i >= from; i--) {
            // "… 1.31 times [F79] normal even as the fund slipped 0.27%": the words before "as" are another phrase's
            if (tokens.is(i, TokenType.WORD) && NEW_PHRASE.contains(tokens.key(i)) && !tokens.isWord(i, "with")) break;
            // "IWM's MACD trend is bullish [F47] and IWM beat SPY by 0.47 pp": past the verb and its subject, another statement
            if (weak != null && (subjects.isName(i) || tokens.has(i, Lexicon.LIST))) break;
            // "SPY's MACD trend bearish [F35] despite its 30-day gain of 8.49%": a marker closes an earlier claim's words
            if (tokens.is(i, TokenType.MARKER)) break;
            MetricWords.Cue c = cueAt(i);
            if (c == null) continue;
            if (c.strong()) return head(i, c);
            if (weak == null && !level) weak = c;
        }
        // after the claim, only up to its marker or the next coordinated part: "rose 1.15% [F2] to close at …"
        int after = last + 1;
        while (after < to && tokens.is(after, TokenType.MARKER)) after++;
        if (after > last + 1) {
            // past its own marker only the words right after speak for it: "9% [F14] firmer", "[F114] in the green",
            // "1.66x [F79] its 30-day average"; not the next phrase ("[F35] and outperformed SPY")
            int k = after;
            while (k < to && (inWindow[k] || tokens.isWord(k, "its") || tokens.isWord(k, "the") || tokens.isWord(k, "a"))) k++;
            MetricWords.Cue c = k < to ? cueAt(k) : null;
            for (int i = after; c == null && i < Math.min(to, after + 3); i++) {
                if (tokens.has(i, Lexicon.LIST) || tokens.is(i, TokenType.WORD) && NEW_PHRASE.contains(tokens.key(i))) break;
                MetricWords.Cue d = cueAt(i);
                if (d != null && !d.strong()) c = d;
            }
            return c != null ? c : weak;
        }
        for (int i = after; i < to && !tokens.is(i, TokenType.MARKER) && !tokens.has(i, Lexicon.LIST)
                && !(tokens.is(i, TokenType.WORD) && NEW_PHRASE.contains(tokens.key(i))); i++) {
            MetricWords.Cue c = cueAt(i);
            if (c == null) continue;
            if (c.strong()) return c;
            if (weak == null) weak = c;
        }
        return weak;
    }

    /** "the volatility of daily returns": the noun before "of" is the head, the one after qualifies it. */
    private MetricWords.Cue head(int i, MetricWords.Cue c) {
        int k = i - 1;
        if (k >= 0 && (tokens.isWord(k, "daily") || tokens.isWord(k, "the"))) k--;
        if (k < 1 || !tokens.isWord(k, "of")) return c;
        MetricWords.Cue head = cueAt(k - 1);
        return head != null && head.strong() ? head : c;
    }

    private MetricWords.Cue cueAt(int i) {
        if (subjects.isName(i)) return null;
        return MetricWords.at(tokens, i, directionAt[i]);
    }

    /** The direction word at {@code token} as written; with the verb before a particle ("edged up"), which says the size. */
    private String word(int token) {
        if (token < 0) return null;
        if (token > 0 && tokens.is(token - 1, TokenType.WORD) && Intensity.of(tokens.key(token - 1)) != null
                && PARTICLES.contains(tokens.key(token))) {
            return tokens.lexeme(token - 1) + " " + tokens.lexeme(token);
        }
        if (token + 1 < tokens.size() && tokens.is(token + 1, TokenType.WORD) && Intensity.SHARPLY.contains(tokens.key(token + 1))) {
            return tokens.lexeme(token) + " " + tokens.lexeme(token + 1);
        }
        return tokens.lexeme(token);
    }

    private static final Set<String> PARTICLES = Set.of("up", "down", "higher", "lower");
}
