package io.kaiwu.energy;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.support.Api;
import io.kaiwu.support.Browser;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two energy pages in a real browser, for a fresh site without meters: 能效分析 shows its
 * chart and every figure missing with the reason (no meter), takes an output value
 * through its form, and 碳排放报告 shows the month's report with the default grid factor, its
 * print button and CSV link, and takes the site's choice of another factor.
 */
@KaiwuIntegrationTest
class EnergyIntensityCarbonBrowserTests {

	static final String PASSWORD = "Settled-Passw0rd-7";

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

	@Test
	void intensityAndCarbonPagesWork() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "能效页面企业" + UUID.randomUUID().toString().substring(0, 8));
		Api.Answer site = api.post("/api/v1/structure/nodes", tenant.adminToken(),
				Map.of("level", "SITE", "code", "PG", "name", "页面工厂", "timeZone", "Asia/Shanghai"));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		String base = "http://localhost:" + this.port;
		Browser.signIn(this.browser, base, tenant.adminUsername(), PASSWORD);

		this.browser.findElement(By.cssSelector("a[href='/energy/intensity']")).click();
		Browser.waitFor(this.browser, ExpectedConditions.textToBe(By.tagName("h1"), "能效分析"));
		Browser.waitFor(this.browser,
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("#intensity-chart canvas")));
		// 14 days by default, none metered: a dash and the reason, never 0
		assertThat(this.browser.findElements(By.cssSelector("#intensity-table tbody tr"))).hasSize(14);
		assertThat(this.browser.findElement(By.id("intensity-csv")).getAttribute("href"))
			.contains("/api/v1/energy/intensity/export.csv?nodeId=")
			.contains("granularity=DAY");
		String firstRow = this.browser.findElement(By.cssSelector("#intensity-table tbody tr")).getText();
		assertThat(firstRow).contains("—", "没有计量表");

		String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
		((JavascriptExecutor) this.browser).executeScript("document.getElementById('month').value = arguments[0];",
				month);
		this.browser.findElement(By.id("valueWan")).sendKeys("88.5");
		this.browser.findElement(By.cssSelector("#output-value-form button[type=submit]")).click();
		Browser.waitFor(this.browser, ExpectedConditions.presenceOfElementLocated(By.id("value-entered")));
		assertThat(this.browser.findElement(By.id("output-values")).getText()).contains(month, "88.5");

		this.browser.findElement(By.cssSelector("a[href='/energy/carbon']")).click();
		Browser.waitFor(this.browser, ExpectedConditions.textToBe(By.tagName("h1"), "碳排放报告"));
		assertThat(this.browser.findElement(By.id("carbon-total")).getText()).isEqualTo("0.000");
		assertThat(this.browser.findElement(By.id("carbon-csv")).getAttribute("href")).contains("export.csv",
				"month=" + month);
		// the print button works under the page's CSP (no inline handler): it calls print
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		js.executeScript("window.printedTimes = 0; window.print = function () { window.printedTimes++; };");
		this.browser.findElement(By.cssSelector("#carbon-report button[data-print]")).click();
		assertThat(((Number) js.executeScript("return window.printedTimes;")).intValue()).isEqualTo(1);
		assertThat(this.browser.findElement(By.cssSelector("link[media=print]")).getAttribute("href"))
			.endsWith("/css/print.css");
		assertThat(this.browser.findElement(By.id("site-factors")).getText()).contains("grid-national-2023", "2023");
		// no good parts this month: missing with the reason
		assertThat(this.browser.findElement(By.id("carbon-intensity")).getText()).contains("88.50", "没有合格品");

		new Select(this.browser.findElement(By.id("kind"))).selectByValue("ELECTRICITY");
		new Select(this.browser.findElement(By.id("factorCode"))).selectByValue("grid-south-2023");
		this.browser.findElement(By.cssSelector("#choose-factor button[type=submit]")).click();
		Browser.waitFor(this.browser, ExpectedConditions.presenceOfElementLocated(By.id("factor-chosen")));
		assertThat(this.browser.findElement(By.id("site-factors")).getText()).contains("grid-south-2023", "0.4042");
	}

}
