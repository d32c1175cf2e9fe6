package io.factline.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes fact sheets as JSON. Reading is lenient about fields it does not know (other tools
 * add their own) and strict about the ones it needs: a sheet without {@code asOf} or with a fact that
 * lacks an id, subject, metric, unit or value is rejected with the path of the problem.
 */
public final class FactSheetJson {

    private static final ObjectMapper MAPPER = mapper();

    private FactSheetJson() {
    }

    /** The project's JSON settings: ISO dates, unknown fields ignored. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }

    public static String write(FactSheet sheet) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sheet);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a fact sheet always serializes", e);
        }
    }

    /** @throws InvalidSheet naming what is wrong and where */
    public static FactSheet read(String json) {
        try {
            return check(MAPPER.readValue(json, FactSheet.class));
        } catch (JsonMappingException e) {
            throw new InvalidSheet(path(e) + rootCause(e));
        } catch (JsonProcessingException e) {
            throw new InvalidSheet("not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    public static FactSheet fromTree(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            return check(MAPPER.treeToValue(node, FactSheet.class));
        } catch (JsonMappingException e) {
            throw new InvalidSheet(path(e) + rootCause(e));
        } catch (JsonProcessingException e) {
            throw new InvalidSheet(e.getOriginalMessage());
        }
    }

    static FactSheet check(FactSheet s) {
        if (s == null) throw new InvalidSheet("empty document");
        if (s.asOf() == null) throw new InvalidSheet("missing asOf");
        for (int i = 0; i < s.facts().size(); i++) {
            Fact f = s.facts().get(i);
            String at = "facts[" + i + "]";
            if (f == null) throw new InvalidSheet(at + ": null");
            if (f.id() == null) throw new InvalidSheet(at + ": missing id");
            if (f.subject() == null) throw new InvalidSheet(at + " (" + f.id() + "): missing subject");
            if (f.metric() == null) throw new InvalidSheet(at + " (" + f.id() + "): missing metric");
            if (f.unit() == null) throw new InvalidSheet(at + " (" + f.id() + "): missing unit");
            if (f.value() == null) throw new InvalidSheet(at + " (" + f.id() + "): missing value");
        }
        return s;
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            else b.append('[').append(r.getIndex()).append(']');
        }
        return b.isEmpty() ? "" : b + ": ";
    }

    private static String rootCause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        String m = c instanceof JsonProcessingException j ? j.getOriginalMessage() : c.getMessage();
        return m == null ? c.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** A fact sheet that cannot be used; the message says what and where. */
    public static final class InvalidSheet extends RuntimeException {
        public InvalidSheet(String message) {
            super(message, null, false, false);
        }
    }
}
