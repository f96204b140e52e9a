package io.kaiwu.quality.trace;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.kaiwu.masterdata.PageSession;
import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Traceability over real HTTP and SQL, on a realistic chain: a steel supplier's batch is
 * received, turned into a lot of shaft blanks on a lathe, the blanks into a finished
 * serial and a finished lot, and those go out on three deliveries to three customers.
 * Beside it runs an unrelated chain (another supplier, its own blank and finished lots,
 * its own delivery) that no trace of the first may show. From the finished serial the
 * trace reaches the supplier batch, the machine, the operators and the lathe's spindle
 * temperature; from the supplier batch it reaches every delivery at risk.
 */
@KaiwuIntegrationTest
class TraceabilityIntegrationTests {

	static final Instant OP10 = Instant.parse("2026-05-06T01:00:00Z");

	static final Instant OP20 = Instant.parse("2026-05-07T02:00:00Z");

	@LocalServerPort
	int port;

	private final TelemetryStore telemetry;

	private Api api;

	private TraceFixtures f;

	/** The chain under test. */
	private String supplierBatch;

	private String steelLot;

	private String blanks;

	private String serial;

	private String finishedLot;

	private final List<String> deliveries = new ArrayList<>();

	/** The unrelated chain. */
	private final Set<String> unrelated = new HashSet<>();

	TraceabilityIntegrationTests(@Autowired TelemetryStore telemetry) {
		this.telemetry = telemetry;
	}

	@BeforeEach
	void buildTheChains() {
		this.api = new Api(this.port);
		this.f = new TraceFixtures(this.api);
		this.supplierBatch = TraceFixtures.unique("HB2405");
		this.steelLot = this.f.purchased(this.f.steel, this.f.steelMill, this.supplierBatch, "500");
		this.blanks = this.f.lot("WIP", this.f.blank, "200");
		this.f.stepOk("OP10 下料车削", this.f.lathe, "张三", OP10, OP10.plus(Duration.ofHours(2)),
				Map.of(this.steelLot, "300"), List.of(this.blanks));
		this.serial = this.f.serial(this.f.shaft);
		this.finishedLot = this.f.lot("FINISHED", this.f.shaft, "100");
		this.f.stepOk("OP20 精车", this.f.lathe, "李四", OP20, OP20.plus(Duration.ofHours(1)), Map.of(this.blanks, "1"),
				List.of(this.serial));
		this.f.stepOk("OP30 精车", null, "王五", OP20.plus(Duration.ofHours(2)), OP20.plus(Duration.ofHours(5)),
				Map.of(this.blanks, "100"), List.of(this.finishedLot));
		this.deliveries.add(delivered("D1", this.f.customers.get(0), Map.of(this.serial, "1")));
		this.deliveries.add(delivered("D2", this.f.customers.get(1), Map.of(this.finishedLot, "60")));
		this.deliveries.add(delivered("D3", this.f.customers.get(2), Map.of(this.finishedLot, "40")));

		String otherSteel = this.f.purchased(this.f.secretAlloy, this.f.secretMill, "OTHER-BATCH", "80");
		String otherBlanks = this.f.lot("WIP", this.f.blank, "50");
		String otherShafts = this.f.lot("FINISHED", this.f.shaft, "50");
		this.f.stepOk("OP10 下料车削", this.f.lathe, "赵六", OP10.plus(Duration.ofHours(3)), OP10.plus(Duration.ofHours(4)),
				Map.of(otherSteel, "80"), List.of(otherBlanks));
		this.f.stepOk("OP20 精车", this.f.lathe, "赵六", OP20.plus(Duration.ofHours(6)), OP20.plus(Duration.ofHours(7)),
				Map.of(otherBlanks, "50"), List.of(otherShafts));
		this.unrelated.addAll(List.of(otherSteel, otherBlanks, otherShafts,
				delivered("D9", this.f.customers.get(0), Map.of(otherShafts, "50"))));

		// the lathe's spindle temperature, one reading a minute through OP20 and around
		// it
		TenantId tenant = TenantId.of(UUID.fromString(this.f.tenant.id()));
		List<Measurement> readings = new ArrayList<>();
		for (int minute = -30; minute <= 90; minute++) {
			readings.add(Measurement.number(tenant, this.f.latheDevice, "spindleTemp", OP20.plusSeconds(60L * minute),
					40 + (minute % 10), Quality.GOOD));
		}
		this.telemetry.append(readings);
	}

