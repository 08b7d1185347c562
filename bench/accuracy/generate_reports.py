#!/usr/bin/python3
"""Generate reports that retab has never seen, with their ground truth.

Each report is prose with tables in it. A table is a grid of HTML-like cells
(rowspan, colspan), built from the kinds of tables that government reports
and journal papers carry: statistics with outline-numbered, nested row labels
and a unit column; results tables with two or three header levels, groups over
runs of leaves, stars and signs. With --grouped-rows every table sets its rows
in groups instead (grouped_table), as journal tables of variables and regions
do; with --paper-shapes every table is a regression table (standard errors
under each coefficient with an empty label, 是/否 rows, fit statistics), a
clinical comparison (mean±sd, P values given as bounds) or a correlation
matrix (columns numbered 1..k, the upper triangle empty); with
--numbered-rows every table is a list numbering its rows (序号 1, 2, 3), as
reports list projects and offices; with --word-tables every table is a table
of words (variable definitions, categories of content) whose group labels
span their rows; with --budget-codes every table lists spending by
classification code (201, 20101, 2010101), as budgets and final accounts
do. Every report is
then flattened into each layout retab reads, following the rules in
../shared/docs/LAYOUTS.md (pipe cells with padding on its own line or on the
same line, pipe rows, tab rows, line cells with blank lines, Markdown), and
the truth is written in the tuning corpus's format, so that
../shared/tools/score.py scores retab on them.

The words are this file's own, not the corpus's. The same seed gives the same
reports.

    generate_reports.py OUT_DIR [--docs N] [--seed S] [--grouped-rows | --paper-shapes | --numbered-rows | --word-tables |
                                               --budget-codes]
"""
import argparse
import json
import os
import random

PROSE = [
    "本年度,本单位按照统一部署,认真做好各项统计和公开工作,现将有关情况报告如下。",
    "为进一步提高工作质量,我们对相关数据进行了核对,并按照规定格式整理成表。",
    "从下表可以看出,各项指标总体平稳,部分项目较上年有所增长。",
    "需要说明的是,表中数据均为年度累计数,个别项目因统计口径调整与上年不可直接比较。",
    "本研究采用分层抽样方法收集数据,样本覆盖东部、中部和西部地区,有效问卷回收率较高。",
    "模型估计结果表明,主要解释变量的系数符号与预期一致,且在统计上显著。",
    "下一步,我们将继续完善制度建设,加强队伍培训,不断提升服务水平。",
    "以上结果在更换估计方法和剔除异常值后依然稳健,说明结论具有较好的可靠性。",
]

SECTION_HEADS = ["一、基本情况", "二、主要做法", "三、存在的问题", "四、下一步工作安排", "五、其他需要说明的事项"]

STAT_CAPTIONS = ["{n}、业务办理情况统计", "{n}、年度收支情况", "{n}、人员与机构情况", "{n}、服务事项办理情况"]
PAPER_CAPTIONS = ["表{n} 不同模型的估计结果", "表{n} 各地区主要指标比较", "表{n} 样本描述性统计",
                  "表{n} 稳健性检验结果", "Table {n} Summary of estimates"]

HAN = "一二三四五六七八九十"
TOP_LABELS = ["受理事项", "办结事项", "转办事项", "咨询答复", "投诉处理", "备案审查", "公开发布", "结转下年"]
SUB_LABELS = ["窗口受理", "网上受理", "电话受理", "信函受理", "当面答复", "书面答复", "转交办理", "不予受理"]
LEAF_LABELS = ["属于本机关职责", "不属于本机关职责", "内容不明确", "重复提出", "已经办结", "尚在办理"]
UNITS = ["件", "项", "人次", "万元", "个", "条"]
GROUPS = ["城镇", "农村", "男性", "女性", "东部", "中部", "西部", "实验组", "对照组", "全样本"]
MEASURES = ["均值", "标准差", "系数", "标准误", "样本量", "比例", "产量", "面积", "收入", "支出", "增长率", "得分"]
ROW_NAMES = ["北京", "上海", "江苏", "浙江", "广东", "四川", "湖北", "河南", "山东", "陕西", "常数项", "年龄",
             "受教育年限", "家庭规模", "收入对数", "是否参保", "健康状况", "样本数"]
STUB_HEADS = ["项目", "变量", "地区", "指标", "类别"]
# Row groups of journal tables: a label that spans down beside its rows, or a
# section row above them; and the text column some of them carry.
ROW_GROUPS = [["东部地区", "中部地区", "西部地区", "东北地区"], ["被解释变量", "核心解释变量", "控制变量", "工具变量"],
              ["城镇样本", "农村样本"], ["第一阶段", "第二阶段", "第三阶段"], ["高收入组", "中等收入组", "低收入组"]]
