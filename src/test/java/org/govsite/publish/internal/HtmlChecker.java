package org.govsite.publish.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker, run in-process on a page (no network): its errors, if any. The checker is
 * written against Jetty 11's HTTP client, while Spring Boot puts Jetty 12 on the test classpath; so
 * it runs in a class loader of its own that sees the Jetty 11 jars Maven copies into
 * {@code target/nu-validator-jetty} (see the pom), and nothing else is disturbed.
 */
public final class HtmlChecker {

	private static final String VALIDATOR = "nu.validator.validation.SimpleDocumentValidator";

	private static final ClassLoader ISOLATED = isolated();

	private HtmlChecker() {
	}

	public static List<String> errors(String html) {
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
			Class<?> type = Class.forName(VALIDATOR, true, ISOLATED);
			Object validator = type.getConstructor(boolean.class, boolean.class, boolean.class).newInstance(true, false, false);
			type.getMethod("setUpMainSchema", String.class, ErrorHandler.class)
				.invoke(validator, "http://s.validator.nu/html5-all.rnc", handler);
			type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
				.invoke(validator, handler, true, false);
			InputSource source = new InputSource(new StringReader(html));
			source.setEncoding("UTF-8");
			type.getMethod("checkHtmlInputSource", InputSource.class).invoke(validator, source);
		}
		catch (InvocationTargetException e) {
			throw new IllegalStateException("The Nu HTML Checker could not run", e.getCause());
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("The Nu HTML Checker could not run", e);
		}
		return errors;
	}

	/** The checker's jar and Jetty 11, first; everything else from the test classpath. */
	private static ClassLoader isolated() {
		Path jetty = Path.of("target", "nu-validator-jetty");
		if (!Files.isDirectory(jetty)) {
			throw new IllegalStateException(jetty.toAbsolutePath() + " is missing: run the tests through Maven (./mvnw test)");
		}
		List<URL> urls = new ArrayList<>();
		try (Stream<Path> jars = Files.list(jetty)) {
			for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).toList()) {
				urls.add(jar.toUri().toURL());
			}
			URL validator = HtmlChecker.class.getClassLoader().getResource(VALIDATOR.replace('.', '/') + ".class");
			String location = String.valueOf(validator);
			urls.add(java.net.URI.create(location.substring("jar:".length(), location.indexOf("!/"))).toURL());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ChildFirst(urls.toArray(URL[]::new), HtmlChecker.class.getClassLoader());
	}

	/** Loads the checker's own classes and Jetty's from its jars before asking the test classpath. */
	private static final class ChildFirst extends URLClassLoader {

		ChildFirst(URL[] urls, ClassLoader parent) {
			super(urls, parent);
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (!name.startsWith("org.eclipse.jetty.") && !name.startsWith("nu.validator.")) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				if (loaded == null) {
					try {
						loaded = findClass(name);
					}
					catch (ClassNotFoundException notHere) {
						return super.loadClass(name, resolve);
					}
				}
				if (resolve) {
					resolveClass(loaded);
				}
				return loaded;
			}
		}
	}
}
