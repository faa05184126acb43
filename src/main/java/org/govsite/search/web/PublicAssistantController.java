package org.govsite.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.govsite.search.Assistant;
import org.govsite.search.SearchRateLimit;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The assistant's API (role public and all, no sign-in), rate-limited like the search it uses. */
@RestController
@RequestMapping("/api/public")
@Tag(name = "智能问答（公开）", description = "按网站回答市民提问：知识库、办事指南、政策文件中的最相关内容及出处，无需登录")
class PublicAssistantController {

	private final Assistant assistant;

	private final SearchRateLimit limits;

	PublicAssistantController(Assistant assistant, SearchRateLimit limits) {
		this.assistant = assistant;
		this.limits = limits;
	}

	@GetMapping("/assistant")
	@Operation(summary = "向网站提问", description = "site 网站标识码（10 位数字）；q 问题（不超过 100 字）。"
			+ "answers 依次为知识库、办事指南、政策文件中的最相关内容，各带出处和链接；answered 为 false 时表示没有找到答案，"
			+ "问题已记入知识库待办，letterUrl 为带上该问题的写信页面。")
	Assistant.Reply ask(HttpServletRequest request, @Parameter(description = "网站标识码") @RequestParam(required = false) @Nullable String site,
			@Parameter(description = "问题") @RequestParam(required = false) @Nullable String q) {
		if (!limits.tryTake(request.getRemoteAddr())) {
			throw new TooManySearches();
		}
		return assistant.ask(site == null ? "" : site, q == null ? "" : q);
	}
}