GROUP_HEADS = ["组别", "类型", "区域", "阶段"]
ROW_TEXTS = ["以万元计的年末余额取对数", "调查时点的实际值", "按可比价格计算的增加值", "虚拟变量,是取1否取0",
             "连续三年的平均值", "按户籍所在地划分的人数", "由问卷第三部分得到", "上一年度的期末数",
             "年末从业人员数的对数", "当年新增数量", "总支出占总收入的比重", "家庭人均可支配收入",
             "受访者自评的健康等级", "距最近县城的距离", "户主的受教育年数", "固定资产净值的对数",
             "每千人拥有的床位数", "当年获得的授权专利数"]
# Results tables of journal papers (paper_shaped_table).
MODEL_NAMES = ["OLS", "固定效应", "随机效应", "工具变量", "两阶段", "Probit", "Logit", "分位数"]
OUTCOMES = ["全要素生产率", "创新产出", "就业人数", "企业利润率", "居民消费", "绿色发展指数"]
REGRESSORS = ["数字化水平", "政策冲击", "企业规模", "资产负债率", "研发投入", "市场化程度", "人均GDP", "城镇化率",
              "政策冲击×处理组", "产业结构"]
FIXED_EFFECTS = ["控制变量", "年份固定效应", "行业固定效应", "地区固定效应", "个体固定效应"]
VERDICTS = [("是", "否"), ("Yes", "No"), ("控制", "未控制"), ("YES", "NO")]
FIT_ROWS = [("观测值", "count"), ("样本量", "count"), ("N", "count"), ("R²", "fit"), ("调整R²", "fit"),
            ("Adj. R²", "fit"), ("F值", "stat")]
ARMS = [("观察组", "对照组"), ("干预组", "对照组"), ("试验组", "常规组"), ("病例组", "健康组")]
CLINICAL = ["年龄(岁)", "体重指数(kg/m²)", "病程(年)", "收缩压(mmHg)", "空腹血糖(mmol/L)", "住院时间(d)",
            "评分(分)", "总胆固醇(mmol/L)"]
# Lists with numbered rows (numbered_table).
ITEM_HEADS = ["项目名称", "单位名称", "事项", "名称"]
ITEMS = ["城区道路改造", "污水处理厂扩建", "公园绿地建设", "老旧小区改造", "文化中心", "第一中学改扩建",
         "人民医院门诊楼", "养老服务中心", "农贸市场", "供水管网更新", "垃圾中转站", "体育场馆",
         "市教育局", "市民政局", "市财政局", "市交通局", "市卫健委", "市水利局", "市农业农村局", "市场监管局"]
ITEM_SECTIONS = ["交通设施", "民生保障", "城市更新", "公共服务"]
# Tables of words (word_table): variable definitions of journal papers, and
# the categories of what a report lists.
VAR_KINDS = ["被解释变量", "解释变量", "控制变量", "中介变量", "调节变量", "工具变量"]
VARIABLES = [("全要素生产率", "TFP"), ("数字化水平", "Digit"), ("企业规模", "Size"), ("资产负债率", "Lev"),
             ("企业年龄", "Age"), ("总资产收益率", "ROA"), ("成长性", "Growth"), ("股权集中度", "Top1"),
             ("董事会规模", "Board"), ("独立董事比例", "Indep"), ("两职合一", "Dual"), ("产权性质", "SOE"),
             ("现金持有", "Cash"), ("有形资产比率", "Tang"), ("机构持股比例", "Inst"), ("市场化指数", "Mkt")]
CONTENT_KINDS = ["主动公开", "依申请公开", "重点领域", "政务服务", "政策解读"]
CONTENTS = ["机构职能", "负责人信息", "政策文件", "规划计划", "财政预决算", "重大项目", "行政许可", "行政处罚",
            "办事指南", "统计数据", "人事信息", "应急管理", "政府采购", "建议提案办理"]
CHANNELS = ["政府网站", "政务新媒体", "公开栏", "新闻发布会", "政务服务中心"]
# Budget tables (budget_table): classification codes of three levels (类,
# 款, 项: 3, 5 and 7 digits) heading their rows, as budget and final
# accounts list spending.
CODE_CLASSES = [("201", "一般公共服务支出"), ("205", "教育支出"), ("207", "文化旅游体育与传媒支出"),
                ("208", "社会保障和就业支出"), ("210", "卫生健康支出"), ("212", "城乡社区支出"),
                ("213", "农林水支出"), ("221", "住房保障支出")]
