package io.factline;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** A value made on first use (the database, so commands that need none never open it), then kept. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> make;
    private T value;

    Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public synchronized T get() {
        if (value == null) value = make.get();
        return value;
    }

    synchronized void ifOpened(Consumer<T> action) {
        if (value != null) action.accept(value);
    }
}
