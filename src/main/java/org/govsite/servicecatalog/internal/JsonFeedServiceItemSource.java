package org.govsite.servicecatalog.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.govsite.platform.FetchGuard;
import org.govsite.platform.RuleViolation;
import org.govsite.servicecatalog.Material;
import org.govsite.servicecatalog.ServiceGuide;
import org.govsite.servicecatalog.ServiceItemSource;
import org.govsite.servicecatalog.ServiceTarget;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default {@link ServiceItemSource}: a JSON feed the 政务服务 system publishes, fetched through
 * {@link FetchGuard}. The feed is an array of items, each with the fields of a guide:
 * <pre>
 * [{"siteCode": "4600000001", "code": "11460000MB0001", "name": "出生登记", "theme": "户籍办理",
 *   "target": "PERSON", "fullyOnline": true, "basis": "…", "conditions": "…", "place": "…", "agency": "…",
 *   "fees": "…", "hours": "…", "phone": "…", "process": "…", "timeLimit": "…", "notes": "…",
 *   "materials": [{"name": "…", "basis": "…", "format": "原件", "copies": 1, "seal": "…",
 *                  "blankFormUrl": "…", "instructionsUrl": "…", "sampleUrl": "…"}],
 *   "links": {"policy": "…", "faq": "…", "consultation": "…", "complaint": "…", "supervision": "…"}}]
 * </pre>
 * An item that lacks its site, code, name, theme or target is unreadable; the others still count.
 */
public class JsonFeedServiceItemSource implements ServiceItemSource {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ItemFeedProperties properties;

	private final FetchGuard fetch;

	public JsonFeedServiceItemSource(ItemFeedProperties properties, FetchGuard fetch) {
		this.properties = properties;
		this.fetch = fetch;
	}

	@Override
	public boolean configured() {
		return properties.url() != null && !properties.url().isBlank();
	}

	@Override
	public Items read() throws IOException {
		FetchGuard.Fetched fetched = fetch.get(java.util.Objects.requireNonNull(properties.url()));
		if (fetched.status() != 200) {
			throw new IOException("status " + fetched.status());
		}
		try {
			return parse(JSON.readTree(fetched.body()));
		}
		catch (JacksonException e) {
			throw new IOException("not JSON: " + e.getOriginalMessage(), e);
		}
	}

	static Items parse(JsonNode root) throws IOException {
		if (!root.isArray()) {
			throw new IOException("not an array of items");
		}
		List<Item> items = new ArrayList<>();
		List<Unreadable> unreadable = new ArrayList<>();
		int position = 0;
		for (JsonNode node : root) {
			position++;
			try {
				items.add(new Item(position, required(node, "siteCode"), guide(node)));
			}
			catch (RuleViolation violation) {
				unreadable.add(new Unreadable(position, text(node, "code"), violation));
			}
		}
		return new Items(items, unreadable);
	}

	private static ServiceGuide guide(JsonNode node) {
		String target = required(node, "target");
		ServiceTarget parsed;
		try {
			parsed = ServiceTarget.valueOf(target);
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation("servicecatalog.feed.target", target);
		}
		List<Material> materials = new ArrayList<>();
		for (JsonNode material : node.path("materials")) {
			materials.add(new Material(required(material, "name"), text(material, "basis"), text(material, "format"),
					material.path("copies").asInt(1), text(material, "seal"), text(material, "blankFormUrl"),
					text(material, "instructionsUrl"), text(material, "sampleUrl")));
		}
		JsonNode links = node.path("links");
		return new ServiceGuide(required(node, "code"), required(node, "name"), required(node, "theme"), parsed,
				node.path("fullyOnline").asBoolean(false), text(node, "basis"), text(node, "conditions"), text(node, "place"),
				text(node, "agency"), text(node, "fees"), text(node, "hours"), text(node, "phone"), text(node, "process"),
				text(node, "timeLimit"), text(node, "notes"), materials,
				new ServiceGuide.Links(text(links, "policy"), text(links, "faq"), text(links, "consultation"),
						text(links, "complaint"), text(links, "supervision")));
	}

	private static String required(JsonNode node, String field) {
		String value = text(node, field);
		if (value == null) {
			throw new RuleViolation("servicecatalog.feed.missing", field);
		}
		return value;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.asString().strip();
		return text.isEmpty() ? null : text;
	}
}
