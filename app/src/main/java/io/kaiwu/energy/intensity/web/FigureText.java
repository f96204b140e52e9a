package io.kaiwu.energy.intensity.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import io.kaiwu.energy.intensity.kernel.Figure;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A figure as a page shows it: the number, or a dash with the reason it is missing in the
 * user's language.
 *
 * @param text the number, rounded, or a dash
 * @param missing whether it is missing
 * @param reason why, in the user's language; empty when known
 */
public record FigureText(String text, boolean missing, String reason) {

	public static FigureText of(Figure figure, int decimals, MessageSource messages) {
		if (figure.value() != null) {
			return new FigureText(number(figure.value(), decimals), false, "");
		}
		Locale locale = LocaleContextHolder.getLocale();
		String key = "energy.intensity.gap." + figure.gap().name().toLowerCase(Locale.ROOT).replace('_', '-');
		return new FigureText("—", true, messages.getMessage(key, new Object[] { figure.detail() }, locale));
	}

	public static String number(@Nullable BigDecimal value, int decimals) {
		return (value != null) ? value.setScale(decimals, RoundingMode.HALF_UP).toPlainString() : "—";
	}

}
