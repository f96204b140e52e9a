package io.kaiwu.ehs.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.ehs.site.ManagingEhsSites;
import io.kaiwu.ehs.site.PointEntry;
import io.kaiwu.ehs.warning.WarningGrade;
import io.kaiwu.ehs.watch.ExceedanceRecords;
import io.kaiwu.ehs.watch.StoredExceedance;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The exceedance records as the list, its CSV export and the page filter them: of one
 * point or one site's points, of a worst grade, only the open ones, open at some time in
 * [from, to), newest first.
 */
@Component
class ExceedanceList {

	private final ExceedanceRecords records;

	private final ManagingEhsSites sites;

	private final SiteScope scope;

	ExceedanceList(ExceedanceRecords records, ManagingEhsSites sites, SiteScope scope) {
		this.records = records;
		this.sites = sites;
		this.scope = scope;
	}

	/** What is asked, as given; checked by {@link #find}. */
	record Filter(@Nullable UUID pointId, @Nullable UUID siteId, @Nullable String grade, @Nullable Boolean open,
			@Nullable String from, @Nullable String to, int limit) {
	}

	/** A record with its point. */
	record Row(StoredExceedance record, @Nullable PointEntry point) {
	}

	List<Row> find(TenantId tenant, Filter filter) {
		if (filter.limit() < 1 || filter.limit() > 1000) {
			throw new KaiwuProblem.InvalidInput("limit", "problem.ehs.page-limit", filter.limit());
		}
		WarningGrade grade = grade(filter.grade());
		Instant from = instant("from", filter.from());
		Instant to = instant("to", filter.to());
		SiteScope.Site site = (filter.siteId() != null) ? this.scope.site(tenant, filter.siteId()) : null;
		Map<UUID, PointEntry> points = new HashMap<>();
		this.sites.pointEntries(tenant).forEach((p) -> points.put(p.point().id(), p));
		List<StoredExceedance> records;
		if (from != null || to != null) {
			records = new ArrayList<>(this.records.overlapping(tenant, (from != null) ? from : Instant.EPOCH,
					(to != null) ? to : Instant.parse("9999-12-31T00:00:00Z")));
			Collections.reverse(records);
		}
		else {
			records = this.records.ofTenant(tenant, filter.pointId(), Integer.MAX_VALUE);
		}
		return records.stream()
			.filter((e) -> filter.pointId() == null || e.pointId().equals(filter.pointId()))
			.filter((e) -> grade == null || e.exceedance().worst() == grade)
			.filter((e) -> filter.open() == null || e.exceedance().open() == filter.open())
			.filter((e) -> site == null
					|| (points.get(e.pointId()) != null && site.holds(points.get(e.pointId()).nodeId())))
			.limit(filter.limit())
			.map((e) -> new Row(e, points.get(e.pointId())))
			.toList();
	}

	private static @Nullable WarningGrade grade(@Nullable String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		for (WarningGrade g : WarningGrade.values()) {
			if (g.name().equalsIgnoreCase(given.strip())) {
				return g;
			}
		}
		throw new KaiwuProblem.InvalidInput("grade", "problem.ehs.unknown-grade", given);
	}

	private static @Nullable Instant instant(String field, @Nullable String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(given.strip());
		}
		catch (DateTimeParseException ex) {
			throw new KaiwuProblem.InvalidInput(field, "problem.ehs.exceedances.instant", given);
		}
	}

}
