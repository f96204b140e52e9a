package io.kaiwu.production.mrp.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gross-to-net netting of one item, one day at a time: projected on hand is on hand plus
 * scheduled receipts less gross requirements; whenever it would fall below the safety
 * stock, the shortfall is the net requirement, lot sizing turns it into planned orders
 * arriving that day, and each is released the lead time earlier on the working calendar.
 * Then every planned order is pegged to the demands it covers, first come first served
 * (the safety stock first, then the demands by day).
 */
final class Netting {

	private Netting() {
	}

	/**
	 * A planned lot before it gets its run-wide number.
	 *
	 * @param quantity the lot
	 * @param releaseDate when to release it
	 * @param receiptDate when it arrives
	 * @param pegs what it covers
	 */
	record Lot(BigDecimal quantity, LocalDate releaseDate, LocalDate receiptDate, List<Peg> pegs) {
	}

	/**
	 * The netted item.
	 *
	 * @param buckets its time-phased record
	 * @param lots its planned lots, by receipt day
	 */
	record Netted(List<Bucket> buckets, List<Lot> lots) {
	}

	static Netted net(ItemPlanning plan, BigDecimal onHand, List<Demand> demands, List<ScheduledReceipt> receipts,
			LocalDate today, WorkingCalendar calendar) {
		TreeMap<LocalDate, BigDecimal> gross = new TreeMap<>();
		demands.forEach((d) -> gross.merge(d.date(), d.quantity(), BigDecimal::add));
		TreeMap<LocalDate, BigDecimal> scheduled = new TreeMap<>();
		receipts.forEach((r) -> scheduled.merge(r.date(), r.quantity(), BigDecimal::add));
		TreeSet<LocalDate> days = new TreeSet<>();
		days.add(today);
		days.addAll(gross.keySet());
		days.addAll(scheduled.keySet());

		List<Lot> lots = new ArrayList<>();
		TreeMap<LocalDate, BigDecimal> net = new TreeMap<>();
		TreeMap<LocalDate, BigDecimal> plannedReceipts = new TreeMap<>();
		BigDecimal projected = onHand;
		for (LocalDate day : days) {
			projected = projected.add(scheduled.getOrDefault(day, BigDecimal.ZERO))
				.subtract(gross.getOrDefault(day, BigDecimal.ZERO));
			if (projected.compareTo(plan.safetyStock()) < 0) {
				BigDecimal shortfall = plan.safetyStock().subtract(projected);
				net.put(day, shortfall);
				LocalDate release = calendar.offset(day, plan.leadTimeDays());
				for (BigDecimal lot : plan.lotSizing().lots(shortfall)) {
					lots.add(new Lot(lot, release, day, List.of()));
					plannedReceipts.merge(day, lot, BigDecimal::add);
					projected = projected.add(lot);
				}
			}
		}
		List<Lot> pegged = peg(plan, onHand, demands, receipts, lots, days.first());
		return new Netted(buckets(onHand, gross, scheduled, net, plannedReceipts, pegged, days), pegged);
	}

	/** The record per day, release days included. */
	private static List<Bucket> buckets(BigDecimal onHand, Map<LocalDate, BigDecimal> gross,
			Map<LocalDate, BigDecimal> scheduled, Map<LocalDate, BigDecimal> net,
			Map<LocalDate, BigDecimal> plannedReceipts, List<Lot> lots, TreeSet<LocalDate> days) {
		TreeMap<LocalDate, BigDecimal> releases = new TreeMap<>();
		lots.forEach((l) -> releases.merge(l.releaseDate(), l.quantity(), BigDecimal::add));
		TreeSet<LocalDate> all = new TreeSet<>(days);
		all.addAll(releases.keySet());
		List<Bucket> buckets = new ArrayList<>(all.size());
		BigDecimal projected = onHand;
		for (LocalDate day : all) {
			BigDecimal in = scheduled.getOrDefault(day, BigDecimal.ZERO);
			BigDecimal out = gross.getOrDefault(day, BigDecimal.ZERO);
			BigDecimal planned = plannedReceipts.getOrDefault(day, BigDecimal.ZERO);
			projected = projected.add(in).subtract(out).add(planned);
			buckets.add(new Bucket(day, clean(out), clean(in), clean(projected),
					clean(net.getOrDefault(day, BigDecimal.ZERO)), clean(planned),
					clean(releases.getOrDefault(day, BigDecimal.ZERO))));
		}
		return buckets;
	}

	/**
	 * Pegs the lots: supplies (on hand, scheduled receipts, lots) are handed out in the
	 * order they arrive to the safety stock and then the demands in the order they are
	 * needed.
	 */
	private static List<Lot> peg(ItemPlanning plan, BigDecimal onHand, List<Demand> demands,
			List<ScheduledReceipt> receipts, List<Lot> lots, LocalDate first) {
		List<Supply> supplies = new ArrayList<>();
		supplies.add(new Supply(first.minusDays(1), onHand, -1));
		receipts.forEach((r) -> supplies.add(new Supply(r.date(), r.quantity(), -1)));
		for (int i = 0; i < lots.size(); i++) {
			supplies.add(new Supply(lots.get(i).receiptDate(), lots.get(i).quantity(), i));
		}
		supplies.sort(Comparator.comparing(Supply::date));
		List<Demand> claims = new ArrayList<>();
		if (plan.safetyStock().signum() > 0) {
			claims.add(new Demand(plan.itemId(), first, plan.safetyStock(), DemandSource.SAFETY_STOCK));
		}
		demands.stream().sorted(Comparator.comparing(Demand::date)).forEach(claims::add);
		List<List<Peg>> pegs = new ArrayList<>();
		lots.forEach((l) -> pegs.add(new ArrayList<>()));
		int s = 0;
		BigDecimal left = supplies.get(0).quantity();
		for (Demand claim : claims) {
			BigDecimal open = claim.quantity();
			while (open.signum() > 0 && s < supplies.size()) {
				if (left.signum() <= 0) {
					s++;
					left = (s < supplies.size()) ? supplies.get(s).quantity() : BigDecimal.ZERO;
					continue;
				}
				BigDecimal taken = open.min(left);
				int lot = supplies.get(s).lot();
				if (lot >= 0) {
					pegs.get(lot).add(new Peg(claim.source(), claim.date(), clean(taken)));
				}
				open = open.subtract(taken);
				left = left.subtract(taken);
			}
		}
		List<Lot> pegged = new ArrayList<>(lots.size());
		for (int i = 0; i < lots.size(); i++) {
			Lot l = lots.get(i);
			pegged.add(new Lot(clean(l.quantity()), l.releaseDate(), l.receiptDate(), pegs.get(i)));
		}
		return pegged;
	}

	/** A supply to peg from; {@code lot} is the index of a planned lot, -1 otherwise. */
	private record Supply(LocalDate date, BigDecimal quantity, int lot) {
	}

	static BigDecimal clean(BigDecimal value) {
		if (value.signum() == 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
