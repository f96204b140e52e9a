package io.kaiwu.quality.identifier;

import java.time.Instant;

import io.kaiwu.quality.Genealogy.Form;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out product identifiers ({@code prefix/object code}) and says where they resolve.
 * An identifier once given never changes: a new enterprise prefix applies to lots and
 * serials registered after it.
 */
@Service
public class ProductIdentifiers {

	/** The path identifiers resolve under, public. */
	public static final String RESOLVER_PATH = "/id/";

	static final String AUDITED = "quality-identifier-prefix";

	private final IdentifierPrefixes prefixes;

	private final IdentifierSettings settings;

	private final ApplicationEventPublisher events;

	ProductIdentifiers(IdentifierPrefixes prefixes, IdentifierSettings settings, ApplicationEventPublisher events) {
		this.prefixes = prefixes;
		this.settings = settings;
		this.events = events;
	}

	/**
	 * A new identifier for a lot or serial of the tenant; unique with overwhelming
	 * likelihood (60 random bits), and the database's unique index refuses the rare
	 * clash.
	 */
	@Transactional(readOnly = true)
	public String next(TenantId tenant, Form form) {
		return prefix(tenant).prefix() + "/" + ObjectCodes.next(form);
	}

	/** The tenant's prefix and whether it is a registered one. */
	@Transactional(readOnly = true)
	public Prefix prefix(TenantId tenant) {
		return this.prefixes.of(tenant)
			.map((p) -> new Prefix(p, true))
			.orElseGet(() -> new Prefix(EnterprisePrefix.local(tenant), false));
	}

	/**
	 * Sets the tenant's registered enterprise prefix; refused when it is not of the form
	 * {@code 88.118.8} or another tenant has it.
	 */
	@Transactional
	public Prefix register(TenantId tenant, @Nullable String prefix) {
		String value = (prefix != null) ? prefix.strip() : "";
		if (!EnterprisePrefix.valid(value)) {
			throw new KaiwuProblem.InvalidInput("prefix", "quality.identifier.problem.prefix-form", value);
		}
		if (this.prefixes.takenByAnother(tenant, value)) {
			throw new KaiwuProblem.Conflict("quality.identifier.problem.prefix-taken", value);
		}
		Prefix before = prefix(tenant);
		this.prefixes.put(tenant, value, CurrentPrincipal.actorName(), Instant.now());
		Prefix after = new Prefix(value, true);
		this.events.publishEvent(ChangeRecorded.updated(tenant, AUDITED, tenant.value(), before, after));
		return after;
	}

	/**
	 * The address an identifier resolves at: the configured public base, or else the base
	 * the request came in on.
	 * @param identifier the identifier.
	 * @param requestBase e.g. {@code http://localhost:8080}.
	 */
	public String resolverUrl(String identifier, String requestBase) {
		String base = this.settings.resolverBaseUrl();
		if (base == null || base.isBlank()) {
			base = requestBase;
		}
		base = base.strip();
		while (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + RESOLVER_PATH + identifier;
	}

	/** Whether text has the shape of one of this platform's identifiers. */
	public static boolean wellFormed(String identifier) {
		int slash = identifier.indexOf('/');
		if (slash <= 0 || slash != identifier.lastIndexOf('/')) {
			return false;
		}
		return ObjectCodes.valid(identifier.substring(slash + 1));
	}

	/**
	 * An enterprise prefix.
	 *
	 * @param prefix e.g. {@code 88.118.8}
	 * @param registered false for the local prefix used until the tenant enters its own
	 */
	public record Prefix(String prefix, boolean registered) {
	}

}
