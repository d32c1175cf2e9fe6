package io.factline.validation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a text may be served. JSON "pass" / "fail". */
public enum Verdict {
    PASS, FAIL;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
