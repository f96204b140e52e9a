package io.kaiwu.telemetry.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.telemetry.IngestionResult;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.Reading;
import io.kaiwu.telemetry.Rejection;
import io.kaiwu.telemetry.TelemetryIngestion;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dead-letter table on the database of this run: bounded per tenant, and what an
 * unknown device sends.
 */
@KaiwuIntegrationTest
class TelemetryDeadLettersIntegrationTests {

	final JdbcClient jdbc;

	final TelemetryIngestion ingestion;

	final MeterRegistry meters;

	TelemetryDeadLettersIntegrationTests(@Autowired JdbcClient jdbc, @Autowired TelemetryIngestion ingestion,
			@Autowired MeterRegistry meters) {
		this.jdbc = jdbc;
		this.ingestion = ingestion;
		this.meters = meters;
	}

	static Refusal refusal(int i) {
		return new Refusal("p" + i, Refusal.Kind.OUT_OF_RANGE, "reason " + i, "x".repeat(600));
	}

	@Test
	void eachTenantKeepsOnlyTheNewestEntries() {
		DeadLetters bounded = new DeadLetters(this.jdbc,
				new IngestSettings(Duration.ofMinutes(5), Duration.ofDays(7), Duration.ofDays(365), "-", 3));
		TenantId tenant = TenantId.of(UUID.randomUUID());
		TenantId neighbour = TenantId.of(UUID.randomUUID());
		bounded.record(neighbour, "n-1", "mqtt", Instant.now(), List.of(refusal(0), refusal(1)));
		bounded.record(tenant, "d-1", "http", Instant.now(), List.of(refusal(1), refusal(2)));
		bounded.record(tenant, "d-1", "http", Instant.now(), List.of(refusal(3), refusal(4), refusal(5)));
		bounded.record(tenant, "d-1", "http", Instant.now(), List.of(refusal(6)));

		Page<DeadLetters.DeadLetter> page = bounded.list(tenant, PageQuery.of(0, 10));
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.items()).extracting(DeadLetters.DeadLetter::what).containsExactly("p6", "p5", "p4");
		assertThat(page.items().get(0).excerpt()).hasSize(500);
		assertThat(page.items().get(0).reasonKind()).isEqualTo("out-of-range");
		assertThat(bounded.list(neighbour, PageQuery.of(0, 10)).total()).isEqualTo(2);
		assertThat(bounded.list(tenant, PageQuery.of(1, 2)).items()).extracting(DeadLetters.DeadLetter::what)
			.containsExactly("p4");
	}

	@Test
	void everythingOfAnUnknownDeviceIsRejectedAndCounted() {
		String key = "ghost-" + UUID.randomUUID();
		double before = count("unknown-device");
		IngestionResult result = this.ingestion.ingest(key,
				List.of(new Reading(null, Map.of("temperature", 20.0, "state", "idle"), Quality.GOOD)), "mqtt",
				List.of(new Rejection("[1]", "expected a JSON object with \"values\"")));
		assertThat(result.accepted()).isZero();
		assertThat(result.stored()).isZero();
		assertThat(result.rejected()).extracting(Rejection::what)
			.containsExactlyInAnyOrder("temperature", "state", "[1]");
		assertThat(result.rejected()).filteredOn((r) -> !r.what().equals("[1]"))
			.allSatisfy((r) -> assertThat(r.reason()).contains(key));
		assertThat(count("unknown-device")).isEqualTo(before + 2);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM telemetry_dead_letter WHERE device_key = ? AND tenant_id IS NULL")
					.param(key)
					.query(Long.class)
					.single())
			.isEqualTo(3);
	}

	double count(String reason) {
		Counter counter = this.meters.find("kaiwu.telemetry.rejected")
			.tags("connector", "mqtt", "reason", reason)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

}
