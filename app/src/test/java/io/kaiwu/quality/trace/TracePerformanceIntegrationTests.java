package io.kaiwu.quality.trace;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.quality.Genealogy;
import io.kaiwu.quality.Genealogy.Consumed;
import io.kaiwu.quality.Genealogy.Form;
import io.kaiwu.quality.Genealogy.Made;
import io.kaiwu.quality.Genealogy.Stage;
import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trace over a few thousand genealogy links stays fast: 2,000 purchased coil lots go
 * into 40 lots of blanks (50 each), the 40 into one finished lot, recorded through the
 * {@link Genealogy} API production will call; the trace from the finished lot walks all
 * 2,040 links back and the trace from one coil walks forward to the finished lot, over
 * real HTTP and SQL. The times are printed for docs/traceability.md.
 */
@KaiwuIntegrationTest
class TracePerformanceIntegrationTests {

	static final int COILS = 2_000;

	static final int PER_BLANK_LOT = 50;

	@LocalServerPort
	int port;

	private final Genealogy genealogy;

	private final RegisteringLots lots;

	TracePerformanceIntegrationTests(@Autowired Genealogy genealogy, @Autowired RegisteringLots lots) {
		this.genealogy = genealogy;
		this.lots = lots;
	}

	@Test
	void tracesTwoThousandLinksBackAndForwardFast() {
		Api api = new Api(this.port);
		TraceFixtures f = new TraceFixtures(api);
		TenantId tenant = TenantId.of(UUID.fromString(f.tenant.id()));
		Instant start = Instant.parse("2026-06-01T00:00:00Z");
		List<UUID> coils = new ArrayList<>();
		for (int i = 0; i < COILS; i++) {
			coils.add(this.lots
				.register(tenant, Form.LOT,
						new UnitDraft("PURCHASED", UUID.fromString(f.steel), null, "C" + i, new BigDecimal("1000"),
								UUID.fromString(f.steelMill), null, "HB-" + i, start.toString(), null))
				.id());
		}
		List<UUID> blanks = new ArrayList<>();
		for (int b = 0; b < COILS / PER_BLANK_LOT; b++) {
			UUID blank = this.genealogy.registerMade(tenant,
					new Made(Form.LOT, Stage.WIP, UUID.fromString(f.blank), "B" + b, new BigDecimal("500"), start));
			List<Consumed> used = coils.subList(b * PER_BLANK_LOT, (b + 1) * PER_BLANK_LOT)
				.stream()
				.map((c) -> new Consumed(c, new BigDecimal("12.5")))
				.toList();
			Instant at = start.plus(Duration.ofHours(b));
			this.genealogy.recordStep(tenant, new Genealogy.Step("OP10 下料", UUID.fromString(f.lathe), "张三", "WO-1", at,
					at.plus(Duration.ofMinutes(50)), used, List.of(blank)));
			blanks.add(blank);
		}
		UUID finished = this.genealogy.registerMade(tenant,
				new Made(Form.LOT, Stage.FINISHED, UUID.fromString(f.shaft), "F1", new BigDecimal("2000"), start));
		this.genealogy.recordStep(tenant, new Genealogy.Step("OP20 装配", null, "李四", "WO-1",
				start.plus(Duration.ofDays(3)), start.plus(Duration.ofDays(3).plusHours(8)),
				blanks.stream().map((b) -> new Consumed(b, new BigDecimal("500"))).toList(), List.of(finished)));
		assertThat(this.genealogy.find(tenant, Form.LOT, UUID.fromString(f.shaft), "F1")).contains(finished);

		// warm up once, then measure
		api.get("/api/v1/quality/genealogy/trace/" + finished, f.token());
		long backStart = System.nanoTime();
		Api.Answer back = api.get("/api/v1/quality/genealogy/trace/" + finished, f.token());
		long backMillis = (System.nanoTime() - backStart) / 1_000_000;
		assertThat(back.status()).isEqualTo(200);
		JsonNode trace = back.json();
		assertThat(trace.get("links").asInt()).isEqualTo(COILS + blanks.size());
		assertThat(trace.get("nodes").size()).as("lots and the one supplier").isEqualTo(COILS + blanks.size() + 1 + 1);
		assertThat(trace.get("truncated").asBoolean()).isFalse();

		long forwardStart = System.nanoTime();
		Api.Answer forward = api.get("/api/v1/quality/genealogy/trace/" + coils.get(COILS - 1), f.token());
		long forwardMillis = (System.nanoTime() - forwardStart) / 1_000_000;
		assertThat(forward.json().get("rows").size()).isEqualTo(3);

		System.out.printf("trace over %d links: backward %d ms (%d rows), forward %d ms%n", trace.get("links").asInt(),
				backMillis, trace.get("rows").size(), forwardMillis);
		assertThat(backMillis).as("backward over %d links", COILS + blanks.size()).isLessThan(3_000);
		assertThat(forwardMillis).isLessThan(1_000);
	}

}
