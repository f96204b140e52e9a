package io.kaiwu.portal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.Browser;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new tenant admin's first day, in a real browser: signs in with the temporary
 * password, is led to change it, switches the UI to English, creates a site and sees it
 * in the tree.
 */
@KaiwuIntegrationTest
class FirstSignInBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void openBrowser() throws Exception {
		this.browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until(condition);
	}

	@Test
	void newAdminChangesPasswordSwitchesLanguageAndCreatesASite() {
		Api api = new Api(this.port);
		String demo = api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		String username = "lead" + System.nanoTime();
		assertThat(api
			.post("/api/v1/users", demo,
					Map.of("username", username, "displayName", "车间主任", "temporaryPassword", "Temporary-Pass-9",
							"roles", List.of("TENANT_ADMIN")))
			.status()).isEqualTo(201);
		String base = "http://localhost:" + this.port;

		this.browser.get(base + "/login");
		assertThat(this.browser.findElement(By.id("sign-in")).getText()).isEqualTo("登录");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("Temporary-Pass-9");
		this.browser.findElement(By.id("sign-in")).click();

		waitFor(ExpectedConditions.urlContains("/account/password"));
		this.browser.get(base + "/structure");
		assertThat(this.browser.getCurrentUrl()).as("every page leads to the password change first")
			.endsWith("/account/password");
		this.browser.findElement(By.id("currentPassword")).sendKeys("Temporary-Pass-9");
		this.browser.findElement(By.id("newPassword")).sendKeys("Brand-New-Secret-42");
		this.browser.findElement(By.id("repeatPassword")).sendKeys("Brand-New-Secret-42");
		this.browser.findElement(By.id("change-password")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "首页"));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#structure-chart canvas")));

		this.browser.findElement(By.id("lang-en")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Home"));

		this.browser.get(base + "/structure");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Enterprise structure");
		String code = "B" + (System.nanoTime() % 1_000_000);
		this.browser.findElement(By.id("site-code")).sendKeys(code);
		this.browser.findElement(By.id("site-name")).sendKeys("嘉兴基地");
		this.browser.findElement(By.id("create-site")).click();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("structure-tree"), "嘉兴基地"));
		String tree = this.browser.findElement(By.id("structure-tree")).getText();
		assertThat(tree).contains("嘉兴基地").contains(code).contains("Site");
	}

}
