package io.factline.desk;

import java.util.regex.Pattern;

/** A draft's headline for lists: its first heading (or first line) without markers, at most 160 characters. */
public final class Headline {

    private static final Pattern MARKERS = Pattern.compile("\\s*\\[[A-Z]\\d+(?:\\s*,\\s*[A-Z]\\d+)*]");
    private static final int MAX = 160;

    private Headline() {
    }

    public static String of(String body) {
        String first = "";
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                first = line;
                break;
            }
        }
        String text = MARKERS.matcher(first.replaceFirst("^\\s*#+\\s*", "")).replaceAll("").strip();
        return text.length() <= MAX ? text : text.substring(0, MAX - 1).stripTrailing() + "…";
    }
}
