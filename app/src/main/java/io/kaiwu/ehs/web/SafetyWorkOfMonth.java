package io.kaiwu.ehs.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.ehs.emergency.Drill;
import io.kaiwu.ehs.emergency.EmergencyPlan;
import io.kaiwu.ehs.emergency.ManagingEmergency;
import io.kaiwu.ehs.emergency.TrackedPlan;
import io.kaiwu.ehs.inspection.Finding;
import io.kaiwu.ehs.inspection.ManagingInspections;
import io.kaiwu.ehs.inspection.Severity;
import io.kaiwu.ehs.inspection.TrackedFinding;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Component;

/**
 * A site's safety work in a month for the monthly EHS report: inspections held, hidden
 * dangers (隐患) found and how many of them major, findings verified and closed, findings
 * overdue today, drills held and how many took part.
 */
@Component
class SafetyWorkOfMonth {

	/**
	 * The month's figures.
	 *
	 * @param inspections inspections held in the month
	 * @param findings findings found in the month (inspections and drills)
	 * @param majorFindings of those, major hidden dangers (重大隐患)
	 * @param verified findings verified (closed) in the month, whenever found
	 * @param overdueNow findings of the site overdue today, whenever found
	 * @param drills drills held in the month
	 * @param drillParticipants people who took part in them
	 */
	record Figures(int inspections, int findings, int majorFindings, int verified, int overdueNow, int drills,
			int drillParticipants) {
	}

	private final ManagingInspections inspections;

	private final ManagingEmergency emergency;

	SafetyWorkOfMonth(ManagingInspections inspections, ManagingEmergency emergency) {
		this.inspections = inspections;
		this.emergency = emergency;
	}

	Figures of(TenantId tenant, UUID siteId, YearMonth month, Instant from, Instant to) {
		int held = (int) this.inspections.inspections(tenant)
			.stream()
			.filter((i) -> i.siteId().equals(siteId) && in(month, i.inspectedOn()))
			.count();
		int found = 0;
		int major = 0;
		int verified = 0;
		int overdue = 0;
		for (TrackedFinding tracked : this.inspections.findings(tenant)) {
			Finding f = tracked.finding();
			if (!f.siteId().equals(siteId)) {
				continue;
			}
			if (in(month, f.foundOn())) {
				found++;
				major += (f.severity() == Severity.MAJOR) ? 1 : 0;
			}
			Instant closed = f.verifiedAt();
			if (closed != null && !closed.isBefore(from) && closed.isBefore(to)) {
				verified++;
			}
			overdue += tracked.overdue() ? 1 : 0;
		}
		Map<UUID, EmergencyPlan> plans = this.emergency.plans(tenant)
			.stream()
			.map(TrackedPlan::plan)
			.collect(Collectors.toMap(EmergencyPlan::id, Function.identity()));
		int drills = 0;
		int participants = 0;
		for (Drill d : this.emergency.drills(tenant)) {
			EmergencyPlan plan = plans.get(d.planId());
			if (plan != null && plan.siteId().equals(siteId) && in(month, d.drilledOn())) {
				drills++;
				participants += d.participants();
			}
		}
		return new Figures(held, found, major, verified, overdue, drills, participants);
	}

	private static boolean in(YearMonth month, LocalDate day) {
		return YearMonth.from(day).equals(month);
	}

}
