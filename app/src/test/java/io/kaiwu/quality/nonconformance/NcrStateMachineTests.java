package io.kaiwu.quality.nonconformance;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.kaiwu.quality.nonconformance.kernel.ActionKind;
import io.kaiwu.quality.nonconformance.kernel.Discipline;
import io.kaiwu.quality.nonconformance.kernel.NcrState;
import io.kaiwu.quality.nonconformance.kernel.NcrStateMachine;
import io.kaiwu.quality.nonconformance.kernel.NcrStateMachine.ActionFacts;
import io.kaiwu.quality.nonconformance.kernel.NcrStateMachine.Facts;
import io.kaiwu.quality.nonconformance.kernel.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NcrStateMachineTests {

	private static Facts ncr(NcrState state, Severity severity, boolean dispositioned, Set<Discipline> done,
			ActionFacts... actions) {
		return new Facts(state, severity, dispositioned, done, List.of(actions));
	}

	private static Set<Discipline> upTo(Discipline last) {
		return EnumSet.range(Discipline.D1, last);
	}

	@Test
	void startsTheInvestigationOnlyOnceTheTeamIsNamed() {
		assertThat(
				NcrStateMachine.missingFor(ncr(NcrState.OPEN, Severity.MAJOR, false, Set.of()), NcrState.INVESTIGATING))
			.containsExactly("quality.ncr.needs.step.D1");
		assertThat(NcrStateMachine.missingFor(ncr(NcrState.OPEN, Severity.MAJOR, false, upTo(Discipline.D1)),
				NcrState.INVESTIGATING))
			.isEmpty();
	}

	@Test
	void refusesToSkipFromOpenToCorrecting() {
		assertThat(NcrStateMachine.missingFor(ncr(NcrState.OPEN, Severity.MAJOR, false, upTo(Discipline.D4)),
				NcrState.CORRECTING))
			.containsExactly("quality.ncr.needs.state.INVESTIGATING");
	}

	@Test
	void namesEveryStepStillOpenBeforeCorrecting() {
		assertThat(NcrStateMachine.missingFor(
				ncr(NcrState.INVESTIGATING, Severity.MAJOR, false, EnumSet.of(Discipline.D1, Discipline.D3)),
				NcrState.CORRECTING))
			.containsExactly("quality.ncr.needs.step.D2", "quality.ncr.needs.step.D4");
	}

	@Test
	void closesAMajorNcrOnlyAfterVerificationWithEveryActionVerifiedAndADisposition() {
		ActionFacts verified = new ActionFacts(ActionKind.CORRECTIVE, true, true);
		ActionFacts unverified = new ActionFacts(ActionKind.PREVENTIVE, true, false);
		assertThat(NcrStateMachine.missingFor(ncr(NcrState.OPEN, Severity.MAJOR, true, Set.of()), NcrState.CLOSED))
			.containsExactly("quality.ncr.needs.eight-d");
		assertThat(NcrStateMachine
			.missingFor(ncr(NcrState.CORRECTING, Severity.MAJOR, true, upTo(Discipline.D6), verified), NcrState.CLOSED))
			.containsExactly("quality.ncr.needs.verifying");
		assertThat(NcrStateMachine.missingFor(
				ncr(NcrState.VERIFYING, Severity.MAJOR, false, upTo(Discipline.D6), verified, unverified),
				NcrState.CLOSED))
			.containsExactly("quality.ncr.needs.step.D7", "quality.ncr.needs.actions-verified",
					"quality.ncr.needs.disposition");
		assertThat(NcrStateMachine
			.missingFor(ncr(NcrState.VERIFYING, Severity.MAJOR, true, upTo(Discipline.D7), verified), NcrState.CLOSED))
			.isEmpty();
	}

	@Test
	void closesAMinorNcrWithoutAnEightDOnceDispositioned() {
		assertThat(NcrStateMachine.missingFor(ncr(NcrState.OPEN, Severity.MINOR, false, Set.of()), NcrState.CLOSED))
			.containsExactly("quality.ncr.needs.disposition");
		assertThat(NcrStateMachine.missingFor(ncr(NcrState.OPEN, Severity.MINOR, true, Set.of()), NcrState.CLOSED))
			.isEmpty();
	}

	@Test
	void neverLeavesAFinishedNcrNorGoesBackToOpen() {
		assertThat(NcrStateMachine.missingFor(ncr(NcrState.CLOSED, Severity.MINOR, true, Set.of()), NcrState.CANCELLED))
			.containsExactly("quality.ncr.needs.not-finished");
		assertThat(
				NcrStateMachine.missingFor(ncr(NcrState.INVESTIGATING, Severity.MINOR, true, Set.of()), NcrState.OPEN))
			.containsExactly("quality.ncr.needs.no-way-back");
		assertThat(NcrStateMachine.missingFor(ncr(NcrState.CORRECTING, Severity.MINOR, true, Set.of()),
				NcrState.CANCELLED))
			.containsExactly("quality.ncr.needs.cancellable");
	}

	@Test
	void finishesStepsInOrderAndOnlyWithTheirActions() {
		assertThat(NcrStateMachine.missingToFinish(ncr(NcrState.OPEN, Severity.MAJOR, false, Set.of()), Discipline.D1))
			.isEmpty();
		assertThat(NcrStateMachine
			.missingToFinish(ncr(NcrState.INVESTIGATING, Severity.MAJOR, false, upTo(Discipline.D1)), Discipline.D3))
			.containsExactly("quality.ncr.needs.step.D2", "quality.ncr.needs.action.CONTAINMENT");
		assertThat(NcrStateMachine.missingToFinish(ncr(NcrState.CORRECTING, Severity.MAJOR, false, upTo(Discipline.D5),
				new ActionFacts(ActionKind.CORRECTIVE, false, false)), Discipline.D6))
			.containsExactly("quality.ncr.needs.corrective-done");
		assertThat(NcrStateMachine.missingToFinish(ncr(NcrState.VERIFYING, Severity.MAJOR, false, upTo(Discipline.D7)),
				Discipline.D8))
			.containsExactly("quality.ncr.needs.close-for-d8");
	}

}
