package io.kaiwu.energy.output;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.PartsCounted;
import io.kaiwu.equipment.ReportedOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the parts equipment counted or production reported, each once: a count by its
 * {@code countId}, a report by an id made from what it says, so an event delivered again
 * after a failure is not added twice.
 */
@Component
class RecordingOutput {

	private static final Logger log = LoggerFactory.getLogger(RecordingOutput.class);

	private final OutputRecords records;

	private final EquipmentCatalog catalog;

	RecordingOutput(OutputRecords records, EquipmentCatalog catalog) {
		this.records = records;
		this.catalog = catalog;
	}

	@ApplicationModuleListener
	void counted(PartsCounted counted) {
		this.records.insert(counted.tenant(), counted.countId(), counted.equipmentId(),
				new PartsRecord(counted.from(), counted.to(), counted.goodCount(), counted.rejectCount(), false));
	}

	@ApplicationModuleListener
	void reported(ReportedOutput output) {
		if (this.catalog.equipment(output.tenant(), output.equipmentId()).isEmpty()) {
			log.warn("Reported output for machine {} not kept: tenant {} has no such machine", output.equipmentId(),
					output.tenant());
			return;
		}
		UUID id = UUID.nameUUIDFromBytes(("reported/" + output.tenant().value() + "/" + output.equipmentId() + "/"
				+ output.from() + "/" + output.to() + "/" + output.goodCount() + "/" + output.rejectCount())
			.getBytes(StandardCharsets.UTF_8));
		this.records.insert(output.tenant(), id, output.equipmentId(),
				new PartsRecord(output.from(), output.to(), output.goodCount(), output.rejectCount(), true));
	}

}
