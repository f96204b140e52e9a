package io.kaiwu.energy.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.energy.consumption.ConsumptionReport;
import io.kaiwu.energy.consumption.ReadingConsumption;
import io.kaiwu.energy.demand.MonthlyPeaks;
import io.kaiwu.energy.demand.ReadingDemand;
import io.kaiwu.energy.meter.ManagingMeters;
import io.kaiwu.energy.meter.Meter;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a site's month together from the consumption and the demand: each kind of energy,
 * each metered node, the time-of-use split, the peak demand, tce, and every meter whose
 * month has hours missing.
 */
@Service
public class MonthlyReporting {

	private final ReadingConsumption consumption;

	private final ReadingDemand demand;

	private final ManagingMeters meters;

	private final EnterpriseStructure structure;

	MonthlyReporting(ReadingConsumption consumption, ReadingDemand demand, ManagingMeters meters,
			EnterpriseStructure structure) {
		this.consumption = consumption;
		this.demand = demand;
		this.meters = meters;
		this.structure = structure;
	}

	@Transactional(readOnly = true)
	public MonthlyEnergyReport report(TenantId tenant, UUID siteId, String month) {
		MonthlyPeaks peaks = this.demand.monthlyPeaks(tenant, siteId, month);
		YearMonth ym = peaks.month();
		String from = ym.atDay(1).toString();
		String to = ym.plusMonths(1).atDay(1).toString();
		ConsumptionReport site = this.consumption.report(tenant, null, siteId, from, to, "MONTH");
		List<MonthlyEnergyReport.Carrier> carriers = site.series().stream().map(MonthlyReporting::carrier).toList();
		BigDecimal tce = carriers.stream()
			.map(MonthlyEnergyReport.Carrier::tce)
			.filter((t) -> t != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<MonthlyEnergyReport.NodeRow> nodes = new ArrayList<>();
		Map<UUID, StructureNode> all = this.structure.allNodes(tenant)
			.stream()
			.collect(Collectors.toMap(StructureNode::id, Function.identity()));
		addNodes(tenant, all, siteId, 0, from, to, nodes);
		List<MonthlyEnergyReport.MissingData> missing = new ArrayList<>();
		for (Meter m : this.meters.list(tenant)
			.stream()
			.sorted(Comparator.comparing(Meter::code))
			.filter((m) -> inside(m.nodeId(), siteId, all))
			.toList()) {
			ConsumptionReport.Bucket bucket = this.consumption.report(tenant, m.id(), null, from, to, "MONTH")
				.series()
				.get(0)
				.buckets()
				.get(0);
			if (bucket.missingHours() > 0) {
				missing.add(
						new MonthlyEnergyReport.MissingData(m.code(), m.kind(), bucket.missingHours(), bucket.hours()));
			}
		}
		boolean complete = missing.isEmpty() && carriers.stream().allMatch((c) -> c.missingHours() == 0);
		return new MonthlyEnergyReport(siteId.toString(), peaks.site(), ym, carriers, nodes, TouSplit.of(site), peaks,
				tce, complete, missing);
	}

	private void addNodes(TenantId tenant, Map<UUID, StructureNode> all, UUID nodeId, int depth, String from, String to,
			List<MonthlyEnergyReport.NodeRow> rows) {
		StructureNode node = all.get(nodeId);
		if (node == null || this.consumption.countedOn(tenant, nodeId).isEmpty()) {
			return;
		}
		for (ConsumptionReport.Series s : this.consumption.report(tenant, null, nodeId, from, to, "MONTH").series()) {
			rows.add(new MonthlyEnergyReport.NodeRow(node.name(), node.level().name(), depth, carrier(s)));
		}
		all.values()
			.stream()
			.filter((n) -> nodeId.equals(n.parentId()))
			.sorted(Comparator.comparing(StructureNode::code))
			.forEach((n) -> addNodes(tenant, all, n.id(), depth + 1, from, to, rows));
	}

	private static boolean inside(UUID node, UUID site, Map<UUID, StructureNode> all) {
		for (StructureNode n = all.get(node); n != null; n = (n.parentId() != null) ? all.get(n.parentId()) : null) {
			if (n.id().equals(site)) {
				return true;
			}
		}
		return false;
	}

	/** A month's series as one row: the month is its only bucket. */
	static MonthlyEnergyReport.Carrier carrier(ConsumptionReport.Series series) {
		int hours = 0;
		int missing = 0;
		BigDecimal quantity = null;
		BigDecimal tce = null;
		BigDecimal co2 = null;
		BigDecimal cost = null;
		for (ConsumptionReport.Bucket b : series.buckets()) {
			hours += b.hours();
			missing += b.missingHours();
			quantity = add(quantity, b.quantity());
			tce = add(tce, b.tce());
			co2 = add(co2, b.tonnesCo2());
			cost = add(cost, b.cost());
		}
		return new MonthlyEnergyReport.Carrier(series.kind(), series.unit(), quantity, hours, missing, tce, co2, cost);
	}

	private static @Nullable BigDecimal add(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		if (a == null) {
			return b;
		}
		return (b == null) ? a : a.add(b);
	}

}
