package io.kaiwu.alarm.book;

import java.util.List;
import java.util.UUID;

import io.kaiwu.alarm.domain.Alarm;
import io.kaiwu.alarm.domain.HistoryEntry;
import io.kaiwu.alarm.store.AlarmRecords;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a tenant's alarms: open ones first, then the newest. */
@Service
@Transactional(readOnly = true)
public class AlarmList {

	private final AlarmRecords records;

	AlarmList(AlarmRecords records) {
		this.records = records;
	}

	public Page<Alarm> list(TenantId tenant, AlarmRecords.Filter filter, PageQuery page) {
		return Page.of(this.records.page(tenant, filter, page), this.records.count(tenant, filter), page);
	}

	public Alarm get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("alarm", id));
	}

	public List<HistoryEntry> history(TenantId tenant, UUID id) {
		return this.records.history(tenant, id);
	}

}
