package org.govsite.search.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.govsite.search.PublicSearch;
import org.govsite.search.SearchParameters;
import org.govsite.search.SearchRateLimit;
import org.govsite.search.SearchRejected;
import org.govsite.site.SiteSummary;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public search API (role public and all, no sign-in): one search over the whole site group,
 * and the newest documents of a site as open data (政务数据开放).
 */
@RestController
@RequestMapping("/api/public")
@Tag(name = "站内搜索（公开）", description = "站群全文检索与各站点最新公开信息，无需登录")
class PublicSearchController {

	private final PublicSearch search;

	private final SearchRateLimit limits;

	PublicSearchController(PublicSearch search, SearchRateLimit limits) {
		this.search = search;
		this.limits = limits;
	}

	@GetMapping("/search")
	@Operation(summary = "检索站群内容", description = "q 检索词（不超过 100 字）；site 网站标识码，可多个，缺省为全站群；"
			+ "channel 栏目 id；type 类型；from、to 日期（yyyy-MM-dd）；sort 为 relevance 或 date；page 从 1 开始；size 1 至 50。"
			+ "结果含高亮摘要（<mark>）、分面统计、纠错建议和热词。")
	PublicSearch.Answer search(HttpServletRequest request,
			@Parameter(description = "检索词") @org.springframework.web.bind.annotation.RequestParam(required = false) String q) {
		if (!limits.tryTake(request.getRemoteAddr())) {
			throw new TooManySearches();
		}
		return search.search(SearchParameters.parse(request.getParameterMap(), request.getQueryString()));
	}

	/** A page of a site's newest documents. */
	record DocumentList(String siteCode, String siteName, long total, int page, int size, List<PublicSearch.Hit> documents) {
	}

	@GetMapping("/sites/{siteCode}/documents")
	@Operation(summary = "站点最新公开信息", description = "按发布日期从新到旧列出站点（或其某一栏目，channel）已发布的信息，分页（page、size ≤ 50），JSON 格式。")
	DocumentList documents(@PathVariable String siteCode, HttpServletRequest request) {
		if (!limits.tryTake(request.getRemoteAddr())) {
			throw new TooManySearches();
		}
		if (!siteCode.matches("\\d{10}")) {
			throw new SearchRejected("site");
		}
		SiteSummary site = search.site(siteCode).orElseThrow(() -> new SearchRejected("site"));
		Map<String, String[]> parameters = new java.util.HashMap<>(request.getParameterMap());
		parameters.keySet().retainAll(Set.of("channel", "page", "size"));
		parameters.put("site", new String[] { siteCode });
		parameters.put("sort", new String[] { "date" });
		PublicSearch.Answer answer = search.search(SearchParameters.parse(parameters, request.getQueryString()));
		return new DocumentList(siteCode, site.name(), answer.total(), answer.page(), answer.size(), answer.hits());
	}
}
