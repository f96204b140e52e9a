package io.kaiwu.energy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a fresh enterprise, a power meter read every 5 minutes (register 99 999.99 kWh) that
 * rolls over at 01:25, draws twice the load from 00:30 to 00:45 and is silent from 01:30
 * to 01:45: the 15-minute demand, the day's load curve, the month's peak, the monthly
 * report and the CSV exports, with the gap missing everywhere and never zero.
 */
@KaiwuIntegrationTest
class EnergyDemandReportIntegrationTests {

	static final OffsetDateTime MIDNIGHT = DemandDay.MIDNIGHT;

	static final LocalDate DAY = DemandDay.DAY;

	static final YearMonth MONTH = DemandDay.MONTH;

	@LocalServerPort
	int port;

	Api api;

	String token;

	String suffix;

	String site;

	String meter;

	String meterCode;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.suffix = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		this.token = Tenants.fresh(this.api, "需量测试 " + this.suffix).adminToken();
		DemandDay day = DemandDay.metered(this.api, this.token, this.suffix);
		this.site = day.site();
		this.meter = day.meter();
		this.meterCode = day.meterCode();
	}

	@Test
	void theLoadCurveIsEachQuarterHoursKWhTimesFourAcrossTheRolloverWithTheGapMissing() {
		JsonNode curve = get("/api/v1/energy/demand?meterId=" + this.meter + "&date=" + DAY);
		JsonNode windows = curve.get("windows");
		assertThat(windows).hasSize(96);
		assertThat(curve.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
		for (int quarter : List.of(0, 1, 3, 4, 5, 7)) {
			assertThat(windows.get(quarter).get("kWh").decimalValue()).as("quarter %d", quarter)
				.isEqualByComparingTo("15");
			assertThat(windows.get(quarter).get("kW").decimalValue()).as("quarter %d", quarter)
				.isEqualByComparingTo("60");
		}
		// 00:30–00:45: 3 × 10 kWh
		assertThat(windows.get(2).get("kW").decimalValue()).isEqualByComparingTo("120");
		// 01:30–01:45 has no readings inside: missing, not zero
		assertThat(windows.get(6).get("kW").isNull()).isTrue();
		assertThat(windows.get(6).get("kWh").isNull()).isTrue();
		assertThat(windows.get(8).get("kW").isNull()).isTrue();
		assertThat(curve.get("missingWindows").asInt()).isEqualTo(96 - 7);
		assertThat(curve.get("peak").get("kW").decimalValue()).isEqualByComparingTo("120");
		assertThat(OffsetDateTime.parse(curve.get("peak").get("start").asString()).toInstant())
			.isEqualTo(MIDNIGHT.plusMinutes(30).toInstant());

		JsonNode node = get("/api/v1/energy/demand?nodeId=" + this.site + "&date=" + DAY);
		assertThat(node.get("meters").get(0).asString()).isEqualTo(this.meterCode);
		assertThat(node.get("windows").get(2).get("kW").decimalValue()).isEqualByComparingTo("120");

		String csv = csv("/api/v1/energy/demand/export.csv?meterId=" + this.meter + "&date=" + DAY);
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo("\uFEFF\"start\",\"kWh\",\"kW\"");
		assertThat(lines).hasSize(97);
		assertThat(lines[3]).endsWith(",30.000000,120.00000");
		// the gap is empty cells
		assertThat(lines[7]).endsWith(",,");
	}

	@Test
	void theMonthsPeakDemandNamesWhenItHappenedForTheSiteAndTheMeter() {
		JsonNode peaks = get("/api/v1/energy/demand/peaks?siteId=" + this.site + "&month=" + MONTH);
		int quarters = MONTH.lengthOfMonth() * 96;
		assertThat(peaks.get("windows").asInt()).isEqualTo(quarters);
		assertThat(peaks.get("sitePeak").get("kW").decimalValue()).isEqualByComparingTo("120");
		assertThat(OffsetDateTime.parse(peaks.get("sitePeak").get("start").asString()).toInstant())
			.isEqualTo(MIDNIGHT.plusMinutes(30).toInstant());
		assertThat(peaks.get("siteMissingWindows").asInt()).isEqualTo(quarters - 7);
		JsonNode meter = peaks.get("meters").get(0);
		assertThat(meter.get("code").asString()).isEqualTo(this.meterCode);
		assertThat(meter.get("peak").get("kW").decimalValue()).isEqualByComparingTo("120");

		String csv = csv("/api/v1/energy/demand/peaks/export.csv?siteId=" + this.site + "&month=" + MONTH);
		assertThat(csv).contains("\"meter\",\"name\",\"peakKW\",\"peakStart\",\"missingQuarterHours\",\"quarterHours\"")
			.contains("\"" + this.meterCode + "\",\"进线\",120.00000,");
	}

	@Test
	void theMonthlyReportHasEachCarrierTheTouCostThePeakTceAndTheMissingData() {
		JsonNode report = get("/api/v1/energy/reports/monthly?siteId=" + this.site + "&month=" + MONTH);
		assertThat(report.get("site").asString()).isEqualTo("需量厂区");
		JsonNode electricity = report.get("carriers").get(0);
		assertThat(electricity.get("kind").asString()).isEqualTo("ELECTRICITY");
		// 00:00–01:00 is known (75 kWh); 01:00–02:00 has the gap; nothing else was read
		assertThat(electricity.get("quantity").decimalValue()).isEqualByComparingTo("75");
		int hours = MONTH.lengthOfMonth() * 24;
		assertThat(electricity.get("hours").asInt()).isEqualTo(hours);
		assertThat(electricity.get("missingHours").asInt()).isEqualTo(hours - 1);
		// GB/T 2589: 0.1229 kgce/kWh × 75 kWh = 9.2175 kgce
		assertThat(report.get("tce").decimalValue()).isEqualByComparingTo("0.009218");
		// 00:00–01:00 is 谷 in every season: 75 kWh × 0.228 CNY
		JsonNode tou = report.get("tou");
		assertThat(tou.get("tariff").asString()).isEqualTo("GD-" + this.suffix);
		assertThat(tou.get("periods").get(0).get("period").asString()).isEqualTo("VALLEY");
		assertThat(tou.get("periods").get(0).get("kWh").decimalValue()).isEqualByComparingTo("75");
		assertThat(tou.get("cost").decimalValue()).isEqualByComparingTo("17.10");
		assertThat(report.get("peaks").get("sitePeak").get("kW").decimalValue()).isEqualByComparingTo("120");
		assertThat(report.get("complete").asBoolean()).isFalse();
		assertThat(report.get("missing").get(0).get("meter").asString()).isEqualTo(this.meterCode);
		assertThat(report.get("missing").get(0).get("missingHours").asInt()).isEqualTo(hours - 1);
		assertThat(report.get("nodes").get(0).get("node").asString()).isEqualTo("需量厂区");
	}

	@Test
	void everyEnergyTableExportsAsCsvWithMissingAsEmpty() {
		String range = "from=" + DAY + "&to=" + DAY.plusDays(1);
		String consumption = csv(
				"/api/v1/energy/consumption/export.csv?nodeId=" + this.site + "&" + range + "&granularity=HOUR");
		String[] lines = consumption.split("\r\n");
		assertThat(lines[0]).isEqualTo(
				"\uFEFF\"kind\",\"unit\",\"start\",\"hours\",\"missingHours\",\"complete\",\"quantity\",\"tce\",\"tonnesCo2\",\"cost\"");
		assertThat(lines).hasSize(25);
		assertThat(lines[1]).startsWith("\"ELECTRICITY\",\"kWh\",").contains(",1,0,true,75.000,");
		assertThat(lines[2]).contains(",1,1,false,,,,");

		String tou = csv("/api/v1/energy/tou-split/export.csv?nodeId=" + this.site + "&" + range);
		assertThat(tou).contains("\"tariff\",\"period\",\"kWh\",\"cost\",\"sharePercent\"")
			.contains("\"GD-" + this.suffix + "\",\"VALLEY\",75.000,17.10,100.0");

		String meters = csv("/api/v1/energy/meters/export.csv");
		assertThat(meters).contains("\"" + this.meterCode + "\",\"进线\",\"ELECTRICITY\",\"kWh\",\"需量厂区\",,false,")
			.contains("\"energyKwh\",5,");

		String tariffs = csv("/api/v1/energy/tariffs/export.csv");
		assertThat(tariffs).contains("GD-" + this.suffix)
			.contains("\"VALLEY\",\"00:00\",\"08:00\",0.228")
			.contains("\"SHARP_PEAK\",\"11:00\",\"12:00\",1.275")
			.contains("\"需量厂区\"");
	}

	@Test
	void demandQueriesThatCannotBeAnsweredAreRefusedSayingWhy() {
		Api.Answer noDate = this.api.get("/api/v1/energy/demand?meterId=" + this.meter, this.token);
		assertThat(noDate.status()).isEqualTo(400);
		assertThat(noDate.body()).contains("date");
		Api.Answer badMonth = this.api.get("/api/v1/energy/demand/peaks?siteId=" + this.site + "&month=2026-13",
				this.token);
		assertThat(badMonth.status()).isEqualTo(400);
		assertThat(badMonth.body()).contains("month").contains("2026-13");
		Api.Answer both = this.api
			.get("/api/v1/energy/demand?meterId=" + this.meter + "&nodeId=" + this.site + "&date=" + DAY, this.token);
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.body()).contains("meterId");
	}

	private JsonNode get(String path) {
		Api.Answer answer = this.api.get(path, this.token);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private String csv(String path) {
		Api.Download download = this.api.download(path, this.token);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Type")).startsWith("text/csv");
		return new String(download.bytes(), StandardCharsets.UTF_8);
	}

}
