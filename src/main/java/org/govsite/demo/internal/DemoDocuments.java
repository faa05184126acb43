package org.govsite.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelView;
import org.govsite.content.AttachmentRef;
import org.govsite.content.ContentImport;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DisclosureMode;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentType;
import org.govsite.content.ImportedDocument;
import org.govsite.content.Validity;
import org.govsite.demo.internal.DemoCounty.DemoSite;

import org.springframework.stereotype.Component;

/**
 * Fills every channel of a demo site with documents of its kind: news (some with pictures),
 * notices, policy documents with their disclosure fields and interpretations, overview pages,
 * disclosure guides and reports, service guides, an external link, a special topic. Imported as
 * published, then the site is published in full.
 */
@Component
class DemoDocuments {

	private static final String AUTHOR = DemoSiteGroup.ACTOR;

	private final ContentImport imports;

	private final ChannelDirectory channels;

	private final Clock clock;

	DemoDocuments(ContentImport imports, ChannelDirectory channels, Clock clock) {
		this.imports = imports;
		this.channels = channels;
		this.clock = clock;
	}

	/** Imports the site's documents; returns the one to archive (a finished topic's article), if any. */
	List<Long> fill(long siteId, DemoSite site) {
		List<ChannelView> all = channels.ofSite(siteId);
		Set<Long> parents = all.stream().map(ChannelView::parentId).filter(p -> p != null).collect(Collectors.toSet());
		DemoTexts texts = new DemoTexts(siteId);
		Writer writer = new Writer(site, texts, clock.instant());
		List<ImportedDocument> documents = new ArrayList<>();
		List<ImportedDocument> interpretations = new ArrayList<>();
		ChannelView interpretationChannel = all.stream().filter(c -> c.kind() == ChannelKind.INTERPRETATION).findFirst().orElse(null);
		boolean picturesDone = false;
		List<Long> toArchive = new ArrayList<>();
		for (ChannelView channel : all) {
			if (parents.contains(channel.id())) {
				// a topic with sections below it still has its 专题页面: its page's banner and introduction
				writer.landing(channel).ifPresent(documents::add);
				continue;
			}
			switch (channel.kind()) {
				case NEWS -> {
					documents.addAll(writer.news(channel, picturesDone ? 0 : 3));
					picturesDone = true;
				}
				case NOTICE -> documents.addAll(writer.notices(channel));
				case POLICY -> {
					List<Long> policies = imports.importPublished(siteId, writer.policies(channel));
					if (interpretationChannel != null) {
						interpretations.addAll(writer.interpretations(interpretationChannel, policies));
					}
				}
				case TOPIC -> {
					List<ImportedDocument> topic = writer.topic(channel);
					if (channel.code().equals("xczx")) {
						toArchive.addAll(imports.importPublished(siteId, topic.subList(0, 1)));
						documents.addAll(topic.subList(1, topic.size()));
					}
					else {
						documents.addAll(topic);
					}
					writer.landing(channel).ifPresent(documents::add);
				}
				case INTERPRETATION -> {
					// filled with the interpretations of the site's policy documents
				}
				default -> documents.addAll(writer.page(channel));
			}
		}
		documents.addAll(interpretations);
		imports.importPublished(siteId, documents);
		return toArchive;
	}

	/** Writes the documents of one site. */
	private final class Writer {

		private final DemoSite site;

		private final DemoTexts texts;

		private final Instant now;

		private int sequence;

		private int serial;

		Writer(DemoSite site, DemoTexts texts, Instant now) {
			this.site = site;
			this.texts = texts;
			this.now = now;
		}

		List<ImportedDocument> news(ChannelView channel, int withPictures) {
			List<String> titles = List.of("召开%s工作推进会", "领导深入基层调研%s工作", "扎实推进%s", "%s取得阶段性成效", "开展%s专项行动",
					"举办%s业务培训班");
			List<ImportedDocument> news = new ArrayList<>();
			for (int i = 0; i < titles.size(); i++) {
				String topic = texts.topic();
				String title = shortName() + titles.get(i).formatted(topic);
				DocumentContent content = DocumentContent.of(title, texts.newsBody(topic));
				content = withSource(content, site.sponsor());
				if (i < withPictures) {
					// the theme shows the cover above the text; a second picture sits in the text
					AttachmentRef cover = imports.storeFile("新闻图片" + (i + 1) + ".jpg", DemoPictures.scene(sequence + i));
					AttachmentRef scene = imports.storeFile("现场图片" + (i + 1) + ".jpg", DemoPictures.scene(sequence + i + 7));
					String paragraphs = content.body();
					int second = paragraphs.indexOf("</p>") + 4;
					content = content.withBody(paragraphs.substring(0, second) + "<p class=\"gs-image\"><img src=\"attachment:"
							+ scene.id() + "\" alt=\"" + title + "现场\"></p>" + paragraphs.substring(second))
						.withAttachments(cover.id(), List.of());
					news.add(document(DocumentType.PICTURE_NEWS, content, channel));
				}
				else {
					news.add(document(DocumentType.ARTICLE, content, channel));
				}
			}
			return news;
		}

