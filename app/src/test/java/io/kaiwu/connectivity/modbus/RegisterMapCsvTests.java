package io.kaiwu.connectivity.modbus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Register maps as CSV lines, with an error per bad cell and line. */
class RegisterMapCsvTests {

	@Test
	void linesAreReadWithDefaultsAndWrittenBack() {
		RegisterMapCsv.Parsed parsed = RegisterMapCsv.parse("""
				deviceKey,point,unitId,table,address,dataType,order,scale,offset
				# the press
				press-01,pressure,,INPUT_REGISTER,0,float32

				press-01,temperature,2,holding_register,10,int16,badc,0.1,-40
				""");
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lineNumbers()).containsExactly(3, 5);
		assertThat(RegisterMapCsv.lines(parsed.mappings())).containsExactly(
				"press-01,pressure,,input_register,0,float32,ABCD,1,0",
				"press-01,temperature,2,holding_register,10,int16,BADC,0.1,-40");
	}

	@Test
	void everyBadCellIsNamedWithItsLine() {
		RegisterMapCsv.Parsed parsed = RegisterMapCsv.parse("""
				press-01,pressure,1,register,0,float32
				press-01,pressure,x,input_register,-,float64,ABDC
				press-01,pressure
				press-01,pressure,1,coil,0,bool""");
		assertThat(parsed.errors()).extracting((e) -> e.line() + " " + e.column() + " " + e.value())
			.containsExactly("1 table register", "2 unitId x", "2 address -", "2 dataType float64", "2 order ABDC",
					"3 columns 2");
		assertThat(parsed.lineNumbers()).containsExactly(4);
	}

}
