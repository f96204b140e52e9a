package io.kaiwu;

import java.nio.file.Files;
import java.nio.file.Path;

import io.kaiwu.support.Api;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After packaging: the OR-Tools natives load from the jar nested in
 * {@code kaiwu-exec.jar} (only the Linux x86-64 one ships) and the job-shop endpoint
 * solves ft06 to its optimum 55 in that JVM.
 */
class SchedulingEnginePackagedIT {

	@Test
	void theNativeSolverRunsFromThePackagedJar() throws Exception {
		Path jar = Path.of(System.getProperty("kaiwu.exec.jar", "target/kaiwu-exec.jar")).toAbsolutePath();
		assertThat(jar).as("run after packaging (mvn verify)").exists();
		try (var entries = new java.util.zip.ZipFile(jar.toFile())) {
			assertThat(entries.stream().map(java.util.zip.ZipEntry::getName).filter((n) -> n.contains("ortools-")))
				.containsExactlyInAnyOrder("BOOT-INF/lib/ortools-java-9.15.6755.jar",
						"BOOT-INF/lib/ortools-linux-x86-64-9.15.6755.jar");
		}
		Path home = Files.createDirectories(Path.of("target", "scheduling-it", "run-" + System.currentTimeMillis()))
			.toAbsolutePath();
		KaiwuCrashIT.Kaiwu kaiwu = KaiwuCrashIT.Kaiwu.start(jar, home, "scheduling");
		try {
			Api api = new Api(kaiwu.httpPort());
			Tenants.FreshTenant tenant = Tenants.fresh(api, "排程打包测试 " + System.nanoTime());
			String ft06 = new String(
					SchedulingEnginePackagedIT.class.getResourceAsStream("/jsplib/ft06").readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			Api.Answer answer = api.postRaw("/api/v1/scheduling/job-shop?timeLimit=PT20S", tenant.adminToken(),
					"text/plain", ft06);
			assertThat(answer.status()).as(answer.body() + "\n" + kaiwu.tail()).isEqualTo(200);
			assertThat(answer.json().get("makespan").asInt()).isEqualTo(55);
		}
		finally {
			kaiwu.stop();
		}
	}

}