	private String delivered(String number, String customer, Map<String, String> lines) {
		Api.Answer answer = this.f.deliver(TraceFixtures.unique(number), customer, "2026-05-10", lines);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	/** A receiving inspection of the steel lot, accepted: 50 bars looked at, none bad. */
	private void inspectTheSteelOnReceipt() {
		Api.Answer plan = this.api.post("/api/v1/quality/inspection-plans", this.f.token(),
				Map.of("itemId", this.f.steel, "operation", "来料检验", "kind", "RECEIVING", "name",
						TraceFixtures.unique("圆钢来料检验"), "characteristics",
						List.of(Map.of("code", "A1", "name", "外观", "type", "ATTRIBUTE", "defectTypes",
								List.of("裂纹", "锈蚀"), "sampleSize", 50, "frequency", Map.of("kind", "LOT"), "method",
								"目视"))));
		assertThat(plan.status()).as(plan.body()).isEqualTo(201);
		Api.Answer opened = this.api.post("/api/v1/quality/inspection-records", this.f.token(),
				Map.of("planId", plan.json().get("id").asString(), "lotNumber", number(this.steelLot), "supplierId",
						this.f.steelMill, "subgroups",
						List.of(Map.of("characteristicId",
								plan.json().get("characteristics").get(0).get("id").asString(), "inspected", 50,
								"nonconforming", 0))));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		Api.Answer verdict = this.api.post(
				"/api/v1/quality/inspection-records/" + opened.json().get("id").asString() + "/verdict", this.f.token(),
				Map.of("verdict", "ACCEPT"));
		assertThat(verdict.status()).as(verdict.body()).isEqualTo(200);
	}

	@Test
	void tracesAFinishedSerialBackToTheSupplierBatchAndItsBatchForwardToEveryDelivery() {
		inspectTheSteelOnReceipt();
		JsonNode back = trace("serials", this.serial);
		Set<String> backIds = nodeIds(back);
		assertThat(backIds).contains(this.serial, this.blanks, this.steelLot, "supplier:" + this.f.steelMill);
		assertThat(backIds).as("the finished lot is a sibling, not an ancestor").doesNotContain(this.finishedLot);
		assertThat(backIds).doesNotContainAnyElementsOf(this.unrelated);
		JsonNode steelRow = row(back, this.steelLot);
		assertThat(steelRow.get("supplierBatch").asString()).isEqualTo(this.supplierBatch);
		assertThat(steelRow.get("supplier").asString()).contains("华北特钢");
		assertThat(steelRow.get("direction").asString()).isEqualTo("BACKWARD");
		assertThat(steelRow.get("depth").asInt()).isEqualTo(2);
		assertThat(steelRow.get("inspections").asString()).isEqualTo("RECEIVING ✔ 0/50");
		assertThat(back.get("inspectionsAvailable").asBoolean()).isTrue();
		assertThat(back.get("inspections")).singleElement()
			.satisfies((i) -> assertThat(i.get("accepted").asBoolean()).isTrue());
		assertThat(row(back, this.blanks).get("madeBy").asString()).contains("OP10 下料车削").contains("张三");
		assertThat(row(back, this.serial).get("madeBy").asString()).contains("OP20 精车").contains("李四");

		// the step that made the serial, with the lathe's temperature around it
		JsonNode op20 = step(back, "OP20 精车");
		assertThat(op20.get("machine").asString()).contains("CK6150");
		assertThat(op20.get("operator").asString()).isEqualTo("李四");
		JsonNode spindle = op20.get("telemetry").get(0);
		assertThat(spindle.get("property").asString()).isEqualTo("spindleTemp");
		// one reading a minute from 15 minutes before the one-hour step to 15 after it,
		// the end excluded: minutes -15 … 74
		assertThat(spindle.get("count").asLong()).isEqualTo(90);
		assertThat(spindle.get("min").asDouble()).isEqualTo(31.0);
		assertThat(spindle.get("max").asDouble()).isEqualTo(49.0);
		assertThat(back.get("deliveries")).as("the serial's own delivery").hasSize(1);

		JsonNode forward = trace("lots", this.steelLot);
		Set<String> forwardIds = nodeIds(forward);
		assertThat(forwardIds).contains(this.steelLot, this.blanks, this.serial, this.finishedLot);
		assertThat(forwardIds).doesNotContainAnyElementsOf(this.unrelated);
		List<String> atRisk = new ArrayList<>();
		forward.get("deliveries").forEach((d) -> atRisk.add(d.get("id").asString()));
		assertThat(atRisk).containsExactlyInAnyOrderElementsOf(this.deliveries);
		List<String> customers = new ArrayList<>();
		forward.get("deliveries").forEach((d) -> customers.add(d.get("customer").asString()));
		assertThat(String.join(",", customers)).contains("一汽解放", "东风商用车", "陕汽重卡");
		long deliveryRows = 0;
		for (JsonNode r : forward.get("rows")) {
			if ("DELIVERY".equals(r.get("kind").asString())) {
				deliveryRows++;
			}
		}
		assertThat(deliveryRows).isEqualTo(3);
		assertThat(forward.get("truncated").asBoolean()).isFalse();
	}

	@Test
	void refusesLoopsUnknownLotsAndQuantitiesBeyondWhatALotHasLeftSayingWhy() {
		// the blanks were used to make the serial: the serial cannot go back into the
		// blanks
		Api.Answer loop = this.f.step("返修", null, "张三", OP20, OP20, Map.of(this.serial, "1"), List.of(this.blanks));
		assertThat(loop.status()).as(loop.body()).isEqualTo(400);
		assertThat(loop.body()).contains("consumed")
			.contains("成环")
			.contains(number(this.blanks) + " → " + number(this.serial));

		Api.Answer unknown = this.f.step("OP10", null, "张三", OP10, OP10, Map.of(UUID.randomUUID().toString(), "1"),
				List.of(this.blanks));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("consumed[0].unitId").contains("不存在");

		// 500 kg received, 300 kg consumed: 250 kg is more than the 200 left
		String more = this.f.lot("WIP", this.f.blank, "10");
		Api.Answer beyond = this.f.step("OP10", this.f.lathe, "张三", OP10, OP10, Map.of(this.steelLot, "250"),
				List.of(more));
		assertThat(beyond.status()).isEqualTo(400);
		assertThat(beyond.body()).contains("consumed[0].quantity")
			.contains("250")
			.contains("只剩 200")
			.contains("已消耗 300");
		assertThat(
				this.api.get("/api/v1/quality/lots/" + this.steelLot, this.f.token()).json().get("remaining").asInt())
			.as("nothing was written by the refused steps")
			.isEqualTo(200);

		// the finished lot went out whole on D2 and D3: nothing left to deliver
		Api.Answer overDelivered = this.f.deliver(TraceFixtures.unique("D4"), this.f.customers.get(0), "2026-05-11",
				Map.of(this.finishedLot, "1"));
		assertThat(overDelivered.status()).isEqualTo(400);
		assertThat(overDelivered.body()).contains("lines[0].quantity").contains("只剩 0");

		Api.Answer purchasedOut = this.f.step("OP99", null, "张三", OP10, OP10, Map.of(), List.of(this.steelLot));
		assertThat(purchasedOut.status()).isEqualTo(400);
		assertThat(purchasedOut.body()).contains("produced[0]").contains("采购件");
	}

	@Test
	void resolvesAnIdentifierWithoutSignInShowingOnlyItsPublicPart() throws Exception {
		JsonNode steel = this.api.get("/api/v1/quality/lots/" + this.steelLot, this.f.token()).json();
		String identifier = steel.get("identifier").asString();
		assertThat(identifier).matches("KW\\.[0-9A-F]{8}/L[0-9A-HJKMNP-TV-Z]{12}");
		String path = URI.create(steel.get("resolverUrl").asString()).getPath();
		assertThat(path).isEqualTo("/id/" + identifier);

		Api.Answer page = this.api.get(path, null, Map.of("Accept", "text/html"));
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains(identifier).contains("42CrMo 圆钢 Φ40").contains("华北特钢");
		assertThat(page.body()).doesNotContain(this.supplierBatch).doesNotContain("张三").doesNotContain("500");

		Api.Answer json = this.api.get(path, null, Map.of("Accept", "application/json"));
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.json().get("supplier").asString()).isEqualTo("华北特钢");

		// the unrelated chain's steel: a CORE item from an IMPORTANT supplier
		String secret = this.unrelated.iterator().next();
		for (String id : this.unrelated) {
			Api.Answer lot = this.api.get("/api/v1/quality/lots/" + id, this.f.token());
			if (lot.status() == 200 && "PURCHASED".equals(lot.json().get("stage").asString())) {
				secret = id;
			}
		}
		String secretPath = "/id/"
				+ this.api.get("/api/v1/quality/lots/" + secret, this.f.token()).json().get("identifier").asString();
		Api.Answer hidden = this.api.get(secretPath, null, Map.of("Accept", "text/html"));
		assertThat(hidden.status()).isEqualTo(200);
		assertThat(hidden.body()).doesNotContain("特种合金").doesNotContain("保密供应商").contains("不公开");
		JsonNode hiddenJson = this.api.get(secretPath, null, Map.of("Accept", "application/json")).json();
		assertThat(hiddenJson.get("itemName").isNull()).isTrue();
		assertThat(hiddenJson.get("supplier").isNull()).isTrue();

		assertThat(this.api.get("/id/KW.00000000/L0000000000000", null, Map.of("Accept", "application/json")).status())
			.isEqualTo(404);
		Api.Answer unknownPage = this.api.get("/id/KW.00000000/L0000000000000", null, Map.of("Accept", "text/html"));
		assertThat(unknownPage.status()).isEqualTo(404);
		assertThat(unknownPage.body()).contains("id=\"public-unknown\"");
		assertThat(this.api.get("/quality/lots", null).status()).as("the rest still needs sign-in").isEqualTo(302);
		assertThat(this.api.get("/api/v1/quality/lots/" + this.steelLot, null).status()).isEqualTo(401);
	}

