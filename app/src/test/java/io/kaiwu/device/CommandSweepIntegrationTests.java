package io.kaiwu.device;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.kaiwu.device.command.CommandSweep;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.kaiwu.device.DeviceFixtures.createDevice;
import static io.kaiwu.device.DeviceFixtures.createSite;
import static io.kaiwu.device.DeviceFixtures.createType;
import static io.kaiwu.device.DeviceFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands left {@code SENT} by a process that died (rows written as that process would
 * have left them) are timed out at the next start and by the periodic sweep; a command
 * issued moments ago is left alone.
 */
@KaiwuIntegrationTest
class CommandSweepIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CommandSweep sweep;

	@Autowired
	JdbcClient jdbc;

	@Test
	void commandsLeftSentByAnEarlierRunAreTimedOut() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "指令清扫 " + System.nanoTime());
		String token = tenant.adminToken();
		String type = createType(api, token, unique("SWP"));
		String site = createSite(api, token, unique("S").toUpperCase(Locale.ROOT));
		String key = unique("swp");
		Api.Answer created = createDevice(api, token, key, type, site);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID deviceId = UUID.fromString(created.json().get("id").asString());

		UUID beforeRestart = sent(tenant, deviceId, key, Instant.now().minus(Duration.ofHours(1)));
		UUID inFlight = sent(tenant, deviceId, key, Instant.now());

		// at start-up: everything from before the start
		this.sweep.afterStart();
		assertThat(state(api, token, key, beforeRestart)).isEqualTo("TIMED_OUT");
		assertThat(state(api, token, key, inFlight)).isEqualTo("SENT");

		// periodically: only what is older than any timeout
		this.sweep.sweep();
		assertThat(state(api, token, key, inFlight)).isEqualTo("SENT");
		this.jdbc.sql("UPDATE device_command SET issued_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(7))), inFlight)
			.update();
		this.sweep.sweep();
		assertThat(state(api, token, key, inFlight)).isEqualTo("TIMED_OUT");

		JsonNode listed = api.get("/api/v1/devices/" + key + "/commands", token).json();
		for (JsonNode c : listed.get("items")) {
			assertThat(c.hasNonNull("finishedAt")).as(c.toString()).isTrue();
		}
		Api.Answer audit = api.get("/api/v1/audit?entityType=device-command&size=50", token);
		assertThat(audit.body()).contains(beforeRestart.toString()).contains(inFlight.toString());
	}

	private UUID sent(Tenants.FreshTenant tenant, UUID deviceId, String key, Instant issuedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO device_command (id, tenant_id, device_id, device_key, service, params, state, issued_by,
				    issued_at)
				VALUES (?, ?, ?, ?, 'setTarget', '{"value":1}', 'SENT', 'test', ?)""")
			.params(id, UUID.fromString(tenant.id()), deviceId, key, Timestamp.from(issuedAt))
			.update();
		return id;
	}

	private static String state(Api api, String token, String key, UUID id) {
		for (JsonNode c : api.get("/api/v1/devices/" + key + "/commands?size=100", token).json().get("items")) {
			if (c.get("id").asString().equals(id.toString())) {
				return c.get("state").asString();
			}
		}
		throw new AssertionError("No command " + id);
	}

}
