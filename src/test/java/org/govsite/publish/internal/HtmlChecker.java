package org.govsite.publish.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker, run in-process on a page (no network): its errors, if any. */
final class HtmlChecker {

	private HtmlChecker() {
	}

	static List<String> errors(String html) {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {

			@Override
			public void warning(SAXParseException exception) {
			}

			@Override
			public void error(SAXParseException exception) {
				errors.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
			}

			@Override
			public void fatalError(SAXParseException exception) {
				error(exception);
			}
		};
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
			validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
			validator.setUpValidatorAndParsers(handler, true, false);
			InputSource source = new InputSource(new StringReader(html));
			source.setEncoding("UTF-8");
			validator.checkHtmlInputSource(source);
		}
		catch (Exception e) {
			throw new IllegalStateException("The Nu HTML Checker could not run", e);
		}
		return errors;
	}
}
