# Cooperation Explorer — 简体中文。与 en.ftl 的消息和占位符完全一致；中文没有复数变化，只用 [other]。
# 记录内容（名称、摘要等）的译文在数据集本身（docs/data.md，“Translations”）；引文保留英文原文。
# 文件末尾是地图所绘地点的名称（vocab-<id>）。

## The frame

app-name = 合作倡议浏览
skip-to-content = 跳到正文
nav-primary-label = 主导航
nav-initiatives = 倡议
nav-sectors = 行业
nav-corridors = 走廊
language-label = 语言
dataset-label = 数据集：
translated-note = 记录译自英文；引文保留原文。
source-bundled = （内置）
source-address = （来自 { $address } 的数据集）
source-file = （文件 { $file }）
source-name-bundled = 内置数据集
source-name-address = 来自 { $address } 的数据集
source-name-file = 文件 { $file }
no-initiative = 没有此 ID 的倡议
no-sector = 没有此 ID 的行业
no-corridor = 没有此 ID 的走廊
back-to-bundled = 返回内置数据集
footer-text = 数据来源：一篇关于中国外交部部长助理刘彬会见吉尔吉斯斯坦驻华大使阿克季列克·穆萨耶娃的新闻报道。每条记录都引用其出处段落；文章未说明的内容显示为“未说明”。

## Loading and failures

loading-dataset = 正在加载数据集…
loading-source = 正在加载{ $source }…
progress-label = 加载进度
progress-of = { $read }，共 { $total }
size-kb = { $size } KiB
size-mb = { $size } MiB
could-not-use = 无法使用{ $source }
rejected-problems = 数据集被拒绝：发现 { $count } 个问题。
more-problems = ……另有 { $count } 个问题。
still-loaded = 您之前使用的数据集仍然保留。
retry = 重试
dismiss = 关闭
read-bad-address = “{ $address }”不是有效的地址。
read-request-failed = 对 { $url } 的请求失败（{ $detail }）。
read-status = 服务器对 { $url } 的回应为 { $status }。
read-too-big = 文件大小为 { NUMBER($bytes) } 字节，上限为 { $limit }（{ NUMBER($max) } 字节）。
read-failed = 读取失败（{ $detail }）。

## Notices about the address

notices-title = 链接中的部分设置已被忽略：
notice-ignored = 已忽略
reason-bad-encoding = 不是有效的百分号编码 UTF-8
reason-repeated = “{ $key }”出现了多次，只采用第一个
reason-query-too-long = 搜索文字最多 { NUMBER($max) } 个字符
reason-bad-year = 年份必须是 { $first } 到 { $last } 之间的整数
reason-no-column = { $count ->
   *[other] 没有可排序的列 { $names }
}
reason-too-many-sort-keys = 最多 { NUMBER($max) } 个排序键
reason-bad-mode = 显示方式只能是 cards、table、timeline、charts、map 之一
reason-bad-lang = 语言只能是 en、zh、ru、ky 之一
reason-bad-inferred = 推断的关联用 inferred=include 纳入，用 inferred=exclude 排除
reason-bad-passage = 段落应为记录 ID，可附加冒号和引文编号
reason-bad-block = 文本块编号应为从 0 开始的整数
reason-bad-page = 页码应为从 1 开始的整数
reason-bad-per = 每页条数只能是 25、50 或 100
reason-bad-data = 数据集地址为空、过长或格式不正确
reason-too-many-compared = 最多可比较 { NUMBER($max) } 条记录
reason-bad-ids = { $count ->
   *[other] { $ids } 不是有效的 ID
}
reason-too-many-values = { $dropped ->
   *[other] 已略去 { $dropped } 个值：每个筛选条件最多 { NUMBER($max) } 个值
}
reason-too-many-params = { $dropped ->
   *[other] 已略去 { $dropped } 个参数：一个地址最多 { NUMBER($max) } 个参数
}
reason-unknown-param = 本应用不使用此地址参数
reason-no-such-facet = “{ $view }”不能按“{ $facet }”筛选
reason-no-such-value = “{ $view }”中没有记录的“{ $facet }”为此值
reason-no-such-column = “{ $view }”表格中没有“{ $column }”列
reason-no-years = “{ $view }”中没有记录说明年份
reason-reversed-years = 年份范围前后颠倒，已改为从较早的年份开始
reason-no-such-mode = “{ $view }”没有“{ $mode }”显示方式
reason-no-such-record = 没有此 ID 的记录

## Counts

