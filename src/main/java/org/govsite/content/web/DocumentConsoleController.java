package org.govsite.content.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.AttachmentRef;
import org.govsite.content.BoundedCount;
import org.govsite.content.ApplicationForms;
import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DocumentSummary;
import org.govsite.content.DocumentFilter;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentPermissions;
import org.govsite.content.DocumentState;
import org.govsite.content.DocumentType;
import org.govsite.content.DocumentView;
import org.govsite.content.PlacementRequest;
import org.govsite.content.Placements;
import org.govsite.content.Publication;
import org.govsite.content.PublicationTracker;
import org.govsite.content.ReviewQueue;
import org.govsite.content.ReviewSafeguards;
import org.govsite.content.ReviewWorkflow;
import org.govsite.content.StoredFile;
import org.govsite.content.SubjectCategories;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.BackOffice;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 信息管理: the document list with its filters and batch actions, the create and edit form with
 * the rich-text editor, placements, files, the review actions and the timeline.
 */
@Controller
@BackOffice
class DocumentConsoleController {

	/** Rows on a page of the document list and of the review queue. */
	private static final int PAGE = 30;

	private static final Set<String> FORM_FIELDS = Set.of("title", "subtitle", "body", "summary", "source", "author",
			"responsibleEditor", "linkUrl", "reprintUrl", "policyId", "indexNumber", "subjectCategory", "issuer",
			"overview", "displayDate");

	private final DocumentLibrary library;

	private final ReviewWorkflow workflow;

	private final Placements placements;

	private final SiteDirectory sites;

	private final ChannelDirectory channels;

	private final MessageSource messages;

	private final ObjectProvider<PublicationTracker> publications;

	private final DocumentPermissions contentAccess;

	private final StaffAccess access;

	private final ReviewSafeguards safeguards;

	private final ApplicationForms applicationForms;

	DocumentConsoleController(DocumentLibrary library, ReviewWorkflow workflow, Placements placements,
			SiteDirectory sites, ChannelDirectory channels, MessageSource messages,
			ObjectProvider<PublicationTracker> publications, DocumentPermissions contentAccess, StaffAccess access,
			ReviewSafeguards safeguards, ApplicationForms applicationForms) {
		this.library = library;
		this.applicationForms = applicationForms;
		this.workflow = workflow;
		this.placements = placements;
		this.safeguards = safeguards;
		this.contentAccess = contentAccess;
		this.access = access;
		this.publications = publications;
		this.sites = sites;
		this.channels = channels;
		this.messages = messages;
	}

