package io.kaiwu.equipment;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The equipment board in a real browser takes its machines' changes from the pushed
 * stream: a state change makes the page fetch its tiles again at once, long before its
 * 60-second poll would.
 */
@KaiwuIntegrationTest
class EquipmentBoardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

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
	void aPushedStateChangeRefreshesTheTilesWithoutWaitingForThePoll() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "看板浏览企业" + UUID.randomUUID().toString().substring(0, 8));
		String site = api
			.post("/api/v1/structure/nodes", tenant.adminToken(),
					Map.of("level", "SITE", "code", "BRD", "name", "看板工厂", "timeZone", "Asia/Shanghai"))
			.json()
			.get("id")
			.asString();
		Api.Answer machine = api.post("/api/v1/equipment", tenant.adminToken(),
				Map.of("code", "CNC-BRD", "name", "加工中心", "nodeId", site, "criticality", "A"));
		assertThat(machine.status()).as(machine.body()).isEqualTo(201);

		String base = "http://localhost:" + this.port;
		Browser.signIn(this.browser, base, tenant.adminUsername(), "Settled-Passw0rd-7");
		this.browser.get(base + "/equipment/board");
		Browser.waitFor(this.browser, ExpectedConditions.attributeToBe(By.id("board-live"), "data-connected", "true"));
		WebElement tiles = this.browser.findElement(By.id("board-tiles"));
		assertThat(tiles.getText()).contains("CNC-BRD");

		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new MachineStateChanged(TenantId.of(UUID.fromString(tenant.id())),
					UUID.fromString(machine.json().get("id").asString()), null, MachineState.RUNNING, Instant.now())));
		// htmx swaps the tiles out for the fetched ones: the old element goes stale
		Browser.waitFor(this.browser, ExpectedConditions.stalenessOf(tiles));
		assertThat(this.browser.findElement(By.id("board-tiles")).getText()).contains("CNC-BRD");
	}

}
