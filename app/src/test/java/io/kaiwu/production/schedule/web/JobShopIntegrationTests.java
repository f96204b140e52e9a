package io.kaiwu.production.schedule.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kaiwu.production.schedule.jobshop.FeasibilityCheck;
import io.kaiwu.production.schedule.jobshop.JobShopFormat;
import io.kaiwu.production.schedule.jobshop.JobShopInstance;
import io.kaiwu.production.schedule.jobshop.JobShopOperation;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job-shop endpoint over real HTTP: classic instances solved to their known optimum
 * within the time limit plus 5 s, each answer passing the independent feasibility check;
 * bad instances and time limits refused with the exact line and pair; only engineers and
 * tenant admins may call it.
 */
@KaiwuIntegrationTest
class JobShopIntegrationTests {

	private static final String PATH = "/api/v1/scheduling/job-shop";

	@LocalServerPort
	int port;

	private Api api;

	private Tenants.FreshTenant tenant;

	@BeforeEach
	void tenant() {
		this.api = new Api(this.port);
		this.tenant = Tenants.fresh(this.api, "排程测试" + System.nanoTime());
	}

	@Test
	void ft06AndLa01AreSolvedToTheirOptimumAndPassTheFeasibilityCheck() throws IOException {
		assertSolved("ft06", 55);
		assertSolved("la01", 666);
	}

	private void assertSolved(String name, int optimum) throws IOException {
		String text = resource("/jsplib/" + name);
		long started = System.nanoTime();
		Api.Answer answer = this.api.postRaw(PATH + "?timeLimit=PT10S", this.tenant.adminToken(), "text/plain", text);
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(seconds).as("answered within the time limit plus 5 s").isLessThan(15);
		JsonNode json = answer.json();
		List<JobShopOperation> operations = new ArrayList<>();
		json.get("operations")
			.forEach((op) -> operations.add(new JobShopOperation(op.get("job").asInt(), op.get("operation").asInt(),
					op.get("machine").asInt(), op.get("start").asInt(), op.get("end").asInt())));
		JobShopInstance instance = JobShopFormat.parse(text);
		assertThat(operations).hasSize(instance.operationCount());
		assertThat(FeasibilityCheck.violations(instance, json.get("makespan").asInt(), operations)).isEmpty();
		assertThat(json.get("makespan").asInt()).isEqualTo(optimum);
	}

	@Test
	void aLineWithTheWrongNumberOfPairsIsRefusedWithItsLine() {
		Api.Answer answer = post("PT5S", "# tiny\n2 2\n0 3 1 2\n1 4 0\n");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("line 4");
		assertThat(error.get("message").asString()).contains("第 4 行有 3 个数").contains("应为 2 对").contains("共 4 个数");
	}

	@Test
	void eachBadValueIsRefusedWithItsLineAndPair() {
		assertRefused(post("PT5S", "2 2\n0 3 1 2\n1 4 7 1\n"), "line 3, pair 2", "机器号 7");
		assertRefused(post("PT5S", "2 2\n0 3 1 -2\n1 4 0 1\n"), "line 2, pair 2", "工时 -2");
		assertRefused(post("PT5S", "2 2\n0 3 1 2\n1 four 0 1\n"), "line 3, pair 1", "“four”");
		assertRefused(post("PT5S", "3 2\n0 3 1 2\n1 4 0 1\n"), "line 4", "3 个作业");
		assertRefused(post("PT5S", ""), "line 1", "实例为空");
	}

	@Test
	void aMissingOrAbsurdTimeLimitIsRefused() {
		String tiny = "1 1\n0 3\n";
		assertRefused(this.api.postRaw(PATH, this.tenant.adminToken(), "text/plain", tiny), "timeLimit", "缺少求解时限");
		assertRefused(post("30", tiny), "timeLimit", "无法识别");
		assertRefused(post("PT0S", tiny), "timeLimit", "不在允许范围");
		assertRefused(post("P3D", tiny), "timeLimit", "不在允许范围");
		assertThat(post("PT1S", tiny).json().get("makespan").asInt()).isEqualTo(3);
	}

	@Test
	void onlyEngineersAndTenantAdminsMayCallIt() {
		String tiny = "1 1\n0 3\n";
		assertThat(this.api.postRaw(PATH + "?timeLimit=PT1S", null, "text/plain", tiny).status()).isEqualTo(401);
		assertThat(this.api.postRaw(PATH + "?timeLimit=PT1S", user("VIEWER"), "text/plain", tiny).status())
			.isEqualTo(403);
		assertThat(this.api.postRaw(PATH + "?timeLimit=PT1S", user("OPERATOR"), "text/plain", tiny).status())
			.isEqualTo(403);
		assertThat(this.api.postRaw(PATH + "?timeLimit=PT1S", user("ENGINEER"), "text/plain", tiny).status())
			.isEqualTo(200);
	}

	private Api.Answer post(String timeLimit, String body) {
		return this.api.postRaw(PATH + "?timeLimit=" + timeLimit, this.tenant.adminToken(), "text/plain", body);
	}

	private static void assertRefused(Api.Answer answer, String field, String message) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("message").asString()).contains(message);
	}

	private String user(String role) {
		String username = role.toLowerCase(java.util.Locale.ROOT) + System.nanoTime();
		Api.Answer user = this.api.post("/api/v1/users", this.tenant.adminToken(), Map.of("username", username,
				"displayName", "排程用户", "temporaryPassword", "Temporary-Pass-7", "roles", List.of(role)));
		assertThat(user.status()).as(user.body()).isEqualTo(201);
		this.api.post("/api/v1/auth/password", null,
				Map.of("username", username, "password", "Temporary-Pass-7", "newPassword", "Settled-Passw0rd-7"));
		return this.api.token(username, "Settled-Passw0rd-7");
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = JobShopIntegrationTests.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
