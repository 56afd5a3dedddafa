"""Segmentation: section tree, kinds, spans and items, on the corpus and on real clauses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import AN_GIANG, DIRECTIVE, HA_TINH, HUNG_YEN, TUYEN_QUANG, corpus_text
from khuyencong_extract.pipeline import build_context, extract_text
from khuyencong_extract.segment import heading_kind, items, roman_value, segment


def tree(text: str) -> dict[str, tuple[str | None, str | None]]:
    """id -> (parent_id, heading) of the marker sections of ``text``."""
    return {n.id: (n.parent_id, n.heading) for n in segment(text)}


def ctx_of(path):
    return build_context(corpus_text(path), source_name=path.name)


def node(ctx, node_id):
    return next(n for n in ctx.sections if n.id == node_id)


def roman(ctx):
    return [(n.id, n.kind) for n in ctx.sections if n.marker_type == "roman"]


# --- the corpus -----------------------------------------------------------------------

def test_an_giang_has_eight_roman_sections_from_objectives_to_monitoring():
    ctx = ctx_of(AN_GIANG)
    assert roman(ctx) == [
        ("I", "objectives"), ("II", "requirements"), ("III", "scope"), ("IV", "content"),
        ("V", "solutions"), ("VI", "budget"), ("VII", "organization"), ("VIII", "monitoring"),
    ]
    assert node(ctx, "VIII").heading == "KIỂM TRA GIÁM SÁT, THÔNG TIN, BÁO CÁO"
    assert node(ctx, "III").heading == "ĐỐI TƯỢNG, PHẠM VI ÁP DỤNG, THỜI GIAN THỰC HIỆN"


def test_an_giang_document_parts_and_articles():
    ctx = ctx_of(AN_GIANG)
    parts = [n.id for n in ctx.sections if n.level == 0]
    assert parts == ["header", "preamble", "body", "signature", "programme"]
    articles = [(n.id, n.parent_id, n.kind) for n in ctx.sections if n.marker_type == "article"]
    assert articles == [("Điều 1", "body", "decision"), ("Điều 2", "body", "decision"),
                        ("Điều 3", "body", "decision")]
    assert node(ctx, "programme").heading == "CHƯƠNG TRÌNH KHUYẾN CÔNG TỈNH AN GIANG GIAI ĐOẠN 2021 – 2025"
    assert ctx.text[node(ctx, "preamble").start:].startswith("Căn cứ Luật Tổ chức chính")
    assert ctx.text[node(ctx, "signature").start:].startswith("Nơi nhận:")


def test_an_giang_letters_nest_under_numbers_and_keep_dj():
    ctx = ctx_of(AN_GIANG)
    assert [n.id for n in ctx.sections if n.parent_id == "IV.3"] == [
        "IV.3.a", "IV.3.b", "IV.3.c", "IV.3.d", "IV.3.đ"]
    # "... hệ thống truyền thanh cơ sở. c) Xây dựng, in ấn tờ rơi" is one source line
    assert [n.id for n in ctx.sections if n.parent_id == "IV.4"] == ["IV.4.a", "IV.4.b", "IV.4.c"]
    assert node(ctx, "IV.4.c").heading.startswith("Xây dựng, in ấn tờ rơi, tờ gấp")
    assert node(ctx, "IV.4.b").heading.endswith("hệ thống truyền thanh cơ sở.")
    assert len([n for n in ctx.sections if n.parent_id == "VII"]) == 10


def test_hung_yen_six_roman_sections_each_once():
    ctx = ctx_of(HUNG_YEN)
    assert roman(ctx) == [("I", "objectives"), ("II", "scope"), ("III", "content"),
                          ("IV", "budget"), ("V", "solutions"), ("VI", "organization")]
    assert node(ctx, "I").heading == "MỤC TIÊU"
    assert node(ctx, "II").heading == "PHẠM VI VÀ ĐỐI TƯỢNG ÁP DỤNG CỦA CHƯƠNG TRÌNH"
    # a sub-section heading that names its own kind overrides the inherited one
    assert (node(ctx, "VI.7").heading, node(ctx, "VI.7").kind) == ("Chế độ thông tin, báo cáo định kỳ", "monitoring")
    assert node(ctx, "VI.7.a").kind == "monitoring"
    # "c) Nghệ nhân ... mỹ nghệ. d) Tổ chức, cá nhân ..." on one source line
    assert [n.id for n in ctx.sections if n.parent_id == "II.2"] == [
        "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ"]


def test_tuyen_quang_decimal_sections_nest_under_their_numbers():
    ctx = ctx_of(TUYEN_QUANG)
    assert roman(ctx) == [("I", "objectives"), ("II", "content"), ("III", "solutions"),
                          ("IV", "budget"), ("V", "organization")]
    assert [(n.id, n.parent_id, n.heading) for n in ctx.sections if n.parent_id == "I.1"] == [
        ("I.1.1", "I.1", "Mục tiêu tổng quát"), ("I.1.2", "I.1", "Mục tiêu cụ thể")]
    content = [n for n in ctx.sections if n.parent_id and n.parent_id.startswith("II.")]
    assert len(content) == 18
    assert {n.heading for n in content} == {"Nội dung", "Kết quả dự kiến"}
    assert (node(ctx, "II.9.2").parent_id, node(ctx, "II.9.2").level) == ("II.9", 3)


def test_tuyen_quang_orientation_is_not_an_objectives_section():
    ctx = ctx_of(TUYEN_QUANG)
    assert node(ctx, "I.2").heading == "Phương hướng"
    assert node(ctx, "I.2").kind == "other"
    bullets = items(ctx, node(ctx, "I.2"))
    assert [p.text.split(":")[0] for p in bullets[:2]] == ["Về địa bàn", "Về ngành nghề"]
    assert len(bullets) == 4
    assert node(ctx, "I.1").kind == "objectives"


def test_tuyen_quang_budget_numbers_restart_inside_the_total():
    # "1. Tổng kinh phí ... 27,377 tỷ đồng" / "1. Kinh phí dành cho ..." / "2. Kinh phí đầu tư ..."
    # / "2. Bố trí và sử dụng kinh phí"
    ctx = ctx_of(TUYEN_QUANG)
    budget = [(n.id, n.parent_id) for n in ctx.sections if n.id.startswith("IV")]
    assert budget == [("IV", "programme"), ("IV.1", "IV"), ("IV.1.1", "IV.1"), ("IV.1.2", "IV.1"),
                      ("IV.2", "IV")]
    assert node(ctx, "IV.2").heading == "Bố trí và sử dụng kinh phí"


def test_directive_without_parts_has_its_numbered_points_as_roots():
    ctx = ctx_of(DIRECTIVE)
    assert [(n.id, n.parent_id, n.level) for n in ctx.sections] == [
        ("1", None, 0), ("2", None, 0), ("3", None, 0), ("3.a", "3", 1), ("3.b", "3", 1),
        ("3.c", "3", 1), ("3.d", "3", 1), ("4", None, 0)]
    assert node(ctx, "3.b").heading == "Vụ Tài chính và Đổi mới doanh nghiệp"


def test_news_article_without_markers_has_no_sections():
    assert build_context(corpus_text(HA_TINH)).sections == []


@pytest.mark.parametrize("path", [AN_GIANG, HUNG_YEN, TUYEN_QUANG, DIRECTIVE])
def test_every_span_starts_at_its_marker_in_the_source(path, corpus_docs):
    doc = corpus_docs[path.stem]
    source = corpus_text(path)
    ids = [s.id for s in doc.sections]
    assert len(ids) == len(set(ids))
    for section in doc.sections:
        start, end = section.span
        assert start < end
        if section.marker:
            assert source[start:end].startswith(section.marker)
        parent = next((p for p in doc.sections if p.id == section.parent_id), None)
        if parent is not None:
            assert parent.span[0] <= start and end <= parent.span[1]
            assert section.level == parent.level + 1


# --- tricky clauses ---------------------------------------------------------------------

SNIPPETS = [
    (  # a letter marker mid-line after a sentence end (An Giang after line re-joining)
        "4. Cung cấp thông tin về các chính sách phát triển công nghiệp, khuyến công\n"
        "a) Thực hiện 10 kỳ phóng sự truyền thanh, truyền hình.\n"
        "b) Thực hiện 25 chuyên mục báo địa phương và hệ thống truyền thanh cơ sở. "
        "c) Xây dựng, in ấn tờ rơi, tờ gấp và các hình thức tuyên truyền khác 02 bộ.",
        {"4": (None, "Cung cấp thông tin về các chính sách phát triển công nghiệp, khuyến công"),
         "4.a": ("4", "Thực hiện 10 kỳ phóng sự truyền thanh, truyền hình."),
         "4.b": ("4", "Thực hiện 25 chuyên mục báo địa phương và hệ thống truyền thanh cơ sở."),
         "4.c": ("4", "Xây dựng, in ấn tờ rơi, tờ gấp và các hình thức tuyên truyền khác 02 bộ.")},
    ),
    (  # numbers at a line start that are not markers
        "I. MỤC TIÊU\n1. Phạm vi áp dụng:\nChương trình Khuyến công tỉnh An Giang giai đoạn\n"
        "2021 - 2025 gồm các nội dung quy định tại Nghị định số\n45/2012/NĐ-CP ngày 21 tháng 5 năm 2012\n"
        "1.966 tỷ đồng từ ngân sách tỉnh\n2. Đối tượng",
        {"I": (None, "MỤC TIÊU"), "I.1": ("I", "Phạm vi áp dụng"), "I.2": ("I", "Đối tượng")},
    ),
    (  # đ) comes between d) and e)
        "3. Hỗ trợ xây dựng mô hình\nd) Hỗ trợ công nghệ, máy móc thiết bị xử lý nước thải.\n"
        "đ) Hỗ trợ tư vấn, đánh giá, lựa chọn giải pháp.\ne) Hỗ trợ liên kết các cơ sở CNNT.",
        {"3": (None, "Hỗ trợ xây dựng mô hình")},
    ),
    (
        "1. Hỗ trợ\na) Hỗ trợ công nghệ.\nb) Hỗ trợ tư vấn.\nc) Tổ chức.\nd) Hỗ trợ công nghệ.\n"
        "đ) Hỗ trợ tư vấn, đánh giá.\ne) Hỗ trợ liên kết.",
        {"1": (None, "Hỗ trợ"), "1.a": ("1", "Hỗ trợ công nghệ."), "1.b": ("1", "Hỗ trợ tư vấn."),
         "1.c": ("1", "Tổ chức."), "1.d": ("1", "Hỗ trợ công nghệ."),
         "1.đ": ("1", "Hỗ trợ tư vấn, đánh giá."), "1.e": ("1", "Hỗ trợ liên kết.")},
    ),
    (  # decimal nesting and a run-in heading (Tuyên Quang)
        "II. NỘI DUNG\n1. Tổ chức đào tạo nghề, truyền nghề\n1.1. Nội dung:\n"
        "- Hỗ trợ tổ chức các khóa đào tạo nghề, truyền nghề ngắn hạn.\n"
        "1.2. Kết quả dự kiến: Đào tạo nghề, truyền nghề, nâng cao tay nghề cho 500 lao động.\n"
        "2. Hỗ trợ nâng cao năng lực quản lý doanh nghiệp\n2.1. Nội dung:\n- Tổ chức các lớp tập huấn.",
        {"II": (None, "NỘI DUNG"), "II.1": ("II", "Tổ chức đào tạo nghề, truyền nghề"),
         "II.1.1": ("II.1", "Nội dung"), "II.1.2": ("II.1", "Kết quả dự kiến"),
         "II.2": ("II", "Hỗ trợ nâng cao năng lực quản lý doanh nghiệp"), "II.2.1": ("II.2", "Nội dung")},
    ),
    (  # a heading broken over two lines (An Giang, before re-joining)
        "III. ĐỐI TƯỢNG,\nPHẠM VI ÁP DỤNG, THỜI GIAN THỰC HIỆN\n1. Đối tượng\na) Cơ quan chủ trì: Sở Công\nThương",
        {"III": (None, "ĐỐI TƯỢNG, PHẠM VI ÁP DỤNG, THỜI GIAN THỰC HIỆN"), "III.1": ("III", "Đối tượng"),
         "III.1.a": ("III.1", "Cơ quan chủ trì")},
    ),
    (  # a short heading with one capitalised bullet under it: the bullet is its item
        "1. Mục đích\n- Hỗ trợ 20 cơ sở công nghiệp nông thôn.\n2. Yêu cầu\n"
        "- Bảo tồn và phát triển làng nghề phải tạo thêm việc làm.",
        {"1": (None, "Mục đích"), "2": (None, "Yêu cầu")},
    ),
    (  # a heading ending with a word a name may follow ("các sở") over a line opening with that
        # word again: no wrap ("Giám đốc Sở" / "Công Thương" is one); an agency heading ending
        # with its level word over one dash item: no name wrapped at its dash
        "1. Trách nhiệm các sở\nSở Công Thương chủ trì triển khai kế hoạch.\n2. Kho bạc Nhà nước tỉnh\n"
        "- Kiểm soát chi theo quy định.",
        {"1": (None, "Trách nhiệm các sở"), "2": (None, "Kho bạc Nhà nước tỉnh")},
    ),
    (  # an agency heading that is a registry name whole over one dash item: no name wrapped at its dash
        "2. Sở Tài chính\n- Bố trí kinh phí.\n3. Trung tâm Khuyến công và Xúc tiến thương mại\n"
        "- Chủ trì tổ chức thực hiện các đề án khuyến công địa phương.",
        {"2": (None, "Sở Tài chính"), "3": (None, "Trung tâm Khuyến công và Xúc tiến thương mại")},
    ),
    (  # a wrapped line that starts with a dash is not a bullet (An Giang, before re-joining)
        "2. Hỗ trợ xây dựng mô hình\ntrình diễn kỹ thuật; ứng dụng máy móc thiết bị tiên tiến vào sản xuất công nghiệp\n"
        "- tiểu thủ công nghiệp\na) Hỗ trợ xây dựng 02 mô hình.",
        {"2": (None, "Hỗ trợ xây dựng mô hình trình diễn kỹ thuật; ứng dụng máy móc thiết bị tiên tiến "
                     "vào sản xuất công nghiệp - tiểu thủ công nghiệp"),
         "2.a": ("2", "Hỗ trợ xây dựng 02 mô hình.")},
    ),
]


@pytest.mark.parametrize("line, heading", [
    ("1.2. Kết quả dự kiến: Đào tạo nghề, truyền nghề, nâng cao tay nghề cho 500 lao động.", "Kết quả dự kiến"),
    ("a) Cơ quan chủ trì: Sở Công Thương", "Cơ quan chủ trì"),
    ("2. Sở Công Thương các tỉnh, thành phố trực thuộc trung ương:", "Sở Công Thương các tỉnh, thành phố trực thuộc trung ương"),
    ("a) Là Cơ quan Thường trực giúp UBND tỉnh. Chủ trì phối hợp với các sở: Tài chính, Nội vụ.",
     "Là Cơ quan Thường trực giúp UBND tỉnh. Chủ trì phối hợp với các sở: Tài chính, Nội vụ."),
])
def test_run_in_heading_is_the_label_before_the_colon(line, heading):
    assert segment(line)[0].heading == heading


@pytest.mark.parametrize("text, expected", SNIPPETS)
def test_snippet_tree(text, expected):
    got = tree(text)
    assert {k: got[k] for k in expected} == expected
    if len(expected) > 1:
        assert set(got) == set(expected)


def test_d_stroke_follows_d_in_letter_order():
    ids = list(tree(SNIPPETS[3][0]))
    assert ids.index("1.đ") == ids.index("1.d") + 1


def test_a_letter_mid_line_must_continue_the_open_list():
    # "... theo Điều 4 khoản b) Hỗ trợ" is not a new point: no list with a) is open
    got = tree("1. Phạm vi áp dụng\nCác nội dung quy định. b) Hỗ trợ không phải mục.")
    assert list(got) == ["1"]


@pytest.mark.parametrize("heading, top, kind", [
    ("MỤC TIÊU, PHƯƠNG HƯỚNG", True, "objectives"),
    ("YÊU CẦU", True, "requirements"),
    ("ĐỐI TƯỢNG, PHẠM VI ÁP DỤNG, THỜI GIAN THỰC HIỆN", True, "scope"),
    ("PHẠM VI VÀ ĐỐI TƯỢNG ÁP DỤNG CỦA CHƯƠNG TRÌNH", True, "scope"),
    ("NỘI DUNG CHƯƠNG TRÌNH GIAI ĐOẠN 2021-2025", True, "content"),
    ("GIẢI PHÁP THỰC HIỆN CHƯƠNG TRÌNH", True, "solutions"),
    ("KINH PHÍ THỰC HIỆN", True, "budget"),
    ("TỔ CHỨC THỰC HIỆN", True, "organization"),
    ("KIỂM TRA GIÁM SÁT, THÔNG TIN, BÁO CÁO", True, "monitoring"),
    ("KIỂM TRA GIÁM ST, THÔNG TIN, BÁO CÁO", True, "monitoring"),  # a lost letter, as in the directive file
    ("CÁC NHIỆM VỤ, GIẢI PHÁP", True, "solutions"),
    ("NHIỆM VỤ", True, None),
    ("Chế độ thông tin, báo cáo định kỳ", False, "monitoring"),
    ("Phương hướng", False, "other"),
    ("Sở Tài chính", False, None),
    # a sentence giving an agency a task, not a heading of requirements ("Điều 2. Yêu cầu Sở ...")
    ("Yêu cầu Sở Công Thương chủ trì, phối hợp với Sở Tài chính triển khai Kế hoạch.", True, None),
    ("Yêu cầu các sở, ngành", True, None),
    ("Kiểm tra, giám sát, hướng dẫn triển khai thực hiện các chương trình, đề án, kế hoạch "
     "khuyến công và thực hiện công tác hậu kiểm kết quả thực hiện đề án.", False, None),
])
def test_heading_kind(heading, top, kind):
    assert heading_kind(heading, top=top) == kind


@pytest.mark.parametrize("numeral, value", [("I", 1), ("IV", 4), ("VIII", 8), ("IIII", None), ("VX", None)])
def test_roman_value(numeral, value):
    assert roman_value(numeral) == value


# --- items ------------------------------------------------------------------------------

def test_items_of_a_lettered_point_with_bullets():
    ctx = ctx_of(AN_GIANG)
    points = items(ctx, node(ctx, "IV.5.c"))
    assert [p.kind for p in points][:3] == ["bullet", "bullet", "bullet"]
    assert points[0].text == "Hỗ trợ 02 cụm công nghiệp lập quy hoạch chi tiết;"
    assert points[2].text.endswith("di dời vào Khu, cụm công nghiệp.")


def test_items_of_a_section_are_its_points_and_paragraphs():
    ctx = ctx_of(HUNG_YEN)
    points = items(ctx, node(ctx, "III"))
    assert points[0].kind == "paragraph"
    assert points[0].text.startswith("Tập trung đẩy mạnh các hoạt động khuyến công giai đoạn 2026-2030")
    assert [p.section_id for p in points[1:]] == [f"III.{k}" for k in range(1, 7)]


def test_items_of_tuyen_quang_specific_objectives():
    ctx = ctx_of(TUYEN_QUANG)
    points = items(ctx, node(ctx, "I.1.2"))
    assert [p.kind for p in points] == ["paragraph", "bullet", "bullet", "bullet"]
    assert points[0].text.endswith("Chương trình tập trung vào một số mục tiêu cụ thể sau:")
    assert points[1].marker == "-"
    assert points[1].text.startswith("Đào tạo khoảng 500 lao động cho các cơ sở công nghiệp nông thôn")


def test_item_offsets_point_into_the_clean_text():
    ctx = ctx_of(TUYEN_QUANG)
    for point in items(ctx, node(ctx, "I.1.1")):
        assert ctx.text[point.start] == "-"
        assert " ".join(ctx.text[point.text_start:point.end].split()) == point.text


def test_items_accept_plain_text():
    text = "VI. KINH PHÍ THỰC HIỆN\n- Thực hiện từ nguồn kinh phí khuyến công.\n- Vốn đối ứng của tổ chức, cá nhân."
    top = segment(text)[0]
    assert [p.text for p in items(text, top)] == ["Thực hiện từ nguồn kinh phí khuyến công.",
                                                   "Vốn đối ứng của tổ chức, cá nhân."]


def test_nested_plus_bullets_stay_inside_their_dash_bullet():
    text = ("1. Sở Công Thương\n- Chủ trì xây dựng kế hoạch:\n+ Kế hoạch khuyến công hằng năm;\n"
            "+ Kế hoạch giai đoạn.\n- Định kỳ hàng năm báo cáo UBND tỉnh.")
    top = segment(text)[0]
    assert [(p.marker, p.text) for p in items(text, top)] == [
        ("-", "Chủ trì xây dựng kế hoạch: + Kế hoạch khuyến công hằng năm; + Kế hoạch giai đoạn."),
        ("-", "Định kỳ hàng năm báo cáo UBND tỉnh."),
    ]


def test_ids_stay_unique_when_the_source_repeats_its_header():
    # the raw Hưng Yên file, before normalisation removes its second header block
    nodes = segment(corpus_text(HUNG_YEN))
    ids = [n.id for n in nodes]
    assert len(ids) == len(set(ids))
    assert [n.id for n in nodes if n.marker_type == "roman"][:2] == ["I", "II"]


def test_purpose_heading_is_an_objectives_section():
    assert heading_kind("MỤC ĐÍCH, YÊU CẦU", top=True) == "objectives"
    assert heading_kind("Yêu cầu", top=False) == "requirements"


MARKER_LINES = st.sampled_from([
    "I. MỤC TIÊU", "II. NỘI DUNG", "IV. TỔ CHỨC THỰC HIỆN", "1. Mục tiêu chung", "2. Sở Tài chính",
    "1.1. Nội dung:", "1.2. Kết quả dự kiến: Đào tạo 500 lao động.", "a) Hỗ trợ 17 cơ sở.",
    "đ) Hỗ trợ tư vấn.", "b) Thực hiện 25 chuyên mục. c) Xây dựng tờ rơi.", "- Hỗ trợ 02 cụm;",
    "+ Kế hoạch hằng năm;", "- tiểu thủ công nghiệp", "2021 - 2025", "1.966 tỷ đồng", "",
    "Căn cứ Luật Tổ chức chính quyền địa phương;", "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt.",
    "Nơi nhận:", "CHƯƠNG TRÌNH", "(Ban hành kèm theo Quyết định số 69/QĐ-UBND)",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(MARKER_LINES, max_size=30))
def test_tree_invariants_on_any_mix_of_lines(lines):
    text = "\n".join(lines)
    nodes = segment(text)
    by_id = {n.id: n for n in nodes}
    assert len(by_id) == len(nodes)
    for n in nodes:
        assert 0 <= n.start <= n.body_start <= n.end <= len(text)
        if n.parent_id is not None:
            parent = by_id[n.parent_id]
            assert parent.start <= n.start and n.end <= parent.end
            assert n.level == parent.level + 1
        for point in items(text, n, nodes):
            assert n.body_start <= point.start <= point.text_start <= point.end <= n.end


@pytest.mark.parametrize("text, codes", [
    ("IV. NỘI DUNG\n1. Đào tạo nghề\n3. Phát triển sản phẩm", ["section_number_skipped"]),
    ("1. Hỗ trợ\na) Hỗ trợ công nghệ.\nc) Hỗ trợ tư vấn.", ["section_number_skipped"]),
    ("1. Hỗ trợ\nd) Hỗ trợ công nghệ.\nđ) Hỗ trợ tư vấn.\ne) Hỗ trợ liên kết.", []),
])
def test_segment_warnings(text, codes):
    ctx = build_context(text)
    assert [w.code for w in ctx.warnings if w.code.startswith("section_")] == codes


def test_corpus_trees_raise_no_section_warnings(corpus_docs):
    for doc in corpus_docs.values():
        assert not [w for w in doc.warnings if w.code.startswith("section_")]


def test_points_of_an_article_take_their_own_kind():
    text = ("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2020 như sau:\n"
            "1. Mục tiêu\na) Hỗ trợ 30 cơ sở công nghiệp nông thôn.\n2. Nội dung\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    assert [(n.id, n.kind) for n in segment(text)] == [
        ("body", "decision"), ("Điều 1", "decision"), ("Điều 1.1", "objectives"),
        ("Điều 1.1.a", "objectives"), ("Điều 1.2", "content"), ("Điều 2", "decision")]


def test_part_spans_and_section_at(corpus_docs):
    doc = corpus_docs[AN_GIANG.stem]
    source = corpus_text(AN_GIANG)
    spans = {s.id: s.span for s in doc.sections}
    assert source[spans["header"][0]:].startswith("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG")
    assert source[spans["body"][0]:].startswith("QUYẾT ĐỊNH:\nĐiều 1.")
    assert source[spans["programme"][0]:].startswith("CHƯƠNG TRÌNH\nKHUYẾN CÔNG TỈNH AN GIANG")
    assert source[:spans["programme"][1]].endswith("điều chỉnh cho phù hợp./.")
    ctx = ctx_of(AN_GIANG)
    assert ctx.section_at(ctx.text.index("in ấn tờ rơi")).id == "IV.4.c"
    assert ctx.section_at(ctx.text.index("Trần Anh Thư")).id == "signature"


def test_a_mid_line_letter_must_be_the_very_next_one():
    got = tree("1. Hỗ trợ\na) Hỗ trợ công nghệ theo khoản 2. c) Xây dựng tờ rơi.")
    assert list(got) == ["1", "1.a"]


@pytest.mark.parametrize("text, ids", [
    ("1. Sở Công Thương\nChủ trì thực hiện Chương trình. 2. Sở Tài chính\nBố trí kinh phí.", ["1", "2"]),
    ("I. MỤC TIÊU\n1. Huy động các nguồn lực. II. NỘI DUNG\n1. Đào tạo nghề", ["I", "I.1", "II", "II.1"]),
    # not the next number: a clause that happens to hold "3. "
    ("1. Sở Công Thương\nChủ trì theo khoản 2. 3. Tổ chức thực hiện.", ["1"]),
])
def test_mid_line_numbers_that_continue_a_list(text, ids):
    assert list(tree(text)) == ids


@pytest.mark.parametrize("path, per_level", [
    # parts; articles + Roman sections; numbered points; lettered and decimal points
    (AN_GIANG, {0: 5, 1: 3 + 8, 2: 4 + 3 + 3 + 6 + 5 + 0 + 10 + 3, 3: 2 + 18 + 12 + 14}),
    (HUNG_YEN, {0: 5, 1: 2 + 6, 2: 2 + 2 + 6 + 0 + 2 + 7, 3: 8 + 5 + 25 + 8 + 10}),
    (TUYEN_QUANG, {0: 5, 1: 3 + 5, 2: 2 + 9 + 5 + 2 + 4, 3: 2 + 18 + 2}),
    (DIRECTIVE, {0: 4, 1: 4}),
    (HA_TINH, {}),
], ids=lambda v: getattr(v, "stem", ""))
def test_section_counts_per_level(path, per_level):
    levels: dict[int, int] = {}
    for n in ctx_of(path).sections:
        levels[n.level] = levels.get(n.level, 0) + 1
    assert levels == per_level


# --- a programme approved inline in an article ------------------------------------------

INLINE_PROGRAMME = (
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt Chương trình khuyến công tỉnh giai đoạn 2021-2025 với những nội dung chủ yếu như sau:\n"
    "I. MỤC TIÊU\n"
    "1. Mục tiêu chung\n"
    "Phát triển công nghiệp nông thôn bền vững.\n"
    "2. Mục tiêu cụ thể\n"
    "a) Hỗ trợ 20 cơ sở ứng dụng máy móc thiết bị tiên tiến.\n"
    "b) Đào tạo nghề cho 300 lao động.\n"
    "II. NỘI DUNG\n"
    "1) Tổ chức 5 lớp tập huấn nâng cao năng lực quản lý.\n"
    "2) Hỗ trợ 10 cơ sở tham gia hội chợ triển lãm.\n"
    "III. KINH PHÍ THỰC HIỆN\n"
    "Tổng kinh phí: 2.500 triệu đồng.\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Công Thương chủ trì tổ chức thực hiện Chương trình.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."
)


def test_roman_sections_of_an_article_form_their_own_subtree():
    assert [(n.id, n.parent_id, n.marker, n.kind) for n in segment(INLINE_PROGRAMME)] == [
        ("body", None, None, "decision"),
        ("Điều 1", "body", "Điều 1.", "decision"),
        ("Điều 1.I", "Điều 1", "I.", "objectives"),
        ("Điều 1.I.1", "Điều 1.I", "1.", "objectives"),
        ("Điều 1.I.2", "Điều 1.I", "2.", "objectives"),
        ("Điều 1.I.2.a", "Điều 1.I.2", "a)", "objectives"),
        ("Điều 1.I.2.b", "Điều 1.I.2", "b)", "objectives"),
        ("Điều 1.II", "Điều 1", "II.", "content"),
        ("Điều 1.II.1", "Điều 1.II", "1)", "content"),
        ("Điều 1.II.2", "Điều 1.II", "2)", "content"),
        ("Điều 1.III", "Điều 1", "III.", "budget"),
        ("Điều 1.IV", "Điều 1", "IV.", "organization"),
        ("Điều 1.IV.1", "Điều 1.IV", "1.", "organization"),
        ("Điều 2", "body", "Điều 2.", "decision"),
    ]


def test_extractors_see_the_sections_of_an_inline_programme():
    from khuyencong_extract import extract_text

    doc = extract_text(INLINE_PROGRAMME)
    assert [(o.section_id, o.scope, o.text) for o in doc.objectives] == [
        ("Điều 1.I.1", "general", "Phát triển công nghiệp nông thôn bền vững."),
        ("Điều 1.I.2.a", "specific", "Hỗ trợ 20 cơ sở ứng dụng máy móc thiết bị tiên tiến."),
        ("Điều 1.I.2.b", "specific", "Đào tạo nghề cho 300 lao động."),
    ]
    assert [(t.section_id, t.value, t.unit) for t in doc.targets] == [
        ("Điều 1.I.2.a", 20, "cơ sở"), ("Điều 1.I.2.b", 300, "lao động"),
        ("Điều 1.II.1", 5, "lớp"), ("Điều 1.II.2", 10, "cơ sở")]
    assert doc.targets[2].activity == "Tổ chức 5 lớp tập huấn nâng cao năng lực quản lý"
    assert [(b.section_id, b.amount_vnd) for b in doc.budget] == [("Điều 1.III", 2_500_000_000)]


@pytest.mark.parametrize("text, expected", [
    (  # points numbered "1)" are numbered points, as "1." ones are
        "II. NỘI DUNG\n1) Đào tạo nghề cho 300 lao động.\n2) Tổ chức 5 lớp tập huấn.\n"
        "III. KINH PHÍ\n1) Ngân sách tỉnh: 2.000 triệu đồng.",
        {"II": (None, "NỘI DUNG"), "II.1": ("II", "Đào tạo nghề cho 300 lao động."),
         "II.2": ("II", "Tổ chức 5 lớp tập huấn."), "III": (None, "KINH PHÍ"),
         "III.1": ("III", "Ngân sách tỉnh")},
    ),
    (  # "1)" under "1." starts a list of its own, as "1." under "1." does
        "1. Mục tiêu chung\n1) Phát triển ngành nghề nông thôn.\n2) Đẩy mạnh xuất khẩu.\n2. Mục tiêu cụ thể",
        {"1": (None, "Mục tiêu chung"), "1.1": ("1", "Phát triển ngành nghề nông thôn."),
         "1.2": ("1", "Đẩy mạnh xuất khẩu."), "2": (None, "Mục tiêu cụ thể")},
    ),
    (  # not a marker: a small letter after the bracket, a number in brackets
        "1. Hỗ trợ\n2) tổ chức hội chợ theo mục 2).\n(3) Tổ chức tập huấn.",
        {"1": (None, "Hỗ trợ")},
    ),
])
def test_bracketed_numbers_are_numbered_points(text, expected):
    assert tree(text) == expected


# --- a text without "QUYẾT ĐỊNH:" ---------------------------------------------------------

PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 15/KH-UBND\nHà Nam, ngày 10 tháng 01 năm 2024\nKẾ HOẠCH\n"
    "KHUYẾN CÔNG TỈNH HÀ NAM NĂM 2024\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về khuyến công;\n"
    "Theo đề nghị của Sở Công Thương tại Tờ trình số 25/TTr-SCT ngày 05 tháng 01 năm 2024;\n"
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch khuyến công năm 2024 như sau:\n"
    "I. MỤC TIÊU\n1. Hỗ trợ 20 cơ sở công nghiệp nông thôn.\nII. KINH PHÍ\nTổng kinh phí: 2.500 triệu đồng.\n"
    "Nơi nhận:\n- Như trên;\n"
)
GUIDANCE = (
    "Số: 1213/HDLN-STC-SCT\nHƯỚNG DẪN\nTHỰC HIỆN QUY CHẾ QUẢN LÝ QUỸ KHUYẾN CÔNG\n"
    "Thực hiện Quyết định số 27/2010/QĐ-UBND của UBND tỉnh, Sở Tài chính - Sở Công Thương hướng dẫn như sau:\n"
    "Điều 1. Đối tượng được hỗ trợ khuyến công\n1. Doanh nghiệp nhỏ và vừa.\n2. Hợp tác xã.\n"
    "3. Các tổ chức hoạt động dịch vụ khuyến công.\n"
    "Điều 2. Nội dung hỗ trợ và mức chi\n1. Hỗ trợ lập dự án đầu tư.\n2. Hỗ trợ đào tạo nghề.\n"
)


CAN_THO_2026 = (  # Cần Thơ's 2026 resolution on khuyến công spending, a print view without its "Số:" line
    "Sign In\nNGHỊ QUYẾT\nQuy định mức chi cho các hoạt động khuyến công\ntrên địa bàn thành phố Cần Thơ\n\n \n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n\n"
    "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\n\n"
    "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về khuyến công;\n\n"
    "Căn cứ Thông tư số 28/2018/TT-BTC ngày 28 tháng 3 năm 2018 của Bộ trưởng Bộ Tài chính hướng dẫn lập, quản lý, "
    "sử dụng kinh phí khuyến công;\n\n"
    "Xét Tờ trình số 74/TTr-UBND ngày 02 tháng 02 năm 2026 của Ủy ban nhân dân thành phố dự thảo nghị quyết quy định "
    "mức chi cho các hoạt động khuyến công trên địa bàn thành phố Cần Thơ; Báo cáo thẩm tra của Ban Đô thị Hội đồng "
    "nhân dân thành phố; ý kiến thảo luận của đại biểu Hội đồng nhân dân tại kỳ họp;\n\n"
    "Hội đồng nhân dân ban hành Nghị quyết quy định mức chi cho các hoạt động khuyến công trên địa bàn thành phố "
    "Cần Thơ.\n\n"
    "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n\n1. Phạm vi điều chỉnh\n\n"
    "Nghị quyết này quy định mức chi cho các hoạt động khuyến công địa phương trên địa bàn thành phố Cần Thơ.\n\n"
    "2. Đối tượng áp dụng\n\na) Doanh nghiệp nhỏ và vừa\n"
)


@pytest.mark.parametrize("text, expected", [
    (PLAN, [("header", None, "ỦY BAN NHÂN DÂN"), ("preamble", None, "Căn cứ Luật Tổ chức"),
            ("I", None, "I. MỤC TIÊU"), ("I.1", "I", "1. Hỗ trợ 20 cơ sở"), ("II", None, "II. KINH PHÍ"),
            ("signature", None, "Nơi nhận:")]),
    # a guidance's "Thực hiện Quyết định số ..." is its preamble (its legal basis)
    (GUIDANCE, [("header", None, "Số: 1213"), ("preamble", None, "Thực hiện Quyết định"),
                ("Điều 1", None, "Điều 1. Đối tượng"), ("Điều 1.1", "Điều 1", "1. Doanh nghiệp"),
                ("Điều 1.2", "Điều 1", "2. Hợp tác xã"), ("Điều 1.3", "Điều 1", "3. Các tổ chức"),
                ("Điều 2", None, "Điều 2. Nội dung"), ("Điều 2.1", "Điều 2", "1. Hỗ trợ lập"),
                ("Điều 2.2", "Điều 2", "2. Hỗ trợ đào tạo")]),
    # a single "Điều 1." line is not enough to read a text's articles
    ("Số: 12/SCT\nĐiều 1. Phê duyệt Kế hoạch.\n1. Hỗ trợ 20 cơ sở.\n",
     [("1", None, "1. Hỗ trợ 20 cơ sở.")]),
    # a copy without its number line: the preamble opens after the type heading and its title,
    # and ends at the 2025 formula "Hội đồng nhân dân ban hành Nghị quyết ..."; its first article follows
    (CAN_THO_2026, [("header", None, "Sign In"), ("preamble", None, "Căn cứ Luật Tổ chức"),
                    ("Điều 1", None, "Điều 1. Phạm vi"), ("Điều 1.1", "Điều 1", "1. Phạm vi điều chỉnh\n"),
                    ("Điều 1.2", "Điều 1", "2. Đối tượng"), ("Điều 1.2.a", "Điều 1.2", "a) Doanh nghiệp")]),
    # a copy that starts at the title: the 2025 formula after the clauses closes the preamble
    (CAN_THO_2026.split("NGHỊ QUYẾT\n", 1)[1],
     [("header", None, "Quy định mức chi"), ("preamble", None, "Căn cứ Luật Tổ chức"),
      ("Điều 1", None, "Điều 1. Phạm vi"), ("Điều 1.1", "Điều 1", "1. Phạm vi điều chỉnh\n"),
      ("Điều 1.2", "Điều 1", "2. Đối tượng"), ("Điều 1.2.a", "Điều 1.2", "a) Doanh nghiệp")]),
    # a committee that issues a numbered decision in prose enacts no text of its own
    ("Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh;\n"
     "Ủy ban nhân dân tỉnh ban hành Quyết định số 1289/QĐ-UBND phê duyệt dự toán kinh phí khuyến công năm 2021.\n"
     "1. Hỗ trợ 20 cơ sở.\n",
     [("1", None, "1. Hỗ trợ 20 cơ sở.")]),
    # a type word in a news headline is no type heading: "Căn cứ" in its prose opens no preamble
    ("KẾ HOẠCH KHUYẾN CÔNG NĂM 2024: HỖ TRỢ 20 CƠ SỞ\n"
     "Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND tỉnh, Sở Công Thương đã tổ chức 10 lớp tập huấn;\n"
     "1. Hỗ trợ 20 cơ sở.\n",
     [("1", None, "1. Hỗ trợ 20 cơ sở.")]),
    # nor is a type heading with running text between it and the "Căn cứ" line
    ("NGHỊ QUYẾT\nNăm 2025, Hội đồng nhân dân tỉnh đã thông qua nhiều nghị quyết quan trọng về phát triển công "
     "nghiệp.\nCăn cứ Nghị định số 45/2012/NĐ-CP của Chính phủ, tỉnh hỗ trợ 20 cơ sở;\n1. Hỗ trợ 20 cơ sở.\n",
     [("1", None, "1. Hỗ trợ 20 cơ sở.")]),
])
def test_parts_and_articles_of_a_text_without_operative_verb(text, expected):
    nodes = segment(text)
    assert [(n.id, n.parent_id, text[n.start:]) for n in nodes] == [
        (i, parent, text[text.index(start):]) for i, parent, start in expected]


PHU_THO_2025 = (  # Phú Thọ's Nghị quyết 23/2025/NQ-HĐND as a web copy gives it, cut inside Điều 1
    "Số: 23/2025/NQ-HĐND |\nPhú Thọ, ngày 28 tháng 10 năm 2025 |\n"
    "QUY ĐỊNH MỨC CHI CỤ THỂ CHO CÁC HOẠT ĐỘNG KHUYẾN CÔNG TRÊN ĐỊA BÀN TỈNH PHÚ THỌ\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
    "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\n"
    "Xét Tờ trình số 7450/TTr-UBND ngày 23 tháng 10 năm 2025 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế "
    "- Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp;\n"
    "Hội đồng nhân dân tỉnh ban hành Nghị quyết quy định mức chi cụ thể cho các hoạt động khuyến công trên địa bàn "
    "tỉnh Phú Thọ.\n"
    "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n"
    "1. Phạm vi điều chỉnh\n"
    "Nghị quyết này quy định một số mức chi cụ thể cho các hoạt động khuyến công trên địa bàn tỉnh Phú Thọ.\n"
)


def test_a_resolution_of_2025_cut_inside_its_first_article_keeps_it():
    """The 2025 formula "Hội đồng nhân dân tỉnh ban hành Nghị quyết ..." stands for "QUYẾT NGHỊ:"
    (an open preamble); "Điều 1." is the first structure line after it, which is enough
    without a "Điều 2.": the article (scope) holds its point (the point was a top section)."""
    nodes = segment(PHU_THO_2025)
    assert [(n.id, n.parent_id, n.heading) for n in nodes] == [
        ("header", None, None), ("preamble", None, None),
        ("Điều 1", None, "Phạm vi điều chỉnh và đối tượng áp dụng"), ("Điều 1.1", "Điều 1", "Phạm vi điều chỉnh")]
    assert [s.kind for s in build_context(PHU_THO_2025).sections][2:] == ["scope", "scope"]


@pytest.mark.parametrize("line", [
    "Điều 1. Quyết định này có hiệu lực kể từ ngày ký.\n",  # a line opening "Điều 1." after the plan's points
    "Theo Điều 1. của Quyết định, các đề án được hỗ trợ 2.500 triệu đồng.\n",  # in prose
])
def test_a_plan_whose_first_structure_is_no_article_reads_no_article(line):
    """After an open preamble, "Điều 1." alone makes articles only as the first structure
    line: the plan's "I. MỤC TIÊU" comes first, so a later "Điều 1." line (or one in prose) is none."""
    text = PLAN.replace("Nơi nhận:", line + "Nơi nhận:")
    assert [n.id for n in segment(text)] == ["header", "preamble", "I", "I.1", "II", "signature"]


