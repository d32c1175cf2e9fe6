package io.factline.users;

/** Why an account change was refused; the web layer maps each kind to an HTTP status once. */
public abstract sealed class UserProblem extends RuntimeException {

    UserProblem(String message) {
        super(message, null, false, false);
    }

    /** A field is missing or unusable; {@code field} names it. */
    public static final class Invalid extends UserProblem {
        private final String field;

        public Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static final class Taken extends UserProblem {
        public Taken(String username) {
            super("the name " + username + " is taken");
        }
    }

    public static final class Unknown extends UserProblem {
        public Unknown(String username) {
            super("no user " + username);
        }
    }
}
