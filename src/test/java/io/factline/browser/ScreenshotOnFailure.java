package io.factline.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * When a browser test fails, saves what the browser showed to target/screenshots/CLASS-METHOD.png
 * (and the page's HTML next to it), right after the test method and before any clean-up runs.
 */
final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    /** A test class that drives a browser. */
    interface Driven {
        WebDriver driver();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) return;
        if (!(context.getRequiredTestInstance() instanceof Driven driven) || driven.driver() == null) return;
        Path dir = Path.of("target", "screenshots");
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(dir);
            Path shot = ((TakesScreenshot) driven.driver()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), driven.driver().getPageSource(), StandardCharsets.UTF_8);
            System.err.println("browser test failed; screenshot: " + dir.resolve(name + ".png").toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save a screenshot of " + name + ": " + e);
        }
    }
}
