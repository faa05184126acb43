package org.govsite.backup.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The restore's refusals in Chinese, read straight from the module's bundle: the files half runs
 * before the application context (and its MessageSource) exists.
 */
final class RestoreText {

	private RestoreText() {
	}

	static String of(BackupRefused refused) {
		return text(refused.code(), Locale.SIMPLIFIED_CHINESE, refused.arguments());
	}

	static String text(String code, Locale locale, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle("messages/backup", locale);
		return new MessageFormat(bundle.getString(code), locale).format(arguments);
	}
}
