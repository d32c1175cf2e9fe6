package io.factline.validation;

import java.util.List;

/**
 * A text as the stages see it, read once: its {@code source}, its {@code tokens}, its sentences and clauses
 * ({@code layout}), the names it gives ({@code mentions}, of the sheet's instruments and of what the sheet
 * lacks) and the periods it states ({@code windows}); {@code inName}/{@code inWindow} mark the tokens of each
 * by index. Claims are found in it, bound, read and checked against a sheet; it holds no result.
 */
record Text(String source, Tokens tokens, TextLayout layout, List<Mention> mentions, List<WindowPhrase> windows,
            boolean[] inName, boolean[] inWindow) {

    /** Scans {@code source} and finds its names (from {@code sheet}'s vocabulary), periods, sentences and clauses. */
    static Text read(PreparedSheet sheet, String source) {
        Tokens tokens = new Scanner(source).scan();
        boolean[] inName = new boolean[tokens.size()];
        boolean[] inWindow = new boolean[tokens.size()];
        List<Mention> mentions = sheet.names().find(tokens, inName);
        List<WindowPhrase> windows = WindowPhrases.find(tokens, inName, inWindow, source);
        return new Text(source, tokens, TextLayout.of(tokens), mentions, windows, inName, inWindow);
    }

    /** Whether token {@code i} is part of a name or a window phrase: its digits are no claim. */
    boolean covered(int i) {
        return inName[i] || inWindow[i];
    }
}