count-initiatives = { $count ->
   *[other] { $count } 项倡议
}
count-sectors = { $count ->
   *[other] { $count } 个行业
}
count-corridors = { $count ->
   *[other] { $count } 条经济走廊
}
count-related = { NUMBER($count) } 项相关倡议
count-passages = { $count ->
   *[other] 原文中 { $count } 处段落
}
noun-initiatives = { $count ->
   *[other] 项倡议
}
noun-sectors = { $count ->
   *[other] 个行业
}
noun-corridors = { $count ->
   *[other] 条经济走廊
}
list-separator = {"、"}

## List pages

lede-initiatives = { $count ->
   *[other] { $count } 项倡议、计划、合作领域和建议，每项都附有出处段落。
}
lede-sectors = { $count ->
   *[other] { $count } 个经济行业，以及提及它们的倡议。
}
lede-corridors = { $count ->
   *[other] { $count } 条经济走廊，及其连接的国家和涉及的行业。
}
results-label = 结果
search-initiatives = 搜索倡议
search-sectors = 搜索行业
search-corridors = 搜索走廊
search-placeholder = 名称、摘要、引文…
summary-none = { $all }中没有匹配项
summary-all = { $count ->
   *[other] 全部 { $all }
}
summary-range = 第 { NUMBER($first) }–{ NUMBER($last) } 项，共匹配 { $matching }（总计 { NUMBER($total) }）
display-label = 显示方式
mode-cards = 卡片
mode-table = 表格
mode-timeline = 时间线
mode-charts = 图表
mode-map = 地图
sort-label = 排序
sort-relevance = 相关度 / 原文顺序
sort-option = { $column }（{ $order }）
sort-a-z = 升序
sort-z-a = 降序
sort-fewest = 从少到多
sort-most = 从多到少
sort-earliest = 从早到晚
sort-latest = 从晚到早
per-page-label = 每页
pages-label = 分页
previous-page = ← 上一页
next-page = 下一页 →
page-of = 第 { NUMBER($current) } 页，共 { NUMBER($pages) } 页
live-count = 匹配：{ $matching }
empty-initiatives = 没有符合这些筛选条件的倡议
empty-sectors = 没有符合这些筛选条件的行业
empty-corridors = 没有符合这些筛选条件的走廊
empty-try = 请尝试移除一个筛选条件：
remove-search = 移除搜索“{ $query }”
remove-years = 移除年份范围
remove-facet = 移除“{ $facet }”筛选
relaxation-gives = — { $matching }
clear-all-filters = 清除全部筛选

## Filters

filters-title = 筛选
filters-button = { $count ->
    [0] 筛选
   *[other] 筛选（{ NUMBER($count) }）
}
filters-button-label = { $count ->
    [0] 筛选，未启用
   *[other] 筛选，已启用 { $count } 项
}
filters-show = 显示 { $matching }
filters-close = 关闭筛选
facet-theme = 主题
facet-sector = 行业
facet-corridor = 走廊
facet-country = 国家
facet-party = 参与方
facet-scope = 范围
facet-scope-derived = 相关倡议的范围
facet-kind = 类型
facet-kind-derived = 相关倡议的类型
facet-status = 状态
facet-status-derived = 相关倡议的状态
not-stated-option = 未说明
show-fewer = 收起
show-all = 显示全部 { NUMBER($count) } 项
years-title = 所述年份
years-hint = 所述年份（{ $first }–{ $last }）与以下范围重叠的记录：
years-from = 从
years-to = 到
years-since = 自 { $year } 年起
years-until = 至 { $year } 年
years-range = { $first } 年至 { $last } 年
active-filters = 已启用的筛选
chip-search = 搜索：“{ $query }”
chip-facet = { $facet }：{ $value }
chip-facet-prefix = { $facet }：
chip-years = 年份：{ $range }
remove-filter = 移除筛选 { $filter }
clear-all = 全部清除

## Vocabulary of the schema

kind-proposal = 提议
kind-task-force-initiative = 工作组倡议
kind-focus-area = 重点领域
kind-area-of-collaboration = 合作领域
kind-corridor-framework = 走廊合作框架内容
kind-cultural-programme = 文化项目
kind-multilateral-project = 多边项目
kind-recommendation = 建议
kind-framework = 现有框架
kind-initiative = 倡议
kind-sector = 行业
kind-corridor = 走廊
status-proposed = 已提出
status-discussed = 已讨论
status-recommended = 已建议
status-potential = 潜在
scope-bilateral = 双边（中国—吉尔吉斯斯坦）
scope-trilateral = 三边（中国—吉尔吉斯斯坦—乌兹别克斯坦）
scope-regional = 地区（中亚）
recurrence-annual = 每年
recurrence-regular = 定期
party-kind-country = 国家
party-kind-region = 地区
party-kind-person = 人物
party-kind-organisation = 机构

## Cards and the table

