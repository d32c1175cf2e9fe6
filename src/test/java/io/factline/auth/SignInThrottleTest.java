package io.factline.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.testing.FakeTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final FakeTime time = new FakeTime("2026-03-23T14:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(time.clock());

    /** Reserves an attempt and reports it failed; asserts it was allowed. */
    private void fail(String name, String address) {
        SignInThrottle.Decision d = throttle.reserve(name, address, false);
        assertThat(d).as(name + " from " + address).isInstanceOf(SignInThrottle.Go.class);
        ((SignInThrottle.Go) d).failed();
    }

    private SignInThrottle.Decision next(String name, String address) {
        SignInThrottle.Decision d = throttle.reserve(name, address, false);
        if (d instanceof SignInThrottle.Go go) go.cancelled();   // only looking
        return d;
    }

    @Test
    void should_refuse_a_name_from_an_address_after_five_failures_until_the_window_refills() {
        // given five failures for one name from one address, a minute apart
        for (int i = 0; i < SignInThrottle.PER_NAME_AND_ADDRESS; i++) {
            fail("erin", "10.0.0.7");
            time.sleep(Duration.ofMinutes(1));
        }

        // then the sixth try waits until 15 minutes after the first failure: 15 - 5 = 10 minutes
        assertThat(next("erin", "10.0.0.7")).isEqualTo(new SignInThrottle.Wait(Duration.ofMinutes(10)));
        assertThat(next(" ERIN ", "10.0.0.7")).as("the same name, written differently").isInstanceOf(SignInThrottle.Wait.class);
        assertThat(next("erin", "10.0.0.8")).as("the real user elsewhere").isInstanceOf(SignInThrottle.Go.class);
        assertThat(next("frank", "10.0.0.7")).as("another name from the address").isInstanceOf(SignInThrottle.Go.class);

        // when the window refills, one more try is allowed
        time.sleep(Duration.ofMinutes(10));
        assertThat(next("erin", "10.0.0.7")).isInstanceOf(SignInThrottle.Go.class);
    }

    @Test
    void should_count_an_attempt_when_it_is_reserved_so_parallel_guesses_cannot_overtake_the_count() {
        // given five attempts reserved at once, none reported yet (their passwords are still being checked)
        for (int i = 0; i < SignInThrottle.PER_NAME_AND_ADDRESS; i++) {
            assertThat(throttle.reserve("erin", "10.0.0.7", false)).isInstanceOf(SignInThrottle.Go.class);
        }

        // then a sixth is refused before any password was checked
        assertThat(throttle.reserve("erin", "10.0.0.7", false)).isEqualTo(new SignInThrottle.Wait(SignInThrottle.WINDOW));
    }

    @Test
    void should_refuse_an_address_that_sprays_many_names() {
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) fail("user" + i, "10.0.0.9");

        assertThat(next("someone-new", "10.0.0.9")).isEqualTo(new SignInThrottle.Wait(SignInThrottle.WINDOW));
        assertThat(next("someone-new", "10.0.0.10")).isInstanceOf(SignInThrottle.Go.class);
    }

    @Test
    void should_slow_one_name_guessed_from_many_addresses_more_the_more_it_fails_but_not_a_known_browser() {
        // given the name's quarter-hour budget spent from many addresses, one guess each
        for (int i = 0; i < SignInThrottle.PER_NAME; i++) fail("erin", "10.1.0." + i);

        // then a new address waits for the quarter hour, a browser that signed in as erin before does not
        assertThat(next("erin", "10.2.0.1")).isEqualTo(new SignInThrottle.Wait(SignInThrottle.WINDOW));
        assertThat(throttle.reserve("erin", "10.2.0.1", true)).isInstanceOf(SignInThrottle.Go.class);
        assertThat(next("frank", "10.2.0.1")).as("other names are not slowed").isInstanceOf(SignInThrottle.Go.class);

        // when the guessing goes on every quarter hour until the day's budget is spent
        for (int spent = SignInThrottle.PER_NAME; spent < SignInThrottle.PER_NAME_A_DAY; spent += SignInThrottle.PER_NAME) {
            time.sleep(SignInThrottle.WINDOW);
            for (int i = 0; i < SignInThrottle.PER_NAME; i++) fail("erin", "10.3." + spent + "." + i);
        }
        time.sleep(SignInThrottle.WINDOW);

        // then the wait has grown to the rest of the day
        assertThat(next("erin", "10.4.0.1")).isEqualTo(new SignInThrottle.Wait(Duration.ofDays(1).minus(SignInThrottle.WINDOW.multipliedBy(5))));
    }

    @Test
    void should_not_count_a_sign_in_as_a_failure() {
        // given four failures, then a success
        for (int i = 0; i < SignInThrottle.PER_NAME_AND_ADDRESS - 1; i++) fail("erin", "10.0.0.7");
        ((SignInThrottle.Go) throttle.reserve("erin", "10.0.0.7", false)).succeeded();

        // then one more failure is allowed, and the one after it waits for the window
        fail("erin", "10.0.0.7");
        assertThat(next("erin", "10.0.0.7")).isInstanceOf(SignInThrottle.Wait.class);
    }
}
