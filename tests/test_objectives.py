"""Objectives: one item per objective, its scope, text and span, on the corpus and on snippets."""

from __future__ import annotations

import pytest

from conftest import AN_GIANG, DIRECTIVE, HA_TINH, HUNG_YEN, TUYEN_QUANG, corpus_text
from khuyencong_extract.objectives import extract_objectives
from khuyencong_extract.pipeline import build_context, extract_text


def objectives_of(text: str):
    return extract_objectives(build_context(text))


def summary(objectives):
    """(section_id, scope, first three words) of each objective."""
    return [(o.section_id, o.scope, " ".join(o.text.split()[:3])) for o in objectives]


CORPUS_EXPECTED = [
    (AN_GIANG, [
        ("I.1", None, "Huy động các"),
        ("I.2", None, "Khuyến khích, hỗ"),
        ("I.3", None, "Hỗ trợ, tạo"),
        ("I.4", None, "Tạo điều kiện"),
    ]),
    (HUNG_YEN, [
        ("I.1.a", "general", "Huy động và"),
        ("I.1.b", "general", "Đẩy mạnh hoạt"),
        ("I.1.c", "general", "Khuyến khích hỗ"),
        ("I.1.d", "general", "Hỗ trợ, tạo"),
        ("I.2.a", "specific", "Tập trung hỗ"),
        ("I.2.b", "specific", "Tổ chức 03"),
        ("I.2.c", "specific", "Tập trung hỗ"),
        ("I.2.d", "specific", "Hoàn thiện các"),
    ]),
    (TUYEN_QUANG, [
        ("I.1.1", "general", "Góp phần thực"),
        ("I.1.1", "general", "Huy động các"),
        ("I.1.1", "general", "Khuyến khích, hỗ"),
        ("I.1.1", "general", "Hỗ trợ, tạo"),
        ("I.1.2", "specific", "Đào tạo khoảng"),
        ("I.1.2", "specific", "Thông tin tuyên"),
        ("I.1.2", "specific", "Hoàn thiện quy"),
    ]),
    (DIRECTIVE, []),
    (HA_TINH, []),
]


@pytest.mark.parametrize("path, expected", CORPUS_EXPECTED, ids=lambda v: getattr(v, "stem", ""))
def test_corpus_objectives(path, expected, corpus_docs):
    assert summary(corpus_docs[path.stem].objectives) == expected


@pytest.mark.parametrize("path", [AN_GIANG, HUNG_YEN, TUYEN_QUANG])
def test_objective_span_is_its_text_in_the_source(path, corpus_docs):
    source = corpus_text(path)
    for objective in corpus_docs[path.stem].objectives:
        start, end = objective.span
        assert " ".join(source[start:end].replace("|", " ").split()) == objective.text


def test_an_giang_objective_is_the_whole_hard_wrapped_point(corpus_docs):
    first = corpus_docs[AN_GIANG.stem].objectives[0]
    assert first.text.endswith(
        "Góp phần tích cực vào việc phân công lại lao động xã hội, nâng cao hiệu quả kinh tế "
        "địa phương trong xây dựng nông thôn mới.")


def test_tuyen_quang_lead_in_and_orientation_are_not_objectives(corpus_docs):
    texts = [o.text for o in corpus_docs[TUYEN_QUANG.stem].objectives]
    assert not any(t.startswith("Phấn đấu đến năm 2020") for t in texts)
    assert not any("Về địa bàn" in t or "Về ngành nghề" in t for t in texts)


SNIPPETS = [
    (  # sub-heading labels give the scope; "Phương hướng" is not an objective list
        "I. MỤC TIÊU, PHƯƠNG HƯỚNG\n1. Mục tiêu\n1.1. Mục tiêu tổng quát\n"
        "- Góp phần xây dựng nông thôn mới.\n- Hỗ trợ sản xuất sạch hơn.\n1.2. Mục tiêu cụ thể\n"
        "Phấn đấu đến năm 2020, Chương trình tập trung vào một số mục tiêu cụ thể sau:\n"
        "- Đào tạo khoảng 500 lao động.\n2. Phương hướng\n- Về địa bàn: Ưu tiên hỗ trợ các địa bàn khó khăn.\n"
        "II. NỘI DUNG\n1. Tổ chức đào tạo nghề",
        [("I.1.1", "general", "Góp phần xây dựng nông thôn mới."),
         ("I.1.1", "general", "Hỗ trợ sản xuất sạch hơn."),
         ("I.1.2", "specific", "Đào tạo khoảng 500 lao động.")],
    ),
    (  # numbered points directly under the heading, no scope said
        "I. MỤC TIÊU\n1. Huy động các nguồn lực trong tỉnh và ngoài tỉnh.\n"
        "2. Khuyến khích, hỗ trợ sản xuất sạch.\nII. YÊU CẦU\n1. Phù hợp với đường lối.",
        [("I.1", None, "Huy động các nguồn lực trong tỉnh và ngoài tỉnh."),
         ("I.2", None, "Khuyến khích, hỗ trợ sản xuất sạch.")],
    ),
    (  # a paragraph objective (no marker) is one item
        "I. MỤC TIÊU CHUNG\nHuy động mọi nguồn lực cho phát triển công nghiệp nông thôn.\nII. NỘI DUNG\n1. Đào tạo",
        [("I", "general", "Huy động mọi nguồn lực cho phát triển công nghiệp nông thôn.")],
    ),
]


