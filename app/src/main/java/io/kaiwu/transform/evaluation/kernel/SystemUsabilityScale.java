package io.kaiwu.transform.evaluation.kernel;

import java.util.List;

/**
 * The System Usability Scale (SUS, Brooke 1996), the questionnaire behind 系统易用性: ten
 * statements answered from 1 (strongly disagree) to 5 (strongly agree), odd ones worded
 * positively, even ones negatively. An odd statement contributes its answer − 1, an even
 * one 5 − its answer; the sum times 2.5 gives a score from 0 to 100.
 */
public final class SystemUsabilityScale {

	/** The number of statements. */
	public static final int STATEMENTS = 10;

	private SystemUsabilityScale() {
	}

	/**
	 * One respondent's score.
	 * @param answers the ten answers in the questionnaire's order, each 1 to 5.
	 * @throws IllegalArgumentException when there are not ten answers or one is out of
	 * 1–5
	 */
	public static double score(List<Integer> answers) {
		if (answers.size() != STATEMENTS) {
			throw new IllegalArgumentException("SUS takes 10 answers, got " + answers.size());
		}
		int sum = 0;
		for (int i = 0; i < STATEMENTS; i++) {
			int answer = answers.get(i);
			if (answer < 1 || answer > 5) {
				throw new IllegalArgumentException("Answer " + (i + 1) + " is " + answer + ", not 1 to 5");
			}
			// statements 1, 3, 5, 7, 9 sit at even indexes
			sum += (i % 2 == 0) ? answer - 1 : 5 - answer;
		}
		return sum * 2.5;
	}

}
