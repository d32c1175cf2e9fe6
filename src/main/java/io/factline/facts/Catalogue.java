package io.factline.facts;

import io.factline.market.Instrument;
import io.factline.market.Kind;
import java.util.Collections;
import java.util.List;

/**
 * Which figures an instrument has, by kind (docs/metrics.md): a rate (a yield) only its close, volume,
 * changes in basis points and its 52-week range; an index also its point change; every other kind the
 * price catalogue. Relative returns need a benchmark other than the instrument itself. The breadth
 * metrics belong to groups of stocks, never to an instrument. A stale instrument lists exactly these
 * as unavailable.
 */
final class Catalogue {

    static final List<Window> RETURN_WINDOWS =
            List.of(Window.D1, Window.D30, Window.D5, Window.D252, Window.MTD, Window.YTD);
    static final List<Window> MORE_RETURN_WINDOWS = RETURN_WINDOWS.subList(2, RETURN_WINDOWS.size());
    static final List<Window> BP_WINDOWS = List.of(Window.D1, Window.D5, Window.D30);

    private Catalogue() {
    }

    static boolean has(Instrument i, Metric m) {
        if (i.kind() == Kind.RATE) {
            return switch (m) {
                case CLOSE, VOLUME, CHANGE_BP, HIGH_52W, LOW_52W, NEW_HIGH_52W, NEW_LOW_52W -> true;
                default -> false;
            };
        }
        return switch (m) {
            case CHANGE_BP, MEMBERS, AVERAGE_RETURN, ADVANCERS, DECLINERS, UNCHANGED, PCT_ABOVE_SMA50,
                 NEW_HIGHS_52W, NEW_LOWS_52W -> false;
            case POINTS_CHANGE -> i.kind() == Kind.INDEX;
            case RELATIVE_RETURN -> !i.isOwnBenchmark();
            default -> true;
        };
    }

    static List<Window> windowsOf(Metric m) {
        return switch (m) {
            case RETURN, RELATIVE_RETURN -> RETURN_WINDOWS;
            case VOLATILITY, AVERAGE_VOLUME, VOLUME_RATIO -> List.of(Window.D30);
            case VOLUME, POINTS_CHANGE -> List.of(Window.D1);
            case BETA, HIGH_52W, LOW_52W, PCT_FROM_HIGH_52W, PCT_FROM_LOW_52W, NEW_HIGH_52W, NEW_LOW_52W,
                 NEW_HIGHS_52W, NEW_LOWS_52W -> List.of(Window.D252);
            case RSI, RSI_ZONE -> List.of(Window.D14);
            case SMA, PCT_VS_SMA200 -> List.of(Window.D200);
            case CHANGE_BP -> BP_WINDOWS;
            case MEMBERS, AVERAGE_RETURN -> List.of(Window.D1, Window.D30);
            case ADVANCERS, DECLINERS, UNCHANGED -> List.of(Window.D1);
            case PCT_ABOVE_SMA50 -> List.of(Window.D50);
            default -> Collections.singletonList(null);
        };
    }
}
