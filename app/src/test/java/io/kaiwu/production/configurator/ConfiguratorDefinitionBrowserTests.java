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
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The definition page in a real browser: an engineer defines a small product (a required
 * heat-treatment group whose induction option adds an operation, an optional surface
 * group that adds a component, one EXCLUDES rule), sees the service's refusal next to the
 * resource that does not fit, fixes it, and then configures and orders the product.
 */
@KaiwuIntegrationTest
class ConfiguratorDefinitionBrowserTests {

	private static final String INDUCTION = "groups[0].options[1].effects[0].";

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
	void anEngineerDefinesAProductOnThePageAndThenConfiguresIt() {
		ConfiguratorFixtures f = new ConfiguratorFixtures(new Api(this.port));
		String base = "http://localhost:" + this.port;
		Browser.signIn(this.browser, base, f.tenant.adminUsername(), "Settled-Passw0rd-7");

		this.browser.get(base + "/production/configurator");
		this.browser.findElement(By.id("define-product")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("definition-form")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("定义可配置产品");
		type("baseItemCode", f.shaftCode);
		choose("plantId", f.plant);
		type("name", "小齿轮轴");
		type("groups[0].code", "HT");
		type("groups[0].name", "热处理");
		field("groups[0].required").click();
		type("groups[0].options[0].code", "HT-QT");
		type("groups[0].options[0].name", "调质");
		submit("more-rows");

		// the rows typed so far stay; a second option and a second group are now blank
		assertThat(field("groups[0].options[0].code").getAttribute("value")).isEqualTo("HT-QT");
		type("groups[0].options[1].code", "HT-IND");
		type("groups[0].options[1].name", "感应淬火");
		choose(INDUCTION + "kind", "EXTRA_STEP");
		type(INDUCTION + "sequence", "30");
		type(INDUCTION + "operationCode", "OP30");
		type(INDUCTION + "operationName", "感应淬火");
		choose(INDUCTION + "workCentreId", f.heat);
		// the lathe is not a resource of the heat-treatment centre
		choose(INDUCTION + "resources[0].resourceId", f.lathe);
		type(INDUCTION + "setupMinutes", "15");
		type(INDUCTION + "runSecondsPerUnit", "90");
		type("groups[1].code", "SURF");
		type("groups[1].name", "表面处理");
		field("groups[1].several").click();
		type("groups[1].options[0].code", "SURF-BLK");
		type("groups[1].options[0].name", "发黑");
		choose("groups[1].options[0].effects[0].kind", "ADD_COMPONENT");
		type("groups[1].options[0].effects[0].component",
				new Api(this.port).get("/api/v1/items/" + f.blackening, f.token()).json().get("code").asString());
		type("groups[1].options[0].effects[0].quantity", "0.01");
		type("rules[0].option", "SURF-BLK");
		choose("rules[0].kind", "EXCLUDES");
		type("rules[0].other", "HT-IND");
		submit("save-definition");

		WebElement refusal = this.browser
			.findElement(By.cssSelector("[data-field='" + INDUCTION + "resources[0].resourceId']"));
		assertThat(refusal.getText()).contains("HT-IND").contains("不属于工作中心");
		assertThat(this.browser.findElements(By.cssSelector(".field-error"))).hasSize(1);
		assertThat(field("rules[0].other").getAttribute("value")).isEqualTo("HT-IND");

		choose(INDUCTION + "resources[0].resourceId", f.coil);
		submit("save-definition");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("defined")));
		assertThat(this.browser.findElement(By.id("defined")).getText()).contains(f.shaftCode).contains("小齿轮轴");

		pick("HT-IND");
		assertThat(input("SURF-BLK").isEnabled()).isFalse();
		assertThat(this.browser.findElement(By.id("option-SURF-BLK")).getText()).contains("HT-IND");
		assertThat(this.browser.findElement(By.id("variant-routing")).getText()).contains("OP30 感应淬火");
		assertThat(this.browser.findElements(By.id("orderable"))).hasSize(1);
		String variant = this.browser.findElement(By.id("variant-code")).getText();
		this.browser.findElement(By.id("c-quantity")).sendKeys("10");
		((JavascriptExecutor) this.browser).executeScript("document.getElementById('c-due').value = arguments[0];",
				LocalDate.now().plusDays(7).toString());
		this.browser.findElement(By.id("c-customer")).sendKeys(f.customerCode);
		this.browser.findElement(By.id("create-order")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("configured")));
		assertThat(this.browser.findElement(By.id("configured")).getText()).contains(variant).contains("MO-");

		// the saved definition opens again for editing, items shown by code
		this.browser.findElement(By.id("edit-product")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("definition-form")));
		assertThat(field("groups[0].options[1].code").getAttribute("value")).isEqualTo("HT-IND");
		assertThat(
				new Select(field(INDUCTION + "resources[0].resourceId")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(f.coil);
		assertThat(field("baseItemCode").getAttribute("value")).isEqualTo(f.shaftCode);
	}

	private WebElement field(String name) {
		return this.browser.findElement(By.name(name));
	}

	private void type(String name, String value) {
		WebElement input = field(name);
		input.clear();
		input.sendKeys(value);
	}

	private void choose(String name, String value) {
		new Select(field(name)).selectByValue(value);
	}

	/** Presses a button of the form and waits for the next page. */
	private void submit(String button) {
		WebElement old = this.browser.findElement(By.id("definition-form"));
		WebElement pressed = this.browser.findElement(By.id(button));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView(true);", pressed);
		pressed.click();
		waitFor(ExpectedConditions.stalenessOf(old));
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
