package io.kaiwu;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.kaiwu.tenancy.EnterpriseType;
import io.kaiwu.tenancy.tenant.ManagingTenants;
import io.kaiwu.operations.RestoreCommand;
import io.kaiwu.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import probe.events.FailingChangeListener;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Nothing is lost when a listener fails: the JDBC event publication registry (its table
 * made by Flyway) keeps the publication, and the next start of Kaiwu delivers it again.
 */
class EventPublicationRegistryIntegrationTests {

	@TempDir
	Path data;

	@Test
	void republishesOutstandingEventsOnRestart() throws Exception {
		assumeFalse(TestDatabase.postgres(), "one restart on the embedded database proves the registry setting");
		String url = "jdbc:h2:file:" + this.data.resolve("kaiwu").toAbsolutePath() + RestoreCommand.H2_SETTINGS;
		String name = "重启补发 " + System.nanoTime();

		FailingChangeListener.failing = true;
		FailingChangeListener.attempts = new CountDownLatch(1);
		try (ConfigurableApplicationContext first = start(url)) {
			first.getBean(ManagingTenants.class).create(name, EnterpriseType.MICRO, "", false);
			assertThat(FailingChangeListener.attempts.await(30, TimeUnit.SECONDS)).isTrue();
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
					.query(Long.class)
					.single() > 0);
		}
		assertThat(FailingChangeListener.received).noneMatch((r) -> r.contains(name));

		FailingChangeListener.failing = false;
		try (ConfigurableApplicationContext second = start(url)) {
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> FailingChangeListener.received.stream().anyMatch((r) -> r.contains(name)));
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
					.query(Long.class)
					.single() == 0);
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		// command-line arguments, so they win over application.yml (server.port 8080
		// there)
		return new SpringApplicationBuilder(KaiwuApplication.class, FailingChangeListener.class).run(
				"--spring.datasource.url=" + url, "--spring.datasource.username=kaiwu", "--server.port=0",
				"--kaiwu.demo.enabled=false", "--kaiwu.security.admin-password=Restart-Test-Pass-1",
				"--spring.main.banner-mode=off");
	}

}
