package io.kaiwu.portal.web;

import java.util.Locale;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.UiLocale;
import io.kaiwu.tenancy.UserPreferences;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Pages speak 简体中文 unless the user chose English ({@code ?lang=en}, also before sign-in);
 * the choice lives in the session and is remembered for the signed-in user. The REST API
 * follows {@code Accept-Language} and falls back to 简体中文.
 */
class KaiwuLocaleResolver implements LocaleResolver {

	private final UserPreferences preferences;

	KaiwuLocaleResolver(UserPreferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(UiLocale.SESSION_ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return UiLocale.fromAcceptLanguage(request.getHeader("Accept-Language"));
		}
		return UiLocale.DEFAULT;
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		Locale chosen = (locale == null) ? UiLocale.DEFAULT
				: UiLocale.supported(locale.toLanguageTag()).orElse(UiLocale.DEFAULT);
		request.getSession().setAttribute(UiLocale.SESSION_ATTRIBUTE, chosen);
		CurrentPrincipal.find().ifPresent((p) -> this.preferences.rememberLocale(p.userId(), chosen.toLanguageTag()));
	}

}