def test_the_preamble_of_a_plan_ends_before_the_line_that_issues_it():
    from khuyencong_extract.metadata import header_end

    preamble = next(n for n in segment(PLAN) if n.id == "preamble")
    assert PLAN[preamble.start:preamble.end].endswith("Tờ trình số 25/TTr-SCT ngày 05 tháng 01 năm 2024;")
    assert header_end(PLAN) == preamble.start  # the metadata's header is the segment's


def test_a_preamble_clause_that_never_ends_stops_at_the_clause_limit():
    from khuyencong_extract.segment import PREAMBLE_CLAUSE_MAX, open_preamble

    text = "Số: 15/KH-UBND\nCăn cứ Luật Tổ chức chính quyền địa phương\n" + "và các văn bản có liên quan\n" * 300
    start, end = open_preamble(text)
    assert text[start:].startswith("Căn cứ Luật") and PREAMBLE_CLAUSE_MAX - 30 < end - start <= PREAMBLE_CLAUSE_MAX


def _section_tree(text: str) -> list[tuple[str, str | None]]:
    return [(node.id, node.heading) for node in build_context(text).sections]


@pytest.mark.parametrize("attached", [
    None,  # a copy that lost the line
    "(Kèm theo Quyết định số 2080/QĐ-UBND ngày 18 tháng 8 năm 2022 của",
    "(Phê duyệt kèm theo Quyết định số 2080/QĐ-UBND ngày 18 tháng 8 năm 2022 của",
])
def test_programme_attached_without_ban_hanh_kem_theo(attached):
    """An Giang's programme under its title, with its "(Ban hành kèm theo ..." line written
    otherwise or lost: the programme and its sections are found as in the source (before,
    a lost line put all 90 of them in the signature)."""
    source = corpus_text(AN_GIANG)
    line = "(Ban hành kèm theo Quyết định số 2080/QĐ-UBND ngày 18 tháng 8 năm 2022 của"
    assert line in source
    if attached is None:
        variant = source.replace(line + "\nỦy ban nhân dân tỉnh An Giang)\n", "")
    else:
        variant = source.replace(line, attached)
    original = _section_tree(source)
    assert [node for node in _section_tree(variant) if node[0] != "programme"] == [
        node for node in original if node[0] != "programme"]
    programme = dict(_section_tree(variant))["programme"]
    assert programme == "CHƯƠNG TRÌNH KHUYẾN CÔNG TỈNH AN GIANG GIAI ĐOẠN 2021 – 2025"


