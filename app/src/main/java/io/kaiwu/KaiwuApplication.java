package io.kaiwu;

import io.kaiwu.operations.RestoreCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Kaiwu (开物): an open industrial internet platform that carries a manufacturer around the
 * digital-transformation loop of the 2024 guide. One Spring Boot application, one
 * top-level package per module; {@code ModularityTests} verifies the boundaries.
 */
@Modulithic(systemName = "Kaiwu", sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class KaiwuApplication {

	public static void main(String[] args) {
		if (RestoreCommand.runIfAsked(args)) {
			return;
		}
		try {
			SpringApplication.run(KaiwuApplication.class, args);
		}
		catch (RuntimeException ex) {
			// Boot has logged why the start failed; threads a library started (the
			// broker's,
			// the simulator's servers') must not keep a failed Kaiwu alive
			System.exit(1);
		}
	}

}
