/**
 * Alarm notifications (告警通知): a tenant's channels (a signed webhook, a 企业微信 or 钉钉 group
 * robot, e-mail), each filtered by minimum severity and by event. The alarm events are
 * written to an outbox (one delivery per channel) after the alarm's transaction, and a
 * sender of its own posts them with timeouts, retries failures with back-off and logs
 * every attempt; ingestion never waits for a receiver. The live indicator of open
 * unacknowledged alarms is pushed to the pages as server-sent events.
 */
@NullMarked
package io.kaiwu.alarm.notification;

import org.jspecify.annotations.NullMarked;
