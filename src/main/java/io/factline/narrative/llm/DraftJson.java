package io.factline.narrative.llm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.factline.narrative.Draft;
import io.factline.narrative.llm.ModelFailure.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON shape of a {@link Draft} as the writer asks the model for it, and a defensive reader for
 * what comes back. The reader tolerates the usual packaging (markdown fences, prose around the object,
 * snake_case keys, a string where a list belongs, nulls, missing fields) but never invents content: a
 * missing section is empty, and a reply it cannot read as one draft object is a {@link ModelFailure}.
 */
public final class DraftJson {

    private static final List<String> TEXT_FIELDS =
            List.of("headline", "summary", "marketMoves", "sectors", "valuation", "risk", "technicals");
    private static final List<String> LIST_FIELDS = List.of("risks", "opportunities", "keyFigures");

    // Lenient only about syntax a model gets wrong without changing meaning: raw newlines inside
    // strings and a trailing comma. Comments, single quotes and the like stay errors.
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    /** The schema sent as {@code response_format}: every field required, nothing else allowed (strict mode). */
    public JsonSchema schema() {
        JsonObjectSchema.Builder root = JsonObjectSchema.builder();
        for (String field : TEXT_FIELDS) root.addProperty(field, new JsonStringSchema());
        for (String field : LIST_FIELDS) {
            root.addProperty(field, JsonArraySchema.builder().items(new JsonStringSchema()).build());
        }
        List<String> all = new ArrayList<>(TEXT_FIELDS);
        all.addAll(LIST_FIELDS);
        return JsonSchema.builder()
                .name("commentary_draft")
                .rootElement(root.required(all).additionalProperties(false).build())
                .build();
    }

    /**
     * @param modelText the reply's text as {@link ModelClient#complete} returned it
     * @throws ModelFailure BAD_RESPONSE when the text holds no JSON object, is a JSON array, or its
     *                      object has none of the draft's fields (or a field holds an object)
     */
    public Draft parse(String modelText) {
        JsonNode object = firstObject(modelText == null ? "" : modelText);
        boolean known = false;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            if (canonical(names.next()).isPresent()) known = true;
        }
        if (!known) {
            throw bad("the JSON object has none of the draft fields (headline, summary, …); it has: "
                    + String.join(", ", fieldNames(object)));
        }
        return new Draft(text(object, "headline"), text(object, "summary"), text(object, "marketMoves"),
                text(object, "sectors"), text(object, "valuation"), text(object, "risk"),
                text(object, "technicals"), list(object, "risks"), list(object, "opportunities"),
                list(object, "keyFigures"));
    }

    private JsonNode firstObject(String text) {
        // The first '{' or '[' that starts a complete JSON value decides; brackets that do not (a
        // citation marker like [F12] in prose before the JSON) are skipped.
        String body = withoutFence(text.strip());
        for (int at = 0; at < body.length(); at++) {
            char c = body.charAt(at);
            if (c != '{' && c != '[') continue;
            Optional<JsonNode> value = readValueAt(body, at);
            if (value.isEmpty()) continue;
            if (value.get().isArray()) throw bad("the reply is a JSON array; expected one JSON object");
            return value.get();
        }
        throw bad("no JSON object in the reply (it starts: " + excerpt(text) + ")");
    }

    /** One complete JSON value starting at {@code at}; whatever follows it is ignored. */
    private Optional<JsonNode> readValueAt(String text, int at) {
        try (JsonParser parser = mapper.createParser(text.substring(at))) {
            return Optional.ofNullable(mapper.readTree(parser));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // A reply that is only a fenced block: ```json … ``` (the language tag is optional).
    private static String withoutFence(String text) {
        if (!text.startsWith("```")) return text;
        int firstLineEnd = text.indexOf('\n');
        if (firstLineEnd < 0) return text;
        String inner = text.substring(firstLineEnd + 1);
        int close = inner.lastIndexOf("```");
        return (close >= 0 ? inner.substring(0, close) : inner).strip();
    }

    private String text(JsonNode object, String field) {
        JsonNode node = field(object, field);
        if (node == null || node.isNull()) return "";
        if (node.isValueNode()) return node.asText();
        if (node.isArray()) return String.join(" ", items(node, field));
        throw bad("field " + field + " holds an object; expected text");
    }

    private List<String> list(JsonNode object, String field) {
        JsonNode node = field(object, field);
        if (node == null || node.isNull()) return List.of();
        if (node.isValueNode()) return node.asText().isBlank() ? List.of() : List.of(node.asText().strip());
        if (node.isArray()) return items(node, field);
        throw bad("field " + field + " holds an object; expected a list of strings");
    }

    private List<String> items(JsonNode array, String field) {
        List<String> items = new ArrayList<>();
        for (JsonNode item : array) {
            if (item.isNull()) continue;
            if (!item.isValueNode()) throw bad("field " + field + " holds a nested " + item.getNodeType()
                    .toString().toLowerCase(Locale.ROOT) + "; expected strings");
            if (!item.asText().isBlank()) items.add(item.asText().strip());
        }
        return items;
    }

    /** The value for a draft field: the exact key wins over a differently spelled one (market_moves). */
    private static JsonNode field(JsonNode object, String field) {
        if (object.has(field)) return object.get(field);
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (canonical(entry.getKey()).filter(field::equals).isPresent()) return entry.getValue();
        }
        return null;
    }

    /** The draft field a key means, ignoring case, '_' and '-'. */
    private static Optional<String> canonical(String key) {
        String squashed = key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
        List<String> all = new ArrayList<>(TEXT_FIELDS);
        all.addAll(LIST_FIELDS);
        return all.stream().filter(f -> f.toLowerCase(Locale.ROOT).equals(squashed)).findFirst();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? List.of("(no fields)") : names;
    }

    private static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.isEmpty() ? "(nothing)" : '"' + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + '"';
    }

    private static ModelFailure bad(String problem) {
        return new ModelFailure(Kind.BAD_RESPONSE, "model reply is not a usable draft: " + problem);
    }
}
