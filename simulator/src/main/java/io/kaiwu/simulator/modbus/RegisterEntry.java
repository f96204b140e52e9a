package io.kaiwu.simulator.modbus;

import java.util.Locale;

/**
 * One line of a Kaiwu Modbus register map, as the simulator lays a device out; its
 * {@link #csv()} is the line format Kaiwu's register-map editor and REST API accept.
 *
 * @param deviceKey the device.
 * @param property the property identifier, or {@code service.parameter} for a command
 * register.
 * @param unitId the device's unit id.
 * @param table the data table.
 * @param address the 0-based protocol address.
 * @param dataType {@code int16}, {@code uint16}, {@code int32}, {@code uint32},
 * {@code float32} or {@code bool}.
 * @param order {@code ABCD}, {@code CDAB}, {@code BADC} or {@code DCBA}.
 * @param scale raw value times scale ...
 * @param offset ... plus offset is the value.
 */
public record RegisterEntry(String deviceKey, String property, int unitId, ModbusTable table, int address,
		String dataType, String order, double scale, double offset) {

	/**
	 * {@code deviceKey,property,unitId,table,address,dataType,order,scale,offset}, the
	 * table in lower case, for example
	 * {@code cnc-01,spindleSpeed,1,input_register,0,float32,ABCD,1,0}.
	 */
	public String csv() {
		return String.join(",", this.deviceKey, this.property, Integer.toString(this.unitId),
				this.table.name().toLowerCase(Locale.ROOT), Integer.toString(this.address), this.dataType, this.order,
				number(this.scale), number(this.offset));
	}

	private static String number(double d) {
		return (d == Math.rint(d) && Math.abs(d) < 1e15) ? Long.toString((long) d) : Double.toString(d);
	}

}
