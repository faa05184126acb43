package org.govsite.servicecatalog.web;

import java.util.ArrayList;
import java.util.List;

import org.govsite.servicecatalog.Material;
import org.govsite.servicecatalog.ServiceGuide;
import org.govsite.servicecatalog.ServiceTarget;
import org.jspecify.annotations.Nullable;

/** The console's guide form: the guide's fields and a few material rows (blank rows are ignored). */
public class GuideForm {

	static final int MATERIAL_ROWS = 3;

	private String code = "";

	private String name = "";

	private ServiceTarget target = ServiceTarget.PERSON;

	private String theme = "";

	private boolean fullyOnline;

	private @Nullable String basis;

	private @Nullable String conditions;

	private @Nullable String place;

	private @Nullable String agency;

	private @Nullable String fees;

	private @Nullable String hours;

	private @Nullable String phone;

	private @Nullable String process;

	private @Nullable String timeLimit;

	private @Nullable String notes;

	private @Nullable String policy;

	private @Nullable String faq;

	private @Nullable String consultation;

	private @Nullable String complaint;

	private @Nullable String supervision;

	private List<MaterialRow> materials = new ArrayList<>();

	/** One material row of the form. */
	public static class MaterialRow {

		private @Nullable String name;

		private @Nullable String basis;

		private @Nullable String format;

		private int copies = 1;

		private @Nullable String seal;

		private @Nullable String blankForm;

		private @Nullable String instructions;

		private @Nullable String sample;

		static MaterialRow of(Material material) {
			MaterialRow row = new MaterialRow();
			row.name = material.name();
			row.basis = material.basis();
			row.format = material.format();
			row.copies = material.copies();
			row.seal = material.seal();
			row.blankForm = material.blankFormUrl();
			row.instructions = material.instructionsUrl();
			row.sample = material.sampleUrl();
			return row;
		}

		boolean blank() {
			return name == null || name.isBlank();
		}

		Material material() {
			return new Material(name == null ? "" : name.strip(), trim(basis), trim(format), copies, trim(seal), trim(blankForm),
					trim(instructions), trim(sample));
		}

		public @Nullable String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name; }
		public @Nullable String getBasis() { return basis; }
		public void setBasis(@Nullable String basis) { this.basis = basis; }
		public @Nullable String getFormat() { return format; }
		public void setFormat(@Nullable String format) { this.format = format; }
		public int getCopies() { return copies; }
		public void setCopies(int copies) { this.copies = copies; }
		public @Nullable String getSeal() { return seal; }
		public void setSeal(@Nullable String seal) { this.seal = seal; }
		public @Nullable String getBlankForm() { return blankForm; }
		public void setBlankForm(@Nullable String blankForm) { this.blankForm = blankForm; }
		public @Nullable String getInstructions() { return instructions; }
		public void setInstructions(@Nullable String instructions) { this.instructions = instructions; }
		public @Nullable String getSample() { return sample; }
		public void setSample(@Nullable String sample) { this.sample = sample; }
	}

	static GuideForm empty() {
		GuideForm form = new GuideForm();
		form.padMaterials();
		return form;
	}

	static GuideForm of(ServiceGuide guide) {
		GuideForm form = new GuideForm();
		form.code = guide.code();
		form.name = guide.name();
		form.target = guide.target();
		form.theme = guide.theme();
		form.fullyOnline = guide.fullyOnline();
		form.basis = guide.basis();
		form.conditions = guide.conditions();
		form.place = guide.place();
		form.agency = guide.agency();
		form.fees = guide.fees();
		form.hours = guide.hours();
		form.phone = guide.phone();
		form.process = guide.process();
		form.timeLimit = guide.timeLimit();
		form.notes = guide.notes();
		form.policy = guide.links().policy();
		form.faq = guide.links().faq();
		form.consultation = guide.links().consultation();
		form.complaint = guide.links().complaint();
		form.supervision = guide.links().supervision();
		form.materials = new ArrayList<>(guide.materials().stream().map(MaterialRow::of).toList());
		form.padMaterials();
		return form;
	}

	/** Blank rows to add materials in, after those filled in. */
	void padMaterials() {
		materials.removeIf(MaterialRow::blank);
		for (int i = 0; i < MATERIAL_ROWS; i++) {
			materials.add(new MaterialRow());
		}
	}

	ServiceGuide guide() {
		return new ServiceGuide(code.strip(), name.strip(), theme.strip(), target, fullyOnline, trim(basis), trim(conditions),
				trim(place), trim(agency), trim(fees), trim(hours), trim(phone), trim(process), trim(timeLimit), trim(notes),
				materials.stream().filter(row -> !row.blank()).map(MaterialRow::material).toList(),
				new ServiceGuide.Links(trim(policy), trim(faq), trim(consultation), trim(complaint), trim(supervision)));
	}

	private static @Nullable String trim(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public String getCode() { return code; }
	public void setCode(@Nullable String code) { this.code = code == null ? "" : code; }
	public String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name == null ? "" : name; }
	public ServiceTarget getTarget() { return target; }
	public void setTarget(ServiceTarget target) { this.target = target; }
	public String getTheme() { return theme; }
	public void setTheme(@Nullable String theme) { this.theme = theme == null ? "" : theme; }
	public boolean isFullyOnline() { return fullyOnline; }
	public void setFullyOnline(boolean fullyOnline) { this.fullyOnline = fullyOnline; }
	public @Nullable String getBasis() { return basis; }
	public void setBasis(@Nullable String basis) { this.basis = basis; }
	public @Nullable String getConditions() { return conditions; }
	public void setConditions(@Nullable String conditions) { this.conditions = conditions; }
	public @Nullable String getPlace() { return place; }
	public void setPlace(@Nullable String place) { this.place = place; }
	public @Nullable String getAgency() { return agency; }
	public void setAgency(@Nullable String agency) { this.agency = agency; }
	public @Nullable String getFees() { return fees; }
	public void setFees(@Nullable String fees) { this.fees = fees; }
	public @Nullable String getHours() { return hours; }
	public void setHours(@Nullable String hours) { this.hours = hours; }
	public @Nullable String getPhone() { return phone; }
	public void setPhone(@Nullable String phone) { this.phone = phone; }
	public @Nullable String getProcess() { return process; }
	public void setProcess(@Nullable String process) { this.process = process; }
	public @Nullable String getTimeLimit() { return timeLimit; }
	public void setTimeLimit(@Nullable String timeLimit) { this.timeLimit = timeLimit; }
	public @Nullable String getNotes() { return notes; }
	public void setNotes(@Nullable String notes) { this.notes = notes; }
	public @Nullable String getPolicy() { return policy; }
	public void setPolicy(@Nullable String policy) { this.policy = policy; }
	public @Nullable String getFaq() { return faq; }
	public void setFaq(@Nullable String faq) { this.faq = faq; }
	public @Nullable String getConsultation() { return consultation; }
	public void setConsultation(@Nullable String consultation) { this.consultation = consultation; }
	public @Nullable String getComplaint() { return complaint; }
	public void setComplaint(@Nullable String complaint) { this.complaint = complaint; }
	public @Nullable String getSupervision() { return supervision; }
	public void setSupervision(@Nullable String supervision) { this.supervision = supervision; }
	public List<MaterialRow> getMaterials() { return materials; }
	public void setMaterials(List<MaterialRow> materials) { this.materials = materials; }
}
