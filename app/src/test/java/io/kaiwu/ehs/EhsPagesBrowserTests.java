package io.kaiwu.ehs;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.kaiwu.support.Api;
import io.kaiwu.support.Browser;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EHS pages in a real browser: the safety board turns a point orange and lists the
 * exceedance and its alarm while it stays open (pushed, not reloaded); a point is edited
 * on its form, refused with the reason first; the exceedance list and the printable
 * monthly report show the episode.
 */
@KaiwuIntegrationTest
class EhsPagesBrowserTests {

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
	void theBoardShowsAnExceedanceLiveAndTheReportCountsIt() {
		EhsFixture ehs = new EhsFixture(new Api(this.port), "安环看板");
		String so2 = ehs.dischargePoint().get("points").get(0).get("id").asString();
		String base = "http://localhost:" + this.port;
		Browser.signIn(this.browser, base, ehs.tenant.adminUsername(), "Settled-Passw0rd-7");

		this.browser.get(base + "/ehs/board?siteId=" + ehs.site);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("安全看板");
		WebElement row = this.browser.findElement(By.cssSelector("#owner-DA001 tr[data-point='" + so2 + "']"));
		assertThat(row.getAttribute("data-grade")).isEqualTo("NONE");
		assertThat(row.findElement(By.className("point-value")).getText()).isEqualTo("无数据");
		assertThat(this.browser.findElements(By.id("no-open-exceedances"))).hasSize(1);
		// the board is open before the reading arrives; a mark shows it is not reloaded
		Browser.waitFor(this.browser, ExpectedConditions.attributeToBe(By.id("board-live"), "data-connected", "true"));
		((JavascriptExecutor) this.browser).executeScript("window.kaiwuMark = 'still here';");

		Instant at = Instant.now().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
		ehs.read(at, "so2", 62.5);
		// pushed: the fallback fetch comes only every 30 s, later than the wait
		Browser.waitFor(this.browser, ExpectedConditions
			.attributeToBe(By.cssSelector("#owner-DA001 tr[data-point='" + so2 + "']"), "data-grade", "ORANGE"));
		Browser.waitFor(this.browser,
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ehs-alarms li[data-severity='MAJOR']")));
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.kaiwuMark"))
			.isEqualTo("still here");
		assertThat(this.browser.findElement(By.cssSelector("#owner-DA001")).getAttribute("class"))
			.contains("grade-ORANGE");
		WebElement open = this.browser.findElement(By.cssSelector("#open-exceedances tr[data-point='" + so2 + "']"));
		assertThat(open.getText()).contains("SO₂").contains("橙色").contains("62.5 mg/m³");

		// a point's form: thresholds out of order are refused with the reason, then saved
		this.browser.get(base + "/ehs/points/" + so2 + "/edit");
		WebElement orange = this.browser.findElement(By.id("orange"));
		orange.clear();
		orange.sendKeys("45");
		this.browser.findElement(By.cssSelector("#point-form button[type=submit]")).click();
		Browser.waitFor(this.browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.errors li")));
		assertThat(this.browser.findElement(By.cssSelector("ul.errors")).getText()).contains("45").contains("50");
		orange = this.browser.findElement(By.id("orange"));
		orange.clear();
		orange.sendKeys("65");
		this.browser.findElement(By.cssSelector("#point-form button[type=submit]")).click();
		Browser.waitFor(this.browser, ExpectedConditions.urlContains("/ehs/sources"));
		assertThat(this.browser.findElement(By.id("discharges-csv")).getAttribute("href"))
			.endsWith("/api/v1/ehs/discharge-points/export.csv");
		assertThat(this.browser.findElement(By.cssSelector("#owner-DA001 tr[data-point='" + so2 + "']")).getText())
			.contains("40 / 50 / 65 / 75");

		// the form for a new discharge point offers the media and a first point
		this.browser.get(base + "/ehs/sources/new?kind=DISCHARGE");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("排放口");
		assertThat(this.browser.findElement(By.id("medium")).getText()).contains("废气").contains("废水");
		assertThat(this.browser.findElements(By.id("limit"))).hasSize(1);

		// the exceedance list with its CSV link
		this.browser.get(base + "/ehs/exceedances?siteId=" + ehs.site);
		assertThat(this.browser.findElement(By.id("exceedances")).getText()).contains("SO₂").contains("62.5");
		assertThat(this.browser.findElement(By.id("exceedances-csv")).getAttribute("href"))
			.contains("/api/v1/ehs/exceedances/export.csv")
			.contains("siteId=" + ehs.site);

		// the printable monthly report
		this.browser.get(base + "/ehs/report?siteId=" + ehs.site);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("安环月报");
		assertThat(this.browser.findElement(By.id("print-report")).getText()).isEqualTo("打印");
		assertThat(this.browser.findElements(By.cssSelector("link[media=print]"))).hasSize(1);
		assertThat(this.browser.findElement(By.cssSelector("#report-points tr[data-point='" + so2 + "']")).getText())
			.contains("SO₂")
			.contains("62.5");
		assertThat(this.browser.findElement(By.cssSelector("#report-summary td[data-grade='ORANGE']")).getText())
			.isEqualTo("1");
		assertThat(this.browser.findElement(By.id("report-inspections")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.id("report-csv")).getAttribute("href"))
			.contains("/api/v1/ehs/report/export.csv");
	}

}
