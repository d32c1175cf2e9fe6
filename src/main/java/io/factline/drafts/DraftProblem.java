package io.factline.drafts;

import io.factline.validation.ValidationReport;

/**
 * Why the desk refused a request about drafts. The web layer maps each kind to an HTTP status in one
 * place; the messages are written for the editor who made the request.
 */
public abstract sealed class DraftProblem extends RuntimeException {

    DraftProblem(String message) {
        super(message, null, false, false);
    }

    /** No draft (or no such version) with that id. */
    public static final class NotFound extends DraftProblem {
        public NotFound(String message) {
            super(message);
        }
    }

    /** A field of the request is missing or unusable; {@code field} names it. */
    public static final class InvalidInput extends DraftProblem {
        private final String field;

        public InvalidInput(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The request was made against a version that is no longer current: someone saved since. */
    public static final class StaleVersion extends DraftProblem {
        private final DraftVersion current;

        public StaleVersion(int base, DraftVersion current) {
            super("version " + base + " is not the current version any more: " + current.author() + " saved version "
                    + current.number() + "; reload, merge your changes and save again");
            this.current = current;
        }

        public DraftVersion current() {
            return current;
        }
    }

    /** The draft's state does not allow this: editing a published draft, publishing a draft in review. */
    public static final class NotAllowed extends DraftProblem {
        private final DraftState state;

        public NotAllowed(DraftState state, String message) {
            super(message);
            this.state = state;
        }

        public DraftState state() {
            return state;
        }
    }

    /**
     * Approval or publication asked for a version that fails validation: refused, always (issue 17 removed the
     * override). The report says what fails.
     */
    public static final class ApprovalRefused extends DraftProblem {
        private final Action action;
        private final int version;
        private final ValidationReport report;

        public ApprovalRefused(Action action, int version, ValidationReport report, long failing) {
            super("cannot " + action.wire() + ": version " + version + " fails validation (" + failing
                    + (failing == 1 ? " problem" : " problems") + "); fix the text, or add a figure the sheet lacks as an "
                    + "editor-sourced fact with its source and cite it");
            this.action = action;
            this.version = version;
            this.report = report;
        }

        public Action action() {
            return action;
        }

        public int version() {
            return version;
        }

        public ValidationReport report() {
            return report;
        }
    }

    /** Four eyes: the approver last edited the version, or added an editor-sourced fact it cites. */
    public static final class FourEyes extends DraftProblem {
        public FourEyes(String message) {
            super(message);
        }
    }
}
