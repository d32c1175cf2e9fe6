package io.factline.web;

/** Not signed in (401) or not allowed (403). */
public final class Denied extends RuntimeException {

    private final int status;

    private Denied(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static Denied unauthenticated(String message) {
        return new Denied(401, message);
    }

    public static Denied forbidden(String message) {
        return new Denied(403, message);
    }

    public int status() {
        return status;
    }
}
