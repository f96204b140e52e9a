package io.kaiwu.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port against the database of this run (H2 or
 * PostgreSQL, see {@link TestDatabase}). All integration tests share this one context
 * configuration, so the context is built once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kaiwu.security.admin-password=" + KaiwuIntegrationTest.ADMIN_PASSWORD,
				"kaiwu.demo.password=" + KaiwuIntegrationTest.DEMO_PASSWORD,
				"kaiwu.backup.directory=target/test-backups",
				// Mosquitto may own 1883 on a developer machine: the embedded broker
				// takes a free
				// port, keeps nothing on disk and starts fast
				"kaiwu.mqtt.port=0", "kaiwu.mqtt.bind-address=127.0.0.1", "kaiwu.mqtt.persistence=in-memory",
				"kaiwu.mqtt.directory=target/test-mqtt",
				// urgent (橙/红) EHS alarms escalate within a test's patience
				"kaiwu.ehs.escalation.urgent-after=PT20S" })
@ContextConfiguration(initializers = { TestDatabase.class, TestMail.class })
public @interface KaiwuIntegrationTest {

	String ADMIN_PASSWORD = "Platform-Test-Passw0rd";

	String DEMO_PASSWORD = "Shop-Floor-Passw0rd";

}