def test_a_lost_roman_heading_leaves_the_sections_after_it_in_place():
    """Tuyên Quang's programme without its "III. GIẢI PHÁP THỰC HIỆN" line (a copy lost it):
    IV and V follow II as its siblings, one number skipped as for Arabic and letter markers,
    with a warning; before, they were taken for text of II and its organisation section,
    with 12 of its duties, was lost."""
    source = corpus_text(TUYEN_QUANG)
    assert source.count("III. GIẢI PHÁP THỰC HIỆN \n") == 1
    context = build_context(source.replace("III. GIẢI PHÁP THỰC HIỆN \n", ""))
    tops = [node.id for node in context.sections if node.parent_id == "programme"]
    assert tops == ["I", "II", "IV", "V"]
    assert [node.kind for node in context.sections if node.id.startswith("V")] == ["organization"] * 5
    assert "section IV follows II: a number or letter is missing" in [w.message for w in context.warnings]


def test_a_list_that_lost_its_first_marker_keeps_its_place():
    """An Giang's programme without "I. MỤC TIÊU" and without IV's "1. Đào tạo nghề, truyền
    nghề" (a copy lost both lines): "II." opens the Roman list after the objectives' points,
    and "2." opens IV's list; before, no Roman section after I was found (they were taken
    for text of the points, and the organisation section with them)."""
    source = corpus_text(AN_GIANG)
    variant = source.replace("I. MỤC TIÊU\n", "", 1).replace("1. Đào tạo nghề, truyền nghề\n", "", 1)
    assert variant.count("\n") == source.count("\n") - 2
    original = [node.id for node in build_context(source).sections]
    ids = [node.id for node in build_context(variant).sections]
    assert [i for i in ids if i in ("II", "III", "IV", "V", "VI", "VII", "VIII")] == ["II", "III", "IV", "V", "VI", "VII", "VIII"]
    assert [i for i in ids if i.startswith("IV.") and i.count(".") == 1] == ["IV.2", "IV.3", "IV.4", "IV.5", "IV.6"]
    assert [i for i in ids if i.startswith("VII")] == [i for i in original if i.startswith("VII")]


