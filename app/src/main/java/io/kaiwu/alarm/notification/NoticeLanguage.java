package io.kaiwu.alarm.notification;

/** The language of a channel's messages: Chinese, English, or both (Chinese first). */
public enum NoticeLanguage {

	ZH, EN, BOTH

}
