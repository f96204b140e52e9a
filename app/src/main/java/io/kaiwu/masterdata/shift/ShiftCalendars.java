package io.kaiwu.masterdata.shift;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.masterdata.calendar.BreakWindow;
import io.kaiwu.masterdata.calendar.PlannedStop;
import io.kaiwu.masterdata.calendar.ShiftPattern;
import io.kaiwu.shared.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The shift-calendar tables (calendar, shift patterns, breaks, holidays, planned stops),
 * stored and loaded as one whole: every query names the tenant first.
 */
@Repository
class ShiftCalendars {

	private final JdbcClient jdbc;

	ShiftCalendars(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Head(UUID id, UUID tenant, UUID site, String name, Set<DayOfWeek> workingDays,
			java.time.Instant createdAt, java.time.Instant updatedAt) {
	}

	Optional<SiteCalendar> find(UUID tenant, UUID id) {
		return heads("SELECT * FROM md_shift_calendar WHERE tenant_id = ? AND id = ?", tenant, id).stream()
			.findFirst()
			.map(this::load);
	}

	Optional<SiteCalendar> findBySite(UUID tenant, UUID site) {
		return heads("SELECT * FROM md_shift_calendar WHERE tenant_id = ? AND site_id = ?", tenant, site).stream()
			.findFirst()
			.map(this::load);
	}

	List<SiteCalendar> page(UUID tenant, @Nullable UUID site, PageQuery page) {
		List<Head> heads = (site == null)
				? heads("SELECT * FROM md_shift_calendar WHERE tenant_id = ? ORDER BY name, id LIMIT ? OFFSET ?",
						tenant, page.size(), page.offset())
				: heads("SELECT * FROM md_shift_calendar WHERE tenant_id = ? AND site_id = ? ORDER BY name, id"
						+ " LIMIT ? OFFSET ?", tenant, site, page.size(), page.offset());
		return heads.stream().map(this::load).toList();
	}

	long count(UUID tenant, @Nullable UUID site) {
		return (site == null)
				? this.jdbc.sql("SELECT COUNT(*) FROM md_shift_calendar WHERE tenant_id = ?")
					.param(tenant)
					.query(Long.class)
					.single()
				: this.jdbc.sql("SELECT COUNT(*) FROM md_shift_calendar WHERE tenant_id = ? AND site_id = ?")
					.params(tenant, site)
					.query(Long.class)
					.single();
	}

	boolean siteTaken(UUID tenant, UUID site, UUID except) {
		return this.jdbc.sql("SELECT COUNT(*) FROM md_shift_calendar WHERE tenant_id = ? AND site_id = ? AND id <> ?")
			.params(tenant, site, except)
			.query(Long.class)
			.single() > 0;
	}

	List<String> namesOnSite(UUID tenant, UUID site) {
		return this.jdbc.sql("SELECT name FROM md_shift_calendar WHERE tenant_id = ? AND site_id = ? ORDER BY name")
			.params(tenant, site)
			.query(String.class)
			.list();
	}

	void insert(SiteCalendar c) {
		this.jdbc.sql("""
				INSERT INTO md_shift_calendar (id, tenant_id, site_id, name, working_days, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.tenant(), c.site(), c.name(), days(c.workingDays()), Timestamp.from(c.createdAt()),
					Timestamp.from(c.updatedAt()))
			.update();
		insertParts(c);
	}

	/** Replaces the calendar and all its parts. */
	void update(SiteCalendar c) {
		this.jdbc.sql("""
				UPDATE md_shift_calendar SET site_id = ?, name = ?, working_days = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(c.site(), c.name(), days(c.workingDays()), Timestamp.from(c.updatedAt()), c.tenant(), c.id())
			.update();
		deleteParts(c);
		insertParts(c);
	}

	void delete(SiteCalendar c) {
		deleteParts(c);
		this.jdbc.sql("DELETE FROM md_shift_calendar WHERE tenant_id = ? AND id = ?")
			.params(c.tenant(), c.id())
			.update();
	}

	private void deleteParts(SiteCalendar c) {
		this.jdbc.sql("""
				DELETE FROM md_shift_break WHERE tenant_id = ? AND shift_id IN
				    (SELECT id FROM md_shift_pattern WHERE tenant_id = ? AND calendar_id = ?)""")
			.params(c.tenant(), c.tenant(), c.id())
			.update();
		for (String table : List.of("md_shift_pattern", "md_holiday", "md_planned_stop")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE tenant_id = ? AND calendar_id = ?")
				.params(c.tenant(), c.id())
				.update();
		}
	}

	private void insertParts(SiteCalendar c) {
		for (int s = 0; s < c.shifts().size(); s++) {
			ShiftPattern shift = c.shifts().get(s);
			UUID shiftId = UUID.randomUUID();
			this.jdbc.sql("""
					INSERT INTO md_shift_pattern (id, tenant_id, calendar_id, seq_no, name, start_time, end_time)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(shiftId, c.tenant(), c.id(), s, shift.name(), shift.start(), shift.end())
				.update();
			for (int b = 0; b < shift.breaks().size(); b++) {
				BreakWindow window = shift.breaks().get(b);
				this.jdbc.sql("""
						INSERT INTO md_shift_break (id, tenant_id, shift_id, seq_no, start_time, end_time)
						VALUES (?, ?, ?, ?, ?, ?)""")
					.params(UUID.randomUUID(), c.tenant(), shiftId, b, window.start(), window.end())
					.update();
			}
		}
		for (Holiday holiday : c.holidays()) {
			this.jdbc.sql("INSERT INTO md_holiday (tenant_id, calendar_id, holiday_date, name) VALUES (?, ?, ?, ?)")
				.params(c.tenant(), c.id(), holiday.date(), holiday.name())
				.update();
		}
		for (PlannedStop stop : c.plannedStops()) {
			this.jdbc.sql("""
					INSERT INTO md_planned_stop (id, tenant_id, calendar_id, starts_at, ends_at, reason)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), c.tenant(), c.id(), Timestamp.from(stop.start()), Timestamp.from(stop.end()),
						stop.reason())
				.update();
		}
	}

	private List<Head> heads(String sql, Object... params) {
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new Head(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
					rs.getObject("site_id", UUID.class), rs.getString("name"), days(rs.getString("working_days")),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	private SiteCalendar load(Head head) {
		Map<UUID, List<BreakWindow>> breaks = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT b.shift_id, b.start_time, b.end_time FROM md_shift_break b
				JOIN md_shift_pattern p ON p.id = b.shift_id AND p.tenant_id = b.tenant_id
				WHERE b.tenant_id = ? AND p.calendar_id = ? ORDER BY b.seq_no""")
			.params(head.tenant(), head.id())
			.query((RowCallbackHandler) (rs) -> {
				breaks.computeIfAbsent(rs.getObject("shift_id", UUID.class), (k) -> new ArrayList<>())
					.add(new BreakWindow(rs.getObject("start_time", LocalTime.class),
							rs.getObject("end_time", LocalTime.class)));
			});
		List<ShiftPattern> shifts = this.jdbc
			.sql("SELECT * FROM md_shift_pattern WHERE tenant_id = ? AND calendar_id = ? ORDER BY seq_no")
			.params(head.tenant(), head.id())
			.query((rs, row) -> new ShiftPattern(rs.getString("name"), rs.getObject("start_time", LocalTime.class),
					rs.getObject("end_time", LocalTime.class),
					breaks.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
		List<Holiday> holidays = this.jdbc
			.sql("SELECT * FROM md_holiday WHERE tenant_id = ? AND calendar_id = ? ORDER BY holiday_date")
			.params(head.tenant(), head.id())
			.query((rs, row) -> new Holiday(rs.getObject("holiday_date", LocalDate.class), rs.getString("name")))
			.list();
		List<PlannedStop> stops = this.jdbc
			.sql("SELECT * FROM md_planned_stop WHERE tenant_id = ? AND calendar_id = ? ORDER BY starts_at")
			.params(head.tenant(), head.id())
			.query((rs, row) -> new PlannedStop(rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant(), rs.getString("reason")))
			.list();
		return new SiteCalendar(head.id(), head.tenant(), head.site(), head.name(), head.workingDays(), shifts,
				holidays, stops, head.createdAt(), head.updatedAt());
	}

	private static String days(Set<DayOfWeek> days) {
		return days.stream().map(DayOfWeek::getValue).sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static Set<DayOfWeek> days(String text) {
		return Arrays.stream(text.split(","))
			.filter((s) -> !s.isBlank())
			.map((s) -> DayOfWeek.of(Integer.parseInt(s.trim())))
			.collect(Collectors.toSet());
	}

}
