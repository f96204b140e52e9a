package io.kaiwu.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * What one credential check costs: the bearer-token check that every REST request pays
 * (SHA-256 of a 256-bit random token, then one index probe) against the Argon2id password
 * check that only a sign-in pays. The password check is the baseline that explains why
 * tokens are not stored with a slow hash.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class CredentialCheckBenchmark {

	private final Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

	private String passwordHash;

	private final String token = "kw_Zq7c1d4lYh3V0kq2n8WcX9bE5sR6tU1yA2bC3dE4fG5";

	@Setup
	public void hash() {
		this.passwordHash = this.argon2.encode("Shop-Floor-Passw0rd");
	}

	/**
	 * Baseline: the sign-in's password check (Argon2id, Spring Security 5.8 defaults).
	 */
	@Benchmark
	public boolean passwordCheckArgon2id() {
		return this.argon2.matches("Shop-Floor-Passw0rd", this.passwordHash);
	}

	/**
	 * Every REST request: the bearer token's SHA-256 as stored in api_token.token_hash.
	 */
	@Benchmark
	public String bearerTokenSha256() throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.token.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest);
	}

}
