package io.kaiwu.quality.nonconformance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.kaiwu.quality.nonconformance.kernel.ActionKind;
import io.kaiwu.quality.nonconformance.kernel.Discipline;
import io.kaiwu.quality.nonconformance.kernel.Disposition;
import io.kaiwu.quality.nonconformance.kernel.NcrState;
import io.kaiwu.quality.nonconformance.kernel.Severity;
import org.jspecify.annotations.Nullable;

/**
 * A nonconformance report (不合格品报告, NCR) with its disposition, its 8D steps and its CAPA
 * actions.
 *
 * @param id the NCR
 * @param number its number, {@code NCR-2026-0001}, counted per tenant and year
 * @param title what is wrong, in a line
 * @param description the details
 * @param source where it came from
 * @param severity how bad
 * @param state where it stands
 * @param defectId the defect record it was raised from
 * @param inspectionRecordId the rejected inspection it was raised from
 * @param itemId the nonconforming item
 * @param lotNumber its lot
 * @param supplierId the supplier it is attributed to
 * @param quantity how many units are nonconforming
 * @param disposition what is done with them
 * @param dispositionQuantity how many units the disposition covers
 * @param dispositionNote why
 * @param dispositionBy who decided
 * @param dispositionAt when
 * @param closureNote the D8 closing words
 * @param cancelReason why it was cancelled
 * @param createdBy who raised it ({@code system} for an inspection)
 * @param createdAt when
 * @param closedBy who closed or cancelled it
 * @param closedAt when
 * @param updatedAt when it last changed
 * @param steps D1 to D8, in order
 * @param actions its actions, oldest first
 * @param overdue whether a step or an action is past its due date and not done
 */
public record Ncr(UUID id, String number, String title, @Nullable String description, Source source, Severity severity,
		NcrState state, @Nullable UUID defectId, @Nullable UUID inspectionRecordId, @Nullable UUID itemId,
		@Nullable String lotNumber, @Nullable UUID supplierId, @Nullable Integer quantity,
		@Nullable Disposition disposition, @Nullable Integer dispositionQuantity, @Nullable String dispositionNote,
		@Nullable String dispositionBy, @Nullable Instant dispositionAt, @Nullable String closureNote,
		@Nullable String cancelReason, String createdBy, Instant createdAt, @Nullable String closedBy,
		@Nullable Instant closedAt, Instant updatedAt, List<Step> steps, List<Action> actions, boolean overdue) {

	public Ncr {
		steps = List.copyOf(steps);
		actions = List.copyOf(actions);
	}

	/** Where an NCR came from. */
	public enum Source {

		/** a defect record */
		DEFECT,
		/** a rejected inspection */
		INSPECTION,
		/** raised by hand */
		MANUAL

	}

	/**
	 * One 8D step.
	 *
	 * @param discipline D1 … D8
	 * @param owner who is responsible
	 * @param dueDate by when
	 * @param note what was found or decided
	 * @param doneBy who finished it
	 * @param doneAt when
	 * @param overdue past its due date and not done
	 */
	public record Step(Discipline discipline, @Nullable String owner, @Nullable LocalDate dueDate,
			@Nullable String note, @Nullable String doneBy, @Nullable Instant doneAt, boolean overdue) {

		public boolean done() {
			return this.doneAt != null;
		}

	}

	/**
	 * A containment, root-cause, corrective or preventive action.
	 *
	 * @param id the action
	 * @param kind what it is for
	 * @param description what is to be done (or, for a root cause, what was found)
	 * @param owner who is responsible
	 * @param dueDate by when
	 * @param doneBy who carried it out
	 * @param doneAt when
	 * @param verifiedBy who checked that it worked
	 * @param verifiedAt when
	 * @param verificationNote how it was checked
	 * @param overdue past its due date and not done
	 */
	public record Action(UUID id, ActionKind kind, String description, String owner, LocalDate dueDate,
			@Nullable String doneBy, @Nullable Instant doneAt, @Nullable String verifiedBy,
			@Nullable Instant verifiedAt, @Nullable String verificationNote, boolean overdue) {

		public boolean done() {
			return this.doneAt != null;
		}

		public boolean verified() {
			return this.verifiedAt != null;
		}

	}

}
