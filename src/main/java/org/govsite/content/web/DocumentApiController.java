package org.govsite.content.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.content.AttachmentRef;
import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DocumentFilter;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentState;
import org.govsite.content.DocumentSummary;
import org.govsite.content.DocumentType;
import org.govsite.content.DocumentView;
import org.govsite.content.DocxImported;
import org.govsite.content.OfferView;
import org.govsite.content.PlacementRequest;
import org.govsite.content.PlacementReviewView;
import org.govsite.content.PlacementView;
import org.govsite.content.Placements;
import org.govsite.content.ReviewSafeguards;
import org.govsite.content.ReviewWorkflow;
import org.govsite.content.SubmissionCheck;
import org.govsite.content.VersionComparison;
import org.govsite.content.VersionSummary;
import org.govsite.platform.BackOffice;
import org.govsite.platform.PageSize;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The library through the API: documents, their versions, placements, files and review workflow. */
@RestController
@BackOffice
@RequestMapping("/api/v1/documents")
@Tag(name = "稿件", description = "信息资源库：稿件及其版本、附件、发布栏目和审核流程（送审、审核、退回、发布、撤稿、定时）")
class DocumentApiController {

	private final DocumentLibrary library;

	private final ReviewWorkflow workflow;

	private final Placements placements;

	private final ReviewSafeguards safeguards;

	private final MessageSource messages;

