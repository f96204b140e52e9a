package io.kaiwu.tenancy.security;

import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.TenantDirectory;
import io.kaiwu.tenancy.user.ManagingUsers;
import io.kaiwu.tenancy.user.User;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the signed-in principal of a page session: a platform admin switching into a
 * tenant (audited), and lifting the password-change gate.
 */
@Component
public class SessionPrincipals {

	private final SecurityContextRepository contexts;

	private final ManagingUsers users;

	private final TenantDirectory tenants;

	private final ApplicationEventPublisher events;

	SessionPrincipals(SecurityContextRepository contexts, ManagingUsers users, TenantDirectory tenants,
			ApplicationEventPublisher events) {
		this.contexts = contexts;
		this.users = users;
		this.tenants = tenants;
		this.events = events;
	}

	@Transactional
	public void switchTenant(KaiwuPrincipal principal, @Nullable UUID tenant, HttpServletRequest request,
			HttpServletResponse response) {
		if (!principal.isPlatformAdmin()) {
			throw new KaiwuProblem.Forbidden("problem.forbidden");
		}
		if (tenant != null && this.tenants.find(TenantId.of(tenant)).isEmpty()) {
			throw new KaiwuProblem.NotFound("tenant", tenant);
		}
		User user = this.users.find(principal.userId()).orElseThrow();
		KaiwuPrincipal switched = user.principal(tenant);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(PasswordAuthentication.authenticated(switched, "session"));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.events.publishEvent(ChangeRecorded.of(switched.tenant(), "user", principal.userId(),
				ChangeRecorded.Action.SWITCHED_TENANT, Map.of("tenant", String.valueOf(tenant))));
	}

	public void passwordChanged(HttpServletRequest request) {
		PasswordChangeGate.passwordChanged(request);
	}

	/** Whether this session still has to set a new password. */
	public boolean mustChangePassword(HttpServletRequest request) {
		var session = request.getSession(false);
		return session != null && Boolean.TRUE.equals(session.getAttribute(PasswordChangeGate.MUST_CHANGE));
	}

}
