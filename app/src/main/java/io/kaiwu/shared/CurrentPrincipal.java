package io.kaiwu.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the signed-in {@link KaiwuPrincipal} from the security context of this request.
 */
public final class CurrentPrincipal {

	private CurrentPrincipal() {
	}

	public static Optional<KaiwuPrincipal> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KaiwuPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	/**
	 * The signed-in principal; outside a signed-in request this is a programming error.
	 */
	public static KaiwuPrincipal get() {
		return find().orElseThrow(() -> new IllegalStateException("No signed-in Kaiwu principal"));
	}

	/** The user name for the audit log: the signed-in user, or {@code system}. */
	public static String actorName() {
		return find().map(KaiwuPrincipal::username).orElse("system");
	}

}
