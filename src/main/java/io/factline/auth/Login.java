package io.factline.auth;

import io.factline.users.Passwords;
import io.factline.users.UserStore;
import java.time.Instant;
import java.util.Optional;

/** Checks a name and password and opens a session. Wrong name and wrong password look the same. */
public final class Login {

    private final UserStore users;
    private final Passwords passwords;
    private final Sessions sessions;

    public Login(UserStore users, Passwords passwords, Sessions sessions) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    public Optional<Sessions.Opened> signIn(String username, String password, Instant now) {
        Optional<UserStore.Credentials> found = username == null || username.length() > 64
                ? Optional.empty() : users.credentials(username.strip());
        boolean ok = passwords.matches(password, found.map(UserStore.Credentials::passwordHash));
        if (!ok || !found.get().user().enabled()) return Optional.empty();
        return Optional.of(sessions.open(found.get().user().username(), now));
    }
}
