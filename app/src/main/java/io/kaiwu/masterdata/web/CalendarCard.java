package io.kaiwu.masterdata.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import io.kaiwu.masterdata.calendar.BreakWindow;
import io.kaiwu.masterdata.calendar.ShiftPattern;
import io.kaiwu.masterdata.shift.SiteCalendar;

/**
 * What one card of the calendars page shows.
 *
 * @param calendar the stored calendar.
 * @param site the site's name.
 * @param zone the site's time zone.
 * @param shifts its shifts with their net hours.
 */
record CalendarCard(SiteCalendar calendar, String site, ZoneId zone, List<Shift> shifts) {

	/**
	 * A shift and its length without breaks.
	 *
	 * @param pattern the shift.
	 * @param netHours hours of work in it, one decimal.
	 */
	record Shift(ShiftPattern pattern, String netHours) {
	}

	static CalendarCard of(SiteCalendar calendar, String site, ZoneId zone) {
		return new CalendarCard(calendar, site, zone,
				calendar.shifts().stream().map((s) -> new Shift(s, hours(net(s)))).toList());
	}

	static Duration net(ShiftPattern shift) {
		Duration net = shift.nominalLength();
		for (BreakWindow window : shift.breaks()) {
			Duration length = Duration.between(window.start(), window.end());
			net = net.minus(length.isNegative() ? length.plusDays(1) : length);
		}
		return net;
	}

	static String hours(Duration duration) {
		return BigDecimal.valueOf(duration.toMinutes())
			.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
			.toPlainString();
	}

}
