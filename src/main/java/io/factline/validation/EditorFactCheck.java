package io.factline.validation;

import io.factline.facts.EditorFact;
import io.factline.facts.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the sentences that cite editor-sourced facts ({@code [E1]}), which the sheet's vocabulary knows
 * nothing about (a Treasury yield, an oil price). Fails closed: in such a sentence every figure must be
 * followed by the marker of an editor fact whose value it states (to its written decimals, half-up) in the
 * fact's unit, and the sentence must name the fact's subject or label. Sheet facts and editor facts are not
 * mixed in one sentence (that is a problem of the text). The checked sentences are then blanked, same
 * length, so the sheet's validator reads the rest of the text with every offset unchanged.
 */
final class EditorFactCheck {

    static final Problem.Kind MIXED_CITATIONS = Problem.Kind.MIXED_CITATIONS;

    private static final Pattern MARKER = Pattern.compile("\\[([^\\[\\]\\n]{1,60})]");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])([-+\u2212]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern AFTER = Pattern.compile("\\G\\s*(%|percent(?:age points?)?|pp\\b|x\\b|million\\b|billion\\b)?"
            + "(?:\\s*shares\\b)?[\\s*_)]*\\[([^\\[\\]\\n]{1,60})]");

    /** What the check found, and the text with the checked sentences blanked. */
    record Result(String masked, List<Claim> claims, List<Problem> problems) {
    }

    private EditorFactCheck() {
    }

    static boolean applies(String text) {
        return text.contains("[E");
    }

    static Result check(String text, List<EditorFact> facts) {
        Map<String, EditorFact> byId = facts.stream().collect(Collectors.toMap(EditorFact::id, Function.identity()));
        char[] masked = text.toCharArray();
        List<Claim> claims = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int done = -1;
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            List<String> ids = CitationIds.parse(m.group(1).strip());
            if (ids == null || ids.stream().noneMatch(EditorFact::isEditorId) || m.start() < done) continue;
            int s = sentenceStart(text, m.start()), e = sentenceEnd(text, m.end());
            done = e;
            List<String> all = markerIds(text.substring(s, e));
            if (!all.stream().allMatch(EditorFact::isEditorId)) {
                problems.add(new Problem(s, e, MIXED_CITATIONS, "cite an editor-sourced fact in a sentence of its own: this one cites "
                        + String.join(", ", all) + "; split the sentence so one cites sheet facts and the other editor facts"));
                continue;
            }
            sentence(text, s, e, byId, claims);
            for (int i = s; i < e; i++) if (masked[i] != '\n') masked[i] = ' ';
        }
        return new Result(new String(masked), claims, problems);
    }

    private static void sentence(String text, int s, int e, Map<String, EditorFact> byId, List<Claim> claims) {
        String sentence = text.substring(s, e);
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<int[]> skip = new ArrayList<>();
        Matcher markers = MARKER.matcher(sentence);
        while (markers.find()) skip.add(new int[] {markers.start(), markers.end()});
        Matcher dates = ISO_DATE.matcher(sentence);
        while (dates.find()) skip.add(new int[] {dates.start(), dates.end()});
        for (String id : markerIds(sentence)) {
            EditorFact f = byId.get(id);
            if (f == null) continue;
            for (String name : List.of(f.label(), f.subject(), f.subject().replace("^", ""))) {
                String n = name.toLowerCase(Locale.ROOT);
                for (int at = lower.indexOf(n); at >= 0 && !n.isBlank(); at = lower.indexOf(n, at + 1)) skip.add(new int[] {at, at + n.length()});
            }
        }
        Matcher n = NUMBER.matcher(sentence);
        while (n.find()) {
            if (inside(skip, n.start()) || wordPart(sentence, n.end())) continue;
            claims.add(figure(sentence, s, n, byId, lower));
        }
    }

    private static Claim figure(String sentence, int offset, Matcher n, Map<String, EditorFact> byId, String lower) {
        BigDecimal written = new BigDecimal(n.group(2).replace(",", "") + (n.group(3) == null ? "" : n.group(3)));
        boolean signed = !n.group(1).isEmpty();
        if (n.group(1).equals("-") || n.group(1).equals("\u2212")) written = written.negate();
        Matcher after = AFTER.matcher(sentence);
        int start = offset + n.start();
        if (!after.find(n.end()) || after.start() != n.end()) {
            return new Claim(start, offset + n.end(), n.group(), written.doubleValue(), null, List.of(), ClaimStatus.UNCITED,
                    "a figure in a sentence that cites an editor-sourced fact must cite its own fact right after it ("
                            + n.group() + " cites none)");
        }
        String word = after.group(1) == null ? "" : after.group(1).toLowerCase(Locale.ROOT);
        int end = offset + (after.group(1) == null ? n.end() : after.end(1));
        String shown = sentence.substring(n.start(), end - offset);
        List<String> ids = CitationIds.parse(after.group(2).strip());
        if (ids == null || ids.size() != 1 || !byId.containsKey(ids.get(0))) {
            return new Claim(start, end, shown, written.doubleValue(), null, ids == null ? List.of() : ids, ClaimStatus.UNKNOWN_CITATION,
                    "[" + after.group(2) + "] is not an editor-sourced fact of this draft; add it with its source first");
        }
        EditorFact f = byId.get(ids.get(0));
        if (word.equals("million")) written = written.movePointRight(6);
        if (word.equals("billion")) written = written.movePointRight(9);
        Unit unit = unitOf(word);
        if (!fits(unit, f.unit())) {
            return claim(start, end, shown, written, f, ClaimStatus.WRONG_UNIT, "says " + shown + ", but " + f.id() + " ("
                    + f.label() + ") is in " + f.unit().wire() + ": " + f.shown());
        }
        if (!lower.contains(f.label().toLowerCase(Locale.ROOT)) && !lower.contains(f.subject().replace("^", "").toLowerCase(Locale.ROOT))) {
            return claim(start, end, shown, written, f, ClaimStatus.WRONG_SUBJECT, "the sentence names neither " + f.subject()
                    + " nor \"" + f.label() + "\", the subject of " + f.id() + "; name what the figure is about");
        }
        BigDecimal exact = BigDecimal.valueOf(f.value());
        BigDecimal rounded = exact.setScale(Math.max(0, written.scale()), RoundingMode.HALF_UP);
        boolean same = signed ? rounded.compareTo(written) == 0 : rounded.abs().compareTo(written.abs()) == 0;
        if (!same) {
            return claim(start, end, shown, written, f, ClaimStatus.MISMATCH, "says " + shown + ", but " + f.id() + " (" + f.label()
                    + ", added by the desk) is " + f.shown());
        }
        return claim(start, end, shown, written, f, ClaimStatus.SUPPORTED, null);
    }

    private static Claim claim(int start, int end, String text, BigDecimal value, EditorFact f, ClaimStatus status, String message) {
        return new Claim(start, end, text, value.doubleValue(), f.unit(), List.of(f.id()), status, message);
    }

    private static Unit unitOf(String word) {
        if (word.equals("%") || word.equals("percent")) return Unit.PERCENT;
        if (word.startsWith("percentage") || word.equals("pp")) return Unit.PP;
        if (word.equals("x")) return Unit.X;
        return null;   // a plain number: a price, a count or a statistic
    }

    private static boolean fits(Unit written, Unit fact) {
        if (written == null) return fact == Unit.PRICE || fact == Unit.NUMBER || fact == Unit.SHARES;
        return written == fact;
    }

    private static List<String> markerIds(String sentence) {
        List<String> ids = new ArrayList<>();
        Matcher m = MARKER.matcher(sentence);
        while (m.find()) {
            List<String> parsed = CitationIds.parse(m.group(1).strip());
            if (parsed != null) ids.addAll(parsed);
        }
        return ids;
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) if (at >= s[0] && at < s[1]) return true;
        return false;
    }

    /** "10-year", "3rd", "Q4": digits that belong to a word, not a figure. */
    private static boolean wordPart(String s, int end) {
        if (end < s.length() && Character.isLetter(s.charAt(end)) && s.charAt(end) != 'x') return true;
        return end + 1 < s.length() && s.charAt(end) == '-' && Character.isLetter(s.charAt(end + 1));
    }

    private static int sentenceStart(String t, int from) {
        for (int i = from - 1; i > 0; i--) {
            char c = t.charAt(i);
            if (c == '\n') return i + 1;
            if (Character.isWhitespace(c) && isStop(t, i - 1)) return i + 1;
        }
        return 0;
    }

    private static int sentenceEnd(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n') return i;
            if (isStop(t, i) && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)))) return i + 1;
        }
        return t.length();
    }

    private static boolean isStop(String t, int i) {
        if (i < 0) return false;
        char c = t.charAt(i);
        return c == '.' || c == '!' || c == '?';
    }
}
