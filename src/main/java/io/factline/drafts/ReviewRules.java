package io.factline.drafts;

import java.util.Map;

/**
 * The review rules a desk may set. {@code fourEyes} (default on): the version approved was not last edited by
 * the approver, nor does it cite an editor-sourced fact the approver added. FACTLINE_FOUR_EYES=false relaxes
 * it for a one-person desk.
 */
public record ReviewRules(boolean fourEyes) {

    public static final String FOUR_EYES = "FACTLINE_FOUR_EYES";
    public static final ReviewRules STANDARD = new ReviewRules(true);

    /** @throws IllegalArgumentException naming the variable when its value is neither true nor false */
    public static ReviewRules fromEnvironment(Map<String, String> env) {
        String v = env.getOrDefault(FOUR_EYES, "").strip();
        if (v.isEmpty() || v.equals("true")) return STANDARD;
        if (v.equals("false")) return new ReviewRules(false);
        throw new IllegalArgumentException(FOUR_EYES + ": '" + v + "' is neither true nor false");
    }
}
