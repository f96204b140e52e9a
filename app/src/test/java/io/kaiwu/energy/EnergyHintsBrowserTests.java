package io.kaiwu.energy;

import java.time.Duration;

import io.kaiwu.support.Api;
import io.kaiwu.support.Browser;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 节能建议 page in a real browser: the menu leads to it, a suggestion shows its money,
 * figures and evidence chart, and an engineer dismisses it and works the list out again.
 */
@KaiwuIntegrationTest
class EnergyHintsBrowserTests {

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
	void anEngineerReadsASuggestionWithItsChartAndDismissesIt() {
		HintFixtures f = new HintFixtures(new Api(this.port));
		f.flexibleDryer();
		String base = "http://localhost:" + this.port;
		Browser.signIn(this.browser, base, f.tenant.adminUsername(), "Settled-Passw0rd-7");

		this.browser.get(base + "/energy/suggestions");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("节能建议");
		assertThat(this.browser.findElement(By.linkText("节能建议")).getAttribute("href")).endsWith("/energy/suggestions");
		assertThat(this.browser.findElements(By.id("no-suggestions"))).hasSize(1);

		this.browser.findElement(By.cssSelector("#recompute button")).click();
		Browser.waitFor(this.browser, (b) -> !b.findElements(By.cssSelector(".suggestion")).isEmpty());
		WebElement card = this.browser.findElement(By.cssSelector(".suggestion[data-kind=SHIFT_TO_VALLEY]"));
		// 峰 100 kWh × 0.792 + 尖 100 kWh × 1.047 = 183.90 CNY in 7 hours; × 720 / 7
		assertThat(card.getText()).contains("移峰填谷").contains("EL-DRYER").contains("18,915.43").contains("183.90");
		Browser.waitFor(this.browser, (b) -> "true"
			.equals(b.findElement(By.cssSelector(".suggestion .evidence")).getAttribute("data-drawn")));
		assertThat(this.browser.findElements(By.cssSelector(".suggestion .evidence canvas"))).isNotEmpty();
		assertThat(this.browser.findElement(By.id("suggestions-csv")).getAttribute("href"))
			.contains("/energy/suggestions/export.csv");

		card.findElement(By.cssSelector("button.mark-dismissed")).click();
		Browser.waitFor(this.browser, (b) -> b.findElement(By.cssSelector(".suggestion")).getText().contains("已忽略"));
		assertThat(this.browser.findElement(By.cssSelector(".suggestion .badge")).getText()).isEqualTo("已忽略");
		this.browser.get(base + "/energy/suggestions?state=OPEN");
		assertThat(this.browser.findElements(By.cssSelector(".suggestion"))).isEmpty();
		this.browser.get(base + "/energy/suggestions?lang=en");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Saving hints");
		assertThat(this.browser.findElement(By.cssSelector(".suggestion")).getText()).contains("Shift to the valley")
			.contains("Dismissed");
	}

}