@pytest.mark.parametrize("text, expected", SNIPPETS)
def test_snippet_objectives(text, expected):
    assert [(o.section_id, o.scope, o.text) for o in objectives_of(text)] == expected


def test_an_objectives_heading_without_points_is_reported():
    ctx = build_context("I. MỤC TIÊU\nII. NỘI DUNG\n1. Đào tạo nghề")
    assert extract_objectives(ctx) == []
    assert [w.code for w in ctx.warnings] == ["objectives_not_found"]


def test_corpus_objectives_sections_all_list_objectives(corpus_docs):
    for doc in corpus_docs.values():
        assert not [w for w in doc.warnings if w.code == "objectives_not_found"]


def _objectives_plain(ctx):
    """`extract_objectives` as first written: every section looked up among all of them."""
    from khuyencong_extract import objectives as o
    from khuyencong_extract.segment import items, objective_scope

    by_id = {node.id: node for node in ctx.sections}

    def collect(node, scope):
        points = items(ctx, node)
        out = []
        for k, item in enumerate(points):
            if item.kind == "section":
                child = by_id[item.section_id]
                if child.kind != "objectives":
                    continue
                if o.is_subheading(ctx, child):
                    out.extend(collect(child, objective_scope(child.heading) or scope))
                    continue
            elif item.kind == "paragraph" and item.text.endswith(":") and points[k + 1:]:
                continue
            out.append(o._objective(ctx, node, item, scope))
        return out

    out = []
    for node in ctx.sections:
        parent = by_id.get(node.parent_id) if node.parent_id else None
        if node.kind == "objectives" and (parent is None or parent.kind != "objectives"):
            out.extend(collect(node, objective_scope(node.heading)))
    return out


def test_objectives_equal_the_plain_lookup():
    """Only sections of kind objectives are looked up: the same objectives as among all sections."""
    found = 0
    for path in (AN_GIANG, DIRECTIVE, HA_TINH, HUNG_YEN, TUYEN_QUANG):
        ctx = build_context(corpus_text(path))
        objectives = extract_objectives(ctx)
        assert objectives == _objectives_plain(ctx), path.stem
        found += len(objectives)
    assert found > 10


@pytest.mark.parametrize("mark", [".", ";", "-", "...", "\u0345."])
def test_a_line_of_punctuation_alone_is_no_objective(mark):
    """A line of punctuation alone (a wrapped sentence end, a marker lost in a copy) was
    taken as an objective whose text was that punctuation."""
    doc = extract_text(f"I. MỤC TIÊU\n1. Mục tiêu chung\nPhát triển công nghiệp\n{mark}\n")
    assert [o.text for o in doc.objectives] == ["Phát triển công nghiệp"]


LAI_CHAU_682 = (  # Lai Châu's Kế hoạch 682/KH-UBND (2021), as the page wraps it
    "Số: 682/KH-UBND\n|\nLai Châu, ngày 22\ntháng 3 năm 2021\n|\nKẾ HOẠCH\n"
    "NÂNG CAO CHẤT LƯỢNG ĐÀO TẠO CHO LAO ĐỘNG NÔNG THÔN GIAI ĐOẠN\n2021 - 2025 TRÊN ĐỊA BÀN TỈNH LAI CHÂU\n"
    "I. MỤC ĐÍCH,\nYÊU CẦU\n1. Mục đích\nTiếp tục thực hiện Đề án “Đào tạo\n"
    "cho lao động nông thôn trên địa bàn tỉnh Lai Châu” đến năm 2025, nâng cao chất\n"
    "lượng lao động nông thôn, đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa nông\n"
    "nghiệp, nông thôn, yêu cầu sử dụng lao động của doanh nghiệp và thị trường lao\n"
    "động góp phần nâng cao hiệu quả lao động, sản xuất, tăng thu nhập, giảm nghèo bền\nvững.\n"
    "2. Yêu cầu\nĐổi mới và phát triển đào tạo\n"
    "cho lao động nông thôn theo hướng nâng cao chất lượng, hiệu quả.\n"
)


def test_a_labelled_point_of_one_paragraph_gives_the_paragraph_without_its_label():
    """"1. Mục đích" over one paragraph: the objective is the paragraph, its span starting
    at "Tiếp tục" (it was "Mục đích Tiếp tục thực hiện ..."); "2. Yêu cầu" holds none."""
    doc = extract_text(LAI_CHAU_682)
    assert [(o.section_id, o.scope) for o in doc.objectives] == [("I.1", None)]
    objective = doc.objectives[0]
    assert objective.text.startswith("Tiếp tục thực hiện Đề án “Đào tạo cho lao động nông thôn")
    assert objective.text.endswith("tăng thu nhập, giảm nghèo bền vững.")
    start, end = objective.span
    assert LAI_CHAU_682[start:end].startswith("Tiếp tục thực hiện") and LAI_CHAU_682[start:end].endswith("bền\nvững.")