chips-label = 分类
card-timeline = 时间：
not-stated = 未说明
none-label = 无
table-label = { $view }表格
table-caption = 符合当前筛选条件的{ $view }。点击列标题排序；按住 Shift 点击可添加第二排序键。
column-name = 名称
column-kind = 类型
column-status = 状态
column-scope = 范围
column-themes = 主题
column-sectors = 行业
column-corridors = 走廊
column-countries = 国家
column-timeline = 时间
column-initiatives = 倡议
column-related = 相关
sort-by = 按“{ $column }”排序
sorted-by = { $column }，{ $order }
sorted-key-of = { $column }，{ $order }（第 { NUMBER($key) } 个排序键，共 { NUMBER($keys) } 个）
sorted-ascending = 升序
sorted-descending = 降序

## Timeline, charts, map

timeline-title = { $count ->
   *[other] 时间线：{ $count } 项倡议说明了时间
}
timeline-hint = 横条表示所述年份区间，菱形表示启动年份，重复的圆点表示未注明年份的周期性活动。标签为原文用语。
timeline-chart-label = 时间线图
timeline-as-table = 以表格查看时间线
timeline-table-caption = 说明了时间的倡议
column-initiative = 倡议
column-source-wording = 原文用语
column-years = 年份
column-recurrence = 周期
no-timeline-stated = 未说明时间（{ NUMBER($count) }）
chart-title = 按“{ $facet }”统计的{ $view }
chart-label = 条形图：{ $facet }
chart-as-table = 以表格查看“{ $facet }”统计
column-matches = 匹配数
map-title = 走廊示意图
map-hint = 示意图，未按比例绘制。数据中提到的国家有轮廓并可点击；走廊按数据给出的顺序画成连接所经国家的路线。
map-label = 中亚和中国西部示意图
map-countries = 国家
map-corridors = 走廊
map-filter = { $name }，点击以筛选
map-selected = { $name }，已选中，点击以移除筛选
map-open = { $name }，点击以打开
map-remove-filter = 移除筛选：{ $name }
map-matching = — 匹配 { NUMBER($count) } 项

## Export and compare

export-title = 导出与引用
export-hint = 导出全部匹配记录，保留当前的筛选和排序。为便于比较，所有语言下导出的列名和值都保持英文。
export-csv = CSV（电子表格）
export-json = JSON（可重新加载的数据集）
export-csl = CSL-JSON（Zotero、Pandoc）
export-bibtex = BibTeX
copy-link = 复制此视图的链接
print = 打印
embed-open = 打开完整视图
embed-title = 嵌入此视图
embed-hint = 将以下代码粘贴到网页中：框架会显示此视图的当前状态；加上下方几行脚本后，框架会按内容自动调整高度（否则内容在框架内滚动）。
embed-frame-title = { $view } — { $app }
embed-copy = 复制代码
embed-copied = 代码已复制。
embed-copy-refused = 浏览器拒绝复制：请选中代码后手动复制。
picture-svg = 下载 SVG
picture-png = 下载 PNG
picture-label = { $action }：{ $title }
picture-filters = 筛选条件：{ $filters }
picture-no-filters = 无筛选：数据集中的全部记录
picture-source = 来源：{ $source }，经“{ $app }”整理
picture-making = 正在生成图片…
picture-failed = 此浏览器无法生成图片。
saved-file = 已保存 { $file }
save-refused = 浏览器拒绝保存 { $file }
link-copied = 链接已复制
copy-this-link = 请复制此链接：{ $link }
compare = 比较
comparing = ✓ 比较中
stop-comparing = 不再比较
comparison-label = 比较
comparing-n = 正在比较 { NUMBER($count) } 项（最多 { NUMBER($max) } 项）：
compare-side-by-side = 并排比较 →
clear = 清除
compare-title = 比较记录
compare-unknown = { $count ->
   *[other] 链接中有 { $count } 个 ID 在此数据集中找不到对应的倡议、行业或走廊，已略去。
}
compare-empty = 请用“比较”按钮选择两到四条记录。
comparison-table = 比较表
comparison-caption = 并排显示的记录
remove = 移除
remove-from-comparison = 比较中的记录
field-summary = 摘要

## Record pages

