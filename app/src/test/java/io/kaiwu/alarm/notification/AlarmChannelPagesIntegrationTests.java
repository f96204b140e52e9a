package io.kaiwu.alarm.notification;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.kaiwu.alarm.AlarmMessage;
import io.kaiwu.alarm.Alarms;
import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import io.kaiwu.masterdata.PageSession;
import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The channel pages of a tenant admin, in both languages: a refused form with its reason,
 * a webhook made through the form and tested with the button, its delivery log; and the
 * live indicator of the layout, whose stream counts unacknowledged alarms and pops a new
 * critical one.
 */
@KaiwuIntegrationTest
class AlarmChannelPagesIntegrationTests {

	private static final String PASSWORD = "Settled-Passw0rd-7";

	@LocalServerPort
	int port;

	@Autowired
	Alarms alarms;

	@Test
	void aWebhookIsMadeThroughTheFormTestedWithTheButtonAndItsLogShown() throws Exception {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, AlarmNotificationIntegrationTests.unique("页面通知企业"));
		PageSession session = PageSession.signIn(this.port, tenant.adminUsername(), PASSWORD);

		String list = session.get("/alarm-channels").body();
		assertThat(list).contains("通知渠道", "id=\"channel-form\"", "企业微信群机器人", "还没有通知渠道。")
			.contains("id=\"live-alarms\"", "data-stream=\"/alarms/live\"");

		String refused = session.post("/alarm-channels", "/alarm-channels",
				Map.of("_csrf", PageSession.csrf(list), "name", "MES 接口", "kind", "WEBHOOK", "url",
						"https://mes.example.com/hook", "minSeverity", "MAJOR", "events", "RAISED", "enabled", "true"))
			.body();
		assertThat(refused).contains("Webhook 需要签名密钥，至少 16 个字符。");

		try (Receiver receiver = new Receiver(new Receiver.Answer(200, "{}"))) {
			HttpResponse<String> created = session.post("/alarm-channels", "/alarm-channels",
					Map.of("_csrf", PageSession.csrf(list), "name", "MES 接口", "kind", "WEBHOOK", "url",
							receiver.url("/hook"), "secret", "page-secret-0123456789", "minSeverity", "MAJOR", "events",
							"RAISED", "enabled", "true"));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
			String page = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
			assertThat(page).startsWith("/alarm-channels/");

			String channel = session.get(page).body();
			assertThat(channel).contains("MES 接口", "发送记录", "还没有发送记录。", "已设置").doesNotContain("page-secret-0123456789");
			HttpResponse<String> tested = session.post(page + "/test", page,
					Map.of("_csrf", PageSession.csrf(channel)));
			assertThat(tested.statusCode()).isEqualTo(302);
			assertThat(receiver.requests()).singleElement()
				.satisfies((request) -> assertThat(request.header("X-Kaiwu-Event")).isEqualTo("TEST"));

			String log = session.get(page + "?lang=en").body();
			assertThat(log).contains("Delivery log", "Test notification", "Sent", "HTTP 200");
			session.get(page + "?lang=zh-CN");
		}
	}

	@Test
	void theLiveIndicatorCountsUnacknowledgedAlarmsAndPopsANewCriticalOne() throws Exception {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, AlarmNotificationIntegrationTests.unique("实时告警企业"));
		TenantId id = TenantId.of(UUID.fromString(tenant.id()));
		PageSession session = PageSession.signIn(this.port, tenant.adminUsername(), PASSWORD);
		this.alarms.raise(id, new Originator("test-point", "tp-1"), "over-limit", Severity.MINOR,
				new AlarmMessage("冷却水温度偏高", "Cooling water warm"));

		HttpResponse<Stream<String>> stream = session.stream("/alarms/live");
		assertThat(stream.statusCode()).isEqualTo(200);
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			Iterator<String> it = stream.body().iterator();
			while (it.hasNext()) {
				lines.add(it.next());
			}
		});
		reader.setDaemon(true);
		reader.start();
		try {
			assertThat(event(lines, "count")).isEqualTo("1");

			this.alarms.raise(id, new Originator("test-point", "tp-2"), "over-limit", Severity.CRITICAL,
					new AlarmMessage("主电机过载", "Main motor overload"));
			assertThat(event(lines, "count")).isEqualTo("2");
			assertThat(event(lines, "alarm")).contains("\"severity\":\"CRITICAL\"", "主电机过载", "紧急");
		}
		finally {
			stream.body().close();
		}
	}

	/** The data of the next event of this name. */
	private static String event(BlockingQueue<String> lines, String name) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		boolean named = false;
		while (System.nanoTime() < deadline) {
			String line = lines.poll(1, TimeUnit.SECONDS);
			if (line == null) {
				continue;
			}
			if (line.equals("event:" + name)) {
				named = true;
			}
			else if (named && line.startsWith("data:")) {
				return line.substring("data:".length());
			}
			else if (line.isEmpty()) {
				named = false;
			}
		}
		throw new AssertionError("no " + name + " event within 20 s; left: " + List.copyOf(lines));
	}

}
