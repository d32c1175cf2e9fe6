package io.factline.testing;

import io.factline.Main;
import io.factline.time.Sleeper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

/** Runs the CLI in-process, as a user would from the shell, capturing stdout, stderr and exit code. */
public record Run(int exit, String out, String err) {

    public static Run of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** With the process's surroundings given: environment variables, the time, and a sleeper that need not sleep. */
    public static Run with(Map<String, String> env, Clock clock, Sleeper sleeper, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(env, clock, sleeper, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
