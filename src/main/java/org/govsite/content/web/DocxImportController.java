package org.govsite.content.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentType;
import org.govsite.content.DocxImported;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 导入 Word 文档: a .docx becomes a new document of a site the editor writes for. */
@Controller
@BackOffice
class DocxImportController {

	/** The types an imported text makes without further fields (a policy document needs its 索引号 first). */
	static final List<DocumentType> TYPES = List.of(DocumentType.ARTICLE, DocumentType.PICTURE_NEWS, DocumentType.TOPIC_PAGE);

	private final DocumentLibrary library;

	private final SiteDirectory sites;

	private final ChannelDirectory channels;

	private final StaffAccess staff;

	private final MessageSource messages;

	DocxImportController(DocumentLibrary library, SiteDirectory sites, ChannelDirectory channels, StaffAccess staff,
			MessageSource messages) {
		this.library = library;
		this.sites = sites;
		this.channels = channels;
		this.staff = staff;
		this.messages = messages;
	}

	@InitBinder("importForm")
	void fields(WebDataBinder binder) {
		binder.setAllowedFields("siteId", "type", "channelId", "file");
	}

	@GetMapping("/admin/documents/import")
	String form(@ModelAttribute("importForm") ImportForm form, Model model) {
		if (form.getSiteId() == null && writableSites().size() == 1) {
			form.setSiteId(writableSites().getFirst().id());
		}
		return page(form, model);
	}

	@PostMapping("/admin/documents/import")
	@Audited(value = "content.import", objectType = "document")
	String importDocx(@ModelAttribute("importForm") ImportForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) throws IOException {
		MultipartFile file = form.getFile();
		if (form.getSiteId() == null) {
			return page(form, model);
		}
		if (file == null || file.isEmpty()) {
			binding.rejectValue("file", "content.import.fileRequired");
			return page(form, model);
		}
		DocxImported imported;
		try {
			imported = library.importDocx(form.getSiteId(), form.getType(), form.getChannelId(),
					String.valueOf(file.getOriginalFilename()), file.getBytes());
		}
		catch (ContentRuleViolation refused) {
			binding.rejectValue("file", refused.code(), refused.arguments(), null);
			return page(form, model);
		}
		AuditContext.objectId(imported.documentId());
		redirect.addFlashAttribute("successMessage", message("content.done.imported", imported.title(), imported.pictures()));
		if (!imported.skippedPictures().isEmpty()) {
			redirect.addFlashAttribute("errorMessage", message("content.done.importSkipped", String.join("；", imported.skippedPictures())));
		}
		return "redirect:/admin/documents/" + imported.documentId();
	}

	private String page(ImportForm form, Model model) {
		model.addAttribute("sites", writableSites());
		model.addAttribute("types", TYPES);
		Long siteId = form.getSiteId();
		model.addAttribute("channels", siteId == null ? List.of()
				: channels.ofSite(siteId).stream().filter(ChannelView::acceptsContent)
					.filter(channel -> staff.hasChannelRole(siteId, channel.id(), StaffRole.EDITOR))
					.toList());
		return "content/import";
	}

	private List<SiteSummary> writableSites() {
		Set<Long> writable = staff.sitesWith(StaffRole.EDITOR);
		return sites.all().stream().filter(site -> writable.contains(site.id())).toList();
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** What the import form sends. */
	static class ImportForm {

		private @Nullable Long siteId;

		private DocumentType type = DocumentType.ARTICLE;

		private @Nullable Long channelId;

		private @Nullable MultipartFile file;

		public @Nullable Long getSiteId() { return siteId; }
		public void setSiteId(@Nullable Long siteId) { this.siteId = siteId; }
		public DocumentType getType() { return type; }
		public void setType(DocumentType type) { this.type = type; }
		public @Nullable Long getChannelId() { return channelId; }
		public void setChannelId(@Nullable Long channelId) { this.channelId = channelId; }
		public @Nullable MultipartFile getFile() { return file; }
		public void setFile(@Nullable MultipartFile file) { this.file = file; }
	}
}
