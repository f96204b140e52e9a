package io.kaiwu.alarm.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a notice as an e-mail (plain text and HTML alternatives) over the SMTP server of
 * {@code spring.mail.*}. Without {@code spring.mail.host} there is no mail sender, and
 * the attempt fails with that reason.
 */
@Component
class MailSending {

	private final ObjectProvider<JavaMailSender> mail;

	private final NoticeText text;

	private final String from;

	MailSending(ObjectProvider<JavaMailSender> mail, NoticeText text, NotificationSettings settings) {
		this.mail = mail;
		this.text = text;
		this.from = settings.mailFrom();
	}

	Outcome send(Channel channel, Notice notice) {
		long start = System.nanoTime();
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return Outcome.failed("no SMTP server configured (spring.mail.host)", Duration.ZERO);
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			mail.setFrom(this.from);
			mail.setTo(channel.recipients().toArray(String[]::new));
			mail.setSubject(this.text.title(notice, channel.language()));
			mail.setText(this.text.plain(notice, channel.language()), this.text.html(notice, channel.language()));
			sender.send(message);
			return new Outcome(true, null, null, Duration.ofNanos(System.nanoTime() - start));
		}
		catch (MessagingException | MailException ex) {
			String reason = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			return Outcome.failed((reason.length() > 900) ? reason.substring(0, 900) : reason,
					Duration.ofNanos(System.nanoTime() - start));
		}
	}

}
