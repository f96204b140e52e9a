package io.kaiwu.energy.emission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.energy.carbon.EmissionFactor;
import io.kaiwu.energy.carbon.FactorTables;
import io.kaiwu.energy.carbon.Scope;
import io.kaiwu.energy.factor.ManagingFactors;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.FieldChecks;
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
 * Which emission factor a site uses for each kind of energy that emits (electricity,
 * natural gas, steam). Without a choice the published default applies: for electricity
 * the latest national average grid factor, with its year and source. A choice is refused
 * when the node is not a site, the kind causes no emissions of its own, the factor does
 * not exist, is of another kind, or its unit does not fit what the site's meters count in
 * (a factor without a unit or with a wrong one is refused when it is created). Audited
 * ({@code energy-site-emission-factor}).
 */
@Service
public class SiteFactors {

	private final SiteFactorRecords records;

	private final ManagingFactors factors;

	private final EnterpriseStructure structure;

	private final ApplicationEventPublisher events;

	private final FactorTables published = FactorTables.load();

	SiteFactors(SiteFactorRecords records, ManagingFactors factors, EnterpriseStructure structure,
			ApplicationEventPublisher events) {
		this.records = records;
		this.factors = factors;
		this.structure = structure;
		this.events = events;
	}

	/** The factor of every emitting kind at the site, chosen or default. */
	@Transactional(readOnly = true)
	public List<SiteFactor> ofSite(TenantId tenant, UUID siteId) {
		site(tenant, siteId);
		Map<MeterKind, EmissionFactor> chosen = chosen(tenant, siteId);
		List<SiteFactor> answer = new ArrayList<>();
		for (MeterKind kind : MeterKind.values()) {
			Optional<Scope> scope = Scope.of(kind);
			if (scope.isEmpty()) {
				continue;
			}
			EmissionFactor own = chosen.get(kind);
			EmissionFactor factor = (own != null) ? own
					: this.published.defaultEmissionFactor(kind, kind.usualUnit()).orElse(null);
			answer.add(SiteFactor.of(kind, scope.get().name(), own != null, factor));
		}
		return answer;
	}

	/** The factor per kind the site's emissions are worked out with. */
	@Transactional(readOnly = true)
	public Map<MeterKind, EmissionFactor> inUse(TenantId tenant, UUID siteId) {
		Map<MeterKind, EmissionFactor> chosen = chosen(tenant, siteId);
		Map<MeterKind, EmissionFactor> inUse = new EnumMap<>(MeterKind.class);
		for (MeterKind kind : MeterKind.values()) {
			EmissionFactor factor = chosen.containsKey(kind) ? chosen.get(kind)
					: this.published.defaultEmissionFactor(kind, kind.usualUnit()).orElse(null);
			if (factor != null) {
				inUse.put(kind, factor);
			}
		}
		return inUse;
	}

	@Transactional
	public SiteFactor choose(TenantId tenant, UUID siteId, @Nullable String kindText, @Nullable String factorCode) {
		List<FieldError> errors = new ArrayList<>();
		StructureNode site = site(tenant, siteId);
		if (site.level() != NodeLevel.SITE) {
			errors.add(new FieldError("siteId", "energy.carbon.problem.not-a-site", site.name()));
		}
		MeterKind kind = FieldChecks.choice(MeterKind.class, kindText, "kind", errors);
		if (kind != null && Scope.of(kind).isEmpty()) {
			errors.add(new FieldError("kind", "energy.carbon.problem.kind-without-emissions", kind.name()));
		}
		String code = FieldChecks.required(factorCode, "factorCode", 64, errors);
		EmissionFactor factor = null;
		if (code != null) {
			factor = this.factors.emissionFactors(tenant)
				.stream()
				.filter((f) -> f.code().equals(code))
				.findFirst()
				.orElse(null);
			if (factor == null) {
				errors.add(new FieldError("factorCode", "energy.carbon.problem.unknown-factor", code));
			}
			else if (kind != null && factor.kind() != kind) {
				errors.add(new FieldError("factorCode", "energy.carbon.problem.factor-of-other-kind", code,
						factor.kind().name(), kind.name()));
			}
			else if (kind != null && !factor.fits(kind.usualUnit())) {
				errors.add(new FieldError("factorCode", "energy.carbon.problem.factor-unit", code, factor.unit().text(),
						kind.usualUnit().symbol()));
			}
		}
		if (!errors.isEmpty() || kind == null || factor == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		String before = this.records.chosen(tenant, siteId).get(kind);
		this.records.choose(tenant, siteId, kind, factor.code());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("kind", kind.name());
		after.put("factorCode", factor.code());
		String id = site.code() + "/" + kind.name();
		this.events
			.publishEvent((before == null) ? ChangeRecorded.created(tenant, "energy-site-emission-factor", id, after)
					: ChangeRecorded.updated(tenant, "energy-site-emission-factor", id,
							Map.of("kind", kind.name(), "factorCode", before), after));
		return SiteFactor.of(kind, Scope.of(kind).orElseThrow().name(), true, factor);
	}

	private Map<MeterKind, EmissionFactor> chosen(TenantId tenant, UUID siteId) {
		Map<MeterKind, String> codes = this.records.chosen(tenant, siteId);
		Map<MeterKind, EmissionFactor> chosen = new EnumMap<>(MeterKind.class);
		if (codes.isEmpty()) {
			return chosen;
		}
		List<EmissionFactor> all = this.factors.emissionFactors(tenant);
		codes.forEach((kind, code) -> all.stream()
			.filter((f) -> f.code().equals(code))
			.findFirst()
			.ifPresent((f) -> chosen.put(kind, f)));
		return chosen;
	}

	private StructureNode site(TenantId tenant, UUID siteId) {
		return this.structure.findNode(tenant, siteId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("structure-node", siteId));
	}

}
