package io.kaiwu.connectivity.modbus;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Grouping a register map into read requests. */
class ReadBlockTests {

	@Test
	void contiguousRegistersOfOneUnitAndTableShareARequest() {
		List<ReadBlock> plan = ReadBlock.plan(List.of(map("c", 1, RegisterTable.INPUT_REGISTER, 4, RegisterType.INT16),
				map("a", 1, RegisterTable.INPUT_REGISTER, 0, RegisterType.FLOAT32),
				map("b", 1, RegisterTable.INPUT_REGISTER, 2, RegisterType.UINT32),
				map("gap", 1, RegisterTable.INPUT_REGISTER, 10, RegisterType.INT16),
				map("other unit", 2, RegisterTable.INPUT_REGISTER, 0, RegisterType.FLOAT32),
				map("holding", 1, RegisterTable.HOLDING_REGISTER, 5, RegisterType.INT16),
				map("bit", 1, RegisterTable.DISCRETE_INPUT, 0, RegisterType.BOOL),
				map("bit2", 1, RegisterTable.DISCRETE_INPUT, 1, RegisterType.BOOL)), 1);
		assertThat(plan).extracting(ReadBlockTests::describe)
			.containsExactly("1 DISCRETE_INPUT 0+2 [bit, bit2]", "1 HOLDING_REGISTER 5+1 [holding]",
					"1 INPUT_REGISTER 0+5 [a, b, c]", "1 INPUT_REGISTER 10+1 [gap]",
					"2 INPUT_REGISTER 0+2 [other unit]");
	}

	@Test
	void theDefaultUnitAppliesAndOverlapsJoin() {
		List<ReadBlock> plan = ReadBlock
			.plan(List.of(map("x", null, RegisterTable.HOLDING_REGISTER, 0, RegisterType.INT32),
					map("lowWord", 7, RegisterTable.HOLDING_REGISTER, 1, RegisterType.UINT16)), 7);
		assertThat(plan).extracting(ReadBlockTests::describe).containsExactly("7 HOLDING_REGISTER 0+2 [x, lowWord]");
	}

	@Test
	void aRequestHoldsAtMost125RegistersOr2000Bits() {
		List<RegisterMapping> registers = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			registers.add(map("f" + i, 1, RegisterTable.HOLDING_REGISTER, 2 * i, RegisterType.FLOAT32));
		}
		List<ReadBlock> plan = ReadBlock.plan(registers, 1);
		// 200 registers: 62 floats (124 registers), 62 floats, then 76 registers
		assertThat(plan).extracting(ReadBlock::count).containsExactly(124, 76);
		assertThat(plan).allMatch((b) -> b.count() <= 125);
		List<RegisterMapping> bits = new ArrayList<>();
		for (int i = 0; i < 4500; i++) {
			bits.add(map("b" + i, 1, RegisterTable.COIL, i, RegisterType.BOOL));
		}
		assertThat(ReadBlock.plan(bits, 1)).extracting(ReadBlock::count).containsExactly(2000, 2000, 500);
	}

	private static RegisterMapping map(String point, Integer unit, RegisterTable table, int address,
			RegisterType type) {
		return new RegisterMapping("d", point, unit, table, address, type, RegisterOrder.ABCD, 1, 0);
	}

	private static String describe(ReadBlock b) {
		return b.unitId() + " " + b.table() + " " + b.start() + "+" + b.count() + " "
				+ b.mappings().stream().map(RegisterMapping::point).toList();
	}

}
