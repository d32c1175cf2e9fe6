package io.factline.validation;

/**
 * Letters glued to a number ("78.75M", "1.86x", "25bps", "23rd", "4pm", "30d"). Letters that are not a
 * known suffix make the whole run a word instead ("5G", "10Y").
 */
enum Suffix {
    THOUSAND, MILLION, BILLION, TRILLION, TIMES, PP, BPS, POINTS, ORDINAL, CLOCK, DAYS, DECADE;

    /** @return the suffix, or null when {@code letters} is none */
    static Suffix parse(String letters) {
        return switch (letters) {
            case "k", "K" -> THOUSAND;
            case "m", "M", "mn", "mm", "mln", "MM" -> MILLION;
            case "b", "B", "bn", "bln", "Bn" -> BILLION;
            case "t", "T", "tn", "trn" -> TRILLION;
            case "x", "X" -> TIMES;
            case "pp", "ppt", "ppts" -> PP;
            case "bp", "bps" -> BPS;
            case "pt", "pts" -> POINTS;
            case "st", "nd", "rd", "th" -> ORDINAL;
            case "am", "pm", "AM", "PM" -> CLOCK;
            case "d" -> DAYS;
            case "s" -> DECADE;
            default -> null;
        };
    }

    /** Powers of ten for the scale suffixes, 0 for the others. */
    int exponent() {
        return switch (this) {
            case THOUSAND -> 3;
            case MILLION -> 6;
            case BILLION -> 9;
            case TRILLION -> 12;
            default -> 0;
        };
    }

    boolean isScale() {
        return exponent() > 0;
    }
}
