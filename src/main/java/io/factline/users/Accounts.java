package io.factline.users;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What admins do with accounts: create users, change their role, disable them, set passwords; and the
 * bootstrap admin from configuration. Rules on names and passwords live here.
 */
public final class Accounts {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

    private final UserStore store;
    private final Passwords passwords;
    private final Clock clock;

    public Accounts(UserStore store, Passwords passwords, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
    }

    public List<User> list() {
        return store.list();
    }

    public User create(String username, String password, String role) {
        String name = checkedName(username, "username");
        Role r = checkedRole(role);
        checkPassword(password, name, "password");
        if (!store.create(name, passwords.hash(password), r, clock.instant())) throw new UserProblem.Taken(name);
        return store.find(name).orElseThrow();
    }

    /**
     * Changes role and enabled flag; an admin cannot demote or disable themself (nobody could undo it). Disabling
     * ends the user's sessions and API tokens for good: enabling them again brings none back (UserStore).
     */
    public User update(String actor, String username, String role, boolean enabled) {
        User u = store.find(username).orElseThrow(() -> new UserProblem.Unknown(username));
        Role r = checkedRole(role);
        if (u.username().equals(actor) && (r != Role.ADMIN || !enabled)) {
            throw new UserProblem.Invalid("role", "you cannot demote or disable yourself; ask another admin");
        }
        store.update(u.username(), r, enabled, clock.instant());
        return store.find(username).orElseThrow();
    }

    /** Sets a new password; every session, API token and known browser of the user ends (UserStore). */
    public void setPassword(String username, String password) {
        checkPassword(password, username, "password");
        if (!store.setPassword(username, passwords.hash(password), clock.instant())) throw new UserProblem.Unknown(username);
    }

    /**
     * Makes sure the configured admin exists, is enabled, is an admin and has the configured password.
     * The configuration wins over changes made in the database, so it always recovers access.
     *
     * @throws UserProblem.Invalid naming the variable when the name or password is unusable
     */
    public void bootstrapAdmin(String username, String password, String nameVariable, String passwordVariable) {
        String name = checkedName(username, nameVariable);
        checkPassword(password, name, passwordVariable);
        var existing = store.credentials(name);
        if (existing.isEmpty()) {
            store.create(name, passwords.hash(password), Role.ADMIN, clock.instant());
            return;
        }
        store.update(name, Role.ADMIN, true, clock.instant());
        if (!passwords.matches(password, java.util.Optional.of(existing.get().passwordHash()))) {
            store.setPassword(name, passwords.hash(password), clock.instant());
        }
    }

    private static String checkedName(String username, String field) {
        String name = username == null ? "" : username.strip();
        if (!NAME.matcher(name).matches()) {
            throw new UserProblem.Invalid(field, "a user name is 2 to 32 characters: lower-case letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit");
        }
        return name;
    }

    private static Role checkedRole(String role) {
        return Role.parse(role == null ? "" : role.strip())
                .orElseThrow(() -> new UserProblem.Invalid("role", "role must be editor or admin"));
    }

    private void checkPassword(String password, String username, String field) {
        passwords.weakness(password, username).ifPresent(why -> {
            throw new UserProblem.Invalid(field, why);
        });
    }
}
