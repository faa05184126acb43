package org.govsite.content.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.govsite.audit.Audited;
import org.govsite.content.OfferStatistics;
import org.govsite.content.OfferView;
import org.govsite.content.Placements;
import org.govsite.platform.BackOffice;
import org.govsite.platform.PageSize;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 报送采用 through the API: what waits for the portal, accepting, declining, and the yearly counts. */
@RestController
@BackOffice
@RequestMapping("/api/v1/offers")
@Tag(name = "报送采用", description = "部门网站向门户网站报送稿件，门户网站编辑采用到栏目或说明理由不采用；按年统计报送和采用数")
class OfferApiController {

	private final Placements placements;

	OfferApiController(Placements placements) {
		this.placements = placements;
	}

	@GetMapping
	@Operation(summary = "等待我处理的报送", description = "报送到我编辑的门户网站待采用的稿件，以及我审核的门户栏目中待审核的采用")
	List<OfferView> waiting() {
		return placements.offersWaitingForMe();
	}

	@GetMapping("/sent")
	@Operation(summary = "本站报送", description = "我编辑的站点最近报送的稿件及结果")
	List<OfferView> sent(@RequestParam(defaultValue = "100") int limit) {
		return placements.offersOfMySites(PageSize.of(limit));
	}

	@GetMapping("/{id}")
	OfferView get(@PathVariable long id) {
		return placements.offerView(id);
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "采用", description = "采用到门户网站的栏目；该栏目设置了自己的审核级数时，须门户审核员审核后才发布到栏目")
	@Audited(value = "content.acceptOffer", objectType = "offer")
	OfferView accept(@PathVariable long id, @Valid @RequestBody AcceptRequest request) {
		placements.acceptOffer(id, request.channelId());
		return placements.offerView(id);
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "审核采用", description = "门户网站审核员审核通过采用（不能是采用人或稿件作者）")
	@Audited(value = "content.approveOffer", objectType = "offer")
	OfferView approve(@PathVariable long id) {
		placements.approveOffer(id);
		return placements.offerView(id);
	}

	@PostMapping("/{id}/decline")
	@Operation(summary = "不采用", description = "须说明理由，报送人会收到通知")
	@Audited(value = "content.declineOffer", objectType = "offer")
	OfferView decline(@PathVariable long id, @Valid @RequestBody DeclineRequest request) {
		placements.declineOffer(id, request.reason());
		return placements.offerView(id);
	}

	@GetMapping("/statistics")
	@Operation(summary = "报送采用统计", description = "某年各部门网站报送和被采用的稿件数")
	List<OfferStatistics> statistics(@RequestParam int year) {
		return placements.offerStatistics(year);
	}

	record AcceptRequest(@NotNull Long channelId) {
	}

	record DeclineRequest(@NotBlank String reason) {
	}
}
