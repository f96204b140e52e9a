package io.kaiwu.maintenance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.health.FailurePredicted;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A failure warning makes a predictive order whose title, description and checklist are
 * the message bundle's texts in the default language (简体中文), with the times in the
 * maintenance zone, stored as the order's text.
 */
@KaiwuIntegrationTest
class PredictiveOrderTextIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void thePredictiveOrderSpeaksTheBundlesWords() {
		Api api = new Api(this.port);
		MaintenanceFixtures given = MaintenanceFixtures.of(api);
		MaintenanceFixtures.Machine machine = given.machine();
		Instant at = Instant.parse("2026-03-10T02:00:00Z");
		FailurePredicted warning = new FailurePredicted(given.tenantId(), machine.id(), UUID.randomUUID(), at,
				Instant.parse("2026-03-12T02:00:00Z"), Instant.parse("2026-03-11T14:30:00Z"),
				Instant.parse("2026-03-13T06:00:00Z"), 41.6);
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(warning));

		JsonNode order = await().atMost(Duration.ofSeconds(20))
			.until(() -> api
				.get("/api/v1/maintenance-orders?kind=PREDICTIVE&equipmentId=" + machine.id(), given.token())
				.json()
				.get("items"), (items) -> items.size() == 1)
			.get(0);
		assertThat(order.get("title").asString()).isEqualTo("预测性维护：预计 2026-03-12 10:00 前后失效（健康指数 42）");
		JsonNode full = api.get("/api/v1/maintenance-orders/" + order.get("id").asString(), given.token()).json();
		assertThat(full.get("description").asString())
			.isEqualTo("设备健康监测预警：振动持续上升，预计失效时间 2026-03-12 10:00，90% 区间 2026-03-11 22:30 至 2026-03-13 14:00。");
		List<String> steps = new ArrayList<>();
		full.get("checklist").forEach((s) -> steps.add(s.get("text").asString()));
		assertThat(steps).containsExactly("检查主轴轴承振动频谱与温度", "更换或润滑轴承", "试运行并确认振动回到基线");
		assertThat(full.get("plannedEnd").asString()).as("the early end of the band").isEqualTo("2026-03-11T14:30:00Z");
	}

}
