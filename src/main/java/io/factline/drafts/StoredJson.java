package io.factline.drafts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.facts.FactSheet;
import io.factline.facts.FactSheetJson;
import io.factline.narrative.Attempt;
import io.factline.validation.ValidationReport;
import java.util.List;

/** The JSON documents a draft keeps in TEXT columns: reports, attempts, notes and the fact sheet. */
final class StoredJson {

    private static final TypeReference<List<Attempt>> ATTEMPTS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final ObjectMapper mapper = FactSheetJson.mapper();

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored documents always serialize", e);
        }
    }

    String sheet(FactSheet sheet) {
        return write(sheet);
    }

    FactSheet sheet(String json) {
        return FactSheetJson.read(json);
    }

    ValidationReport report(String json) {
        return read(json, ValidationReport.class);
    }

    List<Attempt> attempts(String json) {
        try {
            return mapper.readValue(json, ATTEMPTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attempts do not parse: " + e.getOriginalMessage(), e);
        }
    }

    List<String> strings(String json) {
        try {
            return mapper.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notes do not parse: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " does not parse: " + e.getOriginalMessage(), e);
        }
    }
}