def test_an_older_decisions_dashed_preamble_and_colon_articles():
    """Quảng Ninh 2005: "- Căn cứ" clauses, "QUYẾT ĐỊNH" without its colon under them, and
    "Điều 1:" articles. The clauses were read as mentions (the two laws lost) and no article
    was found; the body is now the decision's, its articles under it."""
    text = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\nSố: 3837/2005/QĐ-UBND\nVề việc ban hành quy định quản lý, sử dụng kinh phí "
            "khuyến công\nỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n"
            "- Căn cứ Luật tổ chức HĐND và UBND ngày 26/11/2003.\n"
            "- Căn cứ Nghị định số 134/2004/NĐ-CP ngày 9/6/2004 của Chính phủ về khuyến khích phát triển công nghiệp "
            "nông thôn;\n"
            "- Theo đề nghị của Sở Công nghiệp Quảng Ninh tại Tờ trình số: 426/TT-CN ngày 06/9/2005.\n"
            "QUYẾT ĐỊNH\n"
            "Điều 1: Ban hành kèm theo Quyết định này bản Quy định quản lý, sử dụng kinh phí khuyến công.\n"
            "Điều 2: Chánh văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công nghiệp căn cứ Quyết định thi hành.\n")
    doc = extract_text(text)
    assert [(c.role, c.doc_type, c.number) for c in doc.citations] == [
        ("basis", "Luật", None), ("basis", "Nghị định", "134/2004/NĐ-CP"), ("proposal", "Tờ trình", "426/TT-CN")]
    assert [(s.id, s.parent_id) for s in doc.sections] == [
        ("header", None), ("preamble", None), ("body", None), ("Điều 1", "body"), ("Điều 2", "body")]
    assert doc.metadata.doc_type == "quyet_dinh"
    # the type heading at the top, without its colon and under no clause, opens no body
    top = extract_text("QUYẾT ĐỊNH\nVề việc phê duyệt Chương trình khuyến công\nCăn cứ Luật Tổ chức chính quyền "
                       "địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Chương trình.\n")
    assert [s.id for s in top.sections] == ["header", "preamble", "body", "Điều 1"]


