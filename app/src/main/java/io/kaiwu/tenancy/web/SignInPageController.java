package io.kaiwu.tenancy.web;

import io.kaiwu.shared.CurrentPrincipal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; signing in itself is Spring Security's form login. */
@Controller
class SignInPageController {

	@GetMapping("/login")
	String login() {
		return CurrentPrincipal.find().isPresent() ? "redirect:/" : "login";
	}

}
