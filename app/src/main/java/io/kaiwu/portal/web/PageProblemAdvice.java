package io.kaiwu.portal.web;

import java.util.stream.Collectors;

import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form that breaks a rule returns to the page it came from, which shows the reason at
 * the top; nothing is written. (REST endpoints answer problem details instead.)
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemAdvice {

	private final ProblemDetails problems;

	PageProblemAdvice(ProblemDetails problems) {
		this.problems = problems;
	}

	@ExceptionHandler(KaiwuProblem.class)
	String problem(KaiwuProblem problem, HttpServletRequest request, RedirectAttributes redirect) {
		String message;
		if (problem instanceof KaiwuProblem.InvalidInput invalid) {
			message = invalid.errors()
				.stream()
				.map((e) -> this.problems.message(e.messageKey(), e.args()))
				.collect(Collectors.joining(" "));
		}
		else {
			message = this.problems.message(problem.messageKey(), problem.args());
		}
		redirect.addFlashAttribute("error", message);
		return back(request);
	}

	@ExceptionHandler(BindException.class)
	String invalidForm(BindException ex, HttpServletRequest request, RedirectAttributes redirect) {
		String fields = ex.getFieldErrors()
			.stream()
			.map((f) -> f.getField())
			.distinct()
			.collect(Collectors.joining(", "));
		redirect.addFlashAttribute("error", this.problems.message("problem.form.invalid", fields));
		return back(request);
	}

	private static String back(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
		if (referer != null && referer.startsWith(base)) {
			return "redirect:" + referer.substring(base.length());
		}
		return "redirect:/";
	}

}