def test_the_articles_of_an_annexed_regulation_are_sections():
    """Hà Giang 2015: a Quy chế attached to the decision, set out in articles; its items
    were filed under the wrong article (articles were no markers in an annex)."""
    text = ("QUY CHẾ\nQUẢN LÝ, SỬ DỤNG KINH PHÍ KHUYẾN CÔNG ĐỊA PHƯƠNG\n"
            "(Ban hành kèm theo Quyết định số 12/2015/QĐ-UBND ngày 10/7/2015 của UBND tỉnh Hà Giang)\n"
            "Chương I\nQUY ĐỊNH CHUNG\n"
            "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc quản lý, sử dụng kinh phí khuyến công địa phương.\n"
            "Điều 2. Đối tượng áp dụng\n1. Tổ chức, cá nhân trực tiếp đầu tư, sản xuất công nghiệp nông thôn.\n"
            "2. Các cơ sở sản xuất công nghiệp áp dụng sản xuất sạch hơn.\n"
            "Điều 3. Danh mục ngành, nghề được hỗ trợ\n1. Công nghiệp chế biến nông - lâm - thủy sản.\n"
            "2. Sản xuất hàng công nghiệp phục vụ tiêu dùng.\n")
    doc = extract_text(text)
    assert [(s.id, s.parent_id) for s in doc.sections] == [
        ("programme", None), ("Điều 1", "programme"), ("Điều 2", "programme"), ("Điều 2.1", "Điều 2"),
        ("Điều 2.2", "Điều 2"), ("Điều 3", "programme"), ("Điều 3.1", "Điều 3"), ("Điều 3.2", "Điều 3")]
    assert [s.kind for s in doc.sections[1:3]] == ["scope", "scope"]