back-to-initiatives = ← 全部倡议
back-to-sectors = ← 全部行业
back-to-corridors = ← 全部走廊
record-not-found = 未找到记录
no-record-text = 当前数据集中没有 ID 为“{ $id }”的记录。
field-kind = 类型
field-status = 状态（按原文措辞）
field-scope = 范围
field-themes = 主题
field-sectors = 行业
field-corridors = 走廊
field-parties = 参与方
field-timeline = 时间
field-outcomes = 预期成果
field-related = 相关倡议
field-sector-initiatives = 此行业的倡议
field-route = 路线
field-aims = 目标和预期成果
field-corridor-initiatives = 此走廊的倡议
provenance-title = 出处
provenance-hint = 按原文逐字引用，包括原文的错别字。
published-not-stated = 未说明发表日期
published-on = 发表于 { $date }
section-label = 章节：
translation-label = 译文：
original-title = 英文原文
section-opening = 开篇段落（第一个标题之前）
read-in-context = 在原文中阅读

## The source reader

source-title = 原文
source-not-found = 未找到来源
no-source-text = 当前数据集中没有 ID 为“{ $id }”的来源。
source-text-missing = 数据集未包含此来源的全文，因此无法在原文中显示段落。每条记录仍附有其引文。
source-hint = { $count ->
   *[other] 原文照录，包括错别字。记录引用的 { $count } 处段落已高亮显示，并链接到引用它们的记录。
}
showing-passage = 已高亮：以下记录引用的段落
passage-not-found = 此来源的原文中没有段落“{ $passage }”。
records-citing = 引用此来源的记录
quoted-by = 引用者：
source-table-label = 原文表格 { NUMBER($number) }

## Home, bring your own dataset, not found

home-lede = 一篇关于中吉关系的新闻报道中提到的合作——倡议、合作领域、建议、行业以及中国—吉尔吉斯斯坦—乌兹别克斯坦经济走廊——每项都附有出处引文。
home-about = 一篇新闻报道介绍了中国外交部部长助理刘彬在北京外交部会见吉尔吉斯斯坦驻华大使阿克季列克·穆萨耶娃的情况，内容涉及贸易、文化交流、地区安全以及中国—吉尔吉斯斯坦—乌兹别克斯坦经济走廊（中吉乌经济走廊）。文中提到的各项合作——无论已提出、已讨论、潜在还是已建议——都收录于此，并附有出处段落；文章没有说明日期和金额。
read-the-source = 阅读原文
home-timeline-title = 文章中提到的时间
home-timeline-all = 查看完整时间线 →
home-themes-title = 最常见的主题
data-title = 数据
data-json = 完整数据集
data-schema = 数据格式的 JSON Schema
data-licence = 代码和数据集的记录均可依 MIT 许可证自由使用；摘录和来源原文引自该报道，其权利归原出版方所有。
home-search-title = 全局搜索
home-search-label = 搜索倡议、行业、走廊和原文
home-search-placeholder = 例如：能源、旅游、安全
home-no-results = 没有匹配项。请尝试更少或更短的词。
home-all-in = “{ $view }”中的全部匹配 →
open-title = 使用您自己的数据集
open-hint-before = 一个与
open-hint-link = 内置数据集
open-hint-after = 结构相同的 JSON 文件，最大 { $limit }。文件只在您的浏览器中读取，不会上传。如果文件被拒绝，当前数据集保持不变。
open-file-label = 选择文件或拖放到此处
open-address-label = 或从地址加载
open-load = 加载
not-found-title = 未找到页面
not-found-text = 此地址没有页面。
go-home = 返回首页。

## The places the map draws, by id (and Central Asia).

vocab-china = 中国
vocab-kyrgyzstan = 吉尔吉斯斯坦
vocab-uzbekistan = 乌兹别克斯坦
vocab-kazakhstan = 哈萨克斯坦
vocab-tajikistan = 塔吉克斯坦
vocab-turkmenistan = 土库曼斯坦
vocab-afghanistan = 阿富汗
vocab-central-asia = 中亚

## Inferred links (stated by no excerpt, read from the context)
inferred-tag = 推断
inferred-note = { $count ->
   *[other] { $count } 项推断的关联及理由
}
inferred-title = 推断的关联
inferred-hint = 引文并未明确说明这些关联，它们是根据上下文推断的，每项都附有理由。
inferred-legend = 推断的关联
inferred-include = 计入根据上下文推断的关联
inferred-include-hint = 关闭时，筛选项和图表只计入引文明确说明的内容。推断的关联标有“推断”及其理由。

## Before the app runs, and without JavaScript

noscript-notice = 搜索、筛选、排序和其他视图需要 JavaScript。本页的全部内容无需 JavaScript 即可阅读。
startup-failed = 本站的交互功能无法在此浏览器中启动（其程序或数据未能加载）。本页仍可阅读；搜索、筛选和其他视图需要交互功能。
startup-reload = 重新加载页面
pending-view = 正在应用此链接所要求的视图…
pending-view-failed = 无法应用此链接中的搜索和筛选条件，因此不显示其结果。
pending-view-without = 显示不含这些条件的页面
