package io.factline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factline.facts.FactSheetJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded provider answers under {@code src/test/resources/wire}, as the tests serve them. */
public final class Recorded {

    private Recorded() {
    }

    public static String text(String path) {
        try (InputStream in = Recorded.class.getResourceAsStream("/wire/" + path)) {
            if (in == null) throw new IllegalArgumentException("no resource /wire/" + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String path) {
        try {
            return FactSheetJson.mapper().readTree(text(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A node of a recorded file as a JSON body: {@code at} is a JSON pointer ("/response/body"), "" for the whole file. */
    public static String body(String path, String at) {
        JsonNode node = json(path).at(at);
        if (node.isMissingNode()) throw new IllegalArgumentException(path + " has nothing at " + at);
        return node.toString();
    }

    /** A recorded body as an editable tree, to derive a variant (a null cell, a missing field). */
    public static ObjectNode tree(String path, String at) {
        return (ObjectNode) json(path).at(at).deepCopy();
    }

    public static final String AV_SPY = "alphavantage/alphavantage_time_series_daily_SPY.json";
    public static final String AV_ERRORS = "alphavantage/alphavantage_error_bodies.json";
    public static final String AV_BAD_KEY = "alphavantage/alphavantage_invalid_apikey.json";
    public static final String TIINGO_AAPL = "tiingo/tiingo_daily_prices_AAPL_trimmed.json";
    public static final String TIINGO_ERRORS = "tiingo/tiingo_error_bodies.json";
    public static final String YAHOO_AAPL = "yahoo/yahoo_chart_v8_AAPL_with_events_trimmed.json";
    public static final String YAHOO_QQQ = "yahoo/yahoo_chart_v8_QQQ_recorded.json";
    public static final String YAHOO_SPY = "yahoo/yahoo_chart_v8_SPY_2026-02_payload.json";
    public static final String YAHOO_ERRORS = "yahoo/yahoo_chart_v8_errors.json";
}
