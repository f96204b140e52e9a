/**
 * Notification channels over REST and as pages, their delivery log, and the live alarm
 * indicator.
 */
@NullMarked
package io.kaiwu.alarm.notification.web;

import org.jspecify.annotations.NullMarked;
