package io.kaiwu.production.stock;

import java.util.Map;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.production.mrp.MrpFixtures;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock over real HTTP and SQL: receipts, issues and adjustments add up to on hand, an
 * issue beyond on hand is refused naming what is there, and bad fields are named.
 */
@KaiwuIntegrationTest
class StockIntegrationTests {

	@LocalServerPort
	int port;

	private MrpFixtures f;

	private String item;

	@BeforeEach
	void enterprise() {
		this.f = new MrpFixtures(new Api(this.port));
		this.item = this.f.item("齿轮坯 G-40", "RAW_MATERIAL");
	}

	@Test
	void onHandIsTheSumOfTheMovementsAndNeverGoesBelowZero() {
		assertThat(move("receipts", "PURCHASE", "100", "PO-1").status()).isEqualTo(201);
		assertThat(move("issues", "CONSUMPTION", "30", "MO-1").status()).isEqualTo(201);
		Api.Answer tooMuch = move("issues", "DELIVERY", "80", "DN-1");
		assertThat(tooMuch.status()).isEqualTo(409);
		assertThat(tooMuch.json().get("detail").asString()).contains("70").contains("80");
		assertThat(move("adjustments", "STOCK_COUNT", "-5", "COUNT-1").status()).isEqualTo(201);

		Api.Answer item = this.f.api.get("/api/v1/production/stock/" + this.f.plant + "/" + this.item, this.f.token());
		assertThat(item.json().get("onHand").decimalValue()).isEqualByComparingTo("65");
		assertThat(item.json().get("movements")).hasSize(3);
		assertThat(item.json().get("movements").get(0).get("reference").asString()).isEqualTo("COUNT-1");
		JsonNode levels = this.f.api.get("/api/v1/production/stock?plantId=" + this.f.plant, this.f.token()).json();
		assertThat(levels).hasSize(1);
		assertThat(levels.get(0).get("onHand").decimalValue()).isEqualByComparingTo("65");
	}

	@Test
	void badFieldsAreNamed() {
		Api.Answer wrongReason = move("receipts", "SCRAP", "0", "");
		assertThat(wrongReason.status()).isEqualTo(400);
		assertThat(wrongReason.body()).contains("reason").contains("quantity").contains("reference");
		Api.Answer unknownPlant = this.f.api.post("/api/v1/production/stock/receipts", this.f.token(), Map.of("plantId",
				this.item, "itemId", this.item, "reason", "PURCHASE", "quantity", 1, "reference", "PO-2"));
		assertThat(unknownPlant.status()).isEqualTo(400);
		assertThat(unknownPlant.body()).contains("plantId");
		Api.Answer zero = move("adjustments", "STOCK_COUNT", "0", "COUNT-2");
		assertThat(zero.status()).isEqualTo(400);
	}

	@Test
	void thePageListsTheLevelsAndRecordsMovements() {
		move("receipts", "PURCHASE", "12", "PO-3");
		PageSession session = PageSession.signIn(this.port, this.f.tenant.adminUsername(), MrpFixtures.PASSWORD);
		String page = session.get("/production/stock").body();
		assertThat(page).contains("齿轮坯 G-40").contains(">12<");
		String code = this.f.api.get("/api/v1/items/" + this.item, this.f.token()).json().get("code").asString();
		var refused = session.post("/production/stock", "/production/stock",
				Map.of("_csrf", PageSession.csrf(page), "plantId", this.f.plant, "itemCode", code, "reason", "SCRAP",
						"quantity", "20", "reference", "SCRAP-1"));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(session.get("/production/stock").body()).contains("12").contains("20");
		var scrapped = session.post("/production/stock", "/production/stock", Map.of("_csrf", PageSession.csrf(page),
				"plantId", this.f.plant, "itemCode", code, "reason", "SCRAP", "quantity", "2", "reference", "SCRAP-2"));
		assertThat(scrapped.statusCode()).isEqualTo(302);
		assertThat(session.get("/production/stock").body()).contains(">10<");
	}

	private Api.Answer move(String kind, String reason, String quantity, String reference) {
		return this.f.api.post("/api/v1/production/stock/" + kind, this.f.token(),
				Map.of("plantId", this.f.plant, "itemId", this.item, "reason", reason, "quantity",
						new java.math.BigDecimal(quantity), "reference", reference));
	}

}
