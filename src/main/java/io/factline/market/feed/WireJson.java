package io.factline.market.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.factline.market.feed.ProviderError.Kind;

/**
 * Reads a provider's JSON body strictly: the whole body must be one JSON value (trailing bytes and
 * truncation are errors), and numbers must be JSON numbers or, where a provider quotes them, decimal
 * strings. Every failure is a {@link Kind#BAD_RESPONSE} naming where it happened.
 */
final class WireJson {

    /** A plain mapper: a provider's body is read as a tree, so the fact sheet's settings (dates, unknown fields) do not apply. */
    private final ObjectReader reader = new ObjectMapper().readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final ProviderErrors errors;

    WireJson(ProviderErrors errors) {
        this.errors = errors;
    }

    JsonNode parse(String body, String symbol) {
        if (body == null || body.isBlank()) throw errors.of(Kind.BAD_RESPONSE, symbol, "empty body");
        try {
            return reader.readValue(body);
        } catch (JsonProcessingException e) {
            throw errors.of(Kind.BAD_RESPONSE, symbol, "not valid JSON (" + e.getOriginalMessage() + "): " + body);
        }
    }

    /** Like {@link #parse} but null instead of an error: for reading error bodies that may be anything. */
    JsonNode tryParse(String body) {
        try {
            return body == null || body.isBlank() ? null : reader.readValue(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * A number field; null when absent or JSON null. A present value that is not a finite number
     * (Alpha Vantage quotes its numbers as strings) is an error naming {@code where}.
     */
    Double number(JsonNode node, String field, String where, String symbol) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        double d;
        if (v.isNumber()) {
            d = v.doubleValue();
        } else if (v.isTextual()) {
            try {
                d = Double.parseDouble(v.asText().trim());
            } catch (NumberFormatException e) {
                throw errors.of(Kind.BAD_RESPONSE, symbol, where + ": '" + field + "' is not a number: " + v.asText());
            }
        } else {
            throw errors.of(Kind.BAD_RESPONSE, symbol, where + ": '" + field + "' is not a number: " + v);
        }
        if (!Double.isFinite(d)) throw errors.of(Kind.BAD_RESPONSE, symbol, where + ": '" + field + "' is not finite: " + v);
        return d;
    }

    /** A number field that must be there. */
    double required(JsonNode node, String field, String where, String symbol) {
        Double d = number(node, field, where, symbol);
        if (d == null) throw errors.of(Kind.BAD_RESPONSE, symbol, where + ": no '" + field + "'");
        return d;
    }
}
