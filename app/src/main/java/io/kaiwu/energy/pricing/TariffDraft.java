package io.kaiwu.energy.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A new tariff as asked for; {@link ManagingTariffs} checks every field.
 *
 * @param code unique in the tenant
 * @param name its name
 * @param validFrom the first day it applies, ISO date (2026-01-01)
 * @param source the notice it follows, for example 粤发改价格〔2021〕331号
 * @param prices price per kWh by period name (SHARP_PEAK, PEAK, FLAT, VALLEY,
 * DEEP_VALLEY)
 * @param seasons the seasons, together covering every month once
 */
public record TariffDraft(@Nullable String code, @Nullable String name, @Nullable String validFrom,
		@Nullable String source, @Nullable Map<String, BigDecimal> prices, @Nullable List<SeasonDraft> seasons) {

	/**
	 * One season.
	 *
	 * @param name its name
	 * @param months its months, 1–12
	 * @param bands its hour bands, together covering the day once
	 */
	public record SeasonDraft(@Nullable String name, @Nullable List<Integer> months, @Nullable List<BandDraft> bands) {
	}

	/**
	 * Hours of one period.
	 *
	 * @param period SHARP_PEAK, PEAK, FLAT, VALLEY or DEEP_VALLEY
	 * @param from hh:mm
	 * @param to hh:mm, 24:00 for midnight; before {@code from} when it crosses midnight
	 */
	public record BandDraft(@Nullable String period, @Nullable String from, @Nullable String to) {
	}

}
