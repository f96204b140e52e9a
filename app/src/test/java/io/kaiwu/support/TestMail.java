package io.kaiwu.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) on a free local port for the whole test JVM, and
 * {@code spring.mail.host} / {@code spring.mail.port} pointing at it, so e-mail
 * notifications are sent over SMTP as in production. Tests tell their mails apart by
 * their recipients.
 */
public class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	/** The server, started on first use. */
	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		int port = server().getSmtp().getPort();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("kaiwu-test-mail",
					Map.of("spring.mail.host", server().getSmtp().getBindTo(), "spring.mail.port", port)));
	}

}
