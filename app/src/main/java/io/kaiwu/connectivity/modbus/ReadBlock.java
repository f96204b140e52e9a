package io.kaiwu.connectivity.modbus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One read request: a contiguous range of one table of one unit, and the mappings it
 * serves. {@link #plan} groups a register map into as few of these as the protocol allows
 * (125 registers or 2000 bits each); it never reads an unmapped gap, which a device may
 * answer with an exception.
 *
 * @param unitId the unit.
 * @param table the table.
 * @param start the first address.
 * @param count registers or bits.
 * @param mappings what it serves.
 */
record ReadBlock(int unitId, RegisterTable table, int start, int count, List<RegisterMapping> mappings) {

	ReadBlock {
		mappings = List.copyOf(mappings);
	}

	/** The read requests for a register map, by unit, table and address. */
	static List<ReadBlock> plan(List<RegisterMapping> map, int defaultUnit) {
		Map<String, List<RegisterMapping>> groups = new LinkedHashMap<>();
		map.stream()
			.sorted(Comparator.<RegisterMapping>comparingInt((m) -> m.unit(defaultUnit))
				.thenComparing(RegisterMapping::table)
				.thenComparingInt(RegisterMapping::address))
			.forEach((m) -> groups.computeIfAbsent(m.unit(defaultUnit) + "/" + m.table(), (k) -> new ArrayList<>())
				.add(m));
		List<ReadBlock> blocks = new ArrayList<>();
		for (List<RegisterMapping> group : groups.values()) {
			RegisterTable table = group.get(0).table();
			int unit = group.get(0).unit(defaultUnit);
			List<RegisterMapping> current = new ArrayList<>();
			int start = -1;
			int end = -1; // exclusive
			for (RegisterMapping m : group) {
				int mEnd = m.lastAddress() + 1;
				boolean joins = start >= 0 && m.address() <= end && Math.max(end, mEnd) - start <= table.maxPerRead();
				if (!joins && start >= 0) {
					blocks.add(new ReadBlock(unit, table, start, end - start, current));
					current = new ArrayList<>();
					start = -1;
				}
				if (start < 0) {
					start = m.address();
					end = mEnd;
				}
				else {
					end = Math.max(end, mEnd);
				}
				current.add(m);
			}
			blocks.add(new ReadBlock(unit, table, start, end - start, current));
		}
		return blocks;
	}

}
