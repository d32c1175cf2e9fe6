package io.factline.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The inside of a citation bracket. A fact ID is one to four letters, an optional "-" and digits ("F12");
 * a marker holds one or more IDs separated by commas, semicolons or spaces ("[F3, F9]").
 */
final class CitationIds {

    private CitationIds() {
    }

    static boolean isId(String s) {
        int i = 0, n = s.length();
        while (i < n && i < 4 && isAsciiLetter(s.charAt(i))) i++;
        if (i == 0) return false;
        if (i < n && s.charAt(i) == '-') i++;
        int digits = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i == n && i > digits && i - digits <= 7;
    }

    /** @return the IDs of a well-formed marker's content, or null */
    static List<String> parse(String content) {
        if (isId(content)) return List.of(content);                 // the common "[F12]"
        List<String> ids = new ArrayList<>(2);
        int i = 0, n = content.length();
        while (i < n) {
            char c = content.charAt(i);
            if (c == ',' || c == ';' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && content.charAt(i) != ',' && content.charAt(i) != ';' && !Character.isWhitespace(content.charAt(i))) i++;
            String id = content.substring(s, i);
            if (!isId(id)) return null;
            ids.add(id);
        }
        return ids.isEmpty() ? null : ids;
    }

    /**
     * Content a writer meant as a citation but got wrong: empty, "0", "^1", "F", "F 12", "Source: F12".
     * Ordinary brackets ("[sic]", "[emphasis added]") have no digit and more than two letters.
     */
    static boolean looksLikeMarker(String content) {
        String s = content.strip();
        if (s.isEmpty()) return true;
        if (s.length() <= 2 && s.chars().allMatch(Character::isLetter)) return true;
        if (s.length() > 24 || s.chars().noneMatch(Character::isDigit)) return false;
        return s.chars().allMatch(c -> Character.isLetterOrDigit(c) || " ,;:#^.-".indexOf(c) >= 0);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
