package io.kaiwu.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through the Debian chromedriver (never a downloaded
 * browser). {@code .ci/run} installs both packages when they are missing.
 */
public final class Browser {

	private Browser() {
	}

	public static WebDriver start() throws java.io.IOException {
		File chromium = new File(System.getProperty("kaiwu.test.chromium", "/usr/bin/chromium"));
		File driver = new File(System.getProperty("kaiwu.test.chromedriver", "/usr/bin/chromedriver"));
		if (!chromium.canExecute() || !driver.canExecute()) {
			throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
					+ "apt-get install -y chromium chromium-driver (.ci/run does this)");
		}
		Path profile = Files.createTempDirectory("kaiwu-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
			.usingAnyFreePort()
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return browser;
	}

}
