package io.kaiwu.tenancy.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.tenancy.security.IssuingTokens;
import io.kaiwu.tenancy.security.SessionPrincipals;
import io.kaiwu.tenancy.user.ManagingUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: password and named API tokens. */
@Controller
class AccountPageController {

	private final ManagingUsers users;

	private final IssuingTokens tokens;

	private final SessionPrincipals sessions;

	AccountPageController(ManagingUsers users, IssuingTokens tokens, SessionPrincipals sessions) {
		this.users = users;
		this.tokens = tokens;
		this.sessions = sessions;
	}

	record PasswordForm(@NotBlank String currentPassword, @NotBlank @Size(max = 200) String newPassword,
			@NotBlank String repeatPassword) {
	}

	record TokenForm(@NotBlank @Size(max = 100) String name, @Min(1) @Max(365) int days) {
	}

	@GetMapping("/account/password")
	String password(Model model, HttpServletRequest request) {
		model.addAttribute("mustChange", this.sessions.mustChangePassword(request));
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute PasswordForm form, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (!form.newPassword().equals(form.repeatPassword())) {
			throw new KaiwuProblem.InvalidInput("repeatPassword", "problem.password.repeat");
		}
		this.users.changePassword(CurrentPrincipal.get().userId(), form.currentPassword(), form.newPassword());
		this.sessions.passwordChanged(request);
		redirect.addFlashAttribute("notice", "✔");
		return "redirect:/?passwordChanged";
	}

	@GetMapping("/account/tokens")
	String tokens(Model model) {
		model.addAttribute("tokens", this.tokens.named(CurrentPrincipal.get()));
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String createToken(@Valid @ModelAttribute TokenForm form, RedirectAttributes redirect) {
		IssuingTokens.Issued issued = this.tokens.createNamed(CurrentPrincipal.get(), form.name().trim(),
				Instant.now().plus(Duration.ofDays(form.days())));
		redirect.addFlashAttribute("newToken", issued.secret());
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id) {
		this.tokens.revoke(CurrentPrincipal.get(), id);
		return "redirect:/account/tokens";
	}

}
