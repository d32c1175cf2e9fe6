package io.factline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.OpenApiLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A readable page of the API, rendered on the server from the OpenAPI document the annotation
 * processor generated at build time (no Swagger UI: it would need inline script, which the CSP forbids).
 */
final class DocsPage implements Routes {

    private final List<Map<String, Object>> operations;
    private final Views views;

    public DocsPage(ObjectMapper mapper, Views views) {
        this.views = views;
        String json = new OpenApiLoader().loadOpenApiSchemes().getOrDefault("default", "{}");
        try {
            this.operations = operations(mapper.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("the generated OpenAPI document does not parse", e);
        }
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/docs", this::page, Access.PUBLIC);
    }

    void page(Context ctx) {
        views.render(ctx, "docs.mustache", "API", Map.of("operations", operations));
    }

    private static List<Map<String, Object>> operations(JsonNode doc) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode o = op.getValue();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", path.getKey());
                m.put("method", op.getKey());
                m.put("methodUpper", op.getKey().toUpperCase(Locale.ROOT));
                m.put("operationId", o.path("operationId").asText(op.getKey() + path.getKey()));
                m.put("summary", o.path("summary").asText(""));
                m.put("description", o.path("description").asText(""));
                List<Map<String, Object>> params = new ArrayList<>();
                for (JsonNode p : o.path("parameters")) {
                    params.add(Map.of("paramName", p.path("name").asText(), "paramIn", p.path("in").asText(),
                            "paramRequired", p.path("required").asBoolean(false)));
                }
                m.put("params", params);
                m.put("hasParams", !params.isEmpty());
                m.put("requestSchema", schemaName(o.path("requestBody").path("content")));
                List<Map<String, Object>> responses = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> rs = o.path("responses").fields(); rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    responses.add(Map.of("code", r.getKey(), "responseDescription", r.getValue().path("description").asText(""),
                            "responseSchema", schemaName(r.getValue().path("content"))));
                }
                m.put("responses", responses);
                out.add(m);
            }
        }
        out.sort((a, b) -> ((String) a.get("path")).compareTo((String) b.get("path")));
        return List.copyOf(out);
    }

    /** "DraftDocument", "DraftSummary[]", "text/plain", or "" when there is no body. */
    private static String schemaName(JsonNode content) {
        for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> t = types.next();
            JsonNode schema = t.getValue().path("schema");
            String ref = schema.path("$ref").asText(schema.path("items").path("$ref").asText(""));
            if (!ref.isEmpty()) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                return schema.has("items") ? name + "[]" : name;
            }
            return t.getKey();
        }
        return "";
    }
}
