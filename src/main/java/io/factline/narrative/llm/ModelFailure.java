package io.factline.narrative.llm;

import java.util.Objects;

/**
 * The model gave no usable reply. The message is one user-facing line without stack noise, naming the
 * endpoint and what it said, e.g. {@code model endpoint https://api.openai.com/v1: insufficient_quota:
 * You exceeded your current quota, please check your plan and billing details.} It never contains the
 * API key. Whatever the kind, no text from the failed call may be used: callers fall back (the template
 * writer) or report the message.
 */
public final class ModelFailure extends RuntimeException {

    /** What went wrong; {@link ModelClient} documents which kinds are retried before they surface. */
    public enum Kind {
        /** 429 rate_limit_exceeded, still limited after the retries (or the request can never fit). */
        RATE_LIMITED,
        /** 429 insufficient_quota / credit_balance_exhausted: billing, retrying cannot help. */
        QUOTA,
        /** 401 or 403: the key is missing, wrong or lacks access. */
        AUTH,
        /** 5xx (and 409), still failing after the retries. */
        SERVER,
        /** No complete reply within FACTLINE_MODEL_TIMEOUT_SECONDS, after the retries. */
        TIMEOUT,
        /** Connection refused, reset or cut mid-reply, after the retries. */
        CONNECTION,
        /** The reply could not be read: not JSON, not the Chat Completions shape, or not a usable draft. */
        BAD_RESPONSE,
        /** finish_reason "length": the reply was cut at the token limit; its text is incomplete. */
        TRUNCATED,
        /** The reply had no text (empty or null content; also how a structured-output refusal arrives). */
        EMPTY,
        /** finish_reason "content_filter": the endpoint withheld the reply. */
        REFUSED,
        /** 400, 404, 422 and other 4xx: the endpoint rejected the request (unknown model, unsupported option). */
        REJECTED
    }

    private final Kind kind;

    public ModelFailure(Kind kind, String message) {
        this(kind, message, null);
    }

    /** @param cause kept for logs; it is not part of the user-facing message */
    public ModelFailure(Kind kind, String message, Throwable cause) {
        super(message, cause, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