	@InitBinder("documentForm")
	void formFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "siteId", "type", "state", "createdBy", "coverId", "attachmentIds", "indexNumber");
	}

	@GetMapping("/admin/documents")
	String list(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable Long channelId,
			@RequestParam(required = false) @Nullable DocumentState state, @RequestParam(required = false) @Nullable String author,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String text, @RequestParam(defaultValue = "0") int page, Model model) {
		DocumentFilter filter = new DocumentFilter(siteId, channelId, state, author, from, to, text);
		model.addAttribute("filter", filter);
		int shown = Math.max(page, 0);
		BoundedCount total = library.count(filter);
		model.addAttribute("documents", library.list(filter, shown * PAGE, PAGE));
		model.addAttribute("total", total);
		model.addAttribute("page", shown);
		model.addAttribute("hasNext", total.reaches((shown + 1) * PAGE));
		model.addAttribute("sites", sites.all());
		model.addAttribute("siteNames", siteNames());
		model.addAttribute("channelsOfSite", siteId == null ? List.of() : channels.ofSite(siteId));
		model.addAttribute("targetChannels", siteId == null ? List.of()
				: channels.ofSite(siteId).stream().filter(ChannelView::acceptsContent).toList());
		model.addAttribute("states", DocumentState.values());
		model.addAttribute("types", DocumentType.values());
		// 新建 without choosing a site first: the form asks which when the user writes for several
		model.addAttribute("mayCreate", siteId == null ? !writableSites().isEmpty() : contentAccess.mayWriteSite(siteId));
		return "content/list";
	}

	/**
	 * Submit, publish, withdraw, move or copy the ticked documents; each refusal is listed, the
	 * others done. Moving takes a document out of one channel and into another.
	 */
	@PostMapping("/admin/documents/batch")
	@Audited(value = "content.batch", objectType = "document", objectIdParameter = "ids")
	String batch(@RequestParam(required = false) @Nullable List<Long> ids, @RequestParam String action,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Long fromChannelId,
			@RequestParam(required = false) @Nullable Long channelId,
			@RequestParam(required = false) @Nullable Long siteId, RedirectAttributes redirect) {
		int done = 0;
		StringBuilder refused = new StringBuilder();
		for (long id : ids == null ? List.<Long>of() : ids) {
			try {
				switch (action) {
					case "submit" -> workflow.submit(id, true);
					case "publish" -> workflow.publish(id);
					case "withdraw" -> workflow.withdraw(id, reason == null || reason.isBlank() ? message("content.batch.reason") : reason);
					case "move" -> placements.move(id, required(fromChannelId, "content.batch.fromRequired"),
							required(channelId, "content.batch.channelRequired"));
					case "copy" -> placements.place(id, PlacementRequest.in(required(channelId, "content.batch.channelRequired")));
					default -> throw new ContentRuleViolation("content.batch.unknown");
				}
				done++;
			}
			catch (ContentRuleViolation violation) {
				refused.append(message("content.batch.refusedOne", id,
						messages.getMessage(violation.code(), violation.arguments(), LocaleContextHolder.getLocale())));
			}
		}
		redirect.addFlashAttribute("successMessage", message("content.batch.done", done));
		if (!refused.isEmpty()) {
			redirect.addFlashAttribute("errorMessage", refused.toString());
		}
		return siteId == null ? "redirect:/admin/documents" : "redirect:/admin/documents?siteId=" + siteId;
	}

	private static long required(@Nullable Long value, String code) {
		if (value == null) {
			throw new ContentRuleViolation(code);
		}
		return value;
	}

	/**
	 * The form for a new document. Without a site, the user's own: the one site they write for,
	 * or, when they write for several, the question which.
	 */
	@GetMapping("/admin/documents/new")
	String createForm(@RequestParam(required = false) @Nullable Long siteId,
			@RequestParam(defaultValue = "ARTICLE") DocumentType type, Model model) {
		if (siteId == null) {
			List<SiteSummary> mine = writableSites();
			if (mine.isEmpty()) {
				throw new AccessDeniedException("writes for no site");
			}
			if (mine.size() > 1) {
				model.addAttribute("sites", mine);
				model.addAttribute("type", type);
				return "content/choose-site";
			}
			return "redirect:/admin/documents/new?siteId=" + mine.get(0).id() + "&type=" + type.name();
		}
		if (!contentAccess.mayWriteSite(siteId)) {
			throw new AccessDeniedException("not an editor of site " + siteId);
		}
		model.addAttribute("documentForm", new DocumentForm());
		return formPage(siteId, type, null, model);
	}

	private List<SiteSummary> writableSites() {
		java.util.Set<Long> ids = access.sitesWith(org.govsite.identity.StaffRole.EDITOR);
		return sites.all().stream().filter(site -> ids.contains(site.id())).toList();
	}

	@PostMapping("/admin/documents")
	@Audited(value = "content.create", objectType = "document")
	String create(@RequestParam long siteId, @RequestParam DocumentType type, @Valid DocumentForm documentForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Long id = submitForm(binding, () -> library.create(siteId, type, documentForm.toContent(type, null)));
		if (id == null) {
			return formPage(siteId, type, null, model);
		}
		AuditContext.objectId(id);
		redirect.addFlashAttribute("successMessage", message("content.done.created", documentForm.getTitle()));
		return "redirect:/admin/documents/" + id;
	}

	@GetMapping("/admin/documents/{id}")
	String edit(@PathVariable long id, Model model) {
		DocumentView document = library.get(id);
		model.addAttribute("documentForm", DocumentForm.of(document));
		return formPage(document.siteId(), document.type(), document, model);
	}

	@PostMapping("/admin/documents/{id}")
	@Audited(value = "content.save", objectType = "document")
	String save(@PathVariable long id, @Valid DocumentForm documentForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		DocumentView document = library.get(id);
		Integer version = submitForm(binding, () -> library.save(id, documentForm.toContent(document.type(), document)));
		if (version == null) {
			return formPage(document.siteId(), document.type(), document, model);
		}
		redirect.addFlashAttribute("successMessage", message("content.done.saved", version));
		return "redirect:/admin/documents/" + id;
	}

	@PostMapping("/admin/documents/{id}/typeset")
	@Audited(value = "content.typeset", objectType = "document")
	String typeset(@PathVariable long id, RedirectAttributes redirect) {
		int version = library.typeset(id);
		redirect.addFlashAttribute("successMessage", message("content.done.typeset", version));
		return "redirect:/admin/documents/" + id;
	}

	/** Names the document replacing or amending a policy no longer 有效; an empty choice names none. */
	@PostMapping("/admin/documents/{id}/replacement")
	@Audited(value = "content.replacement", objectType = "document")
	String replacement(@PathVariable long id, @RequestParam(required = false) @Nullable Long replacementId,
			RedirectAttributes redirect) {
		if (replacementId == null) {
			library.clearReplacement(id);
			return done(id, "content.done.replacementCleared", redirect);
		}
		library.setReplacement(id, replacementId);
		return done(id, "content.done.replacement", redirect);
	}

	@PostMapping("/admin/documents/{id}/placements")
	@Audited(value = "content.place", objectType = "document")
	String place(@PathVariable long id, @RequestParam long channelId, @RequestParam(defaultValue = "false") boolean pinned,
			@RequestParam(defaultValue = "0") int sortOrder, RedirectAttributes redirect) {
		placements.place(id, new PlacementRequest(channelId, pinned, sortOrder, null));
		return done(id, "content.done.placed", redirect);
	}

	@PostMapping("/admin/documents/{id}/placements/{channelId}/remove")
	@Audited(value = "content.unplace", objectType = "document")
	String unplace(@PathVariable long id, @PathVariable long channelId, RedirectAttributes redirect) {
		placements.removePlacement(id, channelId);
		return done(id, "content.done.unplaced", redirect);
	}

	/** Passes the next review level of a placement held in a stricter channel. */
	@PostMapping("/admin/documents/{id}/placements/{channelId}/review")
	@Audited(value = "content.approvePlacement", objectType = "document")
	String reviewPlacement(@PathVariable long id, @PathVariable long channelId,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		safeguards.approvePlacement(id, channelId, comment);
		return done(id, "content.done.placementApproved", redirect);
	}

	@PostMapping("/admin/documents/{id}/submit")
	@Audited(value = "content.submit", objectType = "document")
	String submit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confidentialityConfirmed,
			RedirectAttributes redirect) {
		workflow.submit(id, confidentialityConfirmed);
		safeguards.reviewShortfall(id).ifPresent(shortfall -> redirect.addFlashAttribute("warningMessage",
				messages.getMessage("content.review.shortfall", new Object[] { shortfall.levels(), shortfall.reviewers() },
						LocaleContextHolder.getLocale())));
		return done(id, "content.done.submitted", redirect);
	}

	@PostMapping("/admin/documents/{id}/approve")
	@Audited(value = "content.approve", objectType = "document")
	String approve(@PathVariable long id, @RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		workflow.approve(id, comment);
		return done(id, "content.done.approved", redirect);
	}

	@PostMapping("/admin/documents/{id}/send-back")
	@Audited(value = "content.sendBack", objectType = "document")
	String sendBack(@PathVariable long id, @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		workflow.sendBack(id, comment);
		return done(id, "content.done.sentBack", redirect);
	}

	@PostMapping("/admin/documents/{id}/recall")
	@Audited(value = "content.recall", objectType = "document")
	String recall(@PathVariable long id, RedirectAttributes redirect) {
		workflow.recall(id);
		return done(id, "content.done.recalled", redirect);
	}

	@PostMapping("/admin/documents/{id}/secrecy")
	@Audited(value = "content.referToSecrecy", objectType = "document")
	String referToSecrecy(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		workflow.referToSecrecy(id, note);
		return done(id, "content.done.referred", redirect);
	}

	@PostMapping("/admin/documents/{id}/secrecy-answer")
	@Audited(value = "content.secrecyAnswer", objectType = "document")
	String secrecyAnswer(@PathVariable long id, @RequestParam boolean cleared, @RequestParam(defaultValue = "") String answer,
			RedirectAttributes redirect) {
		workflow.recordSecrecyAnswer(id, cleared, answer);
		return done(id, "content.done.secrecyAnswered", redirect);
	}

	@PostMapping("/admin/documents/{id}/publish")
	@Audited(value = "content.publish", objectType = "document")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		workflow.publish(id);
		return done(id, "content.done.published", redirect);
	}

	@PostMapping("/admin/documents/{id}/withdraw")
	@Audited(value = "content.withdraw", objectType = "document")
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		workflow.withdraw(id, reason);
		return done(id, "content.done.withdrawn", redirect);
	}

	@PostMapping("/admin/documents/{id}/versions/{version}/restore")
	@Audited(value = "content.restore", objectType = "document")
	String restore(@PathVariable long id, @PathVariable int version, RedirectAttributes redirect) {
		library.restore(id, version);
		return done(id, "content.done.restored", redirect);
	}

	@PostMapping("/admin/documents/{id}/attachments")
	@Audited(value = "content.upload", objectType = "document")
	String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		AttachmentRef attachment = library.upload(id, String.valueOf(file.getOriginalFilename()), file.getBytes());
		DocumentView document = library.get(id);
		List<Long> attachments = new java.util.ArrayList<>(document.content().attachmentIds());
		attachments.add(attachment.id());
		library.save(id, document.content().withAttachments(document.content().coverId(), attachments));
		redirect.addFlashAttribute("successMessage", message("content.done.uploaded", attachment.fileName()));
		return "redirect:/admin/documents/" + id + "#files";
	}

	/** Takes a file off the document's attachments (附件) or its cover (题图), as a new version. */
	@PostMapping("/admin/documents/{id}/attachments/{attachmentId}/remove")
	@Audited(value = "content.removeAttachment", objectType = "document")
	String removeAttachment(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		DocumentView document = library.get(id);
		List<Long> rest = document.content().attachmentIds().stream().filter(a -> a != attachmentId).toList();
		Long cover = document.content().coverId();
		boolean wasCover = cover != null && cover == attachmentId;
		if (!wasCover && rest.size() == document.content().attachmentIds().size()) {
			throw new ContentRuleViolation("content.files.notAttached");
		}
		library.save(id, document.content().withAttachments(wasCover ? null : cover, rest));
		return done(id, "content.done.attachmentRemoved", redirect);
	}

	/**
	 * The editor's picture upload (TinyMCE's button, and pictures pasted as data): answers JSON,
	 * {@code {location}} where the picture shows in the console, or the reason it was refused in
	 * Chinese ({@code detail}), which the editor shows.
	 */
	@PostMapping("/admin/documents/{id}/images")
	@Audited(value = "content.uploadPicture", objectType = "document")
	@ResponseBody
	ResponseEntity<Map<String, String>> uploadImage(@PathVariable long id, @RequestParam("file") MultipartFile file)
			throws IOException {
		try {
			AttachmentRef attachment = library.uploadPicture(id, String.valueOf(file.getOriginalFilename()), file.getBytes());
			return ResponseEntity.ok(Map.of("location", "/admin/attachments/" + attachment.id()));
		}
		catch (ContentRuleViolation refused) {
			return ResponseEntity.unprocessableContent()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Map.of("detail", messages.getMessage(refused.code(), refused.arguments(), LocaleContextHolder.getLocale())));
		}
	}

	/** 报送: offers the document to the portal of its site. */
	@PostMapping("/admin/documents/{id}/offer")
	@Audited(value = "content.offer", objectType = "document")
	String offer(@PathVariable long id, @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		placements.offer(id, note);
		return done(id, "content.done.offered", redirect);
	}

	/** Two versions side by side: the changed fields and the body paragraph by paragraph. */
	@GetMapping("/admin/documents/{id}/compare")
	String compare(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
		DocumentView document = library.get(id);
		model.addAttribute("document", document);
		model.addAttribute("comparison", library.compare(id, Math.min(from, to), Math.max(from, to)));
		model.addAttribute("versions", library.versions(id));
		return "content/compare";
	}

	@GetMapping("/admin/attachments/{id}")
	ResponseEntity<InputStreamResource> attachment(@PathVariable long id) {
		StoredFile file = library.file(id);
		InputStream stream = file.content().get();
		boolean picture = file.attachment().mediaType().startsWith("image/");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.attachment().mediaType()))
			.contentLength(file.attachment().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, (picture ? ContentDisposition.inline() : ContentDisposition.attachment())
				.filename(file.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(stream));
	}

	/** The policy picker of an interpretation: the site's policy documents whose title has the words typed. */
	@GetMapping("/admin/documents/policy-options")
	String policyOptions(@RequestParam long siteId, @RequestParam(required = false) @Nullable String policyQuery,
			@RequestParam(required = false) @Nullable Long policyId, Model model) {
		model.addAttribute("policyOptions", policies(siteId, policyQuery, policyId));
		model.addAttribute("selected", policyId);
		return "content/policy-options :: options";
	}

	/** A choice in the policy picker. */
	record PolicyOption(long id, String title) {
	}

	/**
	 * Up to 30 policy documents of the site, newest change first; the one chosen always among
	 * them, even of another site, so that a save keeps it.
	 */
	private List<PolicyOption> policies(long siteId, @Nullable String words, @Nullable Long chosen) {
		String text = words == null || words.isBlank() ? null : words.strip();
		List<PolicyOption> found = new java.util.ArrayList<>(library
			.list(new DocumentFilter(siteId, null, null, null, null, null, text), 0, 500)
			.stream()
			.filter(document -> document.type() == DocumentType.POLICY)
			.limit(30)
			.map(document -> new PolicyOption(document.id(), document.title()))
			.toList());
		if (chosen != null && found.stream().noneMatch(option -> option.id() == chosen)) {
			found.add(0, new PolicyOption(chosen, policyTitle(chosen)));
		}
		return found;
	}

	private String policyTitle(long policyId) {
		try {
			return library.get(policyId).content().title();
		}
		catch (AccessDeniedException | org.govsite.platform.NotFound unreadable) {
			return message("content.field.policyId.numbered", policyId);
		}
	}

	@GetMapping("/admin/review")
	String review(@RequestParam(defaultValue = "0") int page, Model model) {
		int shown = Math.max(page, 0);
		ReviewQueue queue = workflow.awaitingMyReview(shown * PAGE, PAGE);
		List<DocumentSummary> documents = queue.documents();
		model.addAttribute("documents", documents);
		model.addAttribute("total", queue.total());
		model.addAttribute("page", shown);
		model.addAttribute("hasNext", queue.total().reaches((shown + 1) * PAGE));
		model.addAttribute("siteNames", siteNames());
		model.addAttribute("applicationSigned",
				applicationForms.signedStates(documents.stream().map(DocumentSummary::id).toList()));
		return "content/review";
	}

	/** Runs the change; a refusal that concerns a field goes beside it, another above the form. */
	private <T> @Nullable T submitForm(BindingResult binding, Supplier<T> change) {
		if (binding.hasErrors()) {
			return null;
		}
		try {
			return change.get();
		}
		catch (AccessDeniedException denied) {
			// the form comes back as typed, with the reason on top; the status tells the audit trail it was refused
			binding.reject("error.forbidden");
			if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
					instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
					&& attributes.getResponse() != null) {
				attributes.getResponse().setStatus(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
			}
			return null;
		}
		catch (ContentRuleViolation refused) {
			if (FORM_FIELDS.contains(refused.field())) {
				binding.rejectValue(refused.field(), refused.code(), refused.arguments(), null);
			}
			else {
				binding.reject(refused.code(), refused.arguments(), null);
			}
			return null;
		}
	}

	private String formPage(long siteId, DocumentType type, @Nullable DocumentView document, Model model) {
		SiteSummary site = sites.find(siteId).orElseThrow(() -> new org.govsite.platform.NotFound("site", siteId));
		model.addAttribute("site", site);
		model.addAttribute("type", type);
		model.addAttribute("document", document);
		model.addAttribute("categories", SubjectCategories.LEVELS);
		if (type == DocumentType.INTERPRETATION) {
			Long chosen = model.getAttribute("documentForm") instanceof DocumentForm form ? form.getPolicyId() : null;
			model.addAttribute("policyOptions", policies(siteId, null, chosen));
		}
		// a category from elsewhere (the API, an import) stays selectable, so a save keeps it
		String category = model.getAttribute("documentForm") instanceof DocumentForm form ? form.getSubjectCategory() : null;
		model.addAttribute("otherCategory", category == null || category.isBlank() || listed(category) ? null : category);
		model.addAttribute("validities", org.govsite.content.Validity.values());
		model.addAttribute("modes", org.govsite.content.DisclosureMode.values());
		model.addAttribute("formAction", document == null ? "/admin/documents?siteId=" + siteId + "&type=" + type.name()
				: "/admin/documents/" + document.id());
		if (document == null) {
			model.addAttribute("mayEdit", true);
		}
		if (document != null) {
			java.util.List<org.govsite.content.VersionSummary> versions = library.versions(document.id());
			model.addAttribute("versions", versions);
			// the review buttons for those who may use them: a reviewer who wrote no version of it
			String me = access.currentUsername();
			boolean wroteIt = document.createdBy().equals(me) || versions.stream().anyMatch(v -> v.editedBy().equals(me));
			model.addAttribute("mayReview", contentAccess.mayReview(document.id()) && !wroteIt);
			// only the buttons the user may use: a reviewer reads the form, an editor cannot take a live document down
			model.addAttribute("mayEdit", contentAccess.mayEdit(document.id()));
			model.addAttribute("mayWithdraw", contentAccess.mayWithdraw(document.id()));
			if (document.type() == DocumentType.POLICY && document.content().disclosure() != null
					&& document.content().disclosure().validity() != org.govsite.content.Validity.VALID) {
				Long replacement = library.replacement(document.id()).orElse(null);
				model.addAttribute("replacementId", replacement);
				model.addAttribute("replacementOptions", policies(siteId, null, replacement).stream()
					.filter(option -> option.id() != document.id())
					.toList());
			}
			model.addAttribute("wroteIt", wroteIt);
			// placements waiting for review levels of their own, and which of them this user may pass now
			model.addAttribute("heldPlacements", safeguards.heldPlacements(document.id()));
			model.addAttribute("myHeldChannels", safeguards.placementsAwaitingMyReview().stream()
				.filter(held -> held.documentId() == document.id())
				.map(org.govsite.content.PlacementReviewView::channelId)
				.collect(java.util.stream.Collectors.toSet()));
			PublicationTracker tracker = publications.getIfAvailable();
			java.util.List<Publication> published = tracker == null || !document.live() ? java.util.List.of()
					: tracker.publicationsOf(document.id());
			model.addAttribute("publications", published);
			model.addAttribute("publicationsSettled", published.stream()
				.allMatch(p -> p.state() == Publication.State.LIVE || p.state() == Publication.State.FAILED));
			model.addAttribute("checks", workflow.submissionCheck(document.id()));
			model.addAttribute("offers", placements.offersOf(document.id()));
			model.addAttribute("portal", site.parentId() == null ? null : sites.find(site.parentId()).orElse(null));
			model.addAttribute("channelNames", channelNames(document));
			// a cover is one of the document's pictures (or the file it has as cover already)
			model.addAttribute("pictures", document.files().stream()
				.filter(file -> file.mediaType().startsWith("image/") || file.id() == java.util.Objects.requireNonNullElse(document.content().coverId(), -1L))
				.toList());
			model.addAttribute("siteChannels", channels.ofSite(siteId).stream().filter(ChannelView::acceptsContent).toList());
		}
		return "content/form";
	}

	private static boolean listed(String category) {
		int slash = category.indexOf('/');
		List<String> second = SubjectCategories.LEVELS.get(slash < 0 ? category : category.substring(0, slash));
		return second != null && (slash < 0 || second.contains(category.substring(slash + 1)));
	}

	private Map<Long, String> channelNames(DocumentView document) {
		Map<Long, String> names = new LinkedHashMap<>();
		document.placements().forEach(placement -> channels.find(placement.channelId())
			.ifPresent(channel -> names.put(channel.id(), channel.name())));
		placements.offersOf(document.id()).stream().map(offer -> offer.channelId()).filter(java.util.Objects::nonNull)
			.forEach(channelId -> channels.find(channelId).ifPresent(channel -> names.put(channel.id(), channel.name())));
		return names;
	}

	private Map<Long, String> siteNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		sites.all().forEach(site -> names.put(site.id(), site.name()));
		return names;
	}

	private String done(long id, String key, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successMessage", message(key));
		return "redirect:/admin/documents/" + id;
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
