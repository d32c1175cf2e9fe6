package io.factline.web;

import io.factline.drafts.DraftWorkflow;
import io.factline.drafts.SheetSource;
import io.factline.drafts.VersionText;
import io.factline.facts.FactSheet;
import io.factline.facts.FactSheetJson;
import io.factline.facts.Metric;
import io.factline.market.Instrument;
import io.factline.market.MarketData;
import io.factline.validation.ValidationReport;
import io.factline.validation.Validator;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Facts, validation and chart data for editors. IO only. */
final class FactsApi implements Routes {

    private static final int MAX_SYMBOLS = 20;

    private final SheetSource sheets;
    private final Validator validator;
    private final DraftWorkflow workflow;
    private final Bodies bodies;

    public FactsApi(SheetSource sheets, Validator validator, DraftWorkflow workflow, Bodies bodies) {
        this.sheets = sheets;
        this.validator = validator;
        this.workflow = workflow;
        this.bodies = bodies;
    }

    @Override
    public void addTo(Javalin app) {
        app.post("/api/validate", this::validate, Access.EDITOR);
        app.get("/api/facts", this::facts, Access.EDITOR);
        app.get("/api/chart", this::chart, Access.EDITOR);
    }

    @OpenApi(path = "/api/validate", methods = HttpMethod.POST, operationId = "validate", tags = "facts",
            summary = "Validate a text against a fact sheet without saving anything",
            description = "Give exactly one of: facts (a fact sheet document, as GET /api/facts returns), date (the sheet "
                    + "the server computes for that date) or draftId (the sheet that draft is checked against). "
                    + "requireCitations defaults to true, as for drafts. Offsets in the report index the text.",
            security = @OpenApiSecurity(name = "BearerAuth"),
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = ApiShapes.Validate.class)),
            responses = {
                    @OpenApiResponse(status = "200", content = @OpenApiContent(from = ValidationReport.class)),
                    @OpenApiResponse(status = "400", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "401", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "404", description = "unknown draftId", content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void validate(Context ctx) {
        ApiShapes.Validate body = bodies.read(ctx, ApiShapes.Validate.class);
        String text = Fields.required(body.text(), "text");
        boolean requireCitations = body.requireCitations() == null || body.requireCitations();
        boolean hasFacts = body.facts() != null && !body.facts().isNull(), hasDate = body.date() != null, hasDraft = body.draftId() != null;
        int given = (hasFacts ? 1 : 0) + (hasDate ? 1 : 0) + (hasDraft ? 1 : 0);
        if (given != 1) {
            throw new BadRequest(hasFacts ? "facts" : hasDate ? "date" : "draftId",
                    "give exactly one of facts (a fact sheet), date or draftId");
        }
        if (hasDraft) {
            ctx.json(workflow.validate(body.draftId(), text));
            return;
        }
        if (!hasFacts) {
            ctx.json(validator.validate(sheets.sheet(Fields.date(body.date(), "date")), VersionText.checked(text), requireCitations));
            return;
        }
        if (!body.facts().isObject()) throw new BadRequest("facts", "facts must be a fact sheet object");
        FactSheet sheet;
        try {
            sheet = FactSheetJson.fromTree(body.facts());
        } catch (FactSheetJson.InvalidSheet e) {
            throw new BadRequest("facts", "not a usable fact sheet: " + e.getMessage());
        }
        ValidationReport report;
        try {
            report = validator.validate(sheet, VersionText.checked(text), requireCitations);
        } catch (RuntimeException e) {   // a sheet the reader took but validation cannot use (an instrument without a symbol)
            throw new BadRequest("facts", "not a usable fact sheet: validation failed on it (" + e + ")");
        }
        ctx.json(report);
    }

    @OpenApi(path = "/api/facts", methods = HttpMethod.GET, operationId = "facts", tags = "facts",
            summary = "The fact sheet for a date (default: the latest date in the data), optionally only some symbols, "
                    + "sectors or metrics (filters combine; IDs are those of the whole sheet)",
            security = @OpenApiSecurity(name = "BearerAuth"),
            queryParams = {@OpenApiParam(name = "date", description = "YYYY-MM-DD"),
                    @OpenApiParam(name = "symbol", description = "comma-separated symbols, e.g. SPY,IWM; \"stocks\" for the breadth of all stocks"),
                    @OpenApiParam(name = "sector", description = "comma-separated sector names as in instruments.csv, e.g. Energy: "
                            + "the sector's instruments and its breadth figures"),
                    @OpenApiParam(name = "metric", description = "comma-separated metrics, e.g. return,rsi")},
            responses = {
                    @OpenApiResponse(status = "200", content = @OpenApiContent(from = FactSheet.class)),
                    @OpenApiResponse(status = "400", description = "bad date, no data on it, unknown symbol, sector or metric",
                            content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "401", content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void facts(Context ctx) {
        String d = ctx.queryParam("date");
        LocalDate date = d == null ? sheets.market().latestDate().orElseThrow() : Fields.date(d, "date");
        FactSheet sheet = sheets.sheet(date);
        String symbols = ctx.queryParam("symbol"), sectors = ctx.queryParam("sector"), metrics = ctx.queryParam("metric");
        Set<String> wanted = symbols == null && sectors == null ? null : new LinkedHashSet<>();
        if (symbols != null) {
            List<String> names = new ArrayList<>(List.of(symbols.split(",")));
            if (names.removeIf(n -> n.strip().equals("stocks"))) wanted.add("stocks");
            if (!names.stream().allMatch(String::isBlank) || wanted.isEmpty()) {
                for (Instrument i : instruments(String.join(",", names), "symbol")) wanted.add(i.symbol());
            }
        }
        if (sectors != null) wanted.addAll(sectorSubjects(sectors));
        ctx.json(sheet.only(wanted, metrics == null ? null : metrics(metrics)));
    }

    private Set<String> sectorSubjects(String csv) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : csv.split(",")) {
            String name = raw.strip();
            if (name.isEmpty()) continue;
            List<Instrument> members = sheets.market().instruments().stream()
                    .filter(i -> i.sector() != null && i.sector().equalsIgnoreCase(name)).toList();
            if (members.isEmpty()) throw new BadRequest("sector", "unknown sector '" + name + "'");
            out.add(members.get(0).sector());
            members.forEach(i -> out.add(i.symbol()));
        }
        if (out.isEmpty()) throw new BadRequest("sector", "sector names no sector");
        return out;
    }

    private static Set<Metric> metrics(String csv) {
        Set<Metric> out = java.util.EnumSet.noneOf(Metric.class);
        for (String raw : csv.split(",")) {
            String name = raw.strip();
            if (name.isEmpty()) continue;
            try {
                out.add(Metric.parse(name));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("metric", "unknown metric '" + name + "'");
            }
        }
        if (out.isEmpty()) throw new BadRequest("metric", "metric names no metric");
        return out;
    }

    @OpenApi(path = "/api/chart", methods = HttpMethod.GET, operationId = "chart", tags = "facts",
            summary = "Closes of some instruments over the 30 sessions before a date, rebased to 100",
            security = @OpenApiSecurity(name = "BearerAuth"),
            queryParams = {@OpenApiParam(name = "date", required = true, description = "YYYY-MM-DD"),
                    @OpenApiParam(name = "symbols", required = true, description = "comma-separated, at most 20")},
            responses = {
                    @OpenApiResponse(status = "200", content = @OpenApiContent(from = ApiShapes.Chart.class)),
                    @OpenApiResponse(status = "400", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "401", content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void chart(Context ctx) {
        LocalDate date = Fields.date(ctx.queryParam("date"), "date");
        sheets.sheet(date);   // a date without data is a 400 naming "date"
        String symbols = ctx.queryParam("symbols");
        if (symbols == null || symbols.isBlank()) throw new BadRequest("symbols", "symbols is required, e.g. SPY,IWM");
        ctx.json(ChartData.of(sheets.market(), date, instruments(symbols, "symbols")));
    }

    private List<Instrument> instruments(String csv, String field) {
        MarketData market = sheets.market();
        List<Instrument> out = new ArrayList<>();
        for (String raw : csv.split(",")) {
            String symbol = raw.strip();
            if (symbol.isEmpty()) continue;
            Instrument i = market.instrument(symbol).orElseThrow(() -> new BadRequest(field, "unknown symbol '" + symbol + "'"));
            if (!out.contains(i)) out.add(i);
        }
        if (out.isEmpty()) throw new BadRequest(field, field + " names no symbol");
        if (out.size() > MAX_SYMBOLS) throw new BadRequest(field, "at most " + MAX_SYMBOLS + " symbols");
        return out;
    }
}
