package io.kaiwu.transform;

import java.util.List;
import java.util.UUID;

import io.kaiwu.support.Api;
import io.kaiwu.support.Browser;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The navigator's loop in a real browser: a self-assessment's questionnaire and radar, a
 * roadmap proposed from the menu, a results evaluation with one usability questionnaire,
 * and a PDCA cycle started on both and closed, its gaps listed and its spiral drawn.
 */
@KaiwuIntegrationTest
class NavigatorLoopBrowserTests {

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
	void aRoadmapAnEvaluationAndACycleFromThePages() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "循环浏览企业" + UUID.randomUUID().toString().substring(0, 8));
		String base = "http://localhost:" + this.port;
		Browser.signIn(this.browser, base, tenant.adminUsername(), ScenarioAtlasIntegrationTests.PASSWORD);
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "首页"));

		// a self-assessment started from the menu: its questionnaire and its result's
		// radar
		this.browser.findElement(By.cssSelector("a[href='/transform/assessment/runs']")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("start-run")));
		new Select(this.browser.findElement(By.id("model"))).selectByValue("sme-digital@2024");
		this.browser.findElement(By.id("title")).sendKeys("年度自评");
		this.browser.findElement(By.cssSelector("#start-run button[type=submit]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("questionnaire")));
		assertThat(this.browser.findElement(By.id("questionnaire")).getText()).contains("生产设备联网率");
		this.browser.get(this.browser.getCurrentUrl() + "/result");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radar canvas")));

		// the roadmap, proposed from the menu
		this.browser.findElement(By.cssSelector("a[href='/transform/roadmaps']")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "转型规划"));
		this.browser.findElement(By.id("name")).sendKeys("三年转型规划");
		this.browser.findElement(By.cssSelector("#new-roadmap input[name=goals][value=QUALITY]")).click();
		this.browser.findElement(By.cssSelector("#new-roadmap button[type=submit]")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "三年转型规划"));
		List<WebElement> phases = this.browser.findElements(By.cssSelector(".phase[data-phase]"));
		assertThat(phases).isNotEmpty();
		assertThat(phases.get(0).getText()).contains("第 1 阶段");

		// the evaluation and one usability questionnaire
		this.browser.get(base + "/transform/evaluations");
		this.browser.findElement(By.id("name")).sendKeys("2026 年");
		date("periodFrom", "2026-01-01");
		date("periodTo", "2026-12-31");
		this.browser.findElement(By.cssSelector("#new-evaluation button[type=submit]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("sus-form")));
		for (int q = 1; q <= 10; q++) {
			// agree with the positive statements, disagree with the negative ones
			String answer = (q % 2 == 1) ? "4" : "2";
			this.browser.findElement(By.cssSelector("input[name=q" + q + "][value='" + answer + "']")).click();
		}
		this.browser.findElement(By.cssSelector("#sus-form button[type=submit]")).click();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("sus"), "已收到 1 份"));
		// 5 × 3 + 5 × 3 = 30 → 75 points
		assertThat(this.browser.findElement(By.cssSelector("tr[data-kpi=system-usability] .current")).getText())
			.startsWith("75.00");

		// the cycle on both, closed with its gaps
		this.browser.get(base + "/transform/cycles");
		new Select(this.browser.findElement(By.id("roadmapId"))).selectByIndex(1);
		new Select(this.browser.findElement(By.id("evaluationId"))).selectByIndex(1);
		this.browser.findElement(By.cssSelector("#start-cycle button[type=submit]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cycle.open")));
		this.browser.findElement(By.cssSelector(".close-cycle button[type=submit]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cycle.closed .gaps.remaining")));
		assertThat(this.browser.findElement(By.cssSelector(".gaps.remaining")).getText()).contains("尚未运行在实时数据上");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cycle-spiral canvas")));
	}

	private void date(String id, String value) {
		// a date input takes its value as the browser's locale types it; set it directly
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
	}

	private void waitFor(ExpectedCondition<?> condition) {
		Browser.waitFor(this.browser, condition);
	}

}