	@Test
	void printsAQrCodeThatDecodesToTheResolverAddress() throws Exception {
		JsonNode serial = this.api.get("/api/v1/quality/serials/" + this.serial, this.f.token()).json();
		Api.Download png = this.api.download("/api/v1/quality/serials/" + this.serial + "/qr.png?scale=4",
				this.f.token());
		assertThat(png.status()).isEqualTo(200);
		assertThat(png.header("Content-Type")).startsWith("image/png");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		String decoded = new QRCodeReader()
			.decode(new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
			.getText();
		assertThat(decoded).isEqualTo(serial.get("resolverUrl").asString());
		assertThat(this.api.get(URI.create(decoded).getPath(), null, Map.of("Accept", "text/html")).status())
			.isEqualTo(200);

		PageSession session = PageSession.signIn(this.port, this.f.tenant.adminUsername(), TraceFixtures.PASSWORD);
		String label = session.get("/quality/labels/" + this.serial).body();
		assertThat(label).contains("<svg").contains(serial.get("identifier").asString());
		String unitPage = session.get("/quality/serials/" + this.serial).body();
		assertThat(unitPage).contains("/quality/trace/" + this.serial);
		String tracePage = session.get("/quality/trace/" + this.serial + "?lang=en").body();
		assertThat(tracePage).contains("id=\"trace-graph\"")
			.contains("Spindle temperature")
			.contains(number(this.steelLot))
			.contains(this.supplierBatch);
		String lots = session.get("/quality/lots?lang=zh-CN").body();
		assertThat(lots).contains("批次").contains(number(this.finishedLot));

		// a step and a delivery recorded through the lot page's forms
		String spare = this.f.lot("FINISHED", this.f.shaft, "5");
		String path = "/quality/lots/" + spare;
		String page = session.get(path).body();
		assertThat(page).contains("id=\"new-step\"").contains("id=\"new-delivery\"");
		var stepped = session.post(path + "/steps", path,
				Map.of("_csrf", PageSession.csrf(page), "operation", "OP20 精车", "equipmentId", this.f.lathe, "operator",
						"李四", "startedAt", "2026-05-08T09:00", "endedAt", "2026-05-08T10:00", "consumed",
						number(this.blanks) + " 5"));
		assertThat(stepped.statusCode()).isEqualTo(302);
		assertThat(stepped.headers().firstValue("Location").orElse("")).endsWith(path);
		assertThat(nodeIds(trace("lots", spare))).contains(this.blanks, this.steelLot);
		String customer = this.api.get("/api/v1/partners/" + this.f.customers.get(0), this.f.token())
			.json()
			.get("code")
			.asString();
		var refused = session.post(path + "/deliveries", path, Map.of("_csrf", PageSession.csrf(page), "deliveryNumber",
				TraceFixtures.unique("D5"), "customerCode", customer, "deliveredOn", "2026-05-12", "quantity", "6"));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(session.get(path).body()).contains("只剩 5");
		var delivered = session.post(path + "/deliveries", path,
				Map.of("_csrf", PageSession.csrf(page), "deliveryNumber", TraceFixtures.unique("D5"), "customerCode",
						customer, "deliveredOn", "2026-05-12", "quantity", "5"));
		assertThat(delivered.statusCode()).isEqualTo(302);
		assertThat(this.api.get("/api/v1/quality/lots/" + spare, this.f.token()).json().get("remaining").asInt())
			.isZero();
	}

	private JsonNode trace(String forms, String id) {
		Api.Answer answer = this.api.get("/api/v1/quality/" + forms + "/" + id + "/trace", this.f.token());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private String number(String id) {
		Api.Answer lot = this.api.get("/api/v1/quality/lots/" + id, this.f.token());
		if (lot.status() != 200) {
			lot = this.api.get("/api/v1/quality/serials/" + id, this.f.token());
		}
		return lot.json().get("number").asString();
	}

	private static Set<String> nodeIds(JsonNode trace) {
		Set<String> ids = new HashSet<>();
		trace.get("nodes").forEach((n) -> ids.add(n.get("id").asString().replace("delivery:", "")));
		return ids;
	}

	private static JsonNode row(JsonNode trace, String unitId) {
		for (JsonNode r : trace.get("rows")) {
			if (unitId.equals(r.get("unitId").asString()) && !"DELIVERY".equals(r.get("kind").asString())) {
				return r;
			}
		}
		throw new AssertionError("no row for " + unitId + " in " + trace.get("rows"));
	}

	private static JsonNode step(JsonNode trace, String operation) {
		for (JsonNode s : trace.get("steps")) {
			if (operation.equals(s.get("operation").asString()) && "BACKWARD".equals(s.get("direction").asString())) {
				return s;
			}
		}
		throw new AssertionError("no step " + operation + " in " + trace.get("steps"));
	}

}
