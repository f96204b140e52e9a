package io.kaiwu.telemetry.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Active when telemetry goes to PostgreSQL ({@code kaiwu.telemetry.store=postgresql}).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "kaiwu.telemetry.store", havingValue = "postgresql")
@interface PostgresTelemetry {

}
