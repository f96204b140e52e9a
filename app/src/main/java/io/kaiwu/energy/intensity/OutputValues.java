package io.kaiwu.energy.intensity;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's output value (产值) per month in 万元, entered by hand and corrected by entering
 * it again. Refused: a node that is not a site, a month not written yyyy-MM, a value
 * below zero or above 10 000 000 万元 (1 000 亿元, more than a single plant makes in a
 * month). Audited ({@code energy-output-value}).
 */
@Service
public class OutputValues {

	/** 1 000 亿元 in 万元. */
	static final BigDecimal MOST_WAN = new BigDecimal("10000000");

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private final OutputValueRecords records;

	private final EnterpriseStructure structure;

	private final ApplicationEventPublisher events;

	OutputValues(OutputValueRecords records, EnterpriseStructure structure, ApplicationEventPublisher events) {
		this.records = records;
		this.structure = structure;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<OutputValue> of(TenantId tenant, UUID site, YearMonth month) {
		return this.records.find(tenant, site, month);
	}

	@Transactional(readOnly = true)
	public List<OutputValue> ofSite(TenantId tenant, UUID site) {
		site(tenant, site);
		return this.records.ofSite(tenant, site);
	}

	/**
	 * Enters or corrects a month's value.
	 * @param month yyyy-MM
	 * @param valueWan 万元, as written
	 */
	@Transactional
	public OutputValue enter(TenantId tenant, UUID siteId, @Nullable String month, @Nullable String valueWan) {
		List<FieldError> errors = new ArrayList<>();
		StructureNode site = site(tenant, siteId);
		if (site.level() != NodeLevel.SITE) {
			errors.add(new FieldError("siteId", "energy.intensity.problem.not-a-site", site.name()));
		}
		YearMonth parsedMonth = month(month, errors);
		BigDecimal value = value(valueWan, errors);
		if (!errors.isEmpty() || parsedMonth == null || value == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Optional<OutputValue> before = this.records.find(tenant, siteId, parsedMonth);
		OutputValue entered = new OutputValue(siteId, parsedMonth, value);
		this.records.put(tenant, entered);
		String id = site.code() + "/" + parsedMonth;
		this.events.publishEvent(before
			.map((b) -> ChangeRecorded.updated(tenant, "energy-output-value", id, audited(b), audited(entered)))
			.orElseGet(() -> ChangeRecorded.created(tenant, "energy-output-value", id, audited(entered))));
		return entered;
	}

	private StructureNode site(TenantId tenant, UUID siteId) {
		return this.structure.findNode(tenant, siteId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("structure-node", siteId));
	}

	static @Nullable YearMonth month(@Nullable String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError("month", "problem.field.required"));
			return null;
		}
		String value = text.strip();
		if (MONTH.matcher(value).matches()) {
			try {
				return YearMonth.parse(value);
			}
			catch (DateTimeException ex) {
				// falls through to the error below
			}
		}
		errors.add(new FieldError("month", "energy.intensity.problem.month", value));
		return null;
	}

	private static @Nullable BigDecimal value(@Nullable String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError("valueWan", "problem.field.required"));
			return null;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError("valueWan", "energy.intensity.problem.value-number", text.strip()));
			return null;
		}
		if (value.signum() < 0) {
			errors.add(new FieldError("valueWan", "energy.intensity.problem.value-negative", value.toPlainString()));
			return null;
		}
		if (value.compareTo(MOST_WAN) > 0) {
			errors.add(new FieldError("valueWan", "energy.intensity.problem.value-too-large", value.toPlainString(),
					MOST_WAN.toPlainString()));
			return null;
		}
		if (value.scale() > 4) {
			errors.add(new FieldError("valueWan", "energy.intensity.problem.value-decimals", value.toPlainString()));
			return null;
		}
		return value;
	}

	private static Map<String, Object> audited(OutputValue v) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("month", v.month().toString());
		audit.put("valueWan", v.valueWan().toPlainString());
		return audit;
	}

}
