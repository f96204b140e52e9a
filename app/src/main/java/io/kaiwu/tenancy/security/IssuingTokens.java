package io.kaiwu.tenancy.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.TenantDirectory;
import io.kaiwu.tenancy.user.ManagingUsers;
import io.kaiwu.tenancy.user.PasswordChanged;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes bearer tokens. A token is 32 random bytes shown once; only
 * its SHA-256 is stored (a random token needs no slow hash, and lookup stays one index
 * probe).
 */
@Service
public class IssuingTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;

	private final ManagingUsers users;

	private final TenantDirectory tenants;

	private final SecuritySettings settings;

	private final ApplicationEventPublisher events;

	IssuingTokens(ApiTokens tokens, ManagingUsers users, TenantDirectory tenants, SecuritySettings settings,
			ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.users = users;
		this.tenants = tenants;
		this.settings = settings;
		this.events = events;
	}

	/** A token issued to a signed-in principal, with the secret to show once. */
	public record Issued(ApiToken token, String secret) {
	}

	@Transactional
	public Issued signIn(KaiwuPrincipal principal) {
		Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		Issued issued = issue(principal, null, "LOGIN", now, now.plus(this.settings.tokenLifetime()));
		this.events.publishEvent(new ChangeRecorded(principal.tenant(), principal.username(), "user",
				principal.userId().toString(), ChangeRecorded.Action.SIGNED_IN, null, Map.of("via", "api"), now));
		return issued;
	}

	@Transactional
	public Issued createNamed(KaiwuPrincipal principal, String name, Instant expiresAt) {
		Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		if (!expiresAt.isAfter(now)) {
			throw new KaiwuProblem.InvalidInput("expiresAt", "problem.token.expiry-past");
		}
		if (expiresAt.isAfter(now.plus(this.settings.maxNamedTokenLifetime()))) {
			throw new KaiwuProblem.InvalidInput("expiresAt", "problem.token.expiry-too-far",
					this.settings.maxNamedTokenLifetime().toDays());
		}
		Issued issued = issue(principal, name, "NAMED", now, expiresAt);
		this.events.publishEvent(ChangeRecorded.created(principal.tenant(), "api-token", issued.token().id(),
				Map.of("name", name, "expiresAt", expiresAt.toString())));
		return issued;
	}

	@Transactional(readOnly = true)
	public List<ApiToken> named(KaiwuPrincipal principal) {
		return this.tokens.namedOf(principal.userId());
	}

	@Transactional
	public void revoke(KaiwuPrincipal principal, UUID id) {
		ApiToken token = this.tokens.find(id)
			.filter((t) -> t.userId().equals(principal.userId()))
			.orElseThrow(() -> new KaiwuProblem.NotFound("api-token", id));
		this.tokens.revoke(id, Instant.now());
		this.events.publishEvent(ChangeRecorded.deleted(principal.tenant(), "api-token", id,
				Map.of("name", String.valueOf(token.name()))));
	}

	/**
	 * The principal a presented token stands for; empty when the token is unknown,
	 * expired, revoked, or its user is disabled.
	 */
	@Transactional
	public Optional<Authenticated> authenticate(String secret) {
		Instant now = Instant.now();
		Optional<ApiToken> token = this.tokens.findByHash(hash(secret)).filter((t) -> t.active(now));
		if (token.isEmpty()) {
			return Optional.empty();
		}
		ApiToken t = token.get();
		if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(1, ChronoUnit.MINUTES))) {
			this.tokens.used(t.id(), now);
		}
		return this.users.find(t.userId())
			.filter((u) -> u.enabled())
			.map((u) -> new Authenticated(t.id(), u.principal(t.actingTenant())));
	}

	/** A principal and the token it came with. */
	public record Authenticated(UUID tokenId, KaiwuPrincipal principal) {
	}

	/**
	 * A platform admin switches the token into a tenant (or out of it with
	 * {@literal null}); the switch is audited.
	 */
	@Transactional
	public void switchTenant(KaiwuPrincipal principal, UUID tokenId, @Nullable UUID tenant) {
		if (!principal.isPlatformAdmin()) {
			throw new KaiwuProblem.Forbidden("problem.forbidden");
		}
		if (tenant != null && this.tenants.find(TenantId.of(tenant)).isEmpty()) {
			throw new KaiwuProblem.NotFound("tenant", tenant);
		}
		this.tokens.actIn(tokenId, tenant);
		this.events.publishEvent(ChangeRecorded.of((tenant != null) ? TenantId.of(tenant) : null, "user",
				principal.userId(), ChangeRecorded.Action.SWITCHED_TENANT,
				Map.of("tenant", String.valueOf(tenant), "by", principal.username())));
	}

	/** Sign-in tokens issued under an old password stop working. */
	@EventListener
	void on(PasswordChanged changed) {
		this.tokens.revokeSignInsOf(changed.userId(), Instant.now());
	}

	/** Signs out of the API: the presented token stops working. */
	@Transactional
	public void signOut(KaiwuPrincipal principal, UUID tokenId) {
		this.tokens.find(tokenId)
			.filter((t) -> t.userId().equals(principal.userId()))
			.ifPresent((t) -> this.tokens.revoke(t.id(), Instant.now()));
	}

	@Scheduled(cron = "0 17 3 * * *")
	@Transactional
	public void purgeExpired() {
		this.tokens.deleteExpiredBefore(Instant.now().minus(Duration.ofDays(30)));
	}

	private Issued issue(KaiwuPrincipal principal, @Nullable String name, String kind, Instant now, Instant expiresAt) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = "kw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		UUID acting = principal.isPlatformAdmin() && principal.tenant() != null ? principal.tenant().value() : null;
		ApiToken token = new ApiToken(UUID.randomUUID(), principal.userId(), acting, name, kind, now, expiresAt, null,
				null);
		this.tokens.insert(token, hash(secret));
		return new Issued(token, secret);
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
