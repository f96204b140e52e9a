package io.kaiwu.connectivity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector {@code http} counts what HTTP ingest accepted and refused, with the last
 * refusal in words (other tests post too, so counts only grow).
 */
@KaiwuIntegrationTest
class HttpIngestConnectorIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	List<Connector> connectors;

	@Test
	void acceptedAndRefusedPostsAreCounted() {
		Connector http = this.connectors.stream().filter((c) -> c.name().equals("http")).findFirst().orElseThrow();
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "HTTP 接入 " + System.nanoTime());
		String token = tenant.adminToken();
		String code = ("H" + Long.toString(System.nanoTime(), 36)).toUpperCase(Locale.ROOT);
		Api.Answer site = api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", code, "name", "HTTP 工厂"));
		Api.Answer type = api.post("/api/v1/device-types", token, Map.of("code", code, "nameZh", "HTTP 测试",
				"properties", List.of(Map.of("identifier", "temperature", "nameZh", "温度", "dataType", "DOUBLE"))));
		String key = "http-" + code.toLowerCase(Locale.ROOT);
		Api.Answer device = api.post("/api/v1/devices", token, Map.of("key", key, "name", "设备 " + key, "typeId",
				type.json().get("id").asString(), "nodeId", site.json().get("id").asString()));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		String secret = device.json().get("secret").asString();

		ConnectorStatus before = http.status();
		Api.Answer ok = api.postBasic("/api/v1/devices/" + key + "/telemetry", key, secret, "application/json",
				"{\"values\":{\"temperature\":21.5}}".getBytes(StandardCharsets.UTF_8));
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		ConnectorStatus afterOk = http.status();
		assertThat(afterOk.messagesReceived()).isGreaterThan(before.messagesReceived());

		Api.Answer wrong = api.postBasic("/api/v1/devices/" + key + "/telemetry", key, "not-the-secret",
				"application/json", "{\"values\":{\"temperature\":1}}".getBytes(StandardCharsets.UTF_8));
		assertThat(wrong.status()).isEqualTo(401);
		ConnectorStatus afterWrong = http.status();
		assertThat(afterWrong.state()).isEqualTo(ConnectorStatus.State.RUNNING);
		assertThat(afterWrong.messagesRejected()).isGreaterThan(afterOk.messagesRejected());
		assertThat(afterWrong.lastErrorAt()).isNotNull();
		assertThat(afterWrong.lastError()).isNotNull().doesNotContain("not-the-secret");
	}

}
