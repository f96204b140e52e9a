package io.kaiwu.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

	/**
	 * Signs in on the login page and waits until the browser has left it.
	 * @param browser the started browser
	 * @param base the server's base address, {@code http://localhost:port}
	 * @param username who signs in
	 * @param password the password
	 */
	public static void signIn(WebDriver browser, String base, String username, String password) {
		browser.get(base + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		waitFor(browser, ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/**
	 * Waits up to 20 s for a condition on the page. An element that htmx swapped out
	 * while the condition read it is looked up again on the next try.
	 * @param browser the started browser
	 * @param condition what to wait for
	 */
	public static void waitFor(WebDriver browser, ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

}
