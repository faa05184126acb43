package org.govsite.content.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.audit.Audited;
import org.govsite.content.AttachmentRef;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentPermissions;
import org.govsite.content.DocumentView;
import org.govsite.content.MediaLibrary;
import org.govsite.content.MediaQuery;
import org.govsite.content.MediaQuery.MediaKind;
import org.govsite.content.MediaUse;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 媒体库: a site's pictures and files, searchable, with who uploaded each and where it is used;
 * opened from a document ({@code documentId}), each file can be taken by that document.
 */
@Controller
@BackOffice
class MediaLibraryController {

	static final int PAGE_SIZE = 30;

	private final MediaLibrary media;

	private final DocumentLibrary library;

	private final DocumentPermissions permissions;

	private final SiteDirectory sites;

	private final StaffAccess access;

	private final MessageSource messages;

	MediaLibraryController(MediaLibrary media, DocumentLibrary library, DocumentPermissions permissions, SiteDirectory sites,
			StaffAccess access, MessageSource messages) {
		this.media = media;
		this.library = library;
		this.permissions = permissions;
		this.sites = sites;
		this.access = access;
		this.messages = messages;
	}

	/** Without a site, the first the user works for; with a document, that document's site. */
	@GetMapping("/admin/media")
	String list(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable String text,
			@RequestParam(defaultValue = "ALL") MediaKind kind, @RequestParam(required = false) @Nullable Long documentId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		DocumentView document = documentId == null ? null : library.get(documentId);
		List<SiteSummary> readable = readableSites();
		Long site = document != null ? Long.valueOf(document.siteId()) : siteId;
		if (site == null) {
			if (readable.isEmpty()) {
				throw new AccessDeniedException("reads no site's documents");
			}
			site = readable.get(0).id();
		}
		MediaQuery query = new MediaQuery(site, text, kind);
		int from = Math.max(page, 0);
		model.addAttribute("query", query);
		model.addAttribute("files", media.find(query, from * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("total", media.count(query));
		model.addAttribute("page", from);
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("sites", readable);
		model.addAttribute("site", sites.find(site).orElse(null));
		model.addAttribute("kinds", MediaKind.values());
		model.addAttribute("document", document);
		model.addAttribute("mayReuse", document != null && permissions.mayEdit(document.id()));
		return "content/media";
	}

	/** The document takes the file as a 附件, its 题图 or a picture for its 正文, and the editor is back on its page. */
	@PostMapping("/admin/documents/{id}/media/{fileId}")
	@Audited(value = "content.reuseMedia", objectType = "document")
	String reuse(@PathVariable long id, @PathVariable long fileId, @RequestParam MediaUse use, RedirectAttributes redirect) {
		AttachmentRef file = media.reuse(id, fileId, use);
		redirect.addFlashAttribute("successMessage", messages.getMessage("content.media.done." + use.name(),
				new Object[] { file.fileName() }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/documents/" + id + (use == MediaUse.BODY ? "#body" : "#files");
	}

	/**
	 * The document's own pictures as the editor's picture list (TinyMCE's {@code image_list}): a
	 * picture taken from the library for the 正文 is placed from there.
	 */
	@GetMapping("/admin/documents/{id}/pictures")
	@ResponseBody
	List<Map<String, String>> pictures(@PathVariable long id) {
		return library.get(id)
			.files()
			.stream()
			.filter(file -> file.mediaType().startsWith("image/"))
			.map(file -> Map.of("title", file.fileName(), "value", "/admin/attachments/" + file.id()))
			.toList();
	}

	/** The sites whose documents the user may read: every site for the system administrator. */
	private List<SiteSummary> readableSites() {
		if (access.isSystemAdmin()) {
			return sites.all();
		}
		Set<Long> ids = access.sitesWith(Arrays.stream(StaffRole.values()).filter(role -> !role.isAdministrator())
			.toArray(StaffRole[]::new));
		return sites.all().stream().filter(candidate -> ids.contains(candidate.id())).toList();
	}
}
