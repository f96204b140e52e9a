package io.kaiwu.ehs.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.kaiwu.shared.KaiwuProblem;
import org.jspecify.annotations.Nullable;

/**
 * A hidden danger (隐患) with its rectification (整改) and verification (验收). It is found by
 * an inspection item or a drill, someone is responsible for removing it by a deadline,
 * the measure taken is recorded, and someone other than the one who recorded it verifies
 * it, which closes it, or rejects it back to open with the reason.
 *
 * @param siteId the site it is on.
 * @param hazardSourceId the hazardous source it concerns, when one.
 * @param inspectionId the inspection that found it, when one.
 * @param itemId the checklist item it was found under, when one.
 * @param drillId the drill that found it, when one.
 * @param location where it is, in words; {@literal null} when the source says it.
 * @param responsible who must rectify it (整改责任人).
 * @param deadline the last day to rectify it (整改期限).
 * @param measure the measure taken, once rectified.
 * @param rectifiedBy the user who recorded the measure.
 */
public record Finding(UUID id, UUID siteId, @Nullable UUID hazardSourceId, @Nullable UUID inspectionId,
		@Nullable UUID itemId, @Nullable UUID drillId, Severity severity, String description, @Nullable String location,
		LocalDate foundOn, String foundBy, String responsible, LocalDate deadline, FindingState state,
		@Nullable String measure, @Nullable String rectifiedBy, @Nullable Instant rectifiedAt,
		@Nullable String verifiedBy, @Nullable Instant verifiedAt, @Nullable String verificationNote,
		Instant createdAt) {

	/**
	 * Overdue on {@code today}: the deadline has passed and it is not verified. The
	 * deadline day itself is still in time; a rectified finding waiting for verification
	 * after its deadline is overdue too.
	 */
	public boolean overdue(LocalDate today) {
		return this.state != FindingState.VERIFIED && today.isAfter(this.deadline);
	}

	/** The measure is recorded by {@code by}; only an open finding can be rectified. */
	public Finding rectified(String by, String measure, Instant at) {
		if (this.state == FindingState.RECTIFIED) {
			throw new KaiwuProblem.Conflict("ehs.inspection.problem.already-rectified", this.rectifiedBy);
		}
		if (this.state == FindingState.VERIFIED) {
			throw new KaiwuProblem.Conflict("ehs.inspection.problem.closed", this.verifiedBy);
		}
		return new Finding(this.id, this.siteId, this.hazardSourceId, this.inspectionId, this.itemId, this.drillId,
				this.severity, this.description, this.location, this.foundOn, this.foundBy, this.responsible,
				this.deadline, FindingState.RECTIFIED, measure, by, at, null, null, null, this.createdAt);
	}

	/**
	 * Verified and closed by {@code by}, who must not be the one who recorded the measure
	 * nor the one responsible for it.
	 */
	public Finding verified(String by, @Nullable String note, Instant at) {
		checkReviewable(by);
		return new Finding(this.id, this.siteId, this.hazardSourceId, this.inspectionId, this.itemId, this.drillId,
				this.severity, this.description, this.location, this.foundOn, this.foundBy, this.responsible,
				this.deadline, FindingState.VERIFIED, this.measure, this.rectifiedBy, this.rectifiedAt, by, at, note,
				this.createdAt);
	}

	/**
	 * The rectification is not accepted: back to open, the measure cleared (the steps
	 * keep it with the reason). The same people as for verifying may not reject.
	 */
	public Finding rejected(String by) {
		checkReviewable(by);
		return new Finding(this.id, this.siteId, this.hazardSourceId, this.inspectionId, this.itemId, this.drillId,
				this.severity, this.description, this.location, this.foundOn, this.foundBy, this.responsible,
				this.deadline, FindingState.OPEN, null, null, null, null, null, null, this.createdAt);
	}

	private void checkReviewable(String by) {
		if (this.state == FindingState.OPEN) {
			throw new KaiwuProblem.Conflict("ehs.inspection.problem.not-rectified");
		}
		if (this.state == FindingState.VERIFIED) {
			throw new KaiwuProblem.Conflict("ehs.inspection.problem.closed", this.verifiedBy);
		}
		if (by.equals(this.rectifiedBy)) {
			throw new KaiwuProblem.Forbidden("ehs.inspection.problem.verifier-is-rectifier", by);
		}
		if (by.equals(this.responsible)) {
			throw new KaiwuProblem.Forbidden("ehs.inspection.problem.verifier-is-responsible", by);
		}
	}

}