		List<ImportedDocument> notices(ChannelView channel) {
			String topic = texts.topic();
			return List.of(
					document(DocumentType.ARTICLE, DocumentContent.of("关于做好2026年" + topic + "工作的通知",
							"<p>各有关单位：</p>" + texts.newsBody(topic) + "<p style=\"text-align:right\">" + site.sponsor() + "</p>"),
							channel),
					document(DocumentType.ARTICLE, DocumentContent.of(site.name() + "2026年公开招聘工作人员公告",
							"<p>根据工作需要，经研究决定，面向社会公开招聘工作人员。现将有关事项公告如下：</p>"
									+ "<h2>一、招聘岗位</h2><p>本次共招聘工作人员5名，具体岗位见附表。</p>"
									+ "<h2>二、报名条件</h2><p>具有中华人民共和国国籍，遵守宪法和法律，具有良好的品行和正常履行职责的身体条件。</p>"
									+ "<h2>三、报名时间</h2><p>报名时间为公告发布之日起7个工作日内。</p>"
									+ "<table><thead><tr><th>岗位</th><th>人数</th><th>学历要求</th></tr></thead><tbody>"
									+ "<tr><td>综合文字岗</td><td>2</td><td>本科及以上</td></tr>"
									+ "<tr><td>信息技术岗</td><td>3</td><td>本科及以上</td></tr></tbody></table>"),
							channel),
					document(DocumentType.ARTICLE, DocumentContent.of("关于开展" + topic + "意见征集的公告", texts.newsBody(topic)),
							channel),
					document(DocumentType.ARTICLE, DocumentContent.of("关于国庆节期间做好值班值守工作的通知",
							"<p>各有关单位：</p><p>国庆节假期将至，为确保节日期间各项工作平稳有序，请各单位严格落实领导带班和24小时值班制度，"
									+ "保持通讯畅通，遇有重大情况及时报告。</p>"),
							channel));
		}

		List<ImportedDocument> policies(ChannelView channel) {
			String issuer = site.sponsor();
			String prefix = shortName().substring(0, 1);
			return List.of(
					policy(channel, issuer + "关于进一步优化营商环境的若干措施", prefix + "政办发〔2026〕3号", LocalDate.of(2026, 2, 27),
							LocalDate.of(2026, 4, 1), Validity.VALID, "综合政务/政务公开",
							"<p>各乡镇人民政府，县政府各部门：</p><p>为持续优化营商环境，激发市场主体活力，结合本地实际，制定以下措施。</p>"
									+ "<h2>一、提升政务服务效能</h2><p>全面推行“一网通办”，企业开办时间压缩至1个工作日以内。</p>"
									+ "<h2>二、降低企业经营成本</h2><p>落实各项减税降费政策，规范涉企收费。</p>"
									+ "<h2>三、强化要素保障</h2><p>优先保障重点项目用地需求，完善融资担保体系。</p>"
									+ "<p>本措施自2026年4月1日起施行，有效期3年。</p>"),
					policy(channel, shortName() + "农村人居环境整治提升五年行动实施方案", prefix + "政发〔2026〕5号",
							LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 16), Validity.VALID, "城乡建设、环境保护/城乡建设",
							"<p>为全面提升农村人居环境质量，建设宜居宜业和美乡村，制定本实施方案。</p>"
									+ "<h2>一、总体要求</h2><p>到2030年，农村卫生厕所普及率稳步提高，生活垃圾得到有效治理。</p>"
									+ "<h2>二、重点任务</h2><p>扎实推进农村厕所革命，加快推进生活污水治理，全面提升村容村貌。</p>"),
					policy(channel, shortName() + "城乡居民基本医疗保险实施办法", prefix + "政发〔2021〕12号", LocalDate.of(2021, 6, 3),
							LocalDate.of(2021, 7, 1), Validity.REPEALED, "卫生、体育/卫生",
							"<p>第一条 为建立统一的城乡居民基本医疗保险制度，根据有关法律法规，结合本县实际，制定本办法。</p>"
									+ "<p>第二条 本办法适用于本县行政区域内的城乡居民基本医疗保险。</p>"
									+ "<p>（本办法已于2026年1月1日废止。）</p>"));
		}