# --- divisions ("PHẦN I", "PHẦN II") -----------------------------------------------------

# A year-end plan in two divisions, each numbering its Roman sections from I (the layout of Đồng Nai's plan
# 13406/KH-UBND: "Phần I" / "KẾT QUẢ TRIỂN KHAI ...", then next year's plan).
PLAN_IN_DIVISIONS = (
    "UỶ BAN NHÂN DÂN TỈNH X\nSố: 10/KH-UBND\nX, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH\nKhuyến công tỉnh X năm 2024\n"
    "PHẦN I\nKẾT QUẢ THỰC HIỆN NĂM 2023\nI. KẾT QUẢ ĐẠT ĐƯỢC\nNăm 2023, Trung tâm đã hỗ trợ 12 cơ sở ứng dụng máy móc "
    "thiết bị với kinh phí 2 tỷ đồng.\nII. TỒN TẠI, HẠN CHẾ\nKinh phí còn hạn chế.\nPHẦN II\nKẾ HOẠCH NĂM 2024\n"
    "I. MỤC TIÊU\nHỗ trợ 15 cơ sở ứng dụng máy móc thiết bị.\nII. NỘI DUNG\n1. Đào tạo nghề cho 200 lao động.\n"
    "III. KINH PHÍ\nTổng kinh phí 3 tỷ đồng từ nguồn khuyến công địa phương.\n")


