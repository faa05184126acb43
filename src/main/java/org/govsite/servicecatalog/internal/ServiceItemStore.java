package org.govsite.servicecatalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.govsite.servicecatalog.Material;
import org.govsite.servicecatalog.ServiceGuide;
import org.govsite.servicecatalog.ServiceTarget;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service items and their materials in PostgreSQL. */
@Repository
public class ServiceItemStore {

	private static final String COLUMNS = "id, site_id, code, name, theme, target, fully_online, basis, conditions, place,"
			+ " agency, fees, hours, phone, process, time_limit, notes, policy_url, faq_url, consult_url, complaint_url,"
			+ " supervision_url, updated_at";

	/** A row as read, before its materials are joined in. */
	public record Stored(long id, long siteId, ServiceGuide guide, Instant updatedAt) {
	}

	private final JdbcClient jdbc;

	ServiceItemStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long siteId, ServiceGuide guide, Instant now) {
		long id = jdbc.sql("""
				insert into service_item (site_id, code, name, theme, target, fully_online, basis, conditions, place, agency,
				  fees, hours, phone, process, time_limit, notes, policy_url, faq_url, consult_url, complaint_url,
				  supervision_url, updated_at)
				values (:site, :code, :name, :theme, :target, :online, :basis, :conditions, :place, :agency, :fees, :hours,
				  :phone, :process, :timeLimit, :notes, :policy, :faq, :consult, :complaint, :supervision, :now)
				returning id""")
			.params(parameters(guide))
			.param("site", siteId)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(Long.class)
			.single();
		insertMaterials(id, guide.materials());
		return id;
	}

	public void update(long id, ServiceGuide guide, Instant now) {
		jdbc.sql("""
				update service_item set code = :code, name = :name, theme = :theme, target = :target,
				  fully_online = :online, basis = :basis, conditions = :conditions, place = :place, agency = :agency,
				  fees = :fees, hours = :hours, phone = :phone, process = :process, time_limit = :timeLimit, notes = :notes,
				  policy_url = :policy, faq_url = :faq, consult_url = :consult, complaint_url = :complaint,
				  supervision_url = :supervision, updated_at = :now
				where id = :id""")
			.params(parameters(guide))
			.param("id", id)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		jdbc.sql("delete from service_material where item_id = :id").param("id", id).update();
		insertMaterials(id, guide.materials());
	}

	public void delete(long id) {
		jdbc.sql("delete from service_item where id = :id").param("id", id).update();
	}

	public Optional<Stored> find(long id) {
		return withMaterials(jdbc.sql("select " + COLUMNS + " from service_item where id = :id").param("id", id)
			.query(ServiceItemStore::row)
			.list()).stream().findFirst();
	}

	public Optional<Stored> find(long siteId, String code) {
		return withMaterials(jdbc.sql("select " + COLUMNS + " from service_item where site_id = :site and code = :code")
			.param("site", siteId)
			.param("code", code)
			.query(ServiceItemStore::row)
			.list()).stream().findFirst();
	}

	/** The items of these sites, by theme and name. */
	public List<Stored> ofSites(Collection<Long> siteIds, @Nullable ServiceTarget target, @Nullable String theme) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return withMaterials(jdbc.sql("select " + COLUMNS + " from service_item where site_id in (:sites)"
				+ " and (cast(:target as text) is null or target = :target) and (cast(:theme as text) is null or theme = :theme)"
				+ " order by theme, name, id")
			.param("sites", siteIds)
			.param("target", target == null ? null : target.name())
			.param("theme", theme)
			.query(ServiceItemStore::row)
			.list());
	}

	/** The name that another site gives the code, if any: names are unified across the group. */
	public Optional<String> nameElsewhere(String code, long siteId) {
		return jdbc.sql("select name from service_item where code = :code and site_id <> :site order by id limit 1")
			.param("code", code)
			.param("site", siteId)
			.query(String.class)
			.optional();
	}

	public int count(long siteId, boolean onlineOnly) {
		return jdbc.sql("select count(*) from service_item where site_id = :site and (fully_online or not :online)")
			.param("site", siteId)
			.param("online", onlineOnly)
			.query(Integer.class)
			.single();
	}

	private void insertMaterials(long itemId, List<Material> materials) {
		int position = 0;
		for (Material material : materials) {
			jdbc.sql("""
					insert into service_material (item_id, position, name, basis, format, copies, seal, blank_form_url,
					  instructions_url, sample_url)
					values (:item, :position, :name, :basis, :format, :copies, :seal, :blank, :instructions, :sample)""")
				.param("item", itemId)
				.param("position", position++)
				.param("name", material.name())
				.param("basis", material.basis())
				.param("format", material.format())
				.param("copies", material.copies())
				.param("seal", material.seal())
				.param("blank", material.blankFormUrl())
				.param("instructions", material.instructionsUrl())
				.param("sample", material.sampleUrl())
				.update();
		}
	}

	private List<Stored> withMaterials(List<Stored> items) {
		if (items.isEmpty()) {
			return items;
		}
		Map<Long, List<Material>> materials = jdbc.sql("""
				select item_id, name, basis, format, copies, seal, blank_form_url, instructions_url, sample_url
				from service_material where item_id in (:items) order by item_id, position""")
			.param("items", items.stream().map(Stored::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong("item_id"), new Material(rs.getString("name"), rs.getString("basis"),
					rs.getString("format"), rs.getInt("copies"), rs.getString("seal"), rs.getString("blank_form_url"),
					rs.getString("instructions_url"), rs.getString("sample_url"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return items.stream().map(item -> {
			ServiceGuide g = item.guide();
			return new Stored(item.id(), item.siteId(), new ServiceGuide(g.code(), g.name(), g.theme(), g.target(),
					g.fullyOnline(), g.basis(), g.conditions(), g.place(), g.agency(), g.fees(), g.hours(), g.phone(),
					g.process(), g.timeLimit(), g.notes(), materials.getOrDefault(item.id(), List.of()), g.links()),
					item.updatedAt());
		}).toList();
	}

	private static Map<String, @Nullable Object> parameters(ServiceGuide guide) {
		Map<String, @Nullable Object> values = new java.util.HashMap<>();
		values.put("code", guide.code());
		values.put("name", guide.name());
		values.put("theme", guide.theme());
		values.put("target", guide.target().name());
		values.put("online", guide.fullyOnline());
		values.put("basis", guide.basis());
		values.put("conditions", guide.conditions());
		values.put("place", guide.place());
		values.put("agency", guide.agency());
		values.put("fees", guide.fees());
		values.put("hours", guide.hours());
		values.put("phone", guide.phone());
		values.put("process", guide.process());
		values.put("timeLimit", guide.timeLimit());
		values.put("notes", guide.notes());
		values.put("policy", guide.links().policy());
		values.put("faq", guide.links().faq());
		values.put("consult", guide.links().consultation());
		values.put("complaint", guide.links().complaint());
		values.put("supervision", guide.links().supervision());
		return values;
	}

	private static Stored row(ResultSet rs, int n) throws SQLException {
		ServiceGuide guide = new ServiceGuide(rs.getString("code"), rs.getString("name"), rs.getString("theme"),
				ServiceTarget.valueOf(rs.getString("target")), rs.getBoolean("fully_online"), rs.getString("basis"),
				rs.getString("conditions"), rs.getString("place"), rs.getString("agency"), rs.getString("fees"),
				rs.getString("hours"), rs.getString("phone"), rs.getString("process"), rs.getString("time_limit"),
				rs.getString("notes"), List.of(), new ServiceGuide.Links(rs.getString("policy_url"), rs.getString("faq_url"),
						rs.getString("consult_url"), rs.getString("complaint_url"), rs.getString("supervision_url")));
		return new Stored(rs.getLong("id"), rs.getLong("site_id"), guide, rs.getTimestamp("updated_at").toInstant());
	}
}