		List<ImportedDocument> interpretations(ChannelView channel, List<Long> policies) {
			List<String> titles = List.of("《关于进一步优化营商环境的若干措施》政策解读", "《农村人居环境整治提升五年行动实施方案》解读");
			List<ImportedDocument> result = new ArrayList<>();
			for (int i = 0; i < Math.min(titles.size(), policies.size()); i++) {
				result.add(document(DocumentType.INTERPRETATION, DocumentContent.of(titles.get(i),
						"<h2>一、出台背景</h2><p>为贯彻落实上级决策部署，回应企业和群众关切，制定本文件。</p>"
								+ "<h2>二、主要内容</h2><p>文件共提出三个方面的具体措施，涵盖政务服务、经营成本和要素保障。</p>"
								+ "<h2>三、解读机关及联系方式</h2><p>解读机关：" + site.sponsor() + "；联系电话：0999-1234567。</p>")
					.withPolicy(policies.get(i)), channel));
			}
			return result;
		}

		/**
		 * The 专题页面 of a special topic: its introduction, its lead, and a banner as its cover, which
		 * the topic's page and the home page's 专题 block show.
		 */
		java.util.Optional<ImportedDocument> landing(ChannelView channel) {
			String[] text = switch (channel.code()) {
				case "yhyshj" -> new String[] { "优化营商环境专题", "政策措施、工作动态和典型案例，一站查阅。",
						"<p>本专题集中发布示例县优化营商环境的政策措施、工作动态和典型案例，欢迎企业和群众通过“县长信箱”提出意见建议。</p>"
								+ "<p>县发展和改革局牵头，各部门按职责分工推进营商环境持续优化。</p>" };
				case "xczx" -> new String[] { "乡村振兴专题", "产业、人才、文化、生态、组织五大振兴。",
						"<p>本专题发布示例县推进乡村振兴的政策文件、工作进展和各乡镇的经验做法。</p>" };
				default -> null;
			};
			if (text == null) {
				return java.util.Optional.empty();
			}
			AttachmentRef banner = imports.storeFile(channel.code() + "-banner.jpg", DemoPictures.banner(sequence + 11));
			DocumentContent content = DocumentContent.of(text[0], text[2]).withAttachments(banner.id(), List.of());
			content = new DocumentContent(content.title(), content.subtitle(), content.body(), text[1], site.sponsor(),
					content.author(), content.responsibleEditor(), content.coverId(), content.attachmentIds(),
					content.keywords(), content.displayDate(), content.linkUrl(), false, null, false, null, null);
			return java.util.Optional.of(document(DocumentType.TOPIC_PAGE, content, channel));
		}

