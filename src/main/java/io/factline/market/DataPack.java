package io.factline.market;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a data directory says about itself in reader words, from its optional {@code dataset.properties}:
 * its name ("S&P 500 data pack") and the provider its bars came from ("Yahoo Finance"), as its SOURCES or
 * README documents them. Readers are told these instead of the server's file paths.
 */
public record DataPack(String name, String provider) {

    static final String FILE = "dataset.properties";

    /** "S&P 500 data pack (Yahoo Finance)". */
    public String said() {
        return provider.isEmpty() ? name : name + " (" + provider + ")";
    }

    /**
     * @return the directory's declaration, or empty when it has none
     * @throws DataError when the file exists but names no {@code name}
     */
    static Optional<DataPack> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw DataError.in(file.toString(), "cannot be read: " + e.getMessage());
        }
        String name = p.getProperty("name", "").strip();
        if (name.isEmpty()) throw DataError.in(file.toString(), "names no data set: add a line name=…");
        return Optional.of(new DataPack(name, p.getProperty("provider", "").strip()));
    }
}
