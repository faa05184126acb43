package org.govsite.content;

import org.springframework.modulith.NamedInterface;

/** What kind of document: each kind has its own fields and page. */
@NamedInterface({ "catalogue", "import" })
public enum DocumentType {

	/** 文章: text with pictures. */
	ARTICLE,

	/** 图片新闻: a news item led by its picture. */
	PICTURE_NEWS,

	/** 视频: a video with its description. */
	VIDEO,

	/** 政策文件: carries the disclosure metadata (索引号, 文号 ...). */
	POLICY,

	/** 政策解读: linked to its policy document; both are released together. */
	INTERPRETATION,

	/** 外部链接: a placement that leads elsewhere. */
	LINK,

	/** 专题页面: the landing page of a special topic. */
	TOPIC_PAGE
}
