package io.kaiwu.alarm.rulebook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.alarm.evaluation.RuleEvaluation;
import io.kaiwu.alarm.rule.Rule;
import io.kaiwu.alarm.store.RuleRecords;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A tenant's alarm rules: checked before they are saved, audited ({@code alarm-rule}),
 * and handed to the evaluation once committed.
 */
@Service
public class ManagingRules {

	private final RuleRecords records;

	private final RuleChecks checks;

	private final RuleEvaluation evaluation;

	private final ApplicationEventPublisher events;

	ManagingRules(RuleRecords records, RuleChecks checks, RuleEvaluation evaluation, ApplicationEventPublisher events) {
		this.records = records;
		this.checks = checks;
		this.evaluation = evaluation;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<Rule> list(TenantId tenant, PageQuery page) {
		return Page.of(this.records.page(tenant, page), this.records.count(tenant), page);
	}

	@Transactional(readOnly = true)
	public Rule get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("alarm rule", id));
	}

	@Transactional
	public Rule create(TenantId tenant, RuleDraft draft) {
		Instant now = Instant.now();
		Rule rule = this.checks.check(tenant, UUID.randomUUID(), draft, now, now);
		this.records.insert(rule);
		this.events.publishEvent(ChangeRecorded.created(tenant, "alarm-rule", rule.id(), audited(rule)));
		evaluateAfterCommit();
		return rule;
	}

	@Transactional
	public Rule update(TenantId tenant, UUID id, RuleDraft draft) {
		Rule before = get(tenant, id);
		Rule after = this.checks.check(tenant, id, draft, before.createdAt(), Instant.now());
		this.records.update(after);
		this.events.publishEvent(ChangeRecorded.updated(tenant, "alarm-rule", id, audited(before), audited(after)));
		evaluateAfterCommit();
		return after;
	}

	@Transactional
	public void delete(TenantId tenant, UUID id) {
		Rule rule = get(tenant, id);
		this.records.delete(tenant, id);
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "alarm-rule", id, audited(rule)));
		evaluateAfterCommit();
	}

	private void evaluateAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ManagingRules.this.evaluation.rulesChanged();
			}
		});
	}

	/** What the audit log keeps of a rule. */
	private static Map<String, Object> audited(Rule rule) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("name", rule.name());
		audit.put("deviceTypeId", String.valueOf(rule.deviceTypeId()));
		audit.put("deviceId", String.valueOf(rule.deviceId()));
		audit.put("property", rule.property());
		audit.put("condition", rule.condition().notation());
		audit.put("severity", rule.severity().name());
		audit.put("enabled", rule.enabled());
		return audit;
	}

}
