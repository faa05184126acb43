package org.govsite.migration.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govsite.audit.Audited;
import org.govsite.migration.BulkImports;
import org.govsite.migration.BulkResult;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk import of documents through the API: 200 with the new ids, or 422 with every row's errors and nothing imported. */
@RestController
@BackOffice
@Tag(name = "批量导入", description = "从 JSON Lines、xlsx 或 Word 文件压缩包批量导入文档，逐行检查，全部无误才一次导入并发布")
class BulkImportApiController {

	private final BulkImports imports;

	BulkImportApiController(BulkImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/sites/{siteId}/bulk-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "批量导入文档", description = "文件为 .jsonl、.xlsx 或 .zip；未指定栏目的行放入 channelId 栏目")
	@Audited(value = "migration.bulk", objectType = "site", objectIdParameter = "siteId")
	ResponseEntity<BulkResult> importFile(@PathVariable long siteId, @RequestParam MultipartFile file,
			@RequestParam(required = false) @Nullable Long channelId) throws IOException {
		BulkResult result = imports.importFile(siteId, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
				file.getBytes(), channelId);
		return ResponseEntity.status(result.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(result);
	}
}
