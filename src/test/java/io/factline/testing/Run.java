package io.factline.testing;

import io.factline.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process, as a user would from the shell, capturing stdout, stderr and exit code. */
public record Run(int exit, String out, String err) {

    public static Run of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
