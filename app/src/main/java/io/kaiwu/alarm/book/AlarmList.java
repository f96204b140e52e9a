package io.kaiwu.alarm.book;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.alarm.AlarmLookup;
import io.kaiwu.alarm.AlarmSummary;
import io.kaiwu.alarm.domain.Alarm;
import io.kaiwu.alarm.domain.HistoryEntry;
import io.kaiwu.alarm.domain.StormFold;
import io.kaiwu.alarm.statistics.AlarmStatistics;
import io.kaiwu.alarm.store.AlarmRecords;
import io.kaiwu.alarm.store.RuleRecords;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a tenant's alarms: open ones first, then the newest. */
@Service
@Transactional(readOnly = true)
public class AlarmList implements AlarmLookup {

	private final AlarmRecords records;

	private final RuleRecords rules;

	AlarmList(AlarmRecords records, RuleRecords rules) {
		this.records = records;
		this.rules = rules;
	}

	/** The names of these rules of the tenant; a deleted rule is left out. */
	public Map<UUID, String> ruleNames(TenantId tenant, Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		for (UUID id : ids) {
			this.rules.find(tenant, id).ifPresent((rule) -> names.put(id, rule.name()));
		}
		return names;
	}

	public Page<Alarm> list(TenantId tenant, AlarmRecords.Filter filter, PageQuery page) {
		return Page.of(this.records.page(tenant, filter, page), this.records.count(tenant, filter), page);
	}

	public Alarm get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("alarm", id));
	}

	@Override
	public Optional<AlarmSummary> alarm(TenantId tenant, UUID alarmId) {
		return this.records.find(tenant, alarmId).map(AlarmList::summary);
	}

	@Override
	public List<AlarmSummary> open(TenantId tenant, String originatorKind, int limit) {
		return this.records.openOfKind(tenant, originatorKind, limit).stream().map(AlarmList::summary).toList();
	}

	private static AlarmSummary summary(Alarm alarm) {
		return new AlarmSummary(alarm.id(), alarm.originator(), alarm.ruleId(), alarm.severity(), alarm.state(),
				alarm.message(), alarm.raisedAt(), alarm.shelvedAt(Instant.now()));
	}

	/**
	 * The statistics of the alarms raised in {@code [from, to)}, days counted in a zone.
	 */
	public AlarmStatistics statistics(TenantId tenant, Instant from, Instant to, ZoneId zone) {
		return AlarmStatistics.of(this.records.raisedBetween(tenant, from, to), from, to, zone, TOP);
	}

	/** How many originators and rules the statistics rank. */
	static final int TOP = 10;

	/** The rules folded into a storm alarm; empty for any other alarm. */
	public List<StormFold> folds(TenantId tenant, UUID id) {
		return this.records.folds(tenant, id);
	}

	public List<HistoryEntry> history(TenantId tenant, UUID id) {
		return this.records.history(tenant, id);
	}

}