	DocumentApiController(DocumentLibrary library, ReviewWorkflow workflow, Placements placements,
			ReviewSafeguards safeguards, MessageSource messages) {
		this.library = library;
		this.workflow = workflow;
		this.placements = placements;
		this.safeguards = safeguards;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "稿件列表", description = "按站点、栏目、状态、作者、修改日期和标题文字筛选，最近修改的在前")
	List<DocumentSummary> list(@RequestParam(required = false) @Nullable Long siteId,
			@RequestParam(required = false) @Nullable Long channelId,
			@RequestParam(required = false) @Nullable DocumentState state,
			@RequestParam(required = false) @Nullable String author,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String text, @RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "50") int limit) {
		return library.list(new DocumentFilter(siteId, channelId, state, author, from, to, text), PageSize.offset(offset),
				PageSize.of(limit));
	}

	@PostMapping
	@Operation(summary = "新建稿件", description = "需要 siteId 和 type；正文保存时按白名单清理")
	@Audited(value = "content.create", objectType = "document")
	ResponseEntity<DocumentView> create(@Valid @RequestBody DocumentRequest request) {
		if (request.siteId() == null || request.type() == null) {
			throw new ContentRuleViolation("content.api.siteAndType");
		}
		long id = library.create(request.siteId(), request.type(), request.content());
		AuditContext.objectId(id);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + id)).body(library.get(id));
	}

	@GetMapping("/{id}")
	DocumentView get(@PathVariable long id) {
		return library.get(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "保存新版本", description = "每次保存形成一个版本；已发布的稿件保存后，线上仍是原版本，直到新版本审核发布")
	@Audited(value = "content.save", objectType = "document")
	DocumentView save(@PathVariable long id, @Valid @RequestBody DocumentRequest request) {
		library.save(id, request.content());
		return library.get(id);
	}

	@GetMapping("/{id}/versions")
	List<VersionSummary> versions(@PathVariable long id) {
		return library.versions(id);
	}

	@PostMapping("/{id}/versions/{version}/restore")
	@Audited(value = "content.restore", objectType = "document")
	DocumentView restore(@PathVariable long id, @PathVariable int version) {
		library.restore(id, version);
		return library.get(id);
	}

	@GetMapping("/{id}/placements")
	List<PlacementView> placements(@PathVariable long id) {
		return library.get(id).placements();
	}

	@PostMapping("/{id}/placements")
	@Operation(summary = "发布到栏目", description = "本站或有编辑权限的其他站点的栏目；可置顶、排序、设到期时间")
	@Audited(value = "content.place", objectType = "document")
	List<PlacementView> place(@PathVariable long id, @Valid @RequestBody PlacementBody request) {
		placements.place(id, new PlacementRequest(request.channelId(), Boolean.TRUE.equals(request.pinned()),
				request.sortOrder() == null ? 0 : request.sortOrder(), request.expiresAt()));
		return library.get(id).placements();
	}

	@PutMapping("/{id}/replacement")
	@Operation(summary = "指定替代或修改本文件的文件", description = "有效性为失效、废止或已修改的政策文件；目标须是库中另一文件，不能形成循环")
	@Audited(value = "content.replacement", objectType = "document")
	ResponseEntity<Void> setReplacement(@PathVariable long id, @Valid @RequestBody ReplacementBody request) {
		library.setReplacement(id, request.replacementId());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}/replacement")
	@Audited(value = "content.clearReplacement", objectType = "document")
	ResponseEntity<Void> clearReplacement(@PathVariable long id) {
		library.clearReplacement(id);
		return ResponseEntity.noContent().build();
	}

	/** The document that replaces or amends this one. */
	record ReplacementBody(@jakarta.validation.constraints.NotNull Long replacementId) {
	}

	@DeleteMapping("/{id}/placements/{channelId}")
	@Audited(value = "content.unplace", objectType = "document")
	ResponseEntity<Void> unplace(@PathVariable long id, @PathVariable long channelId) {
		placements.removePlacement(id, channelId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/attachments")
	@Operation(summary = "上传附件", description = "按内容识别文件类型，不看文件名；不接受的文件以中文说明原因")
	@Audited(value = "content.upload", objectType = "document")
	ResponseEntity<AttachmentRef> upload(@PathVariable long id, @RequestParam("file") MultipartFile file)
			throws IOException {
		AttachmentRef attachment = library.upload(id, String.valueOf(file.getOriginalFilename()), file.getBytes());
		return ResponseEntity.created(URI.create("/admin/attachments/" + attachment.id())).body(attachment);
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "送审", description = "须确认已进行保密审查（confidentialityConfirmed: true）")
	@Audited(value = "content.submit", objectType = "document")
	SubmitResponse submit(@PathVariable long id, @RequestBody SubmitRequest request) {
		workflow.submit(id, Boolean.TRUE.equals(request.confidentialityConfirmed()));
		String warning = safeguards.reviewShortfall(id)
			.map(shortfall -> messages.getMessage("content.review.shortfall",
					new Object[] { shortfall.levels(), shortfall.reviewers() }, LocaleContextHolder.getLocale()))
			.orElse(null);
		return new SubmitResponse(library.get(id), warning);
	}

	/** The submitted document, and a warning when its review cannot finish with the reviewers there are. */
	record SubmitResponse(@JsonUnwrapped DocumentView document, @Nullable String warning) {
	}

	@PostMapping("/{id}/placements/{channelId}/review")
	@Operation(summary = "审核栏目放置", description = "稿件放入审核级数高于其已通过级数的栏目时，该放置须再通过缺少的审核级后才在该栏目显示；"
			+ "每级由不同的审核人通过，作者、编辑和放置人不能审核")
	@Audited(value = "content.approvePlacement", objectType = "document")
	List<PlacementReviewView> reviewPlacement(@PathVariable long id, @PathVariable long channelId,
			@RequestBody(required = false) @Nullable CommentRequest request) {
		safeguards.approvePlacement(id, channelId, request == null ? null : request.comment());
		return safeguards.heldPlacements(id);
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "审核通过", description = "通过当前审核级；最后一级通过后发布（或进入校对、定时发布）。作者和编辑过稿件的人不能审核")
	@Audited(value = "content.approve", objectType = "document")
	DocumentView review(@PathVariable long id, @RequestBody(required = false) @Nullable CommentRequest request) {
		workflow.approve(id, request == null ? null : request.comment());
		return library.get(id);
	}

	@PostMapping("/{id}/send-back")
	@Audited(value = "content.sendBack", objectType = "document")
	DocumentView sendBack(@PathVariable long id, @Valid @RequestBody CommentRequest request) {
		workflow.sendBack(id, request.comment());
		return library.get(id);
	}

	@PostMapping("/{id}/recall")
	@Audited(value = "content.recall", objectType = "document")
	DocumentView recall(@PathVariable long id) {
		workflow.recall(id);
		return library.get(id);
	}

	@PostMapping("/{id}/secrecy")
	@Operation(summary = "提请保密审查", description = "稿件暂停审核，直到记录保密部门的答复")
	@Audited(value = "content.referToSecrecy", objectType = "document")
	DocumentView referToSecrecy(@PathVariable long id, @Valid @RequestBody CommentRequest request) {
		workflow.referToSecrecy(id, request.comment());
		return library.get(id);
	}

	@PostMapping("/{id}/secrecy-answer")
	@Audited(value = "content.secrecyAnswer", objectType = "document")
	DocumentView secrecyAnswer(@PathVariable long id, @Valid @RequestBody SecrecyAnswer request) {
		workflow.recordSecrecyAnswer(id, request.cleared(), request.answer());
		return library.get(id);
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "发布", description = "校对完成后发布，或立即发布已签发待发布、定时发布的稿件")
	@Audited(value = "content.publish", objectType = "document")
	DocumentView publish(@PathVariable long id) {
		workflow.publish(id);
		return library.get(id);
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "撤稿", description = "从所有栏目撤下，须说明理由")
	@Audited(value = "content.withdraw", objectType = "document")
	DocumentView withdraw(@PathVariable long id, @Valid @RequestBody CommentRequest request) {
		workflow.withdraw(id, request.comment());
		return library.get(id);
	}

	@PostMapping("/{id}/schedule")
	@Operation(summary = "定时发布与定时撤稿", description = "publishAt：签发后何时发布；withdrawAt：何时撤稿；为空则取消")
	@Audited(value = "content.schedule", objectType = "document")
	DocumentView schedule(@PathVariable long id, @RequestBody ScheduleRequest request) {
		DocumentView document = library.get(id);
		if (!document.state().equals(DocumentState.PUBLISHED) && !document.state().equals(DocumentState.WITHDRAWN)
				&& !document.state().equals(DocumentState.ARCHIVED)) {
			workflow.schedulePublish(id, request.publishAt());
		}
		if (request.withdrawAt() != null || document.scheduledWithdrawAt() != null) {
			workflow.scheduleWithdrawal(id, request.withdrawAt());
		}
		return library.get(id);
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "导入 Word 文档", description = "上传 .docx 新建稿件（siteId、type，可选 channelId）：保留标题、段落、各级标题、列表、表格和图片，去掉字体字号颜色；损坏或非 .docx 的文件以中文说明原因")
	@Audited(value = "content.import", objectType = "document")
	ResponseEntity<DocxImported> importDocx(@RequestParam long siteId,
			@RequestParam(defaultValue = "ARTICLE") DocumentType type, @RequestParam(required = false) @Nullable Long channelId,
			@RequestParam("file") MultipartFile file) throws IOException {
		DocxImported imported = library.importDocx(siteId, type, channelId, String.valueOf(file.getOriginalFilename()),
				file.getBytes());
		AuditContext.objectId(imported.documentId());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + imported.documentId())).body(imported);
	}

	@GetMapping("/{id}/compare")
	@Operation(summary = "版本比较", description = "两个版本改动的字段，以及逐段比较的正文（删除用 del、新增用 ins 标出）")
	VersionComparison compare(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
		return library.compare(id, Math.min(from, to), Math.max(from, to));
	}

	@GetMapping("/{id}/checks")
	@Operation(summary = "送审前的内容检查", description = "各项内容检查（敏感词等）对当前版本的全部发现；checksConfigured 为 false 表示尚未配置检查")
	SubmissionCheck checks(@PathVariable long id) {
		return workflow.submissionCheck(id);
	}

	@PostMapping("/{id}/move")
	@Operation(summary = "移动到其他栏目", description = "从 fromChannelId 栏目移出，发布到 toChannelId 栏目（置顶和排序不变）")
	@Audited(value = "content.move", objectType = "document")
	List<PlacementView> move(@PathVariable long id, @Valid @RequestBody MoveRequest request) {
		placements.move(id, request.fromChannelId(), request.toChannelId());
		return library.get(id).placements();
	}

	@PostMapping("/{id}/offer")
	@Operation(summary = "报送到门户网站", description = "部门网站已发布或已签发的稿件报送到所属门户网站，由门户网站编辑决定是否采用")
	@Audited(value = "content.offer", objectType = "document")
	ResponseEntity<OfferView> offer(@PathVariable long id, @RequestBody(required = false) @Nullable OfferRequest request) {
		long offerId = placements.offer(id, request == null ? null : request.note());
		return ResponseEntity.created(URI.create("/api/v1/offers/" + offerId)).body(placements.offerView(offerId));
	}

	@GetMapping("/{id}/offers")
	List<OfferView> offers(@PathVariable long id) {
		return placements.offersOf(id);
	}

	record MoveRequest(@jakarta.validation.constraints.NotNull Long fromChannelId,
			@jakarta.validation.constraints.NotNull Long toChannelId) {
	}

	record OfferRequest(@Nullable String note) {
	}

	record SubmitRequest(@Nullable Boolean confidentialityConfirmed) {
	}

	record PlacementBody(@jakarta.validation.constraints.NotNull Long channelId, @Nullable Boolean pinned,
			@Nullable Integer sortOrder, @Nullable Instant expiresAt) {
	}

	record CommentRequest(@NotBlank String comment) {
	}

	record SecrecyAnswer(@jakarta.validation.constraints.NotNull Boolean cleared, @NotBlank String answer) {
	}

	record ScheduleRequest(@Nullable Instant publishAt, @Nullable Instant withdrawAt) {
	}
}