		List<ImportedDocument> topic(ChannelView channel) {
			List<ImportedDocument> topic = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				String topicName = texts.topic();
				topic.add(document(DocumentType.ARTICLE, DocumentContent.of(shortName() + channel.name() + "：" + topicName + "典型经验",
						texts.newsBody(topicName)), channel));
			}
			return topic;
		}

		/** A page for an overview, disclosure, plan, personnel, service or interaction channel. */
		List<ImportedDocument> page(ChannelView channel) {
			String name = channel.name();
			return switch (channel.code()) {
				case "xqgk" -> List.of(document(DocumentType.ARTICLE, DocumentContent.of("县情概况",
						"<p>示例县位于示例市东南部，总面积1286平方千米，辖8镇4乡，总人口32.6万人。</p>"
								+ "<p>全县地处丘陵地带，气候温和，四季分明，年平均气温16.8摄氏度。境内交通便利，高速公路贯穿全境。</p>"
								+ "<p>近年来，示例县坚持生态优先、绿色发展，特色农业、文化旅游和先进制造业蓬勃发展。</p>"),
						channel));
				case "bmfw" -> List.of(
						document(DocumentType.LINK,
								DocumentContent.of("国家政务服务平台", "<p>国家政务服务平台</p>").withLink("https://gjzwfw.www.gov.cn/"),
								channel),
						document(DocumentType.ARTICLE, DocumentContent.of("便民服务电话一览",
								"<table><thead><tr><th>服务事项</th><th>电话</th></tr></thead><tbody>"
										+ "<tr><td>政务服务便民热线</td><td>12345</td></tr>"
										+ "<tr><td>县政务服务中心</td><td>0999-1234500</td></tr>"
										+ "<tr><td>县人力资源和社会保障局</td><td>0999-1234511</td></tr></tbody></table>"),
								channel));
				case "gknb" -> List.of(document(DocumentType.ARTICLE, DocumentContent.of(
						ofSite("2025年政府信息公开工作年度报告"),
						"<h2>一、总体情况</h2><p>2025年，" + site.name() + "认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息1286条。</p>"
								+ "<h2>二、主动公开政府信息情况</h2><table><thead><tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr></thead>"
								+ "<tbody><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>6</td><td>1</td><td>23</td></tr></tbody></table>"
								+ "<h2>三、收到和处理政府信息公开申请情况</h2><p>本年新收政府信息公开申请12件，均已按期答复。</p>"
								+ "<h2>四、政府信息公开行政复议、行政诉讼情况</h2><p>本年未发生因政府信息公开引起的行政复议和行政诉讼。</p>"
								+ "<h2>五、存在的主要问题及改进情况</h2><p>部分栏目更新不够及时，将进一步健全工作机制。</p>"
								+ "<h2>六、其他需要报告的事项</h2><p>无。</p>"),
						channel));
				case "gkzn" -> List.of(document(DocumentType.ARTICLE, DocumentContent.of(ofSite("政府信息公开指南"),
						"<h2>一、主动公开</h2><p>主动公开的政府信息通过本网站“政府信息公开”专栏发布，自信息形成或变更之日起20个工作日内公开。</p>"
								+ "<h2>二、依申请公开</h2><p>申请人可通过网上申请、信函、当面等方式提出申请，本机关自收到申请之日起20个工作日内答复。</p>"
								+ "<h2>三、监督和救济</h2><p>申请人认为行政机关侵犯其合法权益的，可依法申请行政复议或者提起行政诉讼。</p>"),
						channel));
				case "xzxx" -> List.of(document(DocumentType.ARTICLE, DocumentContent.of("县长信箱使用说明",
						"<p>县长信箱受理群众对全县经济社会发展的意见建议、咨询和投诉，一般在5个工作日内答复。"
								+ "涉及国家秘密、商业秘密和个人隐私的内容不予公开。</p>"
								+ "<p><a href=\"/letters?site=" + site.siteCode() + "\">我要写信、查询来信和答复选登</a></p>"),
						channel));
				case "zxft" -> List.of(document(DocumentType.ARTICLE, DocumentContent.of(
						"县教育局局长做客在线访谈：谈义务教育优质均衡发展",
						"<p>主持人：各位网友，大家好！今天我们邀请到县教育局局长，与大家交流义务教育优质均衡发展工作。</p>"
								+ "<p>局长：大家好！近年来，我县新建、改扩建学校12所，新增学位5400个……</p>"),
						channel));
				default -> List.of(document(DocumentType.ARTICLE, DocumentContent.of(pageTitle(channel),
						"<p>" + name + "栏目公开" + site.name() + "的" + name + "信息，由" + channel.responsibleUnit() + "负责更新。</p>"
								+ texts.newsBody(texts.topic())),
						channel));
			};
		}

		private String pageTitle(ChannelView channel) {
			return switch (channel.kind()) {
				case PLAN -> site.name() + "2026年工作要点";
				case PERSONNEL -> site.name() + "关于王某某等同志职务任免的通知";
				case PROPOSAL -> "对县人大十八届五次会议第12号建议的答复";
				case RESPONSE -> "关于群众反映城区停车难问题的回应";
				case SERVICE -> "个体工商户设立登记办事指南";
				default -> ofSite(channel.name());
			};
		}

		/** The site's name before a title, without saying 政府 twice (示例县人民政府 + 政府信息公开指南). */
		private String ofSite(String title) {
			return site.name().endsWith("政府") && title.startsWith("政府") ? site.name() + title.substring(2)
					: site.name() + title;
		}

		private ImportedDocument policy(ChannelView channel, String title, String number, LocalDate writtenOn,
				LocalDate effectiveOn, Validity validity, String category, String body) {
			serial++;
			String index = "11" + DemoCounty.DIVISION + "MB" + "00000" + site.sequence().substring(2) + "X/" + writtenOn.getYear()
					+ "-" + String.format("%05d", serial);
			DisclosureMetadata disclosure = new DisclosureMetadata(index, category, number, site.sponsor(), writtenOn,
					writtenOn.plusDays(3), effectiveOn, "行政规范性文件", validity, DisclosureMode.PROACTIVE,
					List.of(category.substring(category.indexOf('/') + 1)), title.length() > 100 ? title.substring(0, 100) : title);
			return new ImportedDocument(DocumentType.POLICY, withSource(DocumentContent.of(title, body), site.sponsor())
				.withDisclosure(disclosure), List.of(channel.id()),
					writtenOn.plusDays(3).atTime(9, 0).atZone(clock.getZone()).toInstant(), AUTHOR);
		}

		private ImportedDocument document(DocumentType type, DocumentContent content, ChannelView channel) {
			sequence++;
			Instant published = now.minus(Duration.ofHours(9L * sequence + 2));
			return new ImportedDocument(type, content, List.of(channel.id()), published, AUTHOR);
		}

		private DocumentContent withSource(DocumentContent content, String source) {
			return new DocumentContent(content.title(), content.subtitle(), content.body(), content.summary(), source,
					content.author(), "王晓明", content.coverId(), content.attachmentIds(), content.keywords(),
					content.displayDate(), content.linkUrl(), false, null, false, content.policyId(), content.disclosure());
		}

		private String shortName() {
			return site.name().replace("人民政府", "");
		}
	}
}
