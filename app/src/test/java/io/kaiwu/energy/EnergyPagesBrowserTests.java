package io.kaiwu.energy;

import java.util.Locale;

import io.kaiwu.support.Api;
import io.kaiwu.support.Browser;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The energy manager's pages in a real browser, on a fresh enterprise's metered day (see
 * {@link DemandDay}): the overview's charts and figures, the meters tree and a refused
 * meter with its reason beside the field, the tariff's band and the site's tariff, and
 * the monthly report with its peak and missing data.
 */
@KaiwuIntegrationTest
class EnergyPagesBrowserTests {

	/** The password {@link Tenants#fresh} settles for the tenant admin. */
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
	void theOverviewMetersTariffsAndReportShowTheMeteredDay() {
		Api api = new Api(this.port);
		String suffix = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "能耗页面 " + suffix);
		DemandDay day = DemandDay.metered(api, tenant.adminToken(), suffix);
		String base = "http://localhost:" + this.port;
		Browser.signIn(this.browser, base, tenant.adminUsername(), PASSWORD);
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "首页"));

		// the overview from the menu, then the metered day by hour
		this.browser.findElement(By.cssSelector("a[href='/energy']")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "能耗总览"));
		this.browser.get(base + "/energy?nodeId=" + day.site() + "&from=" + DemandDay.DAY + "&to="
				+ DemandDay.DAY.plusDays(1) + "&granularity=HOUR&day=" + DemandDay.DAY);
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-ELECTRICITY canvas")));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-tou canvas")));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-curve canvas")));
		String hours = this.browser.findElement(By.cssSelector(".consumption-table tbody")).getText();
		// 00:00 counted, 01:00 missing (the gap), never 0
		assertThat(hours.lines().toList().get(0)).contains("75.000");
		assertThat(hours.lines().toList().get(1)).contains("缺测");
		assertThat(this.browser.findElement(By.id("tou-table")).getText()).contains("低谷").contains("17.10");
		assertThat(this.browser.findElement(By.id("curve-peak")).getText()).contains("120.0").contains("00:30");
		assertThat(this.browser.findElement(By.id("overview-tce")).getText()).isEqualTo("0.009");
		// a period that cannot be read is said on the page, with the field
		this.browser.get(base + "/energy?nodeId=" + day.site() + "&from=" + DemandDay.DAY + "&to=soon");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("overview-errors")));
		assertThat(this.browser.findElement(By.id("overview-errors")).getText()).contains("to").contains("soon");

		// the meters: the tree, and a meter refused with the reason beside its unit
		this.browser.findElement(By.cssSelector("a[href='/energy/meters']")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "计量表"));
		assertThat(this.browser.findElement(By.cssSelector("tr[data-meter='" + day.meterCode() + "']")).getText())
			.contains("dpm-" + suffix.toLowerCase(Locale.ROOT))
			.contains("电 (kWh)");
		this.browser.findElement(By.cssSelector("#new-meter-card summary")).click();
		this.browser.findElement(By.id("code")).sendKeys("EL-BAD");
		this.browser.findElement(By.id("name")).sendKeys("单位错误");
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("ELECTRICITY");
		this.browser.findElement(By.id("unit")).sendKeys("m3");
		this.browser.findElement(By.cssSelector("#new-meter button[type=submit]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#unit ~ .field-error")));
		assertThat(this.browser.findElement(By.cssSelector("#unit ~ .field-error")).getText()).contains("m3")
			.contains("kWh");
		// a flexible load (for the valley-shift hints) is marked on its row
		String flexible = "tr[data-meter='" + day.meterCode() + "'] td.flexible";
		assertThat(this.browser.findElement(By.cssSelector(flexible)).getText()).startsWith("否");
		this.browser.findElement(By.cssSelector(flexible + " button")).click();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(flexible), "是（可移峰填谷）"));

		// the tariffs: the site's tariff and the 24-hour band of each season
		this.browser.findElement(By.cssSelector("a[href='/energy/tariffs']")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "分时电价"));
		assertThat(this.browser.findElement(By.id("site-tariffs")).getText()).contains("GD-" + suffix);
		assertThat(this.browser
			.findElements(By.cssSelector("[data-tariff='GD-" + suffix + "'] .season:first-of-type .tou-segment")))
			.hasSize(9);

		// the monthly report
		this.browser.findElement(By.cssSelector("a[href='/energy/report']")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("report-filter")));
		this.browser.get(base + "/energy/report?siteId=" + day.site() + "&month=" + DemandDay.MONTH);
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-chart-tou canvas")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains(DemandDay.SITE_NAME);
		assertThat(this.browser.findElement(By.id("site-peak")).getText()).contains("120.0");
		assertThat(this.browser.findElement(By.id("report-tce")).getText()).isEqualTo("0.0092");
		assertThat(this.browser.findElement(By.id("report-cost")).getText()).isEqualTo("17.10");
		assertThat(this.browser.findElement(By.id("report-missing")).getText()).contains(day.meterCode());
		assertThat(this.browser.findElement(By.id("print-report")).isDisplayed()).isTrue();
	}

	private void waitFor(ExpectedCondition<?> condition) {
		Browser.waitFor(this.browser, condition);
	}

}
