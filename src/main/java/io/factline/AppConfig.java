package io.factline;

import io.factline.drafts.ReviewRules;
import io.factline.narrative.llm.ModelConfigError;
import io.factline.narrative.llm.ModelSettings;
import io.factline.schedule.DailyRunSettings;
import io.factline.store.Database;
import io.factline.store.DatabaseConfig;
import io.factline.web.ServerSettings;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every setting of the process, read once: the environment's variables over those of {@code .env} in the working
 * directory (the real environment wins). Each part is parsed when a command needs it, so a bad model setting does
 * not stop {@code facts}; whatever part is wrong, the error is one {@link ConfigError} naming the variable.
 * {@code .env.example} documents every variable.
 *
 * @param variables the merged variables, as given (tests pass exactly the configuration they want)
 */
public record AppConfig(Map<String, String> variables) {

    public AppConfig {
        variables = Collections.unmodifiableMap(new HashMap<>(variables));
    }

    /** @throws ConfigError when {@code dir/.env} exists but cannot be read */
    public static AppConfig load(Path dir, Map<String, String> environment) {
        return parsed(() -> new AppConfig(ModelSettings.withDotEnv(dir, environment)));
    }

    /** The model's settings (OPENAI_*, FACTLINE_MODEL*). */
    public ModelSettings model() {
        return parsed(() -> ModelSettings.fromEnvironment(variables));
    }

    /** Whether a model is configured; a bad model setting is a {@link ConfigError}. */
    public boolean modelConfigured() {
        return model().configured();
    }

    /** The desk's server settings (FACTLINE_PORT, FACTLINE_HOST, cookies, sessions, bootstrap admin). */
    public ServerSettings server() {
        return parsed(() -> ServerSettings.fromEnvironment(variables));
    }

    /** FACTLINE_FOUR_EYES. */
    public ReviewRules reviewRules() {
        return parsed(() -> ReviewRules.fromEnvironment(variables));
    }

    /** The scheduled run (FACTLINE_SCHEDULE, FACTLINE_SYNC_PROVIDER, FACTLINE_UNIVERSE, FACTLINE_DRAFTER). */
    public DailyRunSettings daily() {
        return parsed(() -> DailyRunSettings.fromEnvironment(variables));
    }

    /** The store (FACTLINE_DB_URL, FACTLINE_DB_USER, FACTLINE_DB_PASSWORD). */
    public DatabaseConfig database() {
        return parsed(() -> DatabaseConfig.fromEnvironment(variables));
    }

    /** Each part's own "invalid setting" exception, already one line naming the variable, as one {@link ConfigError}. */
    private static <T> T parsed(Supplier<T> part) {
        try {
            return part.get();
        } catch (ModelConfigError | ServerSettings.Invalid | DailyRunSettings.Invalid | Database.StoreUnavailable e) {
            throw new ConfigError(e.getMessage());
        } catch (IllegalArgumentException e) {   // ReviewRules names its variable in the message
            throw new ConfigError(e.getMessage());
        }
    }
}
