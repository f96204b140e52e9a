package io.kaiwu.alarm.web;

import java.util.Map;
import java.util.UUID;

import io.kaiwu.alarm.rulebook.ManagingRules;
import io.kaiwu.alarm.rulebook.RuleDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alarm rules (告警规则) of the signed-in tenant. Engineers create, change and delete them; a
 * rule that names a property the thing model does not have is refused with the properties
 * it does have.
 */
@RestController
@RequestMapping("/api/v1/alarm-rules")
@PreAuthorize("hasRole('VIEWER')")
class AlarmRuleApiController {

	private final ManagingRules rules;

	AlarmRuleApiController(ManagingRules rules) {
		this.rules = rules;
	}

	@GetMapping
	Page<Map<String, Object>> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.rules.list(CurrentPrincipal.get().requireTenant(), PageQuery.of(page, size)).map(AlarmJson::rule);
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		return AlarmJson.rule(this.rules.get(CurrentPrincipal.get().requireTenant(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> create(@RequestBody RuleDraft draft) {
		return AlarmJson.rule(this.rules.create(CurrentPrincipal.get().requireTenant(), draft));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> update(@PathVariable UUID id, @RequestBody RuleDraft draft) {
		return AlarmJson.rule(this.rules.update(CurrentPrincipal.get().requireTenant(), id, draft));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.rules.delete(CurrentPrincipal.get().requireTenant(), id);
	}

}
