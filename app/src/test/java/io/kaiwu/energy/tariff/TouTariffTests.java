package io.kaiwu.energy.tariff;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.kaiwu.energy.tariff.TouPeriod.DEEP_VALLEY;
import static io.kaiwu.energy.tariff.TouPeriod.FLAT;
import static io.kaiwu.energy.tariff.TouPeriod.PEAK;
import static io.kaiwu.energy.tariff.TouPeriod.SHARP_PEAK;
import static io.kaiwu.energy.tariff.TouPeriod.VALLEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Time-of-use tariffs on the Guangdong industrial schedule of 2021 (广东省发改委《关于进一步完善我省
 * 峰谷分时电价政策有关问题的通知》, reprinted by 06wxu.cn 2021-09-06: peak 10–12 and 14–19, valley 0–8,
 * flat the rest; 尖峰 11–12 and 15–17 in July to September; ratios peak 1.7 : flat 1 :
 * valley 0.38, 尖峰 = peak × 1.25) and the Liaoning draft of 2023-07-19 (half hours, valley
 * 22:00–05:00 across midnight). The flat price of 0.6000 yuan/kWh is made up for the
 * tests; the other prices follow from the ratios.
 */
class TouTariffTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final Map<TouPeriod, BigDecimal> PRICES = Map.of(SHARP_PEAK, new BigDecimal("1.2750"), PEAK,
			new BigDecimal("1.0200"), FLAT, new BigDecimal("0.6000"), VALLEY, new BigDecimal("0.2280"));

	private static final List<TimeBand> NIGHT_AND_FLAT = List.of(TimeBand.of(VALLEY, "00:00", "08:00"),
			TimeBand.of(FLAT, "08:00", "10:00"), TimeBand.of(FLAT, "12:00", "14:00"),
			TimeBand.of(FLAT, "19:00", "24:00"));

	static TouTariff guangdong() {
		Season summer = new Season("7–9月", EnumSet.of(Month.JULY, Month.AUGUST, Month.SEPTEMBER),
				concat(NIGHT_AND_FLAT, TimeBand.of(PEAK, "10:00", "11:00"), TimeBand.of(SHARP_PEAK, "11:00", "12:00"),
						TimeBand.of(PEAK, "14:00", "15:00"), TimeBand.of(SHARP_PEAK, "15:00", "17:00"),
						TimeBand.of(PEAK, "17:00", "19:00")));
		Season rest = new Season("其他月份", EnumSet.complementOf(EnumSet.of(Month.JULY, Month.AUGUST, Month.SEPTEMBER)),
				concat(NIGHT_AND_FLAT, TimeBand.of(PEAK, "10:00", "12:00"), TimeBand.of(PEAK, "14:00", "19:00")));
		return TouTariff.of("广东 一般工商业 2021", PRICES, List.of(summer, rest));
	}

	@Test
	void theGuangdongScheduleHasTheCriticalPeakOnlyInSummer() {
		TouTariff tariff = guangdong();

		assertThat(tariff.periodAt(local("2026-07-15T11:30"), SHANGHAI)).isEqualTo(SHARP_PEAK);
		assertThat(tariff.periodAt(local("2026-05-15T11:30"), SHANGHAI)).isEqualTo(PEAK);
		assertThat(tariff.periodAt(local("2026-05-15T07:59"), SHANGHAI)).isEqualTo(VALLEY);
		assertThat(tariff.periodAt(local("2026-05-15T08:00"), SHANGHAI)).isEqualTo(FLAT);
		assertThat(tariff.periodAt(local("2026-05-15T23:59"), SHANGHAI)).isEqualTo(FLAT);
	}

	@Test
	void anIntervalAcrossMidnightAnd0800IsSplitInProportionToTime() {
		// 23:00–09:00 is 10 h at 100 kWh/h: flat 23–24 and 08–09 (200 kWh), valley 00–08
		// (800)
		TariffSplit split = guangdong().split(local("2026-05-14T23:00"), local("2026-05-15T09:00"),
				new BigDecimal("1000"), SHANGHAI);

		assertThat(split.parts()).extracting(TariffSplit.PeriodCost::period).containsExactly(FLAT, VALLEY);
		assertThat(split.part(FLAT).orElseThrow().kWh()).isEqualByComparingTo("200");
		assertThat(split.part(FLAT).orElseThrow().time()).isEqualTo(Duration.ofHours(2));
		assertThat(split.part(VALLEY).orElseThrow().kWh()).isEqualByComparingTo("800");
		// 200 × 0.6000 + 800 × 0.2280 = 120 + 182.4
		assertThat(split.totalCost()).isEqualByComparingTo("302.4");
		assertThat(split.totalKWh()).isEqualByComparingTo("1000");
	}

	@Test
	void aQuarterHourAcross0800IsHalfValleyHalfFlat() {
		TariffSplit split = guangdong().split(local("2026-05-15T07:52:30"), local("2026-05-15T08:07:30"),
				new BigDecimal("30"), SHANGHAI);

		assertThat(split.part(VALLEY).orElseThrow().kWh()).isEqualByComparingTo("15");
		assertThat(split.part(FLAT).orElseThrow().kWh()).isEqualByComparingTo("15");
		// 15 × 0.2280 + 15 × 0.6000 = 3.42 + 9
		assertThat(split.totalCost()).isEqualByComparingTo("12.42");
	}

	@Test
	void aSummerDayCostsEachPeriodAtItsPrice() {
		TariffSplit split = guangdong().split(local("2026-07-15T00:00"), local("2026-07-16T00:00"),
				new BigDecimal("2400"), SHANGHAI);

		// 尖 3 h, 峰 4 h, 平 9 h, 谷 8 h at 100 kWh/h
		assertThat(split.part(SHARP_PEAK).orElseThrow().kWh()).isEqualByComparingTo("300");
		assertThat(split.part(PEAK).orElseThrow().kWh()).isEqualByComparingTo("400");
		assertThat(split.part(FLAT).orElseThrow().kWh()).isEqualByComparingTo("900");
		assertThat(split.part(VALLEY).orElseThrow().kWh()).isEqualByComparingTo("800");
		// 300 × 1.275 + 400 × 1.02 + 900 × 0.6 + 800 × 0.228 = 382.5 + 408 + 540 + 182.4
		assertThat(split.totalCost()).isEqualByComparingTo("1512.9");
	}

	@Test
	void anIntervalAcrossTheEndOfSeptemberChangesSeason() {
		// 30 Sep 16:00 – 1 Oct 16:00 at 1 kWh/h ends in the season without a critical
		// peak
		TariffSplit split = guangdong().split(local("2026-09-30T16:00"), local("2026-10-01T16:00"),
				new BigDecimal("24"), SHANGHAI);

		assertThat(split.part(SHARP_PEAK).orElseThrow().kWh()).as("30 Sep 16–17").isEqualByComparingTo("1");
		assertThat(split.part(PEAK).orElseThrow().kWh()).as("30 Sep 17–19, 1 Oct 10–12 and 14–16")
			.isEqualByComparingTo("6");
		assertThat(split.part(FLAT).orElseThrow().kWh()).as("19–24, 08–10, 12–14").isEqualByComparingTo("9");
		assertThat(split.part(VALLEY).orElseThrow().kWh()).isEqualByComparingTo("8");
	}

	@Test
	void theLiaoningDraftHasHalfHoursAndAValleyAcrossMidnight() {
		Map<TouPeriod, BigDecimal> prices = Map.of(PEAK, new BigDecimal("0.9"), FLAT, new BigDecimal("0.6"), VALLEY,
				new BigDecimal("0.3"));
		TouTariff liaoning = TouTariff.of("辽宁 征求意见稿 2023", prices,
				List.of(Season.allYear("全年",
						List.of(TimeBand.of(PEAK, "07:30", "10:30"), TimeBand.of(PEAK, "16:00", "21:00"),
								TimeBand.of(VALLEY, "11:30", "12:30"), TimeBand.of(VALLEY, "22:00", "05:00"),
								TimeBand.of(FLAT, "05:00", "07:30"), TimeBand.of(FLAT, "10:30", "11:30"),
								TimeBand.of(FLAT, "12:30", "16:00"), TimeBand.of(FLAT, "21:00", "22:00")))));

		assertThat(liaoning.periodAt(local("2026-03-02T04:59"), SHANGHAI)).isEqualTo(VALLEY);
		assertThat(liaoning.periodAt(local("2026-03-02T05:00"), SHANGHAI)).isEqualTo(FLAT);
		assertThat(liaoning.periodAt(local("2026-03-02T07:30"), SHANGHAI)).isEqualTo(PEAK);
		TariffSplit day = liaoning.split(local("2026-03-02T00:00"), local("2026-03-03T00:00"), new BigDecimal("48"),
				SHANGHAI);
		// about 8 h each, as the draft says
		assertThat(day.parts()).allSatisfy((part) -> assertThat(part.kWh()).isEqualByComparingTo("16"));
		TariffSplit night = liaoning.split(local("2026-03-02T21:30"), local("2026-03-03T05:30"), new BigDecimal("8"),
				SHANGHAI);
		assertThat(night.part(FLAT).orElseThrow().kWh()).as("21:30–22:00 and 05:00–05:30").isEqualByComparingTo("1");
		assertThat(night.part(VALLEY).orElseThrow().kWh()).as("22:00–05:00").isEqualByComparingTo("7");
	}

	@Test
	void overlappingAndMissingHoursAreRefusedNamingThem() {
		Season bad = Season.allYear("全年",
				List.of(TimeBand.of(VALLEY, "00:00", "08:00"), TimeBand.of(FLAT, "08:00", "10:00"),
						TimeBand.of(PEAK, "10:00", "12:00"), TimeBand.of(SHARP_PEAK, "11:00", "12:00"),
						TimeBand.of(PEAK, "14:00", "19:00"), TimeBand.of(FLAT, "19:00", "24:00")));

		assertThatThrownBy(() -> TouTariff.of("bad", PRICES, List.of(bad))).isInstanceOfSatisfying(InvalidTariff.class,
				(refused) -> assertThat(refused.problems()).containsExactly(
						new TariffProblem(TariffProblem.Kind.OVERLAPPING_HOURS, "全年", "11:00", "12:00",
								List.of(PEAK, SHARP_PEAK)),
						new TariffProblem(TariffProblem.Kind.MISSING_HOURS, "全年", "12:00", "14:00", List.of())));
	}

	@Test
	void monthsCoveredTwiceOrNotAtAllAndPeriodsWithoutPriceAreRefused() {
		List<TimeBand> allDay = List.of(TimeBand.of(FLAT, "08:00", "22:00"),
				TimeBand.of(DEEP_VALLEY, "22:00", "08:00"));
		Season firstHalf = new Season("上半年", EnumSet.range(Month.JANUARY, Month.JUNE), allDay);
		Season autumn = new Season("秋季", EnumSet.range(Month.JUNE, Month.OCTOBER), allDay);

		assertThatThrownBy(() -> TouTariff.of("bad", PRICES, List.of(firstHalf, autumn))).isInstanceOfSatisfying(
				InvalidTariff.class,
				(refused) -> assertThat(refused.problems()).containsExactly(
						TariffProblem.about(TariffProblem.Kind.MONTH_IN_TWO_SEASONS, "6: 上半年, 秋季"),
						TariffProblem.about(TariffProblem.Kind.MONTH_WITHOUT_SEASON, "11"),
						TariffProblem.about(TariffProblem.Kind.MONTH_WITHOUT_SEASON, "12"),
						TariffProblem.about(TariffProblem.Kind.NO_PRICE, "DEEP_VALLEY")));
	}

	@Test
	void aNegativePriceIsRefused() {
		assertThatThrownBy(() -> TouTariff.of("bad", Map.of(FLAT, new BigDecimal("-0.1")),
				List.of(Season.allYear("全年", List.of(TimeBand.of(FLAT, "00:00", "00:00"))))))
			.isInstanceOfSatisfying(InvalidTariff.class, (refused) -> assertThat(refused.problems())
				.containsExactly(TariffProblem.about(TariffProblem.Kind.NEGATIVE_PRICE, "FLAT")));
	}

	private static Instant local(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
	}

	@SafeVarargs
	private static <T> List<T> concat(List<T> first, T... more) {
		List<T> all = new java.util.ArrayList<>(first);
		all.addAll(List.of(more));
		return all;
	}

}
