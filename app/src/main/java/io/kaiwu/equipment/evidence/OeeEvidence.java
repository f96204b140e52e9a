package io.kaiwu.equipment.evidence;

import io.kaiwu.equipment.effectiveness.Grouping;
import io.kaiwu.equipment.effectiveness.MeasuringOee;
import io.kaiwu.equipment.effectiveness.OeePeriod;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.kaiwu.equipment.oee.Oee;
import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.shared.TransformationEvidence;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;

import org.springframework.stereotype.Component;

/**
 * Offers the enterprise's OEE factors of the last seven days to the transformation
 * navigator, as the three shares of 生产运营效率: availability (run time of planned production
 * time), performance (ideal time of the parts made, of run time) and quality (good parts
 * of all parts), combined over every site with a shift calendar and every machine with an
 * ideal cycle time, weighted by time and parts. Nothing is offered when no machine had
 * planned production time or made a part.
 */
@Component
class OeeEvidence implements TransformationEvidence {

	static final Duration WINDOW = Duration.ofDays(7);

	private final MeasuringOee oee;

	private final EnterpriseStructure structure;

	private final Clock clock;

	OeeEvidence(MeasuringOee oee, EnterpriseStructure structure) {
		this.oee = oee;
		this.structure = structure;
		this.clock = Clock.systemUTC();
	}

	@Override
	public List<EvidenceFact> facts(TenantId tenant) {
		Instant now = this.clock.instant();
		double planned = 0;
		double run = 0;
		double idealOfRun = 0;
		long good = 0;
		long total = 0;
		for (StructureNode site : this.structure.sites(tenant)) {
			List<OeePeriod> periods;
			try {
				periods = this.oee.node(tenant, site.id(), now.minus(WINDOW), now, Grouping.DAY);
			}
			catch (KaiwuProblem ex) {
				// a site without a shift calendar has no planned time to measure against
				continue;
			}
			for (OeePeriod period : periods) {
				Oee figures = period.oee();
				if (figures == null) {
					continue;
				}
				double hours = period.time().plannedProduction().toMillis() / 3_600_000.0;
				planned += hours;
				run += figures.availability() * hours;
				idealOfRun += figures.performance() * figures.availability() * hours;
				good += period.good();
				total += period.good() + period.reject();
			}
		}
		if (planned <= 0 || run <= 0 || total == 0) {
			return List.of();
		}
		return List.of(
				new EvidenceFact("equipment.oee.availability", run, planned, "equipment.evidence.oee.availability",
						List.of(hours(run), hours(planned)), now),
				new EvidenceFact("equipment.oee.performance", idealOfRun, run, "equipment.evidence.oee.performance",
						List.of(hours(idealOfRun), hours(run)), now),
				new EvidenceFact("equipment.oee.quality", good, (double) total, "equipment.evidence.oee.quality",
						List.of(Long.toString(good), Long.toString(total)), now));
	}

	private static String hours(double hours) {
		return String.format(Locale.ROOT, "%.1f", hours);
	}

}