def test_divisions_hold_their_own_roman_sections():
    doc = extract_text(PLAN_IN_DIVISIONS)
    assert [(s.id, s.parent_id, s.kind, s.heading) for s in doc.sections] == [
        ("Phần I", None, "other", "KẾT QUẢ THỰC HIỆN NĂM 2023"),
        ("Phần I.I", "Phần I", "other", "KẾT QUẢ ĐẠT ĐƯỢC"),
        ("Phần I.II", "Phần I", "other", "TỒN TẠI, HẠN CHẾ"),
        ("Phần II", None, "other", "KẾ HOẠCH NĂM 2024"),
        ("Phần II.I", "Phần II", "objectives", "MỤC TIÊU"),
        ("Phần II.II", "Phần II", "content", "NỘI DUNG"),
        ("Phần II.II.1", "Phần II.II", "content", "Đào tạo nghề cho 200 lao động."),
        ("Phần II.III", "Phần II", "budget", "KINH PHÍ")]
    assert doc.metadata.title == "Khuyến công tỉnh X năm 2024"  # not run on into "PHẦN I"
    assert [(o.section_id, o.text) for o in doc.objectives] == [
        ("Phần II.I", "Hỗ trợ 15 cơ sở ứng dụng máy móc thiết bị.")]
    assert [(t.section_id, t.value, t.achieved) for t in doc.targets] == [
        ("Phần I.I", 12, True), ("Phần II.I", 15, False), ("Phần II.II.1", 200, False)]
    assert not [w for w in doc.warnings if w.code == "section_repeated"]


