package io.kaiwu.operations.logging;

import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemFactory;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.ClassUtils;

/**
 * Spring Boot's Logback setup, except that it ignores a {@code logback.xml} that a
 * library ships at the root of its jar. Eclipse Tahu's does, with the root logger at
 * TRACE; Boot would otherwise pick it up and log everything. Kaiwu's logging is set with
 * {@code logging.*} properties (see docs/configuration.md), or with an explicit
 * {@code logging.config} file, which still works.
 */
public class KaiwuLoggingSystem extends LogbackLoggingSystem {

	public KaiwuLoggingSystem(ClassLoader classLoader) {
		super(classLoader);
	}

	@Override
	protected String[] getStandardConfigLocations() {
		return new String[0];
	}

	/** Chosen before Boot's own Logback factory, when Logback is present. */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public static class Factory implements LoggingSystemFactory {

		private static final boolean LOGBACK = ClassUtils.isPresent("ch.qos.logback.classic.LoggerContext",
				Factory.class.getClassLoader());

		@Override
		public LoggingSystem getLoggingSystem(ClassLoader classLoader) {
			return LOGBACK ? new KaiwuLoggingSystem(classLoader) : null;
		}

	}

}
