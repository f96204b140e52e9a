package io.kaiwu.ehs.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.kaiwu.shared.KaiwuProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hidden-danger loop on one finding: open → rectified → verified, a rejection back to
 * open, the transitions that do not fit the state, the verifier who may not be the
 * rectifier nor the person responsible, and the overdue rule around the deadline day.
 */
class FindingLoopTests {

	static final LocalDate FOUND = LocalDate.of(2026, 11, 2);

	static final LocalDate DEADLINE = LocalDate.of(2026, 11, 9);

	static final Instant AT = Instant.parse("2026-11-05T02:00:00Z");

	static Finding open() {
		return new Finding(UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), UUID.randomUUID(), null,
				Severity.GENERAL, "配电箱门未关闭，箱内积尘", "注塑车间 2 号配电箱", FOUND, "inspector", "张班长", DEADLINE, FindingState.OPEN,
				null, null, null, null, null, null, AT);
	}

	@Test
	void anOpenFindingIsRectifiedThenVerifiedBySomeoneElseAndClosed() {
		Finding rectified = open().rectified("zhang", "清扫积尘，门锁修复并加贴警示标识", AT);
		assertThat(rectified.state()).isEqualTo(FindingState.RECTIFIED);
		assertThat(rectified.measure()).isEqualTo("清扫积尘，门锁修复并加贴警示标识");
		assertThat(rectified.rectifiedBy()).isEqualTo("zhang");

		Finding verified = rectified.verified("safety-li", "现场确认已整改", AT.plusSeconds(3600));
		assertThat(verified.state()).isEqualTo(FindingState.VERIFIED);
		assertThat(verified.verifiedBy()).isEqualTo("safety-li");
		assertThat(verified.measure()).isEqualTo(rectified.measure());
		assertThat(verified.rectifiedBy()).isEqualTo("zhang");
	}

	@Test
	void theRectifierAndThePersonResponsibleMayNotVerifyNorReject() {
		Finding rectified = open().rectified("zhang", "已修复", AT);
		assertThatThrownBy(() -> rectified.verified("zhang", null, AT)).isInstanceOf(KaiwuProblem.Forbidden.class)
			.extracting((e) -> ((KaiwuProblem) e).messageKey())
			.isEqualTo("ehs.inspection.problem.verifier-is-rectifier");
		assertThatThrownBy(() -> rectified.rejected("zhang")).isInstanceOf(KaiwuProblem.Forbidden.class);
		// the person responsible, named on the finding, is not the one to verify either
		assertThatThrownBy(() -> rectified.verified("张班长", null, AT)).isInstanceOf(KaiwuProblem.Forbidden.class)
			.extracting((e) -> ((KaiwuProblem) e).messageKey())
			.isEqualTo("ehs.inspection.problem.verifier-is-responsible");
	}

	@Test
	void aRejectedRectificationIsOpenAgainWithoutItsMeasureAndCanBeRectifiedAgain() {
		Finding rejected = open().rectified("zhang", "贴了警示标识", AT).rejected("safety-li");
		assertThat(rejected.state()).isEqualTo(FindingState.OPEN);
		assertThat(rejected.measure()).isNull();
		assertThat(rejected.rectifiedBy()).isNull();
		Finding again = rejected.rectified("zhang", "更换门锁并清扫", AT.plusSeconds(60));
		assertThat(again.verified("safety-li", null, AT.plusSeconds(120)).state()).isEqualTo(FindingState.VERIFIED);
	}

	@Test
	void transitionsThatDoNotFitTheStateAreConflictsThatSayWhatToDo() {
		Finding open = open();
		assertThatThrownBy(() -> open.verified("safety-li", null, AT)).isInstanceOf(KaiwuProblem.Conflict.class)
			.extracting((e) -> ((KaiwuProblem) e).messageKey())
			.isEqualTo("ehs.inspection.problem.not-rectified");
		assertThatThrownBy(() -> open.rejected("safety-li")).isInstanceOf(KaiwuProblem.Conflict.class);
		Finding rectified = open.rectified("zhang", "已修复", AT);
		assertThatThrownBy(() -> rectified.rectified("zhang", "再修一次", AT)).isInstanceOf(KaiwuProblem.Conflict.class)
			.extracting((e) -> ((KaiwuProblem) e).messageKey())
			.isEqualTo("ehs.inspection.problem.already-rectified");
		Finding closed = rectified.verified("safety-li", null, AT);
		for (Runnable move : new Runnable[] { () -> closed.rectified("zhang", "x", AT),
				() -> closed.verified("wang", null, AT), () -> closed.rejected("wang") }) {
			assertThatThrownBy(move::run).isInstanceOf(KaiwuProblem.Conflict.class)
				.extracting((e) -> ((KaiwuProblem) e).messageKey())
				.isEqualTo("ehs.inspection.problem.closed");
		}
	}

	@Test
	void overdueOnlyAfterTheDeadlineDayAndUntilVerified() {
		Finding open = open();
		assertThat(open.overdue(DEADLINE.minusDays(1))).isFalse();
		assertThat(open.overdue(DEADLINE)).as("the deadline day is still in time").isFalse();
		assertThat(open.overdue(DEADLINE.plusDays(1))).isTrue();
		Finding rectified = open.rectified("zhang", "已修复", AT);
		assertThat(rectified.overdue(DEADLINE.plusDays(1))).as("rectified but not verified").isTrue();
		assertThat(rectified.verified("safety-li", null, AT).overdue(DEADLINE.plusDays(30))).isFalse();
	}

}
