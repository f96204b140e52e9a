package io.kaiwu.alarm.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.kaiwu.alarm.AlarmMessage;
import io.kaiwu.alarm.Alarms;
import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.TestMail;
import io.kaiwu.support.Tenants;
import io.kaiwu.shared.TenantId;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alarm notifications end to end: alarms raised through the alarm module's API reach real
 * receivers on local ports (a signed webhook, a 企业微信 and a 钉钉 robot, an SMTP server),
 * through the outbox and the sender. Retries are brought forward by calling the sender
 * with a later clock instead of waiting for the back-off.
 */
@KaiwuIntegrationTest
class AlarmNotificationIntegrationTests {

	private static final String WEBHOOK_SECRET = "whsec-line-3-0123456789";

	private static final String DINGTALK_SECRET = "SECa1b2c3d4e5f60718293a4b5c6d7e8f9";

	@LocalServerPort
	int port;

	@Autowired
	Alarms alarms;

	@Autowired
	DeliverySender sender;

	@Autowired
	org.springframework.mail.javamail.JavaMailSenderImpl mailSender;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	DeliveryRetention retention;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void aSignedWebhookAnsweringErrorsIsRetriedWithBackOffUntilItTakesTheAlarm() throws IOException {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("通知企业"));
		try (Receiver receiver = new Receiver(new Receiver.Answer(500, "{\"error\":\"busy\"}"),
				new Receiver.Answer(503, "{}"), new Receiver.Answer(200, "{}"))) {
			Api.Answer created = api.post("/api/v1/alarm-channels", tenant.adminToken(),
					Map.of("name", "MES 接口", "kind", "WEBHOOK", "url", receiver.url("/hooks/kaiwu"), "secret",
							WEBHOOK_SECRET, "minSeverity", "MAJOR", "events", List.of("RAISED")));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			assertThat(created.body()).doesNotContain(WEBHOOK_SECRET);
			assertThat(created.json().get("secretSet").asBoolean()).isTrue();
			String channel = created.json().get("id").asString();

			raise(tenant, Severity.MINOR, "注塑机 3 温度偏高");
			UUID critical = raise(tenant, Severity.CRITICAL, "注塑机 3 液压油温 92 °C");

			JsonNode first = awaitAttempts(api, tenant, channel, 1);
			assertThat(first.get("status").asString()).isEqualTo("PENDING");
			assertThat(first.get("alarmId").asString()).isEqualTo(critical.toString());
			assertThat(gap(first.get("log").get(0))).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(35));
			assertThat(first.get("log").get(0).get("httpStatus").asInt()).isEqualTo(500);

			this.sender.sendDue(Instant.now().plusSeconds(31));
			JsonNode second = awaitAttempts(api, tenant, channel, 2);
			assertThat(second.get("log").get(1).get("httpStatus").asInt()).isEqualTo(503);
			assertThat(gap(second.get("log").get(1))).isBetween(Duration.ofMinutes(2), Duration.ofSeconds(125));

			this.sender.sendDue(Instant.now().plus(Duration.ofMinutes(2)).plusSeconds(10));
			JsonNode sent = awaitAttempts(api, tenant, channel, 3);
			assertThat(sent.get("status").asString()).isEqualTo("SENT");
			assertThat(sent.get("log").get(2).get("httpStatus").asInt()).isEqualTo(200);
			assertThat(sent.get("log").get(2).get("retryAt").isNull()).isTrue();
			assertThat(deliveries(api, tenant, channel).get("total").asLong())
				.as("the minor alarm is below the channel's minimum severity")
				.isEqualTo(1);

