package io.kaiwu.alarm;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shelving over REST: a shelved alarm leaves the default list, is listed with
 * {@code shelved=true}, comes back when unshelved, and both steps are audited.
 */
@KaiwuIntegrationTest
class AlarmShelvingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Alarms alarms;

	@Autowired
	AlarmLookup lookup;

	@Test
	void anOperatorShelvesAnAlarmWithAReasonAndUnshelvesIt() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("搁置测试企业"));
		String token = tenant.adminToken();
		TenantId tenantId = TenantId.of(UUID.fromString(tenant.id()));
		Originator point = new Originator("discharge-point", unique("DW"));
		UUID id = this.alarms.raise(tenantId, point, "cod-over-limit", Severity.MAJOR,
				new AlarmMessage("COD 超标", "COD over limit"));
		assertThat(listed(api, token, "")).containsExactly(id.toString());

		Api.Answer tooLong = api.post("/api/v1/alarms/" + id + "/shelve", token,
				Map.of("duration", "P60D", "reason", "检修"));
		assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
		assertThat(tooLong.body()).contains("duration");
		Api.Answer noReason = api.post("/api/v1/alarms/" + id + "/shelve", token, Map.of("duration", "PT2H"));
		assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
		assertThat(noReason.body()).contains("reason");

		Api.Answer shelved = api.post("/api/v1/alarms/" + id + "/shelve", token,
				Map.of("duration", "PT2H", "reason", "在线仪表校准"));
		assertThat(shelved.status()).as(shelved.body()).isEqualTo(200);
		JsonNode shelving = shelved.json().get("shelved");
		assertThat(shelving.get("reason").asString()).isEqualTo("在线仪表校准");
		assertThat(Duration.between(OffsetDateTime.parse(shelving.get("at").asString()),
				OffsetDateTime.parse(shelving.get("until").asString())))
			.isEqualTo(Duration.ofHours(2));
		assertThat(listed(api, token, "")).isEmpty();
		assertThat(listed(api, token, "&shelved=true")).containsExactly(id.toString());
		assertThat(this.lookup.alarm(tenantId, id)).hasValueSatisfying((a) -> {
			assertThat(a.shelved()).isTrue();
			assertThat(a.state()).isEqualTo(AlarmState.ACTIVE_UNACKNOWLEDGED);
		});
		assertThat(this.lookup.open(tenantId, "discharge-point", 10)).extracting(AlarmSummary::id).containsExactly(id);
		assertThat(this.lookup.open(tenantId, Originator.DEVICE, 10)).isEmpty();

		Api.Answer unshelved = api.post("/api/v1/alarms/" + id + "/unshelve", token, Map.of());
		assertThat(unshelved.status()).as(unshelved.body()).isEqualTo(200);
		assertThat(unshelved.json().get("shelved").isNull()).isTrue();
		List<String> actions = new ArrayList<>();
		unshelved.json().get("history").forEach((step) -> actions.add(step.get("action").asString()));
		assertThat(actions).containsExactly("RAISED", "SHELVED", "UNSHELVED");
		assertThat(listed(api, token, "")).containsExactly(id.toString());

		JsonNode audit = await().atMost(Duration.ofSeconds(10)).until(() -> {
			Api.Answer answer = api.get("/api/v1/audit?entityType=alarm", token);
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			return answer.json();
		}, (json) -> json.get("total").asInt() == 2);
		assertThat(audit.get("items").get(1).get("after").asString()).contains("在线仪表校准");
		assertThat(audit.get("items").get(0).get("before").asString()).contains("在线仪表校准");
	}

	private static List<String> listed(Api api, String token, String query) {
		Api.Answer answer = api.get("/api/v1/alarms?state=OPEN" + query, token);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		answer.json().get("items").forEach((a) -> ids.add(a.get("id").asString()));
		return ids;
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
