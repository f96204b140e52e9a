package io.kaiwu.tenancy.security;

import java.util.Map;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.UiLocale;
import io.kaiwu.tenancy.user.ManagingUsers;
import io.kaiwu.tenancy.user.User;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens after the login form: a successful sign-in is audited, restores the user's
 * language and, with a one-time password, leads to the password change; a failed one
 * returns to the form with the reason.
 */
@Component
class SignInOutcomes {

	private final ManagingUsers users;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	SignInOutcomes(ManagingUsers users, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.users = users;
		this.events = events;
		this.transactions = transactions;
	}

	AuthenticationSuccessHandler success() {
		SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		saved.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			KaiwuPrincipal principal = (KaiwuPrincipal) authentication.getPrincipal();
			User user = this.users.find(principal.userId()).orElseThrow();
			this.transactions
				.executeWithoutResult((tx) -> this.events.publishEvent(ChangeRecorded.of(principal.tenant(), "user",
						principal.userId(), ChangeRecorded.Action.SIGNED_IN, Map.of("via", "form"))));
			Object chosen = request.getSession().getAttribute(UiLocale.SESSION_ATTRIBUTE);
			if (chosen instanceof java.util.Locale locale) {
				this.users.rememberLocale(user.id(), locale.toLanguageTag());
			}
			else if (user.locale() != null) {
				request.getSession()
					.setAttribute(UiLocale.SESSION_ATTRIBUTE, java.util.Locale.forLanguageTag(user.locale()));
			}
			if (user.mustChangePassword()) {
				request.getSession().setAttribute(PasswordChangeGate.MUST_CHANGE, Boolean.TRUE);
				response.sendRedirect(request.getContextPath() + PasswordChangeGate.CHANGE_PAGE);
				return;
			}
			saved.onAuthenticationSuccess(request, response, authentication);
		};
	}

	AuthenticationFailureHandler failure() {
		return (request, response, ex) -> {
			String target = (ex instanceof SignInThrottled throttled) ? "/login?locked=" + throttled.minutes()
					: "/login?error";
			response.sendRedirect(request.getContextPath() + target);
		};
	}

}
