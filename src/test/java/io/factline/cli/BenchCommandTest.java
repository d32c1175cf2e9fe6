package io.factline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.testing.Run;
import org.junit.jupiter.api.Test;

/** The bench command runs its suites end to end; its timings are reported in the README, never asserted. */
class BenchCommandTest {

    @Test
    void should_time_the_dense_and_the_published_density_commentaries_when_the_validator_suite_runs() {
        // when the validator suite runs in its quick mode
        Run run = Run.of("bench", "--quick", "validator");

        // then both generated commentaries passed validation (the suite refuses to time a failing text)
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("## validator")
                .containsPattern("commentary, sheet prepared once \\(10\\d\\d words, 1\\d\\d claims, 504 facts\\) +median")
                .containsPattern("commentary at published density, sheet prepared once \\(10\\d\\d words, \\d\\d claims\\) +median")
                .contains("prepare the 500-fact sheet alone");
    }

    @Test
    void should_exit_2_and_name_the_suite_when_it_is_unknown() {
        // when an unknown suite is asked for
        Run run = Run.of("bench", "validatr");

        // then nothing is timed and the error names the suite
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("validatr");
    }
}
