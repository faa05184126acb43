package org.govsite;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.govsite.identity.StaffRole;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every handler that may change something under {@code /admin} or {@code /api/v1} reaches a
 * permission guard, read from the compiled code rather than by running it: the handler, or a
 * method of the platform it calls (through at most {@link #DEPTH} calls, lambdas and the beans
 * behind an interface included), is {@code @PreAuthorize}d, {@code @PostAuthorize}d,
 * {@code @Secured} or {@code @RolesAllowed}, or throws {@code AccessDeniedException} itself.
 * Signing in alone lets a member reach every console address; only such a guard tells an editor
 * from a site manager. A new changing handler without one fails here; {@link AuditedHandlersTests}
 * makes the same proof for {@code @Audited}.
 */
@IntegrationTest
class PermissionGuardTests {

	/** How many calls deep a guard may sit below the handler (handler, service, its helper …). */
	static final int DEPTH = 5;

	private static final Set<RequestMethod> READS = Set.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS);

	private static final String ACCESS_DENIED = "org/springframework/security/access/AccessDeniedException";

	/**
	 * Changing handlers without a permission guard, as {@code Class#method} (or {@code Class#} for
	 * all of a class), with the reason. Add an entry only with a reason that convinces a reviewer.
	 */
	static final Map<String, String> UNGUARDED = Map.of("MyAccountController#",
			"the signed-in member's own password, second factor, sign-on binding and tokens", "NotificationConsoleController#",
			"the member's own notifications, looked up among the member's own", "NotificationApiController#",
			"the same, through the API");

	/**
	 * Guards that refuse by answering "not found" (NotFound) for what lies outside the member's
	 * sites, so that another site's objects are not even shown to exist; named here because a
	 * NotFound alone is no guard. The IDOR sweep of EndpointSecurityTests runs them.
	 */
	static final Map<String, String> GUARDS_BY_NOT_FOUND = Map.of("DisclosureRequests#handled",
			"an application of a site the member does not handle is unknown to them", "DisclosureReports#handled",
			"the same for the annual report of such a site");

	/**
	 * Methods that throw AccessDeniedException only when no one is signed in: that is the sign-in,
	 * which every console address has, not a permission; they do not count as a guard.
	 */
	static final Set<String> SIGN_IN_ONLY = Set.of("LetterAccess#user", "AdministratorChanges#currentUser");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ApplicationContext context;

	@Test
	void everyChangingConsoleAndApiHandlerHasAPermissionGuard() {
		List<String> unguarded = changingHandlers().stream()
			.filter(handler -> !guarded(handler.getMethod(), DEPTH, new HashSet<>()))
			.map(PermissionGuardTests::name)
			.filter(name -> UNGUARDED.keySet().stream().noneMatch(name::startsWith))
			.distinct()
			.sorted()
			.toList();
		assertThat(unguarded).as("changing handlers that reach no permission guard").isEmpty();
	}

	/** The proof can fail: a handler that only signs in would not pass, one that calls a guarded service does. */
	@Test
	void theProofTellsAGuardedHandlerFromAnUnguardedOne() throws Exception {
		assertThat(guarded(Samples.class.getDeclaredMethod("unguarded"), DEPTH, new HashSet<>())).isFalse();
		assertThat(guarded(Samples.class.getDeclaredMethod("throughAService"), DEPTH, new HashSet<>())).isTrue();
		assertThat(guarded(Samples.class.getDeclaredMethod("throughALambda"), DEPTH, new HashSet<>())).isTrue();
		assertThat(changingHandlers()).as("changing handlers found").hasSizeGreaterThan(200);
	}

	/**
	 * The sweep by permission, run rather than read: every method of the platform guarded for the
	 * site's manager ({@code @staffAccess.managesSite(#siteId)}) or for the system administrator
	 * alone refuses each other role of the site (editor, reviewer, letter handler, template manager)
	 * before it runs, whatever module it is in; the site's manager gets past the first kind.
	 */
	@Test
	void eachRoleOfASiteIsRefusedWhatOnlyItsManagerOrTheSystemAdministratorMay() throws Exception {
		long site = 1_999_999_999L;
		Map<String, Set<StaffRole>> mayPass = Map.of("@staffAccess.managesSite(#siteId)", Set.of(StaffRole.SITE_MANAGER),
				"hasRole('SYSTEM_ADMIN')", Set.of());
		List<String> reached = new ArrayList<>();
		List<String> refusedManager = new ArrayList<>();
		int tried = 0;
		for (String name : context.getBeanDefinitionNames()) {
			if (!context.isSingleton(name)) {
				continue;
			}
			Object bean = context.getBean(name);
			Class<?> type = AopUtils.getTargetClass(bean);
			var source = type.getProtectionDomain().getCodeSource();
			if (!type.getName().startsWith("org.govsite.") || source == null
					|| source.getLocation().toString().contains("/test-classes/")) {
				continue;
			}
			for (Method method : type.getMethods()) {
				PreAuthorize guard = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
				if (guard == null || !mayPass.containsKey(guard.value()) || method.isBridge()) {
					continue;
				}
				tried++;
				for (StaffRole role : StaffRole.values()) {
					if (role.isAdministrator()) {
						continue;
					}
					boolean refused = refused(bean, method, site, role.forSite(site));
					if (!refused && !mayPass.get(guard.value()).contains(role)) {
						reached.add(role + " " + type.getSimpleName() + "#" + method.getName() + " (" + guard.value() + ")");
					}
					if (refused && mayPass.get(guard.value()).contains(role)) {
						refusedManager.add(role + " " + type.getSimpleName() + "#" + method.getName());
					}
				}
			}
		}
		assertThat(tried).as("guarded methods tried").isGreaterThan(50);
		assertThat(reached).isEmpty();
		assertThat(refusedManager).as("the permitted role refused by the guard itself").isEmpty();
	}

	/** Whether the guard refused the call; past the guard the body fails on the arguments, which does not count. */
	private static boolean refused(Object bean, Method method, long site, String authority) throws Exception {
		Method callable = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
		Object[] arguments = new Object[method.getParameterCount()];
		Parameter[] parameters = method.getParameters();
		for (int i = 0; i < arguments.length; i++) {
			Class<?> type = parameters[i].getType();
			boolean siteId = parameters[i].getName().equals("siteId") && (type == long.class || type == Long.class);
			// a primitive's default value, boxed
			arguments[i] = siteId ? Long.valueOf(site) : type.isPrimitive() ? java.lang.reflect.Array.get(
					java.lang.reflect.Array.newInstance(type, 1), 0) : null;
		}
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("sweep", null,
				List.of(new SimpleGrantedAuthority(StaffRole.STAFF_AUTHORITY), new SimpleGrantedAuthority(authority))));
		try {
			callable.invoke(bean, arguments);
			return false;
		}
		catch (InvocationTargetException thrown) {
			return thrown.getCause() instanceof AccessDeniedException;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private List<HandlerMethod> changingHandlers() {
		List<HandlerMethod> handlers = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			boolean changes = methods.isEmpty() || !READS.containsAll(methods);
			boolean console = mapping.getKey()
				.getPatternValues()
				.stream()
				.anyMatch(pattern -> pattern.equals("/admin") || pattern.startsWith("/admin/") || pattern.startsWith("/api/v1/"));
			var source = mapping.getValue().getBeanType().getProtectionDomain().getCodeSource();
			boolean ofTheTests = source != null && source.getLocation().toString().contains("/test-classes/");
			if (changes && console && !ofTheTests) {
				handlers.add(mapping.getValue());
			}
		}
		return handlers;
	}

	private boolean guarded(Method method, int depth, Set<String> seen) {
		if (!seen.add(method.getDeclaringClass().getName() + "#" + method.getName() + Type.getMethodDescriptor(method))) {
			return false;
		}
		if (annotated(method) || GUARDS_BY_NOT_FOUND.containsKey(method.getDeclaringClass().getSimpleName() + "#" + method.getName())) {
			return true;
		}
		if (depth == 0 || Modifier.isAbstract(method.getModifiers())
				|| SIGN_IN_ONLY.contains(method.getDeclaringClass().getSimpleName() + "#" + method.getName())) {
			return false;
		}
		Calls calls = calls(method);
		if (calls.deniesAccess) {
			return true;
		}
		for (Call call : calls.made) {
			for (Method called : resolve(call)) {
				if (guarded(called, depth - 1, seen)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean annotated(Method method) {
		for (Class<? extends java.lang.annotation.Annotation> guard : List.of(PreAuthorize.class, PostAuthorize.class,
				Secured.class, RolesAllowed.class)) {
			if (AnnotatedElementUtils.hasAnnotation(method, guard)
					|| AnnotatedElementUtils.hasAnnotation(method.getDeclaringClass(), guard)) {
				return true;
			}
		}
		return false;
	}

	/** The methods a call may run: the method itself and, behind an interface or a base class, the beans' own. */
	private List<Method> resolve(Call call) {
		Class<?> owner;
		try {
			owner = ClassUtils.forName(call.owner.replace('/', '.'), getClass().getClassLoader());
		}
		catch (ClassNotFoundException | LinkageError notOurs) {
			return List.of();
		}
		List<Method> found = new ArrayList<>();
		addMatching(owner, call, found);
		if (owner.isInterface() || Modifier.isAbstract(owner.getModifiers())) {
			for (String bean : context.getBeanNamesForType(owner, false, false)) {
				Class<?> type = context.getType(bean);
				if (type != null) {
					addMatching(ClassUtils.getUserClass(type), call, found);
				}
			}
		}
		return found;
	}

	private static void addMatching(Class<?> type, Call call, List<Method> found) {
		for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
			for (Method method : level.getDeclaredMethods()) {
				if (method.getName().equals(call.name) && Type.getMethodDescriptor(method).equals(call.descriptor)) {
					found.add(method);
					return;
				}
			}
		}
	}

	private record Call(String owner, String name, String descriptor) {
	}

	private static final class Calls {

		final List<Call> made = new ArrayList<>();

		boolean deniesAccess;
	}

	/** The platform's methods a method calls (lambdas' bodies included) and whether it throws AccessDeniedException. */
	private static Calls calls(Method method) {
		Class<?> type = AopUtils.isAopProxy(method.getDeclaringClass()) ? method.getDeclaringClass().getSuperclass()
				: method.getDeclaringClass();
		Calls calls = new Calls();
		String resource = type.getName().replace('.', '/') + ".class";
		ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
		try (InputStream bytes = loader.getResourceAsStream(resource)) {
			if (bytes == null) {
				return calls;
			}
			String descriptor = Type.getMethodDescriptor(method);
			new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
				@Override
				public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
					if (!name.equals(method.getName()) || !desc.equals(descriptor)) {
						return null;
					}
					return new MethodVisitor(Opcodes.ASM9) {
						@Override
						public void visitTypeInsn(int opcode, String operand) {
							if (opcode == Opcodes.NEW && deniesAccess(operand)) {
								calls.deniesAccess = true;
							}
						}

						@Override
						public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean isInterface) {
							if (owner.startsWith("org/govsite/")) {
								calls.made.add(new Call(owner, name, desc));
							}
						}

						@Override
						public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... arguments) {
							for (Object argument : arguments) {
								if (argument instanceof Handle handle && handle.getOwner().startsWith("org/govsite/")) {
									calls.made.add(new Call(handle.getOwner(), handle.getName(), handle.getDesc()));
								}
							}
						}
					};
				}
			}, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
		}
		catch (IOException unreadable) {
			throw new IllegalStateException(resource, unreadable);
		}
		return calls;
	}

	/** Whether the type is AccessDeniedException or a kind of it. */
	private static boolean deniesAccess(String internalName) {
		if (internalName.equals(ACCESS_DENIED)) {
			return true;
		}
		if (!internalName.startsWith("org/govsite/") && !internalName.startsWith("org/springframework/security/")) {
			return false;
		}
		try {
			return org.springframework.security.access.AccessDeniedException.class
				.isAssignableFrom(ClassUtils.forName(internalName.replace('/', '.'), PermissionGuardTests.class.getClassLoader()));
		}
		catch (ClassNotFoundException | LinkageError unknown) {
			return false;
		}
	}

	private static String name(HandlerMethod handler) {
		return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
	}

	/** Handlers of the proof's own check, never mapped. */
	static class Samples {

		void unguarded() {
			new Samples().toString();
		}

		void throughAService() {
			Service.change();
		}

		void throughALambda() {
			Runnable change = () -> Service.change();
			change.run();
		}
	}

	static class Service {

		static void change() {
			if (Boolean.getBoolean("never.set")) {
				return;
			}
			throw new org.springframework.security.access.AccessDeniedException("no");
		}
	}
}
