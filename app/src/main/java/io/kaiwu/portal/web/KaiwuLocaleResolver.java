package io.kaiwu.portal.web;

import java.util.Locale;
import java.util.Optional;

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
		String path = request.getRequestURI();
		String accept = request.getHeader("Accept-Language");
		if (path.startsWith(request.getContextPath() + "/api/") && accept != null && !accept.isBlank()) {
			for (Locale.LanguageRange range : parse(accept)) {
				Optional<Locale> supported = UiLocale.supported(range.getRange());
				if (supported.isPresent()) {
					return supported.get();
				}
			}
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

	private static java.util.List<Locale.LanguageRange> parse(String header) {
		try {
			return Locale.LanguageRange.parse(header);
		}
		catch (IllegalArgumentException ex) {
			return java.util.List.of();
		}
	}

}
