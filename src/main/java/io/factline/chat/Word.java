package io.factline.chat;

/**
 * One token of a question. {@code key} is the lower-case form the reader matches on (a possessive "'s"
 * dropped: "IWM's" → "iwm"); {@code text} the original spelling, for telling a ticker written in capitals
 * ("AAPL") from an ordinary word.
 */
record Word(Kind kind, String text, String key, int start) {

    enum Kind {
        /** Letters, digits and the joiners of names: "S&P", "^GSPC", "P/E", "30d". */
        WORD,
        /** Digits with optional decimals, thousands separators and a glued "%": "7.3%", "2,000". */
        NUMBER,
        /** "2026-03-23", "3/23", "3/23/2026". */
        DATE,
        /** Any other single character: "?", ",", "(". */
        MARK
    }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isWord(String k) {
        return kind == Kind.WORD && key.equals(k);
    }

    /** All letters upper case and at least two of them: "AAPL", "^RUT", "XLRE", not "I" or "Apple". */
    boolean capitals() {
        String t = text.replaceFirst("['\u2019][sS]$", "");   // "AAPL's" is a ticker in capitals too
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }
}
