package io.kaiwu.energy.factor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.kaiwu.energy.carbon.CoalCoefficient;
import io.kaiwu.energy.carbon.EmissionFactor;
import io.kaiwu.energy.carbon.FactorTables;
import io.kaiwu.energy.carbon.InvalidFactor;
import io.kaiwu.energy.carbon.Scope;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published coefficients and factors (read once from the shipped CSV files) and the
 * tenant's own emission factors. A tenant's factor is refused without a unit, with a unit
 * that does not fit its meter kind, with a scope that does not fit it, or without a
 * source. Audited ({@code energy-emission-factor}).
 */
@Service
public class ManagingFactors {

	/**
	 * How a tenant's own factor is labelled: entered by the tenant, not checked by Kaiwu.
	 */
	static final String TENANT_LABEL = "tenant";

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private final FactorTables published = FactorTables.load();

	private final FactorRecords records;

	private final ApplicationEventPublisher events;

	ManagingFactors(FactorRecords records, ApplicationEventPublisher events) {
		this.records = records;
		this.events = events;
	}

	public List<CoalCoefficient> coalCoefficients() {
		return this.published.coalCoefficients();
	}

	/** The published factors, then the tenant's own. */
	@Transactional(readOnly = true)
	public List<EmissionFactor> emissionFactors(TenantId tenant) {
		List<EmissionFactor> all = new ArrayList<>(this.published.emissionFactors());
		all.addAll(this.records.ofTenant(tenant));
		return all;
	}

	@Transactional
	public EmissionFactor create(TenantId tenant, FactorDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		String code = FieldChecks.required(draft.code(), "code", 64, errors);
		if (code != null && !CODE.matcher(code).matches()) {
			errors.add(new FieldError("code", "problem.energy.code-format", code));
		}
		else if (code != null && emissionFactors(tenant).stream().anyMatch((f) -> f.code().equals(code))) {
			errors.add(new FieldError("code", "problem.energy.factor-code-taken", code));
		}
		String name = FieldChecks.required(draft.name(), "name", 200, errors);
		MeterKind kind = FieldChecks.choice(MeterKind.class, draft.kind(), "kind", errors);
		Scope scope = FieldChecks.choice(Scope.class, draft.scope(), "scope", errors);
		String factorSet = FieldChecks.optional(draft.factorSet(), "factorSet", 64, errors);
		String source = FieldChecks.optional(draft.source(), "source", 500, errors);
		FieldChecks.optional(draft.unit(), "unit", 32, errors);
		if (draft.dataYear() != null && (draft.dataYear() < 1990 || draft.dataYear() > 2100)) {
			errors.add(new FieldError("dataYear", "problem.energy.factor-year", draft.dataYear()));
		}
		EmissionFactor factor = null;
		if (code != null && name != null && kind != null && scope != null) {
			try {
				factor = EmissionFactor.of(code, name, draft.value(), draft.unit(), kind, scope, draft.dataYear(),
						(factorSet != null) ? factorSet : TENANT_LABEL, TENANT_LABEL, source);
			}
			catch (InvalidFactor refused) {
				errors.add(error(refused, kind));
			}
		}
		if (!errors.isEmpty() || factor == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		this.records.insert(tenant, factor, Instant.now());
		this.events
			.publishEvent(ChangeRecorded.created(tenant, "energy-emission-factor", factor.code(), audited(factor)));
		return factor;
	}

	private static FieldError error(InvalidFactor refused, MeterKind kind) {
		String field = switch (refused.reason()) {
			case NO_UNIT, UNKNOWN_UNIT, UNIT_NOT_OF_KIND -> "unit";
			case WRONG_SCOPE -> "scope";
			case NO_VALUE -> "value";
			case NO_SOURCE -> "source";
		};
		String key = "problem.energy.factor." + refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
		return new FieldError(field, key, refused.detail(), kind.name(), Scope.of(kind).map(Scope::name).orElse("—"));
	}

	private static Map<String, Object> audited(EmissionFactor f) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", f.code());
		audit.put("name", f.name());
		audit.put("value", f.value().toPlainString());
		audit.put("unit", f.unit().text());
		audit.put("kind", f.kind().name());
		audit.put("scope", f.scope().name());
		audit.put("dataYear", String.valueOf(f.dataYear()));
		audit.put("factorSet", f.factorSet());
		audit.put("source", f.source());
		return audit;
	}

}
