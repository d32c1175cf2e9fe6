package io.factline.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.testing.FakeTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final FakeTime time = new FakeTime("2026-03-23T14:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(time.clock());

    @Test
    void should_refuse_a_name_from_an_address_after_five_failures_until_the_first_leaves_the_window() {
        // given five failures for one name from one address, a minute apart
        for (int i = 0; i < SignInThrottle.PER_NAME; i++) {
            assertThat(throttle.waitBefore("erin", "10.0.0.7")).isEmpty();
            throttle.failed("erin", "10.0.0.7");
            time.sleep(Duration.ofMinutes(1));
        }

        // then the sixth try waits until the first failure is 15 minutes old: 15 - 5 = 10 minutes
        assertThat(throttle.waitBefore("erin", "10.0.0.7")).contains(Duration.ofMinutes(10));
        assertThat(throttle.waitBefore(" ERIN ", "10.0.0.7")).as("the same name, written differently").isPresent();
        assertThat(throttle.waitBefore("erin", "10.0.0.8")).as("the real user elsewhere").isEmpty();
        assertThat(throttle.waitBefore("frank", "10.0.0.7")).as("another name from the address").isEmpty();

        // when the first failure leaves the window
        time.sleep(Duration.ofMinutes(10));

        // then one more try is allowed
        assertThat(throttle.waitBefore("erin", "10.0.0.7")).isEmpty();
    }

    @Test
    void should_refuse_an_address_that_sprays_many_names() {
        // given failures for 30 different names from one address
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) throttle.failed("user" + i, "10.0.0.9");

        // then a new name from that address waits too, and other addresses do not
        assertThat(throttle.waitBefore("someone-new", "10.0.0.9")).contains(SignInThrottle.WINDOW);
        assertThat(throttle.waitBefore("someone-new", "10.0.0.10")).isEmpty();
    }

    @Test
    void should_forget_a_name_failures_when_it_signs_in() {
        // given four failures, then a success
        for (int i = 0; i < SignInThrottle.PER_NAME - 1; i++) throttle.failed("erin", "10.0.0.7");
        throttle.succeeded("erin", "10.0.0.7");

        // when it fails once more
        throttle.failed("erin", "10.0.0.7");

        // then it is not refused: the count started again
        assertThat(throttle.waitBefore("erin", "10.0.0.7")).isEmpty();
    }
}
