package io.kaiwu.quality.supplier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.quality.SupplierQuality;
import io.kaiwu.quality.nonconformance.SupplierNcrs;
import io.kaiwu.quality.supplier.scoring.SupplierScoreFormula;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplier quality scores from the receiving inspections of their lots and the NCRs
 * attributed to them, by {@link SupplierScoreFormula}; and the ranking of all suppliers
 * with data in a period.
 */
@Service
public class SupplierScores implements SupplierQuality {

	private final ReceivingInspections receiving;

	private final SupplierNcrs ncrs;

	private final PartnerCatalog partners;

	SupplierScores(ReceivingInspections receiving, SupplierNcrs ncrs, PartnerCatalog partners) {
		this.receiving = receiving;
		this.ncrs = ncrs;
		this.partners = partners;
	}

	/**
	 * A supplier in the ranking.
	 *
	 * @param code its code
	 * @param name its name
	 * @param score its score and components
	 */
	public record Ranked(String code, String name, Score score) {
	}

	@Override
	@Transactional(readOnly = true)
	public Score score(TenantId tenant, UUID supplierId, Period period) {
		ReceivingInspections.Totals lots = this.receiving.totals(tenant, supplierId, period.from(), period.to());
		SupplierNcrs.Counts counts = this.ncrs.of(tenant, supplierId, period.from(), period.to());
		return SupplierScoreFormula.score(supplierId,
				new SupplierScoreFormula.Inputs(lots.lots(), lots.acceptedLots(), lots.inspectedUnits(),
						lots.rejectedUnits(), counts.minor(), counts.major(), counts.critical(), counts.eightDsDue(),
						counts.eightDsOnTime()));
	}

	/** The score of a partner of the tenant that is a supplier; 404 for any other id. */
	@Transactional(readOnly = true)
	public Ranked scoreOfSupplier(TenantId tenant, UUID supplierId, Period period) {
		PartnerCatalog.PartnerSummary partner = this.partners.partner(tenant, supplierId)
			.filter(PartnerCatalog.PartnerSummary::supplier)
			.orElseThrow(() -> new KaiwuProblem.NotFound("supplier", supplierId));
		return new Ranked(partner.code(), partner.name(), score(tenant, supplierId, period));
	}

	/** Every supplier with inspections or NCRs in the period, best score first. */
	@Transactional(readOnly = true)
	public List<Ranked> ranking(TenantId tenant, Period period) {
		Set<UUID> ids = new LinkedHashSet<>(this.receiving.suppliers(tenant, period.from(), period.to()));
		ids.addAll(this.ncrs.suppliers(tenant, period.from(), period.to()));
		List<Ranked> ranked = new ArrayList<>();
		for (UUID id : ids) {
			this.partners.partner(tenant, id).ifPresent((p) -> {
				Score score = score(tenant, id, period);
				if (score.score() != null) {
					ranked.add(new Ranked(p.code(), p.name(), score));
				}
			});
		}
		ranked.sort(Comparator.comparing((Ranked r) -> points(r.score())).reversed().thenComparing(Ranked::code));
		return ranked;
	}

	private static double points(Score score) {
		@Nullable Double points = score.score();
		return (points != null) ? points : -1;
	}

}