			assertThat(receiver.requests()).hasSize(3).allSatisfy((request) -> {
				String timestamp = request.header("X-Kaiwu-Timestamp");
				assertThat(request.header("X-Kaiwu-Signature"))
					.isEqualTo("sha256=" + hex(hmac(WEBHOOK_SECRET, timestamp + "." + request.body())));
				assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(),
						org.assertj.core.data.Offset.offset(300L));
				assertThat(request.header("X-Kaiwu-Event")).isEqualTo("RAISED");
				assertThat(request.body()).contains("\"event\":\"RAISED\"", "\"severity\":\"CRITICAL\"",
						critical.toString(), "液压油温 92 °C");
				// the shape docs/alarms.md shows to receivers
				assertThat(request.body()).startsWith("{\"event\":\"RAISED\",\"tenant\":\"" + tenant.id() + "\"")
					.contains("\"originator\":{\"kind\":\"test-point\",", "\"state\":\"ACTIVE_UNACKNOWLEDGED\"",
							"\"by\":null")
					.containsPattern("\"at\":\"\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\"}$");
			});
		}
	}

	@Test
	void weComAndSignedDingTalkRobotsGetMarkdownForRaisedAcknowledgedAndCleared() throws Exception {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("机器人企业"));
		String ok = "{\"errcode\":0,\"errmsg\":\"ok\"}";
		try (Receiver weCom = new Receiver(new Receiver.Answer(200, ok));
				Receiver dingTalk = new Receiver(
						new Receiver.Answer(200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}"),
						new Receiver.Answer(200, ok))) {
			String weComChannel = created(
					api.post("/api/v1/alarm-channels", tenant.adminToken(), Map.of("name", "设备班组群", "kind", "WECOM",
							"url", weCom.url("/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"))));
			String dingTalkChannel = created(api.post("/api/v1/alarm-channels", tenant.adminToken(),
					Map.of("name", "值班钉钉群", "kind", "DINGTALK", "url", dingTalk.url("/robot/send?access_token=abc123"),
							"secret", DINGTALK_SECRET, "language", "EN", "events", List.of("RAISED"))));
			Api.Answer shown = api.get("/api/v1/alarm-channels/" + dingTalkChannel, tenant.adminToken());
			assertThat(shown.body()).doesNotContain(DINGTALK_SECRET).doesNotContain("abc123");
			assertThat(shown.json().get("url").asString()).endsWith("/robot/send?access_token=****");

			Originator press = new Originator("press-line", unique("p"));
			UUID alarm = this.alarms.raise(TenantId.of(UUID.fromString(tenant.id())), press, "over-pressure",
					Severity.MAJOR, new AlarmMessage("冲压线 2 压力 21 MPa", "Press line 2 pressure 21 MPa"));
			Api.Answer ack = api.post("/api/v1/alarms/" + alarm + "/acknowledge", tenant.adminToken(), Map.of());
			assertThat(ack.status()).as(ack.body()).isEqualTo(200);
			this.alarms.clear(TenantId.of(UUID.fromString(tenant.id())), press, "over-pressure", "press-monitor");

			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				this.sender.sendDue(Instant.now());
				assertThat(weCom.requests()).hasSize(3);
			});
			List<String> contents = new ArrayList<>();
			for (Receiver.Request request : weCom.requests()) {
				JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(request.body());
				assertThat(body.get("msgtype").asString()).isEqualTo("markdown");
				contents.add(body.get("markdown").get("content").asString());
				assertThat(request.query()).isEqualTo("key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa");
			}
			assertThat(String.join("\n", contents)).contains("告警触发", "告警已确认", "告警已恢复", "冲压线 2 压力 21 MPa",
					"Press line 2 pressure 21 MPa", "press-monitor");

			JsonNode refused = awaitAttempts(api, tenant, dingTalkChannel, 1);
			assertThat(refused.get("log").get(0).get("error").asString()).contains("310000");
			this.sender.sendDue(Instant.now().plusSeconds(31));
			JsonNode sent = awaitAttempts(api, tenant, dingTalkChannel, 2);
			assertThat(sent.get("status").asString()).isEqualTo("SENT");
			assertThat(dingTalk.requests()).hasSize(2).allSatisfy((request) -> {
				Map<String, String> query = query(request.query());
				assertThat(query.get("access_token")).isEqualTo("abc123");
				String expected = Base64.getEncoder()
					.encodeToString(hmac(DINGTALK_SECRET, query.get("timestamp") + "\n" + DINGTALK_SECRET));
				assertThat(URLDecoder.decode(query.get("sign"), StandardCharsets.UTF_8)).isEqualTo(expected);
				JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(request.body());
				assertThat(body.get("msgtype").asString()).isEqualTo("markdown");
				assertThat(body.get("markdown").get("title").asString()).contains("Alarm raised");
				assertThat(body.get("markdown").get("text").asString()).contains("Press line 2 pressure 21 MPa")
					.doesNotContain("冲压线");
			});
		}
	}

	@Test
	void aChannelForEscalationsOnlyIsToldWhenTheAlarmEscalatesNotWhenItIsRaised() throws IOException {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("升级通知企业"));
		try (Receiver receiver = new Receiver(new Receiver.Answer(200, "{}"))) {
			String channel = created(api.post("/api/v1/alarm-channels", tenant.adminToken(),
					Map.of("name", "车间主任", "kind", "WEBHOOK", "url", receiver.url("/escalations"), "secret",
							WEBHOOK_SECRET, "events", List.of("ESCALATED"))));
			TenantId id = TenantId.of(UUID.fromString(tenant.id()));
			Originator furnace = new Originator("furnace", unique("f"));
			AlarmMessage message = new AlarmMessage("热处理炉 2 炉温超限", "Furnace 2 over temperature");
			Instant raisedAt = Instant.now();
			UUID alarm = this.alarms.raise(id, furnace, "over-temperature", Severity.MAJOR, message);
			this.sender.sendDue(Instant.now());
			assertThat(deliveries(api, tenant, channel).get("total").asLong()).isZero();

			// what the alarm module's escalation check publishes when nobody acknowledged
			// in time
			new org.springframework.transaction.support.TransactionTemplate(this.transactions)
				.executeWithoutResult((tx) -> this.events.publishEvent(new io.kaiwu.alarm.AlarmEscalated(id, alarm,
						furnace, null, Severity.MAJOR, message, raisedAt, Instant.now())));
			JsonNode escalated = awaitAttempts(api, tenant, channel, 1);
			assertThat(escalated.get("event").asString()).isEqualTo("ESCALATED");
			assertThat(escalated.get("status").asString()).isEqualTo("SENT");
			assertThat(receiver.requests()).singleElement()
				.satisfies((request) -> assertThat(request.body()).contains("\"event\":\"ESCALATED\"", alarm.toString(),
						"热处理炉 2 炉温超限"));
		}
	}

	@Test
	void anEmailChannelSendsPlainTextAndHtmlOverSmtpAndATestOnDemand() throws Exception {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("邮件企业"));
		String recipient = unique("shift-lead") + "@plant.example.com";
		String channel = created(api.post("/api/v1/alarm-channels", tenant.adminToken(), Map.of("name", "班长邮件", "kind",
				"EMAIL", "recipients", List.of(recipient), "language", "ZH", "minSeverity", "CRITICAL")));

		raise(tenant, Severity.CRITICAL, "空压站 1 排气压力低");
		MimeMessage mail = awaitMail(recipient, 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("[紧急] 告警触发: 空压站 1 排气压力低");
		assertThat(parts(mail)).anySatisfy((p) -> assertThat(p).startsWith("text/plain").contains("空压站 1 排气压力低"))
			.anySatisfy((p) -> assertThat(p).startsWith("text/html").contains("<h3>[紧急] 告警触发: 空压站 1 排气压力低</h3>"));
		assertThat(awaitAttempts(api, tenant, channel, 1).get("status").asString()).isEqualTo("SENT");

		Api.Answer test = api.post("/api/v1/alarm-channels/" + channel + "/test", tenant.adminToken(), Map.of());
		assertThat(test.status()).as(test.body()).isEqualTo(200);
		assertThat(test.json().get("event").asString()).isEqualTo("TEST");
		assertThat(test.json().get("status").asString()).isEqualTo("SENT");
		assertThat(awaitMail(recipient, 2).get(1).getSubject()).contains("测试通知", "班长邮件");
		assertThat(this.mailSender.getJavaMailProperties())
			.as("a dead mail server cannot hold a sender thread for ever")
			.containsEntry("mail.smtp.connectiontimeout", "5000")
			.containsEntry("mail.smtp.timeout", "10000");
	}

	@Test
	void aReceiverThatIsDownIsRetriedOnTheBackOffScheduleGivenUpAndForgottenAfterTheRetentionWhileAlarmsGoOn()
			throws IOException {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("断线企业"));
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String channel = created(api.post("/api/v1/alarm-channels", tenant.adminToken(), Map.of("name", "已下线的接口",
				"kind", "WEBHOOK", "url", "http://127.0.0.1:" + closedPort + "/hook", "secret", WEBHOOK_SECRET)));

		long start = System.nanoTime();
		raise(tenant, Severity.MAJOR, "包装线 1 堵料");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		JsonNode first = awaitAttempts(api, tenant, channel, 1);
		assertThat(first.get("log").get(0).get("error").asString()).contains("ConnectException");

		for (int i = 0; i < 6; i++) {
			this.sender.sendDue(Instant.now().plus(Duration.ofHours(3)));
		}
		JsonNode given = awaitAttempts(api, tenant, channel, 6);
		assertThat(given.get("status").asString()).isEqualTo("GAVE_UP");
		List<Duration> gaps = new ArrayList<>();
		given.get("log").forEach((attempt) -> {
			if (!attempt.get("retryAt").isNull()) {
				gaps.add(gap(attempt).withNanos(0).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
			}
		});
		assertThat(gaps).hasSize(5);
		List<Duration> expected = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10),
				Duration.ofMinutes(30), Duration.ofHours(2));
		for (int i = 0; i < 5; i++) {
			assertThat(gaps.get(i)).isBetween(expected.get(i), expected.get(i).plusSeconds(5));
		}
		assertThat(given.get("log").get(5).get("retryAt").isNull()).isTrue();

		UUID later = raise(tenant, Severity.MAJOR, "包装线 1 再次堵料");
		Api.Answer alarm = api.get("/api/v1/alarms/" + later, tenant.adminToken());
		assertThat(alarm.status()).as(alarm.body()).isEqualTo(200);
		assertThat(alarm.json().get("state").asString()).isEqualTo("ACTIVE_UNACKNOWLEDGED");
		JsonNode newest = await().atMost(Duration.ofSeconds(20)).until(() -> {
			this.sender.sendDue(Instant.now());
			return deliveries(api, tenant, channel).get("items").get(0);
		}, (delivery) -> delivery.get("log").size() >= 1);
		assertThat(newest.get("alarmId").asString()).isEqualTo(later.toString());
		assertThat(newest.get("status").asString()).as("the receiver is still down").isEqualTo("PENDING");

		this.retention.purge(Instant.now().plus(Duration.ofDays(89)));
		assertThat(deliveries(api, tenant, channel).get("total").asLong()).as("within the 90 days").isEqualTo(2);
		this.retention.purge(Instant.now().plus(Duration.ofDays(91)));
		JsonNode left = deliveries(api, tenant, channel);
		assertThat(left.get("total").asLong()).as("the given-up one is deleted, the pending one kept").isEqualTo(1);
		assertThat(left.get("items").get(0).get("status").asString()).isEqualTo("PENDING");
	}

	@Test
	void channelsAreCheckedSecretsStayWriteOnlyChangesAreAuditedAndOtherTenantsSeeNothing() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("校验企业"));
		Tenants.FreshTenant other = Tenants.fresh(api, unique("别的企业"));
		String token = tenant.adminToken();

		Api.Answer noSecret = api.post("/api/v1/alarm-channels", token,
				Map.of("name", "接口", "kind", "WEBHOOK", "url", "https://mes.example.com/hook"));
		assertThat(noSecret.status()).isEqualTo(400);
		assertThat(noSecret.body()).contains("secret");
		Api.Answer badUrl = api.post("/api/v1/alarm-channels", token,
				Map.of("name", "群", "kind", "WECOM", "url", "ftp://qyapi.weixin.qq.com/send?key=x"));
		assertThat(badUrl.status()).isEqualTo(400);
		assertThat(badUrl.body()).contains("url").doesNotContain("key=x");
		Api.Answer badMail = api.post("/api/v1/alarm-channels", token,
				Map.of("name", "邮件", "kind", "EMAIL", "recipients", List.of("not-an-address")));
		assertThat(badMail.status()).isEqualTo(400);
		assertThat(badMail.body()).contains("recipients", "not-an-address");
		Api.Answer badEvent = api.post("/api/v1/alarm-channels", token, Map.of("name", "邮件", "kind", "EMAIL",
				"recipients", List.of("a@plant.example.com"), "events", List.of("EXPLODED")));
		assertThat(badEvent.status()).isEqualTo(400);
		assertThat(badEvent.body()).contains("events", "RAISED");

		String id = created(api.post("/api/v1/alarm-channels", token, Map.of("name", "值班钉钉群", "kind", "DINGTALK", "url",
				"https://oapi.dingtalk.com/robot/send?access_token=tok-9f8e", "secret", DINGTALK_SECRET)));
		Api.Answer renamed = api.put("/api/v1/alarm-channels/" + id, token,
				Map.of("name", "夜班钉钉群", "kind", "DINGTALK", "minSeverity", "MAJOR"));
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(renamed.json().get("secretSet").asBoolean()).as("the secret is kept when not sent").isTrue();
		assertThat(renamed.json().get("url").asString())
			.isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=****");

		assertThat(api.get("/api/v1/alarm-channels/" + id, other.adminToken()).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/alarm-channels/" + id + "/deliveries", other.adminToken()).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/alarm-channels", other.adminToken()).json().get("total").asLong()).isZero();

		Api.Answer audit = api.get("/api/v1/audit?entityType=alarm-channel", token);
		assertThat(audit.status()).as(audit.body()).isEqualTo(200);
		assertThat(audit.json().get("total").asLong()).isEqualTo(2);
		assertThat(audit.body()).contains("夜班钉钉群").doesNotContain(DINGTALK_SECRET).doesNotContain("tok-9f8e");

		assertThat(api.delete("/api/v1/alarm-channels/" + id, token).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/alarm-channels/" + id, token).status()).isEqualTo(404);
	}

	private UUID raise(Tenants.FreshTenant tenant, Severity severity, String text) {
		return this.alarms.raise(TenantId.of(UUID.fromString(tenant.id())), new Originator("test-point", unique("tp")),
				"over-limit", severity, new AlarmMessage(text, "EN " + text));
	}

	private JsonNode awaitAttempts(Api api, Tenants.FreshTenant tenant, String channel, int attempts) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			this.sender.sendDue(Instant.now());
			JsonNode items = deliveries(api, tenant, channel).get("items");
			return items.isEmpty() ? null : items.get(items.size() - 1);
		}, (delivery) -> delivery != null && delivery.get("log").size() >= attempts);
	}

	private static JsonNode deliveries(Api api, Tenants.FreshTenant tenant, String channel) {
		Api.Answer answer = api.get("/api/v1/alarm-channels/" + channel + "/deliveries", tenant.adminToken());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	/** From an attempt to its scheduled retry. */
	private static Duration gap(JsonNode attempt) {
		return Duration.between(OffsetDateTime.parse(attempt.get("at").asString()).toInstant(),
				OffsetDateTime.parse(attempt.get("retryAt").asString()).toInstant());
	}

	private static List<MimeMessage> awaitMail(String recipient, int count) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			List<MimeMessage> mine = new ArrayList<>();
			for (MimeMessage message : TestMail.server().getReceivedMessages()) {
				Address[] to = message.getAllRecipients();
				if (to != null && Arrays.stream(to).anyMatch((a) -> a.toString().equals(recipient))) {
					mine.add(message);
				}
			}
			return mine;
		}, (mine) -> mine.size() >= count);
	}

	/** Every leaf part as "content-type: text". */
	private static List<String> parts(MimeMessage mail) throws Exception {
		List<String> parts = new ArrayList<>();
		collect(mail.getContent(), mail.getContentType(), parts);
		return parts;
	}

	private static void collect(Object content, String type, List<String> parts) throws Exception {
		if (content instanceof MimeMultipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i).getContent(), multipart.getBodyPart(i).getContentType(), parts);
			}
		}
		else {
			parts.add(type.toLowerCase(Locale.ROOT) + ": " + content);
		}
	}

	private static Map<String, String> query(String query) {
		Map<String, String> values = new java.util.HashMap<>();
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			values.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		return values;
	}

	private static byte[] hmac(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	private static String created(Api.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
