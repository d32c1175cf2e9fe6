package io.factline.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One sign-in attempt from the form: reserve it with the {@link SignInThrottle} (spared the per-name
 * budget when the browser is a {@link KnownDevices known} one of that user), then check the password
 * ({@link Login}), then report the outcome. A browser that signs in without a device cookie gets one.
 */
public final class SignIn {

    private final Login login;
    private final SignInThrottle throttle;
    private final KnownDevices devices;
    private final Clock clock;

    public SignIn(Login login, SignInThrottle throttle, KnownDevices devices, Clock clock) {
        this.login = login;
        this.throttle = throttle;
        this.devices = devices;
        this.clock = clock;
    }

    /** @param deviceCookie the browser's device cookie, null when it has none */
    public record Attempt(String username, String password, String address, String deviceCookie) {
    }

    public sealed interface Outcome permits SignedIn, Refused, Throttled {
    }

    /** @param newDevice a device cookie value to give the browser, empty when it already has a good one */
    public record SignedIn(Sessions.Opened session, Optional<String> newDevice) implements Outcome {
    }

    /** Wrong name or password, told apart from nothing. */
    public record Refused() implements Outcome {
    }

    /** Over a budget: the password was not checked. */
    public record Throttled(Duration retryAfter, long seconds) implements Outcome {
    }

    public Outcome attempt(Attempt a) {
        Instant now = clock.instant();
        String name = a.username() == null ? "" : a.username().strip();
        boolean known = devices.knows(a.deviceCookie(), name, now);
        SignInThrottle.Decision decision = throttle.reserve(name, a.address(), known);
        if (decision instanceof SignInThrottle.Wait wait) return new Throttled(wait.retryAfter(), wait.seconds());
        SignInThrottle.Go go = (SignInThrottle.Go) decision;
        Optional<Sessions.Opened> opened;
        try {
            opened = login.signIn(a.username(), a.password(), now);
        } catch (RuntimeException e) {
            go.cancelled();
            throw e;
        }
        if (opened.isEmpty()) {
            go.failed();
            return new Refused();
        }
        go.succeeded();
        return new SignedIn(opened.get(), known ? Optional.empty() : Optional.of(devices.remember(name, now)));
    }
}
