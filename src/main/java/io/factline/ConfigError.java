package io.factline;

import io.factline.cli.UserError;

/**
 * A setting the user must fix: one line naming the variable ({@code FACTLINE_PORT: 'x' is not a whole number …}),
 * printed on stderr with exit code 2 and no stack trace. Never carries a key's value.
 */
public final class ConfigError extends UserError {

    public ConfigError(String message) {
        super(message);
    }
}
