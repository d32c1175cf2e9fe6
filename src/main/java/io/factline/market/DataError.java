package io.factline.market;

/**
 * Input data a user must fix. The message names the file, the line (when there is one) and what is
 * wrong, as one line: {@code fixtures/market/prices/XLE.csv:57: duplicate date 2026-03-20 (also on line 56)}.
 */
public class DataError extends RuntimeException {

    public DataError(String message) {
        super(message, null, false, false);
    }

    public static DataError at(String file, long line, String what) {
        return new DataError(file + ":" + line + ": " + what);
    }

    public static DataError in(String file, String what) {
        return new DataError(file + ": " + what);
    }
}
