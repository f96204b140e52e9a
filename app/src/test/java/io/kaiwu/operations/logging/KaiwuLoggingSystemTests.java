package io.kaiwu.operations.logging;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class KaiwuLoggingSystemTests {

	@Test
	void bootUsesKaiwusLoggingSystem() {
		LoggingSystem system = LoggingSystem.get(getClass().getClassLoader());
		assertThat(system).isInstanceOf(KaiwuLoggingSystem.class);
	}

	@Test
	void aLibrarysLogbackXmlIsIgnoredSoTheRootLoggerStaysAtInfo() {
		// Eclipse Tahu ships a logback.xml with the root logger at TRACE: the reason for
		// KaiwuLoggingSystem (if the jar stops shipping it, the class can go)
		assertThat(getClass().getClassLoader().getResource("logback.xml")).isNotNull();
		LoggingSystem system = LoggingSystem.get(getClass().getClassLoader());
		system.beforeInitialize();
		system.initialize(new LoggingInitializationContext(new MockEnvironment()), null, null);
		try {
			Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
			assertThat(root.isTraceEnabled()).isFalse();
			assertThat(root.isInfoEnabled()).isTrue();
		}
		finally {
			system.cleanUp();
		}
	}

}
