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
 * The scenario atlas in a real browser: the menu entry under 转型导航, the graph drawn by
 * ECharts, the list filtered by value tag, and a scenario's page with its four lists.
 */
@KaiwuIntegrationTest
class ScenarioAtlasBrowserTests {

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
	void theAtlasIsDrawnFilteredAndOpensAScenario() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "图谱浏览企业" + UUID.randomUUID().toString().substring(0, 8));
		String base = "http://localhost:" + this.port;
		Browser.signIn(this.browser, base, tenant.adminUsername(), ScenarioAtlasIntegrationTests.PASSWORD);
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "首页"));

		this.browser.findElement(By.cssSelector("a[href='/transform/atlas']")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "场景图谱（一图四清单）"));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#atlas-graph canvas")));
		assertThat(rows()).hasSize(21);

		new Select(this.browser.findElement(By.id("tag"))).selectByValue("ENERGY");
		this.browser.findElement(By.cssSelector("#atlas-filter button[type=submit]")).click();
		waitFor(ExpectedConditions.urlContains("tag=ENERGY"));
		assertThat(rows()).extracting((r) -> r.getAttribute("id")).containsExactly("scenario-PM-02", "scenario-PM-05");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#atlas-graph canvas")));

		this.browser.findElement(By.cssSelector("#scenario-PM-05 a")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("four-lists")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("PM-05 远程能耗监测");
		assertThat(this.browser.findElement(By.id("four-lists")).getText()).contains("数据要素")
			.contains("知识模型")
			.contains("工具软件")
			.contains("人才技能")
			.contains("计量表读数");
		assertThat(this.browser.findElement(By.id("coverage")).getText()).contains("未开始").contains("energy");
	}

	private List<WebElement> rows() {
		return this.browser.findElements(By.cssSelector("#atlas-list tbody tr[id]"));
	}

	private void waitFor(ExpectedCondition<?> condition) {
		Browser.waitFor(this.browser, condition);
	}

}
