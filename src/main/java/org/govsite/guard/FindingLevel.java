package org.govsite.guard;

/** How much a finding matters: 须修改 stops a submission or a post, 请核实 and 提示 only tell. */
public enum FindingLevel {

	/** 须修改: the text may not go out while it is there. */
	BLOCK,

	/** 请核实: most likely wrong; a person decides. */
	WARN,

	/** 提示: worth a look. */
	NOTE;

	/** The level as the plain-text dictionary writes it. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static FindingLevel ofCode(String code) {
		return valueOf(code.strip().toUpperCase(java.util.Locale.ROOT));
	}
}
