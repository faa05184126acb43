package org.govsite.interaction.internal;

/**
 * How a letter's writer appears on a published page: the surname and 先生 or 女士, never the full
 * name. Compound surnames (欧阳, 司马 …) are kept whole.
 */
public final class WriterName {

	private static final java.util.Set<String> COMPOUND = java.util.Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
			"尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "澹台", "申屠", "轩辕");

	private WriterName() {
	}

	/** The shown name; {@code female} chooses 女士 over 先生, {@code null} shows 网友. */
	public static String shown(String fullName, @org.jspecify.annotations.Nullable Boolean female) {
		String name = fullName.strip();
		if (name.isEmpty() || female == null) {
			return "网友";
		}
		String surname = name.length() > 2 && COMPOUND.contains(name.substring(0, 2)) ? name.substring(0, 2)
				: name.substring(0, name.offsetByCodePoints(0, 1));
		return surname + (female ? "女士" : "先生");
	}
}
