package io.factline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command's result goes: stdout, or a file written whole or not at all (a temporary file in
 * the same directory, moved into place), so a failure never leaves partial output behind.
 */
public final class Output {

    private Output() {
    }

    public static void emit(String text, Path file, PrintWriter out) {
        String body = text.endsWith("\n") ? text : text + "\n";
        if (file == null) {
            out.print(body);
            out.flush();
            return;
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".factline-", ".tmp");
            try {
                Files.writeString(tmp, body, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UserError(file + ": cannot write: " + e.getMessage());
        }
    }
}
