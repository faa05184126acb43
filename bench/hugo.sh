#!/usr/bin/env bash
# Builds a Hugo site of N documents of Chinese government-news text (the same vocabulary as the
# GovSite benchmark) and reports Hugo's rate on this machine: bench/hugo.sh N
# Like a GovSite site, the Hugo site has two languages, simplified Chinese at the root and
# traditional Chinese under /zh-hant/, so that both write the same number of pages; Hugo's
# traditional pages hold the same text (Hugo has no converter), which spares it that work.
# HUGO_LANGUAGES=1 builds simplified Chinese only. HUGO_PREPARE=DIR only writes the site into DIR
# (for bench/paired.sh, which times the builds itself, interleaved with GovSite's).
set -euo pipefail
N="$1"
LANGUAGES="${HUGO_LANGUAGES:-2}"
if [ -n "${HUGO_PREPARE:-}" ]; then
  DIR="$HUGO_PREPARE"
  rm -rf "$DIR"
  mkdir -p "$DIR"
else
  DIR="$(mktemp -d /tmp/hugo-bench.XXXXXX)"
  trap 'rm -rf "$DIR"' EXIT
fi
mkdir -p "$DIR/content/zh-cn/news" "$DIR/layouts/_default"
[ "$LANGUAGES" = 2 ] && mkdir -p "$DIR/content/zh-hant/news"
cat > "$DIR/config.toml" <<'TOML'
baseURL = "https://www.example.gov.cn/"
languageCode = "zh-cn"
title = "示例县人民政府"
disableKinds = ["taxonomy", "term"]
paginate = 20
defaultContentLanguage = "zh-cn"
[languages.zh-cn]
  contentDir = "content/zh-cn"
  languageCode = "zh-CN"
  weight = 1
TOML
[ "$LANGUAGES" = 2 ] && cat >> "$DIR/config.toml" <<'TOML'
[languages.zh-hant]
  contentDir = "content/zh-hant"
  languageCode = "zh-Hant"
  weight = 2
TOML
cat > "$DIR/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title>
<meta name="SiteName" content="{{ .Site.Title }}"><meta name="ArticleTitle" content="{{ .Title }}"></head>
<body><header><a href="/">{{ .Site.Title }}</a><nav><a href="/news/">新闻动态</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main><footer>主办单位：示例县人民政府办公室 网站标识码：4416020005</footer></body></html>
HTML
cat > "$DIR/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article><h1>{{ .Title }}</h1><p>发布时间：{{ .Date.Format "2006-01-02 15:04" }}</p>{{ .Content }}</article>{{ end }}
HTML
cat > "$DIR/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}
HTML
python3 - "$DIR/content" "$N" "$LANGUAGES" <<'PY'
import random, sys, os
out, n, languages = sys.argv[1], int(sys.argv[2]), ("zh-cn", "zh-hant")[:int(sys.argv[3])]
r = random.Random(20260101)
places = ["县委","县政府","县发展改革局","县教育局","县财政局","城关镇","河口镇","青山乡"]
actions = ["召开","部署","推进","开展","印发","启动"]
topics = ["政务公开工作推进会","优化营商环境工作","乡村振兴重点任务","安全生产大检查","数字政府建设","一网通办改革"]
middles = ["会议听取了各单位工作进展情况汇报，分析了当前存在的困难和问题","各乡镇、各部门要提高政治站位，压实工作责任",
  "要坚持问题导向，聚焦群众急难愁盼问题，拿出务实管用的举措","要加强统筹协调，形成工作合力，确保各项任务按时保质完成",
  "要严格落实信息公开制度，及时回应社会关切","要完善长效机制，推动工作常态化、制度化、规范化"]
for i in range(n):
    title = "示例县" + r.choice(places) + r.choice(actions) + r.choice(topics)
    paragraphs = "\n\n".join("；".join(r.choice(middles) for _ in range(r.randint(3, 6))) + "。" for _ in range(r.randint(4, 11)))
    for language in languages:
        with open(os.path.join(out, language, "news", f"t{i}.md"), "w") as f:
            f.write(f'---\ntitle: "{title}"\ndate: 2026-01-01T08:{i % 60:02d}:00+08:00\n---\n\n{paragraphs}\n')
PY
for language in zh-cn zh-hant; do
  [ -d "$DIR/content/$language" ] && printf -- "---\ntitle: 新闻动态\n---\n" > "$DIR/content/$language/news/_index.md"
done
[ -n "${HUGO_PREPARE:-}" ] && exit 0
start=$(date +%s.%N)
hugo --quiet --source "$DIR" --destination "$DIR/public" > /dev/null
end=$(date +%s.%N)
pages=$(find "$DIR/public" -name '*.html' | wc -l)
version=$(hugo version | awk '{print $2}')
python3 -c "p=$pages; n=$N; t=$end-$start; print(f'hugo $version on $N documents in $LANGUAGES language(s): {p:,} pages in {t:.1f} s = {n/t:,.0f} documents/s ({p/t:,.0f} pages/s)')"
