package io.factline.browser;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The screens of issue 17's evidence, set through the DevTools protocol as a device would report them: a desktop
 * in UTC and a 390 px phone in New York (where UTC midnight is 8 pm the day before). {@link Browser#open(String,
 * Screen, String, String)} puts either in another time zone.
 */
enum Screen {
    DESKTOP(1400, 1000, false, "UTC"),
    PHONE_NEW_YORK(390, 844, true, Screen.NEW_YORK);

    static final String NEW_YORK = "America/New_York";

    final int width;
    final int height;
    final boolean mobile;
    final String zone;

    Screen(int width, int height, boolean mobile, String zone) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
        this.zone = zone;
    }

    void apply(ChromeDriver browser) {
        apply(browser, zone);
    }

    void apply(ChromeDriver browser, String timeZone) {
        size(browser, width, height, mobile);
        timeZone(browser, timeZone);
    }

    static void size(ChromeDriver browser, int width, int height, boolean mobile) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** @param zone an IANA zone; "" clears the override (the machine's zone) */
    static void timeZone(ChromeDriver browser, String zone) {
        browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }
}