CODE_ITEMS = ["行政运行", "一般行政管理事务", "机关服务", "事业运行", "专项业务", "信息化建设", "其他支出",
              "行政单位离退休", "机关事业单位基本养老保险缴费", "公共卫生", "住房公积金", "购房补贴"]
BUDGET_COLUMNS = ["决算数", "年初预算数", "调整预算数", "基本支出", "项目支出", "上年结转"]
REMARKS = ["含上年结转2件", "已全部办结", "1件正在办理", "按季度统计", "年中调整", "数据待核实", "新增项目"]
NOTES = ["注:括号内为稳健标准误;***、**、*分别表示在1%、5%和10%的水平上显著。",
         "注:括号内为t值,标准误聚类到企业层面。", "资料来源:根据调查数据整理。",
         "注:与对照组比较,P<0.05。"]


class Table:
    """A grid of anchored cells; covered positions hold no cell."""

    def __init__(self, caption):
        self.caption = caption
        self.cells = []  # dicts r, c, rowspan, colspan, text

    def add(self, r, c, text, rowspan=1, colspan=1):
        self.cells.append({"r": r, "c": c, "rowspan": rowspan, "colspan": colspan, "text": text})

    @property
    def n_rows(self):
        return max(c["r"] + c["rowspan"] for c in self.cells)

    @property
    def n_cols(self):
        return max(c["c"] + c["colspan"] for c in self.cells)

    def html_rows(self):
        rows = [[] for _ in range(self.n_rows)]
        for cell in sorted(self.cells, key=lambda x: (x["r"], x["c"])):
            rows[cell["r"]].append(cell)
        return rows

    def check(self):
        seen = set()
        for cell in self.cells:
            for r in range(cell["r"], cell["r"] + cell["rowspan"]):
                for c in range(cell["c"], cell["c"] + cell["colspan"]):
                    assert (r, c) not in seen, (self.caption, r, c)
                    seen.add((r, c))
        assert len(seen) == self.n_rows * self.n_cols, self.caption

    def truth(self):
        return {"caption": self.caption, "n_rows": self.n_rows, "n_cols": self.n_cols, "cells": self.cells}


def number(rng, kind):
    if kind == "count":
        return "" if rng.random() < 0.15 else str(rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 25, 40, 97, 130, 256, 1024]))
    if kind == "money":
        return f"{rng.uniform(1, 5000):.2f}"
    if kind == "coef":
        v = rng.uniform(-2, 2)
        stars = rng.choice(["", "", "*", "**", "***"])
        return f"{v:.3f}{stars}"
    if kind == "share":
        return f"{rng.uniform(0, 100):.1f}%"
    return f"{rng.uniform(0, 1000):.2f}"


