package io.kaiwu.connectivity.modbus;

import org.jspecify.annotations.Nullable;

/**
 * One line of a register map: where a device's property (or, in the command map, a
 * service parameter {@code service.parameter}) lives on the Modbus server.
 *
 * @param deviceKey the device, which must belong to the connection's tenant.
 * @param point the property identifier; in the command map {@code service.parameter}.
 * @param unitId the unit id; {@literal null} for the connection's default.
 * @param table the data table.
 * @param address the 0-based protocol address (holding register 40001 is address 0).
 * @param type how the bits are read; {@link RegisterType#BOOL} exactly for coils and
 * discrete inputs.
 * @param order byte and word order.
 * @param scale value = raw × scale + offset.
 * @param offset value = raw × scale + offset.
 */
public record RegisterMapping(String deviceKey, String point, @Nullable Integer unitId, RegisterTable table,
		int address, RegisterType type, RegisterOrder order, double scale, double offset) {

	/** The unit id to use. */
	public int unit(int connectionDefault) {
		return (this.unitId != null) ? this.unitId : connectionDefault;
	}

	/** The last address it takes. */
	public int lastAddress() {
		return this.address + this.type.span() - 1;
	}

}
