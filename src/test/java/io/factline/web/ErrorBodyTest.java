package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactSheetJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorBodyTest {

    @Test
    void should_write_error_field_and_message_when_the_error_names_a_field() throws Exception {
        // given
        var body = new ApiShapes.ErrorBody("bad_request", "text", "text is required");

        // when
        String json = FactSheetJson.mapper().writeValueAsString(body);

        // then
        assertThat(json).isEqualTo("{\"error\":\"bad_request\",\"field\":\"text\",\"message\":\"text is required\"}");
    }

    @Test
    void should_leave_field_out_and_put_details_after_the_message_when_the_error_has_them() throws Exception {
        // given
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("currentVersion", 2);
        details.put("current", Map.of("version", 2));
        var body = new ApiShapes.ErrorBody("stale_version", null, "version 1 is not the current version", details);

        // when
        String json = FactSheetJson.mapper().writeValueAsString(body);

        // then
        assertThat(json).isEqualTo("{\"error\":\"stale_version\",\"message\":\"version 1 is not the current version\","
                + "\"currentVersion\":2,\"current\":{\"version\":2}}");
    }
}
