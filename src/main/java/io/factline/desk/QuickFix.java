package io.factline.desk;

/**
 * An edit the desk can apply with one click: replace {@code [start, end)} of the checked text with
 * {@code replacement} (an insertion when start == end). {@code claimStart}/{@code claimEnd} are the
 * claim it repairs, so the page can show the fix next to that claim; {@code label} says what it does
 * in the editor's words ("replace 1.95% with 1.05%", "cite [F14]").
 */
public record QuickFix(int claimStart, int claimEnd, int start, int end, String replacement, String label, Kind kind) {

    /** What the fix does. */
    public enum Kind {
        /** The digits are wrong: put the cited fact's figure in their place. */
        REPLACE_VALUE,
        /** The figure is right but uncited: add the marker of the one fact that matches it. */
        CITE
    }
}