@pytest.mark.parametrize(("line", "node_id", "heading"), [
    ("Phần I. KẾT QUẢ THỰC HIỆN NĂM 2023", "Phần I", "KẾT QUẢ THỰC HIỆN NĂM 2023"),
    ("PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NĂM 2023", "Phần I", "KẾT QUẢ THỰC HIỆN NĂM 2023"),
    ("Phần 1 - KẾT QUẢ THỰC HIỆN NĂM 2023", "Phần I", "KẾT QUẢ THỰC HIỆN NĂM 2023"),
    # a short heading in sentence case, a bracketed note after one in capitals
    ("Phần I: Kết quả thực hiện năm 2023", "Phần I", "Kết quả thực hiện năm 2023"),
    ("PHẦN I. KẾT QUẢ THỰC HIỆN NĂM 2023 (Kèm theo Phụ lục 1)", "Phần I", "KẾT QUẢ THỰC HIỆN NĂM 2023 (Kèm theo Phụ lục 1)"),
    # a heading wrapped over two lines in capitals
    ("Phần I\nKẾT QUẢ TRIỂN\nKHAI THỰC HIỆN NĂM 2023", "Phần I", "KẾT QUẢ TRIỂN KHAI THỰC HIỆN NĂM 2023"),
])
def test_a_divisions_marker_and_heading(line, node_id, heading):
    ctx = build_context(f"{line}\nI. KẾT QUẢ ĐẠT ĐƯỢC\nĐã hỗ trợ 12 cơ sở.\nII. TỒN TẠI, HẠN CHẾ\nKinh phí còn hạn chế.\n")
    tree_of = {n.id: (n.parent_id, n.heading) for n in ctx.sections}
    assert tree_of[node_id] == (None, heading) and tree_of[f"{node_id}.II"] == (node_id, "TỒN TẠI, HẠN CHẾ")


def test_a_sentence_opening_with_phan_is_no_division():
    # "Phần" as a word of prose (a share), not a marker
    assert tree("I. KẾT QUẢ\nPhần lớn các cơ sở đã đầu tư máy móc.\nPhần I của Kế hoạch này nêu kết quả.\n") == {
        "I": (None, "KẾT QUẢ")}
    # ... nor a division without a heading in capitals: a course's parts, a wrapped reference
    ctx = build_context("I. MỤC ĐÍCH\nĐào tạo 30 lao động.\nII. NỘI DUNG\n1. Chương trình đào tạo\nNội dung đào tạo gồm 2 "
                        "phần:\nPhần 1: Lý thuyết (20 tiết).\nPhần 2: Thực hành (40 tiết).\n2. Kinh phí\nTổng kinh phí 60 "
                        "triệu đồng từ nguồn khuyến công địa phương.\nIII. TỔ CHỨC THỰC HIỆN\n")
    assert [n.id for n in ctx.sections] == ["I", "II", "II.1", "II.2", "III"]
    ctx = build_context("I. KẾT QUẢ\n1. Đào tạo nghề\nNăm 2023 đã tổ chức 5 lớp đào tạo nghề theo quy định tại\nPhần II "
                        "Thông tư số 28/2018/TT-BCT của Bộ Công Thương.\n2. Hỗ trợ máy móc\nĐã hỗ trợ 5 cơ sở.\n")
    assert [n.id for n in ctx.sections] == ["I", "I.1", "I.2"]


def test_divisions_whose_roman_sections_go_on_numbering():
    # "PHẦN II" / "III. MỤC TIÊU": the second division's Roman numbers go on from the first's
    ctx = build_context("BÁO CÁO\nKết quả năm 2023\nPHẦN I: KẾT QUẢ THỰC HIỆN NĂM 2023\nI. KẾT QUẢ ĐẠT ĐƯỢC\nNăm 2023, "
                        "Trung tâm đã hỗ trợ 20 cơ sở.\nII. TỒN TẠI, HẠN CHẾ\nCòn 2 đề án chưa nghiệm thu.\nPHẦN II: KẾ "
                        "HOẠCH NĂM 2024\nIII. MỤC TIÊU\nHỗ trợ 25 cơ sở.\nIV. GIẢI PHÁP\nTăng cường tuyên truyền.\n")
    assert [(n.id, n.kind) for n in ctx.sections] == [
        ("Phần I", "other"), ("Phần I.I", "other"), ("Phần I.II", "other"), ("Phần II", "other"),
        ("Phần II.III", "objectives"), ("Phần II.IV", "solutions")]


def test_divisions_of_a_programme_set_out_in_an_article():
    ctx = build_context("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Chương trình khuyến công như sau:\nPhần I. MỤC TIÊU\n1. Hỗ trợ 20 cơ "
                        "sở.\nPhần II. NHIỆM VỤ\n1. Tổ chức 5 lớp đào tạo nghề.\nĐiều 2. Giao Sở Công Thương tổ chức thực "
                        "hiện.\n")
    assert [(n.id, n.parent_id) for n in ctx.sections] == [
        ("body", None), ("Điều 1", "body"), ("Điều 1.Phần I", "Điều 1"), ("Điều 1.Phần I.1", "Điều 1.Phần I"),
        ("Điều 1.Phần II", "Điều 1"), ("Điều 1.Phần II.1", "Điều 1.Phần II"), ("Điều 2", "body")]
    assert [n.kind for n in ctx.sections if n.id.endswith(("Phần I", "Phần II"))] == ["objectives", "other"]  # not "decision"
