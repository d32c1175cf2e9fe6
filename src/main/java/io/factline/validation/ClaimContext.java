package io.factline.validation;

import java.util.List;

/**
 * What the words around a claim say about it. {@code primary} is the instrument the claim is about
 * (null when its clause names none), {@code appositive} a name in parentheses right after it ("Utilities
 * (XLU)": both must be the subject); {@code mentions} every instrument in reach (for relative returns and
 * betas, each must be the subject or the {@code against}). Two readings of direction: {@code strictSign}
 * stops at an instrument name ("SPY lagged IWM's 2.16% gain": "lagged" is SPY's, the number is IWM's)
 * and is used for plain returns; {@code acrossSign} reads across names ("IWM outperformed SPY by 1.11 pp")
 * and is used for relative returns; {@code strictToken}/{@code acrossToken} are where those words are (-1 for none). Signs are
 * +1, -1, or 0 for none. {@code window} and {@code metric} (the words naming the measure) may be null; {@code primaryInClause}
 * whether the primary is named in the claim's own clause (else it was carried over, and its position says
 * nothing of which side of a comparison it is on); {@code strictOwn} whether the strict word is the claim's own verb (no
 * other number between them), so that a size it states is the claim's; {@code members} whether the sentence
 * speaks of member stocks ("stocks", "members", "advancers"), which facts about a group's members need;
 * {@code groupTotal} whether the figure is the whole of such a group ("68 of the 496 members": 496);
 * {@code ofName} the name right after the figure's "of" ("93.55% [F2] of utilities"), {@code ofMembers} whether
 * a member word follows it instead ("51.81% [F1] of members", "21 [F3] of its stocks").
 */
record ClaimContext(Mention primary, Mention appositive, List<Mention> mentions, int strictSign, String strictWord,
                    int strictToken, int acrossSign, String acrossWord, int acrossToken, WindowPhrase window, MetricWords.Cue metric,
                    boolean primaryInClause, boolean strictOwn, boolean members, boolean groupTotal, Mention ofName,
                    boolean ofMembers) {
}
