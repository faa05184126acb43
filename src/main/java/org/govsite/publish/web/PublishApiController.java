package org.govsite.publish.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govsite.audit.Audited;
import org.govsite.platform.BackOffice;
import org.govsite.platform.PageSize;
import org.govsite.publish.ManifestEntry;
import org.govsite.publish.PublishJobView;
import org.govsite.publish.PublishJobs;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishing through the API: queue a full publish, follow the jobs, read a site's manifest. */
@RestController
@BackOffice
@RequestMapping("/api/v1")
@Tag(name = "发布", description = "全站发布、发布任务及其进度、站点已发布文件清单（含 SHA-256）")
class PublishApiController {

	private final PublishJobs publishJobs;

	PublishApiController(PublishJobs publishJobs) {
		this.publishJobs = publishJobs;
	}

	@PostMapping("/sites/{siteId}/publish")
	@Operation(summary = "全站发布", description = "排入一个全站发布任务；站点管理员或系统管理员可用")
	@Audited(value = "publish.full", objectType = "site", objectIdParameter = "siteId")
	ResponseEntity<PublishJobView> publish(@PathVariable long siteId) {
		long jobId = publishJobs.requestFullPublish(siteId);
		return ResponseEntity.accepted().location(URI.create("/api/v1/publish/jobs/" + jobId)).body(publishJobs.job(jobId));
	}

	@GetMapping("/publish/jobs")
	@Operation(summary = "发布任务", description = "最近的发布任务（系统管理员看到全部站点，其他人员看到其有角色的站点）")
	List<PublishJobView> jobs() {
		return publishJobs.jobs();
	}

	@GetMapping("/publish/jobs/{id}")
	@Operation(summary = "一个发布任务", description = "状态、进度、写入和未变化的文件数、失败原因")
	PublishJobView job(@PathVariable long id) {
		return publishJobs.job(id);
	}

	@GetMapping("/sites/{siteId}/manifest")
	@Operation(summary = "已发布文件清单", description = "站点的已发布文件，按路径排列：路径、SHA-256、大小、写入时间；"
			+ "每次最多 " + PageSize.MAX + " 条，用 offset 翻页")
	List<ManifestEntry> manifest(@PathVariable long siteId, @RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "" + PageSize.MAX) int limit) {
		return publishJobs.manifest(siteId, PageSize.offset(offset), PageSize.of(limit));
	}
}
