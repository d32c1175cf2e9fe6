package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a {@link RankWords} claim: ranks the group's facts of the measure that exist (highest first; ties
 * keep the sheet's order) and finds each subject's place counted from the claimed end. The report lists every
 * fact ranked, so an editor sees the whole table the claim was decided on.
 */
final class RankCheck {

    private final FactSheet sheet;

    RankCheck(FactSheet sheet) {
        this.sheet = sheet;
    }

    ClaimVerifier.Verified check(RankWords r, PeerGroup.Measure measure) {
        String says = "says \"" + r.text() + "\"";
        if (measure == null) {
            return result(r, List.of(), ClaimStatus.WRONG_WINDOW, says + " for a period the sheet has no facts for; rank by the day, 30 sessions or the year");
        }
        if (r.subjects().isEmpty()) {
            return result(r, List.of(), ClaimStatus.UNRESOLVED, says + ", but cannot tell which instrument it ranks; name it");
        }
        if (r.group() == null) {
            return result(r, List.of(), ClaimStatus.UNRESOLVED, says + ", but cannot tell among which instruments "
                    + names(r.subjects().get(0)) + " ranks; name the group (\"among the sector funds\")");
        }
        List<Fact> ranked = r.group().ranked(sheet, measure);
        List<String> ids = ids(ranked);
        // a sheet cut down to the facts a chat answer names holds no ranking: nothing to decide, no claim here
        if (ranked.size() < 2) return null;
        if (r.only()) return only(r, measure, ranked, ids, says);
        for (int k = 0; k < r.subjects().size(); k++) {
            Mention m = r.subjects().get(k);
            if (!r.group().has(m)) {
                return result(r, ids, m.isOutside() ? ClaimStatus.UNSUPPORTED : ClaimStatus.WRONG_SUBJECT,
                        says + ", but " + names(m) + " is not one of the " + r.group().name() + " it is ranked among");
            }
            int place = place(ranked, m, r.top());
            if (place < 0) {
                return result(r, ids, ClaimStatus.UNSUPPORTED, says + ", but the sheet has no " + measure.describe() + " for " + names(m));
            }
            // a list of names holds the places from position on, in any order: "Utilities and materials led"
            int lowest = r.position(), highest = r.position() + r.subjects().size() - 1;
            Fact own = ranked.get(r.top() ? place - 1 : ranked.size() - place);
            if (place < lowest || place > highest) {
                int claimed = Math.min(r.position() + k, ranked.size());
                Fact actual = ranked.get(r.top() ? claimed - 1 : ranked.size() - claimed);
                return result(r, ids, ClaimStatus.WRONG_RANKING, says + ", but by " + measure.describe() + " "
                        + own.subject() + " (" + own.shown() + ") ranks " + ordinal(place) + (r.top() ? "" : " from the bottom")
                        + " of " + ranked.size() + " " + r.group().name() + "; " + ordinal(claimed)
                        + (r.top() ? "" : " from the bottom") + " is " + actual.subject() + " (" + actual.shown() + ")");
            }
            if (r.sign() != 0 && Math.signum(own.number()) != r.sign()) {
                return result(r, ids, ClaimStatus.WRONG_SIGN, says + ", but " + own.subject() + "'s " + measure.describe()
                        + " is " + own.shown());
            }
        }
        return new ClaimVerifier.Verified(claim(r, ids, ClaimStatus.SUPPORTED, "ranked by " + measure.describe() + " over "
                + ranked.size() + " " + r.group().name()), ranked, null);
    }

    private ClaimVerifier.Verified only(RankWords r, PeerGroup.Measure measure, List<Fact> ranked, List<String> ids, String says) {
        List<Fact> moved = new ArrayList<>();
        for (Fact f : ranked) {
            if (Math.signum(f.number()) == r.sign()) moved.add(f);
        }
        // "staples was the only sector to fall", "health care and real estate were the only sector funds to decline"
        boolean right = moved.size() == r.subjects().size()
                && moved.stream().allMatch(f -> r.subjects().stream().anyMatch(m -> m.means(f.subject())));
        if (right) return new ClaimVerifier.Verified(claim(r, ids, ClaimStatus.SUPPORTED, "counted over " + ranked.size()
                + " " + r.group().name() + " by " + measure.describe()), ranked, null);
        StringBuilder which = new StringBuilder();
        for (Fact f : moved) which.append(which.isEmpty() ? "" : ", ").append(f.subject()).append(" ").append(f.shown());
        return result(r, ids, ClaimStatus.WRONG_COUNT, says + ", but by " + measure.describe() + " " + moved.size() + " of "
                + ranked.size() + " " + r.group().name() + (r.sign() > 0 ? " rose" : " fell")
                + (moved.isEmpty() ? "" : " (" + which + ")"));
    }

    /** 1-based place of the subject counted from the top or the bottom. */
    private static int place(List<Fact> ranked, Mention m, boolean top) {
        for (int i = 0; i < ranked.size(); i++) {
            if (m.means(ranked.get(i).subject())) return top ? i + 1 : ranked.size() - i;
        }
        return -1;
    }

    static List<String> ids(List<Fact> facts) {
        List<String> ids = new ArrayList<>(facts.size());
        for (Fact f : facts) ids.add(f.id());
        return ids;
    }

    static String names(Mention m) {
        return m.isOutside() ? m.outside() : String.join("/", m.symbols());
    }

    static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    static ClaimVerifier.Verified result(Written w, List<String> ids, ClaimStatus status, String message) {
        return new ClaimVerifier.Verified(claim(w, ids, status, message), List.of(), null);
    }

    static Claim claim(Written w, List<String> ids, ClaimStatus status, String message) {
        return new Claim(w.start(), w.end(), w.text(), null, null, ids, status, message);
    }
}
