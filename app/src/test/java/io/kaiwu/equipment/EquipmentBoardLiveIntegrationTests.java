package io.kaiwu.equipment;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live equipment board over real HTTP: a board's stream of server-sent events gets a
 * state change of its machine once the change is committed, and a board of another tenant
 * never hears of it.
 */
@KaiwuIntegrationTest
class EquipmentBoardLiveIntegrationTests {

	private static final String PASSWORD = "Settled-Passw0rd-7";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aStateChangeReachesTheBoardsOfItsTenantOnly() throws Exception {
		Api api = new Api(this.port);
		Plant first = plant(api, "看板推送企业");
		Plant second = plant(api, "看板隔离企业");

		String page = first.session().get("/equipment/board").body();
		// the stream's `changed` makes board-live.js trigger live:changed on the tiles
		assertThat(page).contains("data-target=\"board-tiles\"", "data-stream=\"/equipment/board/live?nodeId=\"",
				"hx-trigger=\"live:changed, every 60s\"", "/js/board-live.js");
		assertThat(first.session().get("/js/board-live.js").statusCode()).isEqualTo(200);

		try (Events board1 = new Events(first.session().stream("/equipment/board/live"));
				Events board2 = new Events(second.session().stream("/equipment/board/live"))) {
			assertThat(board1.next("open")).isEqualTo("open");
			assertThat(board2.next("open")).isEqualTo("open");

			change(first, MachineState.RUNNING);
			assertThat(board1.next("changed")).isEqualTo(first.machine().toString());

			// had the first tenant's change leaked, the second board would get it first
			change(second, MachineState.DOWN);
			assertThat(board2.next("changed")).isEqualTo(second.machine().toString());
		}
	}

	/** Publishes a state change as the tracking does: inside its transaction. */
	private void change(Plant plant, MachineState to) {
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new MachineStateChanged(plant.tenant(), plant.machine(), null, to, Instant.now())));
	}

	private Plant plant(Api api, String name) {
		Tenants.FreshTenant tenant = Tenants.fresh(api, name + UUID.randomUUID().toString().substring(0, 8));
		String site = api
			.post("/api/v1/structure/nodes", tenant.adminToken(),
					Map.of("level", "SITE", "code", "LIVE", "name", "看板工厂", "timeZone", "Asia/Shanghai"))
			.json()
			.get("id")
			.asString();
		Api.Answer machine = api.post("/api/v1/equipment", tenant.adminToken(),
				Map.of("code", "CNC-LIVE", "name", "加工中心", "nodeId", site, "criticality", "A"));
		assertThat(machine.status()).as(machine.body()).isEqualTo(201);
		return new Plant(TenantId.of(UUID.fromString(tenant.id())),
				UUID.fromString(machine.json().get("id").asString()),
				PageSession.signIn(this.port, tenant.adminUsername(), PASSWORD));
	}

	private record Plant(TenantId tenant, UUID machine, PageSession session) {
	}

	/** The lines of an open stream, read as they arrive. */
	private static final class Events implements AutoCloseable {

		private final HttpResponse<Stream<String>> stream;

		private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		Events(HttpResponse<Stream<String>> stream) {
			assertThat(stream.statusCode()).isEqualTo(200);
			this.stream = stream;
			Thread reader = new Thread(() -> {
				Iterator<String> it = stream.body().iterator();
				while (it.hasNext()) {
					this.lines.add(it.next());
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		/** The data of the next event; fails when it is not of this name. */
		String next(String name) throws InterruptedException {
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			String event = null;
			while (System.nanoTime() < deadline) {
				String line = this.lines.poll(1, TimeUnit.SECONDS);
				if (line == null) {
					continue;
				}
				if (line.startsWith("event:")) {
					event = line.substring("event:".length());
				}
				else if (line.startsWith("data:")) {
					assertThat(event).as("the next event").isEqualTo(name);
					return line.substring("data:".length());
				}
			}
			throw new AssertionError("no event " + name + " within 20 s");
		}

		@Override
		public void close() {
			this.stream.body().close();
		}

	}

}
