package io.kaiwu.energy.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A time-of-use tariff (分时电价): a price per kWh for each period and, per season, which
 * hours belong to which period. Built only through {@link #of}, which refuses a tariff
 * with months or hours covered twice or not at all.
 */
public final class TouTariff {

	private final String name;

	private final Map<TouPeriod, BigDecimal> prices;

	private final Map<Month, Season> seasonByMonth;

	/** Per season, the period of every minute of the day. */
	private final Map<Season, TouPeriod[]> periodByMinute;

	private TouTariff(String name, Map<TouPeriod, BigDecimal> prices, Map<Month, Season> seasonByMonth,
			Map<Season, TouPeriod[]> periodByMinute) {
		this.name = name;
		this.prices = prices;
		this.seasonByMonth = seasonByMonth;
		this.periodByMinute = periodByMinute;
	}

	/**
	 * Checks and builds a tariff.
	 * @param name its name
	 * @param prices the price per kWh of each period used
	 * @param seasons the seasons, together covering every month once
	 * @return the tariff
	 * @throws InvalidTariff naming every month and hour range covered twice or not at
	 * all, and every period without a price
	 */
	public static TouTariff of(String name, Map<TouPeriod, BigDecimal> prices, List<Season> seasons) {
		Objects.requireNonNull(name, "name");
		List<TariffProblem> problems = new ArrayList<>();
		if (seasons.isEmpty()) {
			problems.add(TariffProblem.about(TariffProblem.Kind.NO_SEASONS, name));
		}
		Map<Month, Season> seasonByMonth = new EnumMap<>(Month.class);
		for (Season season : seasons) {
			for (Month month : season.months()) {
				Season other = seasonByMonth.putIfAbsent(month, season);
				if (other != null) {
					problems.add(TariffProblem.about(TariffProblem.Kind.MONTH_IN_TWO_SEASONS,
							month.getValue() + ": " + other.name() + ", " + season.name()));
				}
			}
		}
		if (!seasons.isEmpty()) {
			for (Month month : Month.values()) {
				if (!seasonByMonth.containsKey(month)) {
					problems.add(TariffProblem.about(TariffProblem.Kind.MONTH_WITHOUT_SEASON,
							String.valueOf(month.getValue())));
				}
			}
		}
		Map<Season, TouPeriod[]> periodByMinute = new HashMap<>();
		Set<TouPeriod> used = new LinkedHashSet<>();
		for (Season season : seasons) {
			periodByMinute.put(season, minutes(season, problems));
			season.bands().forEach((band) -> used.add(band.period()));
		}
		for (TouPeriod period : used) {
			BigDecimal price = prices.get(period);
			if (price == null) {
				problems.add(TariffProblem.about(TariffProblem.Kind.NO_PRICE, period.name()));
			}
			else if (price.signum() < 0) {
				problems.add(TariffProblem.about(TariffProblem.Kind.NEGATIVE_PRICE, period.name()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidTariff(problems);
		}
		return new TouTariff(name, new EnumMap<>(prices), seasonByMonth, periodByMinute);
	}

	/**
	 * The period of every minute of the season's day; each run of minutes that no band or
	 * more than one band covers becomes a problem naming its hours.
	 */
	private static TouPeriod[] minutes(Season season, List<TariffProblem> problems) {
		TouPeriod[] periods = new TouPeriod[TimeBand.MINUTES_PER_DAY];
		List<List<TouPeriod>> claims = new ArrayList<>(TimeBand.MINUTES_PER_DAY);
		for (int minute = 0; minute < TimeBand.MINUTES_PER_DAY; minute++) {
			List<TouPeriod> claimedBy = new ArrayList<>();
			for (TimeBand band : season.bands()) {
				if (band.covers(minute)) {
					claimedBy.add(band.period());
				}
			}
			claims.add(claimedBy);
			if (claimedBy.size() == 1) {
				periods[minute] = claimedBy.get(0);
			}
		}
		int runStart = 0;
		for (int minute = 1; minute <= TimeBand.MINUTES_PER_DAY; minute++) {
			if (minute == TimeBand.MINUTES_PER_DAY || !claims.get(minute).equals(claims.get(runStart))) {
				List<TouPeriod> claimedBy = claims.get(runStart);
				if (claimedBy.size() != 1) {
					problems.add(new TariffProblem(
							claimedBy.isEmpty() ? TariffProblem.Kind.MISSING_HOURS
									: TariffProblem.Kind.OVERLAPPING_HOURS,
							season.name(), clock(runStart), clock(minute), claimedBy));
				}
				runStart = minute;
			}
		}
		return periods;
	}

	private static String clock(int minute) {
		return String.format("%02d:%02d", minute / 60, minute % 60);
	}

	public String name() {
		return this.name;
	}

	/** The price per kWh of a period. */
	public BigDecimal price(TouPeriod period) {
		BigDecimal price = this.prices.get(period);
		if (price == null) {
			throw new IllegalArgumentException(this.name + " has no price for " + period);
		}
		return price;
	}

	/** The period a moment falls in, in the site's time zone. */
	public TouPeriod periodAt(Instant at, ZoneId zone) {
		ZonedDateTime local = at.atZone(zone);
		TouPeriod[] periods = this.periodByMinute.get(this.seasonByMonth.get(local.getMonth()));
		return periods[local.getHour() * 60 + local.getMinute()];
	}

	/**
	 * Splits what was used in [start, end) over the periods it touches, in proportion to
	 * the time spent in each (the interval is assumed to draw evenly), across period
	 * boundaries, midnight and a change of season, and prices each part.
	 * @param start the interval's start
	 * @param end its end, after the start
	 * @param kWh what was used in it
	 * @param zone the site's time zone, in which the bands are read
	 * @return the part and cost of each period touched
	 */
	public TariffSplit split(Instant start, Instant end, BigDecimal kWh, ZoneId zone) {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("an interval ends after it starts");
		}
		Map<TouPeriod, Duration> timeIn = new EnumMap<>(TouPeriod.class);
		Instant at = start;
		while (at.isBefore(end)) {
			Instant next = nextBoundary(at, zone);
			Instant segmentEnd = next.isBefore(end) ? next : end;
			timeIn.merge(periodAt(at, zone), Duration.between(at, segmentEnd), Duration::plus);
			at = segmentEnd;
		}
		Duration whole = Duration.between(start, end);
		List<TariffSplit.PeriodCost> parts = new ArrayList<>();
		BigDecimal allotted = BigDecimal.ZERO;
		int left = timeIn.size();
		for (Map.Entry<TouPeriod, Duration> entry : timeIn.entrySet()) {
			left--;
			// the last part takes the remainder, so the parts add up to the whole exactly
			BigDecimal part = (left == 0) ? kWh.subtract(allotted)
					: kWh.multiply(BigDecimal.valueOf(entry.getValue().toNanos()))
						.divide(BigDecimal.valueOf(whole.toNanos()), MathContext.DECIMAL64);
			allotted = allotted.add(part);
			BigDecimal price = price(entry.getKey());
			parts.add(new TariffSplit.PeriodCost(entry.getKey(), entry.getValue(), part, price, part.multiply(price)));
		}
		return new TariffSplit(parts);
	}

	/**
	 * The next moment after {@code at} where the period may change: a band edge or
	 * midnight.
	 */
	private Instant nextBoundary(Instant at, ZoneId zone) {
		ZonedDateTime local = at.atZone(zone);
		LocalDate day = local.toLocalDate();
		Season season = this.seasonByMonth.get(local.getMonth());
		int second = local.toLocalTime().toSecondOfDay();
		TreeSet<Integer> edges = new TreeSet<>();
		for (TimeBand band : season.bands()) {
			edges.add(band.fromMinute() * 60);
			edges.add(band.toMinute() * 60);
		}
		Integer edge = edges.higher(second);
		if (edge == null || edge >= TimeBand.MINUTES_PER_DAY * 60) {
			return day.plusDays(1).atStartOfDay(zone).toInstant();
		}
		return day.atTime(LocalTime.ofSecondOfDay(edge)).atZone(zone).toInstant();
	}

}
