package io.factline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a command of this jar in a new JVM, as bin/factline does, and fails when the process does. */
final class JarProcess {

    /** bin/factline's flags for one-shot commands: the client compiler only and the serial collector. */
    static final List<String> ONE_SHOT = List.of("-XX:+UseSerialGC");

    private JarProcess() {
    }

    /**
     * @param launcher bin/factline's flags for the command ({@link #ONE_SHOT}, or none for the JVM's defaults);
     *                 with {@link #ONE_SHOT} the AppCDS archive next to the jar is used, as bin/factline does
     * @param extra    further JVM flags ("-Xmx2g")
     */
    static void run(List<String> launcher, List<String> extra, List<String> args) throws IOException, InterruptedException {
        Path jar = Path.of(JarProcess.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(launcher);
        cmd.addAll(List.of("-Xlog:disable", "-Xlog:all=error:stderr"));
        Path jsa = jar.resolveSibling("factline.jsa");
        if (launcher.equals(ONE_SHOT) && Files.exists(jsa)) cmd.add("-XX:SharedArchiveFile=" + jsa);
        cmd.addAll(extra);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        if (code != 0) throw new IllegalStateException("exited " + code + ": " + String.join(" ", cmd));
    }
}
