package io.factline.web;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;

/**
 * Binds a request body (already read and parsed by {@link Bodies}) to the record {@link ApiShapes} describes, with
 * Jackson and no coercion: a string is not a number, a number is not a string, 1.5 is not a whole number, and a
 * missing primitive is missing, not 0. A field that does not fit is a {@link BadRequest} naming it ("source.title"):
 * "{field} is required" or "{field} must be a string / a whole number / a number / true or false / an object".
 * Unknown fields are ignored (docs/chat.md), as for fact sheets.
 */
final class RecordBinding {

    private static final List<LogicalType> SCALARS = List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
            LogicalType.Boolean);
    private static final List<CoercionInputShape> SHAPES = List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
            CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString);

    private final ObjectMapper mapper;

    /** @param limited the body mapper (its parser limits are kept), copied and made strict */
    RecordBinding(ObjectMapper limited) {
        ObjectMapper strict = limited.copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        for (LogicalType type : SCALARS) {
            for (CoercionInputShape shape : SHAPES) strict.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
        strict.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);   // 4 is 4.0
        this.mapper = strict;
    }

    <T> T bind(JsonNode body, Class<T> type) {
        try {
            return mapper.treeToValue(body, type);
        } catch (JsonMappingException e) {
            throw badField(body, e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequest("body", "unusable JSON: " + e.getOriginalMessage());
        }
    }

    private static BadRequest badField(JsonNode body, JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!field.isEmpty()) field.append('.');
                field.append(r.getFieldName());
                pointer.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (r.getIndex() >= 0) {
                field.append('[').append(r.getIndex()).append(']');
                pointer.append('/').append(r.getIndex());
            }
        }
        if (field.isEmpty()) return new BadRequest("body", "unusable body: " + e.getOriginalMessage());
        String name = field.toString();
        Class<?> target = target(e);
        JsonNode given = body.at(pointer.toString());
        if (given.isMissingNode() || given.isNull()) {
            String kind = kind(target);
            return new BadRequest(name, name + " is required" + (kind.startsWith("a ") ? " (" + kind + ")" : ""));
        }
        return new BadRequest(name, name + " must be " + kind(target));
    }

    private static Class<?> target(JsonMappingException e) {
        if (e instanceof MismatchedInputException m) return m.getTargetType();
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof InputCoercionException i) return i.getTargetType();   // a whole number out of range
        }
        return null;
    }

    private static String kind(Class<?> target) {
        if (target == null) return "of another type";
        if (target == String.class) return "a string";
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class) return "a whole number";
        if (target == double.class || target == Double.class) return "a number";
        if (target == boolean.class || target == Boolean.class) return "true or false";
        return "an object";
    }
}
