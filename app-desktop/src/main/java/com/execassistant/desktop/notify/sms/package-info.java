/**
 * The SMS notification channel: a short, link-free text through Amazon SNS, used as the fallback
 * when Slack cannot be reached. {@link com.execassistant.desktop.notify.sms.SnsSmsNotifier} is the
 * {@link com.execassistant.core.notify.Notifier}; {@link
 * com.execassistant.desktop.notify.sms.SmsSettings} holds the number and the AWS settings.
 */
package com.execassistant.desktop.notify.sms;
