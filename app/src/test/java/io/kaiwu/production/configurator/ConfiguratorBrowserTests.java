package io.kaiwu.production.configurator;

import java.time.LocalDate;

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
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configurator page in a real browser: picking an option redraws the others through
 * htmx (one ruled out is disabled with its reason), the variant code, BOM and routing
 * follow, and a valid configuration is ordered from the page.
 */
@KaiwuIntegrationTest
class ConfiguratorBrowserTests {

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
	void aPlannerPicksOptionsSeesWhatIsRuledOutAndOrdersTheVariant() {
		ConfiguratorFixtures f = new ConfiguratorFixtures(new Api(this.port));
		f.product();
		String base = "http://localhost:" + this.port;
		Browser.signIn(this.browser, base, f.tenant.adminUsername(), "Settled-Passw0rd-7");

		this.browser.get(base + "/production/configurator");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("产品配置器");
		assertThat(input("HT-IND").isEnabled()).isTrue();
		String before = this.browser.findElement(By.id("variant-code")).getText();

		pick("MAT-45");
		assertThat(input("HT-IND").isEnabled()).isFalse();
		assertThat(this.browser.findElement(By.id("option-HT-IND")).getText()).contains("MAT-40CR").contains("MAT-45");
		pick("SURF-BLK");
		assertThat(input("SURF-ZN").isEnabled()).isFalse();
		assertThat(this.browser.findElement(By.id("option-SURF-ZN")).getText()).contains("SURF-BLK");

		pick("MAT-40CR");
		assertThat(input("HT-IND").isEnabled()).isTrue();
		String without = this.browser.findElement(By.id("variant-code")).getText();
		pick("HT-IND");
		assertThat(this.browser.findElement(By.id("variant-code")).getText()).isNotEqualTo(without);
		assertThat(this.browser.findElements(By.id("orderable")))
			.as(this.browser.findElement(By.id("config-panel")).getText())
			.hasSize(1);
		String variant = this.browser.findElement(By.id("variant-code")).getText();
		assertThat(variant).startsWith(f.shaftCode + "-").isNotEqualTo(before);
		assertThat(this.browser.findElement(By.id("variant-routing")).getText()).contains("OP30 感应淬火");
		assertThat(this.browser.findElement(By.id("variant-bom")).getText()).contains(f.blank40CrCode)
			.doesNotContain(f.blank45Code);

		this.browser.findElement(By.id("c-quantity")).sendKeys("25");
		((JavascriptExecutor) this.browser).executeScript("document.getElementById('c-due').value = arguments[0];",
				LocalDate.now().plusDays(7).toString());
		this.browser.findElement(By.id("c-customer")).sendKeys(f.customerCode);
		this.browser.findElement(By.id("create-order")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("configured")));
		assertThat(this.browser.findElement(By.id("configured")).getText()).contains(variant).contains("MO-");
		assertThat(this.browser.findElement(By.id("configured-orders")).getText()).contains(variant);
		assertThat(this.browser.findElement(By.id("variant-code")).getText()).isEqualTo(variant);

		this.browser.get(base + "/production/configurator?lang=en");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Product configurator");
		assertThat(this.browser.findElement(By.id("refusals")).getText()).contains("Pick one option in group 热处理");
		this.browser.get(base + "/production/configurator?lang=zh-CN");
	}

	/** Clicks an option and waits until htmx has redrawn the panel. */
	private void pick(String option) {
		input(option).click();
		waitFor((d) -> (Boolean) ((JavascriptExecutor) d)
			.executeScript("return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null"));
	}

	private WebElement input(String option) {
		return this.browser.findElement(By.cssSelector("#option-" + option + " input"));
	}

	private void waitFor(ExpectedCondition<?> condition) {
		Browser.waitFor(this.browser, condition);
	}

}