def header_tree(rng, leaves, depth, top=True):
    """Column headers over `leaves` columns in `depth` rows: a list of
    (text, children), a leaf being (text, []) and spanning down.

    Which cells of a header row span down is lost in every flattening but the
    grid ones, so the generator follows the conventions real reports follow
    and retab assumes: a single column beside groups comes before them, and a
    total comes last. Below the top, every group has two children or more (a
    header cell over a lone child would name the same columns twice)."""
    if depth == 1:
        return [(t, []) for t in rng.sample(MEASURES, leaves)]
    smallest = 2 if depth == 2 else 3  # a group of depth 2 or more needs room for two children
    total = top and leaves >= smallest + 2 and rng.random() < 0.3
    single = leaves - total >= smallest + 2 and rng.random() < 0.3
    left = leaves - total - single
    # Sibling groups are equally wide: how unequal groups share the columns
    # is not in the text of any layout but the grid ones.
    widths = [w for w in range(smallest, left + 1) if left % w == 0]
    size = rng.choice(widths) if widths else left
    sizes = [size] * (left // size)
    if not top and len(sizes) + single + total < 2:
        # A lone group under a group: give it a single column beside it instead.
        if sizes[0] > smallest:
            sizes[0] -= 1
            single = 1
        else:
            return [(t, []) for t in rng.sample(MEASURES, leaves)]
    names = rng.sample(GROUPS, len(GROUPS))
    tree = [(rng.choice(MEASURES), [])] if single else []
    for size in sizes:
        tree.append((names.pop(), header_tree(rng, size, depth - 1, top=False)))
    if total:
        tree.append((rng.choice(["总计", "合计"]), []))
    return tree
def leaves_of(tree):
    return sum(1 if not kids else leaves_of(kids) for _, kids in tree)


def place_header(table, tree, r, c, depth):
    for text, kids in tree:
        if kids:
            width = leaves_of(kids)
            table.add(r, c, text, colspan=width)
            place_header(table, kids, r + 1, c, depth - 1)
            c += width
        else:
            table.add(r, c, text, rowspan=depth)
            c += 1


def paper_table(rng, caption):
    depth = rng.choice([1, 2, 2, 3])
    leaves = rng.randint(3, 7)
    tree = header_tree(rng, leaves, depth)
    depth = header_depth(tree)
    leaves = leaves_of(tree)
    table = Table(caption)
    table.add(0, 0, rng.choice(STUB_HEADS), rowspan=depth)
    place_header(table, tree, 0, 1, depth)
    kind = rng.choice(["coef", "money", "share", "plain"])
    for i, name in enumerate(rng.sample(ROW_NAMES, rng.randint(3, 8))):
        r = depth + i
        table.add(r, 0, name)
        for k in range(leaves):
            table.add(r, 1 + k, number(rng, kind))
    return table


def grouped_table(rng, caption):
    """Rows in groups, as journal tables set them: the group's label spans
    down a label column of its own beside its rows (地区 | 省份 | ...), or
    stands in a section row above them; a text column (what each row
    measures) may follow the row labels. Groups may hold a single row."""
    groups = rng.choice(ROW_GROUPS)
    groups = groups[: rng.randint(2, len(groups))]
    sizes = [rng.randint(1, 4) for _ in groups]
    if max(sizes) < 2:
        sizes[0] = 2
    spanning = rng.random() < 0.7
    described = rng.random() < 0.4
    tree = header_tree(rng, rng.randint(2, 5), rng.choice([1, 1, 2]))
    depth, leaves = header_depth(tree), leaves_of(tree)
    table = Table(caption)
    heads = ([rng.choice(GROUP_HEADS)] if spanning else []) + [rng.choice(STUB_HEADS)] + (["说明"] if described else [])
    for c, text in enumerate(heads):
        table.add(0, c, text, rowspan=depth)
    label_cols = len(heads)
    place_header(table, tree, 0, label_cols, depth)
    kind = rng.choice(["coef", "money", "share", "plain", "count"])
    names = iter(rng.sample(ROW_NAMES, sum(sizes)))
    texts = iter(rng.sample(ROW_TEXTS, sum(sizes)))  # each row says what it measures
    r = depth
    for group, size in zip(groups, sizes):
        if spanning:
            table.add(r, 0, group, rowspan=size)
        else:
            table.add(r, 0, group, colspan=label_cols + leaves)
            r += 1
        for _ in range(size):
            c = 1 if spanning else 0
            table.add(r, c, next(names))
            if described:
                table.add(r, c + 1, next(texts))
            for k in range(leaves):
                table.add(r, label_cols + k, number(rng, kind))
            r += 1
    return table


def regression_table(rng, caption):
    """A regression table: models in columns, each regressor's coefficient
    row then a row of standard errors with an empty label, rows of verdicts
    (是/否) saying which effects a model controls, and fit statistics."""
    models = rng.randint(2, 5)
    table = Table(caption)
    style = rng.choice(["numbers", "outcome", "named"])
    depth = 1 if style == "numbers" else 2
    table.add(0, 0, "变量", rowspan=depth)
    numbers = [f"({k + 1})" for k in range(models)]
    if style == "numbers":
        for k in range(models):
            table.add(0, 1 + k, numbers[k])
    elif style == "outcome":
        table.add(0, 1, rng.choice(OUTCOMES), colspan=models)
        for k in range(models):
            table.add(1, 1 + k, numbers[k])
    else:
        for k, name in enumerate(rng.sample(MODEL_NAMES, models)):
            table.add(0, 1 + k, numbers[k])
            table.add(1, 1 + k, name)
    r = depth
    bracket = rng.choice(["()", "[]"])
    for name in rng.sample(REGRESSORS, rng.randint(1, 4)):
        # A regressor enters from some model on; the models before leave it out.
        enters = 0 if rng.random() < 0.6 else rng.randint(1, models - 1)
        table.add(r, 0, name)
        table.add(r + 1, 0, "")
        for k in range(models):
            shown = k >= enters
            table.add(r, 1 + k, number(rng, "coef") if shown else "")
            table.add(r + 1, 1 + k, f"{bracket[0]}{rng.uniform(0.001, 0.5):.3f}{bracket[1]}" if shown else "")
        r += 2
    yes, no = rng.choice(VERDICTS)
    for name in rng.sample(FIXED_EFFECTS, rng.randint(0, 3)):
        table.add(r, 0, name)
        first = rng.randint(0, models - 1)
        for k in range(models):
            table.add(r, 1 + k, yes if k >= first else no)
        r += 1
    for name, kind in rng.sample(FIT_ROWS, rng.randint(1, 3)):
        table.add(r, 0, name)
        size = rng.choice([856, 2310, 12580, 40266])
        for k in range(models):
            text = {"count": str(size), "fit": f"{rng.uniform(0.05, 0.9):.3f}", "stat": f"{rng.uniform(2, 80):.2f}"}[kind]
            table.add(r, 1 + k, text)
        r += 1
    return table


def clinical_table(rng, caption):
    """Two arms compared, as clinical papers set them: mean±sd per measure,
    the number of cases, then the test statistic and its P value."""
    arms = rng.choice(ARMS)
    measures = rng.sample(CLINICAL, rng.randint(2, 5))
    table = Table(caption)
    for c, text in enumerate(["组别", "例数"] + measures):
        table.add(0, c, text)
    r = 1
    for arm in arms:
        table.add(r, 0, arm)
        table.add(r, 1, str(rng.randint(30, 120)))
        for k in range(len(measures)):
            mean = rng.uniform(5, 150)
            table.add(r, 2 + k, f"{mean:.2f}±{mean * rng.uniform(0.05, 0.3):.2f}")
        r += 1
    for name in [rng.choice(["t值", "t"]), rng.choice(["P值", "P"])]:
        table.add(r, 0, name)
        table.add(r, 1, "")
        for k in range(len(measures)):
            if name.startswith("t"):
                table.add(r, 2 + k, f"{rng.uniform(0.2, 9):.3f}")
            else:
                table.add(r, 2 + k, rng.choice(["<0.001", "<0.05", f"{rng.uniform(0.001, 0.9):.3f}"]))
        r += 1
    return table


def correlation_table(rng, caption):
    """A correlation matrix: the variables' mean and standard deviation, then
    the lower triangle of their correlations; the upper triangle is empty and
    the columns are headed by the variables' numbers."""
    names = rng.sample(REGRESSORS, rng.randint(3, 6))
    table = Table(caption)
    head = ["变量", "均值", "标准差"] + [str(k + 1) for k in range(len(names))]
    for c, text in enumerate(head):
        table.add(0, c, text)
    for i, name in enumerate(names):
        r = 1 + i
        table.add(r, 0, f"{i + 1}.{name}")
        table.add(r, 1, f"{rng.uniform(0, 50):.2f}")
        table.add(r, 2, f"{rng.uniform(0, 10):.2f}")
        for k in range(len(names)):
            text = "1" if k == i else f"{rng.uniform(-0.6, 0.8):.3f}{rng.choice(['', '*', '**'])}" if k < i else ""
            table.add(r, 3 + k, text)
    return table


PAPER_SHAPES = [regression_table, regression_table, clinical_table, correlation_table]


def numbered_table(rng, caption):
    """A list whose rows are numbered (序号 1, 2, 3 in the first column), as
    reports list projects and offices: a name column, maybe a unit column,
    values under one or two header rows; maybe section rows (一、交通设施)
    over runs of rows numbered again from 1, else maybe a total row (合计)
    whose label spans the number and name columns; maybe a last column of
    remarks (备注), empty in most rows."""
    sections = rng.random() < 0.3
    unit = rng.random() < 0.3
    total = not sections and not unit and rng.random() < 0.5
    tree = header_tree(rng, rng.randint(2, 5), rng.choice([1, 1, 2]))
    depth, leaves = header_depth(tree), leaves_of(tree)
    remarks = rng.random() < 0.3
    table = Table(caption)
    heads = ["序号", rng.choice(ITEM_HEADS)] + (["单位"] if unit else [])
    for c, text in enumerate(heads):
        table.add(0, c, text, rowspan=depth)
    first_value = len(heads)
    place_header(table, tree, 0, first_value, depth)
    if remarks:
        table.add(0, first_value + leaves, "备注", rowspan=depth)
    kind = rng.choice(["count", "money", "share", "plain"])
    runs = ([rng.randint(2, 4) for _ in range(rng.randint(2, 3))] if sections else [rng.randint(3, 8)])
    items = iter(rng.sample(ITEMS, sum(runs)))
    names = iter(rng.sample(ITEM_SECTIONS, len(runs)))
    width = first_value + leaves + remarks
    r = depth
    for s, size in enumerate(runs):
        if sections:
            table.add(r, 0, f"{HAN[s]}、{next(names)}", colspan=width)
            r += 1
        for k in range(size):
            table.add(r, 0, str(k + 1))
            table.add(r, 1, next(items))
            if unit:
                table.add(r, 2, rng.choice(UNITS))
            for v in range(leaves):
                table.add(r, first_value + v, number(rng, kind))
            if remarks:
                table.add(r, width - 1, rng.choice(REMARKS) if rng.random() < 0.3 else "")
            r += 1
    if total:
        table.add(r, 0, "合计", colspan=2)
        for v in range(leaves):
            table.add(r, first_value + v, number(rng, kind))
        if remarks:
            table.add(r, width - 1, "")
    return table


def word_table(rng, caption):
    """A table of words, no number in it: variable definitions (类型 | 名称 |
    符号 | 定义) or what a report lists by category (类别 | 内容 | 方式). Rows
    come in groups; the group's label spans down beside its rows, or (in 3
    tables of 10) stands in a section row above them. Groups may hold a
    single row."""
    if rng.random() < 0.5:
        heads = ["变量类型", "变量名称"] + (["变量符号"] if rng.random() < 0.6 else []) + \
                [rng.choice(["变量定义", "度量方法", "计算方法"])]
        kinds = rng.sample(VAR_KINDS, rng.randint(2, 4))
        items = [[name, symbol, text] if len(heads) == 4 else [name, text]
                 for (name, symbol), text in zip(rng.sample(VARIABLES, len(VARIABLES)),
                                                 rng.sample(ROW_TEXTS, len(ROW_TEXTS)))]
    else:
        heads = [rng.choice(["类别", "公开类别", "事项类别"]), rng.choice(["主要内容", "公开内容", "内容"])] + \
                (["公开方式"] if rng.random() < 0.5 else [])
        kinds = rng.sample(CONTENT_KINDS, rng.randint(2, 4))
        items = [[text, rng.choice(CHANNELS)][: len(heads) - 1] for text in rng.sample(CONTENTS, len(CONTENTS))]
    sizes = [rng.randint(1, 3) for _ in kinds]
    if max(sizes) < 2:
        sizes[0] = 2
    spanning = len(heads) < 3 or rng.random() < 0.7  # a table needs two columns
    if not spanning:
        heads = heads[1:]  # the groups head sections instead of a column
    table = Table(caption)
    for c, text in enumerate(heads):
        table.add(0, c, text)
    items = iter(items)
    r = 1
    for kind, size in zip(kinds, sizes):
        if spanning:
            table.add(r, 0, kind, rowspan=size)
        else:
            table.add(r, 0, kind, colspan=len(heads))
            r += 1
        for _ in range(size):
            for c, text in enumerate(next(items), start=1 if spanning else 0):
                table.add(r, c, text)
            r += 1
    return table


def budget_table(rng, caption):
    """Spending by classification code: 科目编码 | 科目名称 | values, the
    codes of three levels (201, 20101, 2010101) in order, a total row (合计)
    whose label spans the code and name columns, first or last; the values
    under one header row, or under 本年支出 over 合计 | 基本支出 | 项目支出,
    合计 the sum of the other two."""
    table = Table(caption)
    grouped = rng.random() < 0.4
    if grouped:
        leaves = ["合计", "基本支出", "项目支出"]
        for c, text in enumerate(["科目编码", "科目名称"]):
            table.add(0, c, text, rowspan=2)
        table.add(0, 2, "本年支出", colspan=3)
        for k, text in enumerate(leaves):
            table.add(1, 2 + k, text)
        depth = 2
    else:
        leaves = rng.sample(BUDGET_COLUMNS, rng.randint(1, 3))
        for c, text in enumerate(["科目编码", "科目名称"] + leaves):
            table.add(0, c, text)
        depth = 1
    rows = []
    for code, name in sorted(rng.sample(CODE_CLASSES, rng.randint(1, 3))):
        rows.append((code, name))
        for kuan in sorted(rng.sample(range(1, 12), rng.randint(1, 2))):
            kuan_code = f"{code}{kuan:02d}"
            rows.append((kuan_code, rng.choice(CODE_ITEMS)))
            for xiang in sorted(rng.sample(range(1, 10), rng.randint(1, 3))):
                rows.append((f"{kuan_code}{xiang:02d}", rng.choice(CODE_ITEMS)))
    total_first = rng.random() < 0.5
    r = depth

    def values():
        drawn = [number(rng, "money") for _ in leaves]
        if grouped:
            # 合计 sums 基本支出 and 项目支出, as in every real account; its
            # own draw is kept so that the reports after it stay the same.
            cents = sum(round(float(v) * 100) for v in drawn[1:])
            drawn[0] = f"{cents // 100}.{cents % 100:02d}"
        return drawn

    def total_row(r):
        table.add(r, 0, "合计", colspan=2)
        for k, v in enumerate(values()):
            table.add(r, 2 + k, v)
    if total_first:
        total_row(r)
        r += 1
    for code, name in rows:
        table.add(r, 0, code)
        table.add(r, 1, name)
        for k, v in enumerate(values()):
            table.add(r, 2 + k, v)
        r += 1
    if not total_first:
        total_row(r)
    return table


def header_depth(tree):
    return 1 + max((header_depth(kids) for _, kids in tree if kids), default=0)


def stat_table(rng, caption):
    """Outline-numbered labels: a top level spanning its sub-rows, sub-rows
    with and without leaves, an optional unit column, a header with a group."""
    nested = rng.random() < 0.6
    unit = not nested and rng.random() < 0.5
    values = rng.randint(2, 5)
    # Each top label: none, or sub-rows each with or without leaf rows. A
    # label column that no row uses on its own would have no evidence at all.
    tops = rng.sample(TOP_LABELS, rng.randint(2, 4))
    plan = []
    for _ in tops:
        if nested and rng.random() < 0.6:
            plan.append([rng.randint(2, 3) if rng.random() < 0.4 else 0 for _ in range(rng.randint(2, 3))])
        else:
            plan.append(None)
    if nested and not any(plan):
        plan[0] = [0, 0]
    label_cols = 1 + (1 if any(plan) else 0) + (1 if any(any(p) for p in plan if p) else 0)
    table = Table(caption)
    grouped = values >= 3 and rng.random() < 0.5
    header_rows = 2 if grouped else 1
    table.add(0, 0, "项目", rowspan=header_rows, colspan=label_cols)
    c = label_cols
    if unit:
        table.add(0, c, "单位", rowspan=header_rows)
        c += 1
    names = rng.sample(GROUPS, values)
    if grouped:
        total = values - 1
        table.add(0, c, "申请人类型", colspan=total)
        for k in range(total):
            table.add(1, c + k, names[k])
        table.add(0, c + total, "总计", rowspan=2)
    else:
        for k in range(values):
            table.add(0, c + k, names[k])
    first_value = c
    r = header_rows
    for i, (top, subs) in enumerate(zip(tops, plan)):
        label = f"{HAN[i]}、{top}"
        if subs:
            start = r
            for j, (sub, leaves) in enumerate(zip(rng.sample(SUB_LABELS, len(subs)), subs)):
                sub_label = f"({HAN[j]}){sub}"
                if leaves:
                    table.add(r, 1, sub_label, rowspan=leaves)
                    for k, leaf in enumerate(rng.sample(LEAF_LABELS, leaves)):
                        table.add(r, 2, f"{k + 1}.{leaf}")
                        for v in range(values):
                            table.add(r, first_value + v, number(rng, "count"))
                        r += 1
                else:
                    table.add(r, 1, sub_label, colspan=label_cols - 1)
                    for v in range(values):
                        table.add(r, first_value + v, number(rng, "count"))
                    r += 1
            table.add(start, 0, label, rowspan=r - start)
        else:
            table.add(r, 0, label, colspan=label_cols)
            if unit:
                table.add(r, label_cols, rng.choice(UNITS))
            for v in range(values):
                table.add(r, first_value + v, number(rng, "count"))
            r += 1
    return table


def render_pipe_cells(table, same_line):
    rows = table.html_rows()
    max_span = max(sum(c["colspan"] for c in row) for row in rows)
    lines = []
    for i, row in enumerate(rows):
        for cell in row:
            text = cell["text"]
            lines.append(f"{text} |" if text else "|")
        pad = max_span - len(row)
        if pad > 0 and i + 1 < len(rows):
            if same_line:
                lines[-1] += " " + "|" * pad
            else:
                lines.append("|" * pad)
    return lines


def render_pipe_rows(table):
    rows = table.html_rows()
    max_span = max(sum(c["colspan"] for c in row) for row in rows)
    lines = []
    for i, row in enumerate(rows):
        line = " ".join(f"{c['text']} |" if c["text"] else "|" for c in row)
        pad = max_span - len(row)
        if pad > 0 and i + 1 < len(rows):
            line += " " + "|" * pad
        lines.append(line)
    return lines


def grid_of(table):
    grid = [[""] * table.n_cols for _ in range(table.n_rows)]
    for cell in table.cells:
        grid[cell["r"]][cell["c"]] = cell["text"]
    return grid


def render_tab(table):
    return ["\t".join(row) for row in grid_of(table)]


def render_markdown(table):
    grid = [[t.replace("|", "\\|") for t in row] for row in grid_of(table)]
    lines = ["| " + " | ".join(grid[0]) + " |", "|" + "---|" * table.n_cols]
    lines += ["| " + " | ".join(row) + " |" for row in grid[1:]]
    return lines


def render_line_cells(table):
    """Blocks: each cell's text, or None for an empty cell."""
    return [cell["text"] or None for row in table.html_rows() for cell in row]


def report(rng, grouped_rows=False, paper_shapes=False, numbered_rows=False, word_tables=False,
           budget_codes=False):
    """A list of parts: ("prose", text) or ("table", Table)."""
    parts = [("prose", rng.choice(PROSE))]
    paper = rng.random() < 0.5
    for n in range(1, rng.randint(1, 3) + 1):
        if rng.random() < 0.5:
            parts.append(("prose", rng.choice(SECTION_HEADS)))
        parts.append(("prose", rng.choice(PROSE)))
        if paper_shapes:
            table = rng.choice(PAPER_SHAPES)(rng, rng.choice(PAPER_CAPTIONS[:-1]).format(n=n))
        elif word_tables:
            table = word_table(rng, rng.choice(PAPER_CAPTIONS[:-1]).format(n=n))
        elif budget_codes:
            table = budget_table(rng, rng.choice(["{n}、一般公共预算支出决算明细", "表{n} 部门支出决算表"]).format(
                n=HAN[n] if rng.random() < 0.5 else n))
        elif numbered_rows:
            caption = rng.choice(PAPER_CAPTIONS[:-1] + STAT_CAPTIONS)
            table = numbered_table(rng, caption.format(n=n if caption.startswith("表") else HAN[n]))
        elif grouped_rows:
            table = grouped_table(rng, rng.choice(PAPER_CAPTIONS).format(n=n))
        elif paper:
            table = paper_table(rng, rng.choice(PAPER_CAPTIONS).format(n=n))
        else:
            table = stat_table(rng, rng.choice(STAT_CAPTIONS).format(n=HAN[n]))
        table.check()
        parts.append(("prose", table.caption))
        parts.append(("table", table))
        if paper_shapes and rng.random() < 0.5:
            parts.append(("prose", rng.choice(NOTES)))
    parts.append(("prose", rng.choice(PROSE)))
    return parts


def flatten(parts, layout):
    out = []
    if layout == "linecell":
        for kind, x in parts:
            if kind == "prose":
                out += [x, ""]
            else:
                for block in render_line_cells(x):
                    out += [""] if block is None else [block, ""]
        return "\n".join(out) + "\n"
    if layout in ("tab", "markdown"):
        for kind, x in parts:
            if kind == "prose":
                out += [x, ""]
            else:
                out += (render_tab(x) if layout == "tab" else render_markdown(x)) + [""]
        return "\n".join(out) + "\n"
    for kind, x in parts:  # trafilatura: one line per paragraph, no blank lines
        if kind == "prose":
            out.append(x)
        elif layout == "piperow":
            out += render_pipe_rows(x)
        else:
            out += render_pipe_cells(x, same_line=layout == "pipecell_sameline")
    return "\n".join(out) + "\n"


LAYOUTS = ["pipecell_ownline", "pipecell_sameline", "piperow", "tab", "linecell", "markdown"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--grouped-rows", action="store_true",
                    help="every table in row groups (grouped_table) instead of the usual mix")
    ap.add_argument("--paper-shapes", action="store_true",
                    help="every table a regression, clinical or correlation table, as journal papers set them")
    ap.add_argument("--numbered-rows", action="store_true",
                    help="every table a list with its rows numbered (序号 1, 2, 3), maybe sections and a total")
    ap.add_argument("--word-tables", action="store_true",
                    help="every table a table of words (variable definitions, categories), groups spanning rows")
    ap.add_argument("--budget-codes", action="store_true",
                    help="every table spending by classification code (201, 20101, 2010101) with a total row")
    args = ap.parse_args()
    os.makedirs(os.path.join(args.out, "input"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "truth"), exist_ok=True)
    rng = random.Random(args.seed)
    for d in range(args.docs):
        docid = f"gen{args.seed}_{d:03d}"
        parts = report(rng, args.grouped_rows, args.paper_shapes, args.numbered_rows, args.word_tables,
                       args.budget_codes)
        tables = [x for kind, x in parts if kind == "table"]
        with open(os.path.join(args.out, "truth", docid + ".json"), "w", encoding="utf-8") as f:
            json.dump({"docid": docid, "category": "generated", "real": False,
                       "tables": [t.truth() for t in tables]}, f, ensure_ascii=False)
        for layout in LAYOUTS:
            with open(os.path.join(args.out, "input", f"{docid}.{layout}.txt"), "w", encoding="utf-8") as f:
                f.write(flatten(parts, layout))


if __name__ == "__main__":
    main()
