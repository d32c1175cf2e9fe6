package io.factline.narrative;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An unavailability reason as the template writer may quote it in prose. The metrics core words its
 * reasons for editors ("needs 253 sessions up to 2023-03-01, XLE has 40"); the counts in them are not
 * facts, so quoted in a commentary they are figures no fact supports and the validator rejects the
 * sentence. Here they become words; a reason with no figure besides its dates is kept as it is.
 */
final class Reasons {

    private static final Pattern TOO_SHORT = Pattern.compile(
            "needs \\d+ sessions up to (\\d{4}-\\d{2}-\\d{2}), (benchmark )?(\\S+) has \\d+( sessions?)?");
    private static final Pattern NO_VARIATION = Pattern.compile("returns of (\\S+) do not vary over the \\d+ sessions");
    private static final Pattern ZERO_VOLUME = Pattern.compile("average volume over the \\d+ sessions before (\\S+) is zero");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Reasons() {
    }

    /** The reason with its counts put into words; never a number other than a date. */
    static String prose(String reason) {
        Matcher m = TOO_SHORT.matcher(reason);
        String out = m.replaceAll(r -> (r.group(2) == null ? "the data" : "the data of benchmark "
                + Matcher.quoteReplacement(r.group(3))) + " do not yet reach back far enough");
        out = NO_VARIATION.matcher(out).replaceAll("returns of $1 do not vary over the window");
        out = ZERO_VOLUME.matcher(out).replaceAll("the average volume before $1 is zero");
        // a reason this class does not know, with a count in it: say only that the data fall short
        return ISO_DATE.matcher(out).replaceAll("").matches("(?s).*\\d.*") ? "the data do not allow it" : out;
    }
}
