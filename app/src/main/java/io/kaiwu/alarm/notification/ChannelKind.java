package io.kaiwu.alarm.notification;

/** Where a channel sends its notices. */
public enum ChannelKind {

	/**
	 * An HTTP endpoint of the customer's: the notice as JSON, signed with HMAC-SHA256.
	 */
	WEBHOOK,
	/** A 企业微信 (WeCom) group robot: a markdown message. */
	WECOM,
	/** A 钉钉 (DingTalk) custom robot: a markdown message, optionally signed (加签). */
	DINGTALK,
	/** E-mail to a list of recipients over the SMTP server of {@code spring.mail.*}. */
	EMAIL;

	/** Whether the channel posts to a URL (all but e-mail). */
	public boolean posts() {
		return this != EMAIL;
	}

}
