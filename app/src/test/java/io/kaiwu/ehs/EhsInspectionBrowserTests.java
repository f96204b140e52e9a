package io.kaiwu.ehs;

import java.time.LocalDate;
import java.time.ZoneId;

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
 * The 安全检查 and 应急管理 pages in a real browser: a checklist written and run with one
 * finding, the finding rectified by the admin, who is refused when verifying his own
 * work, and verified by a second engineer; then an emergency plan and a drill with a
 * finding.
 */
@KaiwuIntegrationTest
class EhsInspectionBrowserTests {

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
	void anInspectionFindingIsRectifiedAndVerifiedOnThePagesAndADrillIsRecorded() {
		EhsLoopFixtures ehs = new EhsLoopFixtures(new Api(this.port), "安全检查浏览企业");
		String base = "http://localhost:" + this.port;
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Browser.signIn(this.browser, base, ehs.tenant.adminUsername(), EhsLoopFixtures.PASSWORD);

		// a checklist from the menu's 安全检查
		this.browser.findElement(By.cssSelector("a[href='/ehs/inspections']")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "安全检查"));
		this.browser.findElement(By.id("code")).sendKeys("CL-WEB");
		this.browser.findElement(By.id("name")).sendKeys("注塑车间周检");
		this.browser.findElement(By.id("items")).sendKeys("消防安全 | 灭火器压力正常 | GB 50140-2005\n电气安全 | 配电箱门关闭、箱内无积尘");
		this.browser.findElement(By.cssSelector("#new-checklist button[type=submit]")).click();

		// run it: the first item OK, the second a finding
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("run-CL-WEB")));
		this.browser.findElement(By.id("run-CL-WEB")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "注塑车间周检"));
		row(1).findElement(By.cssSelector("input[type=radio][value=OK]")).click();
		WebElement second = row(2);
		second.findElement(By.cssSelector("input[type=radio][value=FINDING]")).click();
		new Select(second.findElement(By.cssSelector("select[name^=severity-]"))).selectByValue("MAJOR");
		second.findElement(By.cssSelector("input[name^=description-]")).sendKeys("2 号配电箱门未关闭，箱内积尘");
		second.findElement(By.cssSelector("input[name^=responsible-]")).sendKeys("王班长");
		setValue(second.findElement(By.cssSelector("input[name^=deadline-]")), today.plusDays(7).toString());
		this.browser.findElement(By.id("save-inspection")).click();

		// the finding in the list, opened, rectified
		waitFor(ExpectedConditions.presenceOfElementLocated(By.linkText("2 号配电箱门未关闭，箱内积尘")));
		assertThat(this.browser.findElement(By.id("inspections")).getText()).contains("注塑车间周检");
		this.browser.findElement(By.linkText("2 号配电箱门未关闭，箱内积尘")).click();
		waitFor(ExpectedConditions.textToBe(By.id("finding-state"), "待整改"));
		String finding = this.browser.getCurrentUrl();
		this.browser.findElement(By.id("measure")).sendKeys("关闭箱门并清扫，加装门锁");
		this.browser.findElement(By.cssSelector("#rectify button[type=submit]")).click();
		waitFor(ExpectedConditions.textToBe(By.id("finding-state"), "待验收"));

		// the rectifier may not verify his own work
		this.browser.findElement(By.cssSelector("#verify button[type=submit]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("finding-errors")));
		assertThat(this.browser.findElement(By.id("finding-errors")).getText()).contains("不能自己验收");
		assertThat(this.browser.findElement(By.id("finding-state")).getText()).isEqualTo("待验收");

		// the second engineer verifies it
		this.browser.manage().deleteAllCookies();
		Browser.signIn(this.browser, base, ehs.verifierUsername, EhsLoopFixtures.PASSWORD);
		this.browser.get(finding);
		this.browser.findElement(By.id("note")).sendKeys("现场复核通过");
		this.browser.findElement(By.cssSelector("#verify button[type=submit]")).click();
		waitFor(ExpectedConditions.textToBe(By.id("finding-state"), "已验收闭环"));
		assertThat(this.browser.findElements(By.cssSelector("#steps li"))).hasSize(3);

		// an emergency plan and a drill with a finding, from the menu's 应急管理
		this.browser.findElement(By.cssSelector("a[href='/ehs/emergency']")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "应急管理"));
		this.browser.findElement(By.id("code")).sendKeys("YA-WEB");
		this.browser.findElement(By.id("name")).sendKeys("深圳工厂综合应急预案");
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("COMPREHENSIVE");
		setValue(this.browser.findElement(By.id("reviewDue")), today.plusYears(3).toString());
		this.browser.findElement(By.id("responseLevels")).sendKeys("Ⅰ级：公司级响应\nⅡ级：车间级响应");
		this.browser.findElement(By.id("contacts")).sendKeys("应急办 王工 138 0000 0000");
		this.browser.findElement(By.cssSelector("#new-plan button[type=submit]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-plan='YA-WEB']")));
		assertThat(this.browser.findElement(By.cssSelector("tr[data-plan='YA-WEB']")).getText()).contains("未演练");

		setValue(this.browser.findElement(By.id("drilledOn")), today.toString());
		this.browser.findElement(By.id("scenario")).sendKeys("注塑车间火灾，人员疏散");
		this.browser.findElement(By.id("participants")).sendKeys("32");
		this.browser.findElement(By.id("durationMinutes")).sendKeys("40");
		this.browser.findElement(By.id("evaluation")).sendKeys("疏散 5 分钟完成");
		this.browser.findElement(By.id("description")).sendKeys("东侧安全出口被物料堵塞");
		this.browser.findElement(By.id("responsible")).sendKeys("赵主管");
		setValue(this.browser.findElement(By.id("deadline")), today.plusDays(2).toString());
		this.browser.findElement(By.cssSelector("#new-drill button[type=submit]")).click();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("drills"), "注塑车间火灾，人员疏散"));
		assertThat(this.browser.findElement(By.cssSelector("a.drill-finding")).getText()).isEqualTo("东侧安全出口被物料堵塞");
		assertThat(this.browser.findElement(By.cssSelector("tr[data-plan='YA-WEB']")).getText())
			.contains(today.toString());
	}

	private WebElement row(int position) {
		return this.browser.findElement(By.cssSelector("tr[data-item='" + position + "']"));
	}

	private void setValue(WebElement input, String value) {
		// a date input takes its value as the browser's locale types it; set it directly
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1];", input, value);
	}

	private void waitFor(ExpectedCondition<?> condition) {
		Browser.waitFor(this.browser, condition);
	}

}
