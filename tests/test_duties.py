"""Duties: roles, deadlines, agency headings, agencies as subjects in prose, on corpus clauses."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from khuyencong_extract.context import Context
from khuyencong_extract.duties import extract_duties, find_deadline, find_subject, items, role_of, sentences
from khuyencong_extract.agencies import fold_text
from khuyencong_extract.pipeline import extract_text
from khuyencong_extract.segment import SectionNode
from khuyencong_extract.textmap import MappedText
from conftest import AN_GIANG as AN_GIANG_PATH
from conftest import HUNG_YEN as HUNG_YEN_PATH
from conftest import TUYEN_QUANG as TUYEN_QUANG_PATH


def section(text: str, id: str, line: str, kind: str = "other", until: str | None = None,
            parent: str | None = None) -> SectionNode:
    """A section node for the line starting ``line``, running to ``until`` (or the end)."""
    start = text.index(line)
    marker = line.split(" ", 1)[0]
    line_end = text.find("\n", start)
    body_start = len(text) if line_end < 0 else line_end + 1
    end = text.index(until, start + 1) if until else len(text)
    level = id.count(".") + 1
    return SectionNode(id, parent, marker, level, line[len(marker):].strip(), kind, start, end, body_start)


def context(text: str, *nodes: SectionNode) -> Context:
    return Context(source=text, clean=MappedText.identity(text), sections=list(nodes))


def summary(duties) -> list[tuple]:
    return [(d.agency_id, d.role, d.section_id, " ".join(d.text.split()[:4])) for d in duties]


def subject_ids(sentence: str) -> list[str | None] | None:
    named = find_subject(sentence, fold_text(sentence), 0, len(sentence))
    return None if named is None else [n.match.id for n in named]


# ---------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("clause", "role"),
    [
        ("Là Cơ quan Thường trực giúp UBND tỉnh tổ chức thực hiện chương trình này.", "lead"),  # Hưng Yên VI.1.a
        ("Giao Sở Công Thương chủ trì, phối hợp với các sở, ban, ngành liên quan", "lead"),  # Tuyên Quang Điều 2
        ("Sở Công Thương chủ trì phối hợp Sở Tài chính, Ủy ban nhân dân các huyện", "lead"),  # An Giang VIII.2
        ("Phối hợp với Sở Công Thương lồng ghép các chương trình, chính sách liên quan", "coordinate"),
        ("Hàng năm, căn cứ khả năng cân đối ngân sách, Sở Tài chính phối hợp với Sở Công thương", "coordinate"),
        ("Tham mưu bố trí, thẩm định nguồn vốn ngân sách để đảm bảo kinh phí thực hiện Chương trình.", "execute"),
        ("Tăng cường sự phối hợp hoạt động của các cơ quan quản lý nhà nước với các tổ chức chính trị - xã hội",
         "execute"),  # Hưng Yên V.1.đ: a noun, not the verb
        ("Tiếp tục nâng cao nhận thức, tăng cường trách nhiệm của các cấp, các ngành trong chỉ đạo, phối hợp, "
         "triển khai các hoạt động khuyến công trên địa bàn.", "execute"),  # directive 1., a noun in a list
        ("Tăng cường nguồn vốn từ ngân sách địa phương; lồng ghép, phối hợp các chương trình mục tiêu trên địa bàn",
         "execute"),  # combining programmes, not coordinating with an agency
        ("Sở Tài chính: Phối hợp, kiểm tra, hướng dẫn Sở Công Thương thực hiện việc quyết toán", "coordinate"),
        # "phối hợp" before the verb of the task, after its subject
        ("Sở Thông tin và Truyền thông phối hợp tuyên truyền về chương trình khuyến công.", "coordinate"),
        ("Hội Liên hiệp Phụ nữ tỉnh phối hợp tổ chức các lớp đào tạo nghề cho lao động nữ nông thôn.",
         "coordinate"),
        ("Tăng cường công tác phối hợp kiểm tra, giám sát việc sử dụng kinh phí khuyến công.", "execute"),  # a noun
        # a word of manner between "phối hợp" and the agency coordinated with
        ("Sở Tài chính phối hợp chặt chẽ với Sở Công Thương bố trí kinh phí thực hiện Chương trình.", "coordinate"),
        ("Sở Kế hoạch và Đầu tư phối hợp thường xuyên với Sở Công Thương lồng ghép các nguồn vốn.", "coordinate"),
        ("Tăng cường sự phối hợp chặt chẽ giữa các sở, ngành trong công tác khuyến công.", "execute"),  # a noun
        ("Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố có liên quan phối hợp Sở Công Thương "
         "tổ chức thực hiện nhiệm vụ Chương trình Khuyến công", "coordinate"),  # An Giang VIII.3
        ("Căn cứ nội dung của Chương trình, tổng hợp nhu cầu, phối hợp với Sở Công Thương hướng dẫn các cơ sở",
         "coordinate"),  # Hưng Yên VI.4
        ("Chỉ đạo Phòng Kinh tế/Kinh tế - Hạ tầng tổ chức thực hiện có hiệu quả đề án, dự án khuyến công. "
         "Phối hợp với Trung tâm Khuyến công và Tư vấn phát triển công nghiệp khảo sát", "execute"),
    ],
)
def test_role_of(clause, role):
    assert role_of(clause) == role


# ---------------------------------------------------------------- deadlines


def deadline_fields(text: str):
    d = find_deadline(text)
    return None if d is None else (d.text, d.day, d.month, d.recurrence, d.period_months, d.year_offset)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Định kỳ trước ngày 22 tháng 12 hằng năm, các sở, ngành, đơn vị liên quan, UBND các xã, phường tổng hợp",
         ("trước ngày 22 tháng 12 hằng năm", 22, 12, "annual", None, None)),
        ("tổng hợp báo cáo Ủy ban nhân dân tỉnh và Bộ Công Thương trước ngày 31 tháng 12 hằng năm hoặc theo yêu cầu.",
         ("trước ngày 31 tháng 12 hằng năm", 31, 12, "annual", None, None)),
        ("Xây dựng kế hoạch khuyến công hàng năm của địa phương gửi Sở Công Thương trước ngày 30/10 năm trước;",
         ("trước ngày 30/10 năm trước", 30, 10, "annual", None, -1)),
        ("báo cáo sơ kết 06 tháng và tổng kết năm gửi Sở Công Thương tổng hợp",
         ("06 tháng", None, None, "periodic", 6, None)),
        ("Định kỳ hàng năm báo cáo UBND tỉnh và Bộ Công Thương về tình hình thực hiện Chương trình.",
         ("Định kỳ hàng năm", None, None, "annual", None, None)),
        ("Xây dựng kế hoạch kiểm tra, giám sát, báo cáo trước ngày 15/01/2023.",
         ("trước ngày 15/01/2023", 15, 1, "once", None, None)),
        ("Báo cáo kết quả và gửi hồ sơ sản phẩm tham gia bình chọn cấp tỉnh về Sở Công Thương, hạn chót là ngày "
         "10/4/2020, để tổng hợp.", ("hạn chót là ngày 10/4/2020", 10, 4, "once", None, None)),
        ("Phối hợp tổ chức đào tạo nghề cho lao động của các cơ sở", None),
        ("Quyết định số 23/2019/QĐ-UBND, ngày 11/7/2019 của Ủy ban nhân dân tỉnh", None),  # a date, no deadline
    ],
)
def test_find_deadline(clause, expected):
    assert deadline_fields(clause) == expected


# ---------------------------------------------------------------- subjects


@pytest.mark.parametrize(
    ("sentence", "ids"),
    [
        ("Sở Công Thương chủ trì, phối hợp các đơn vị liên quan lập Kế hoạch", ["so_cong_thuong"]),
        ("Giao Sở Công Thương chủ trì, phối hợp với các sở, ban, ngành liên quan", ["so_cong_thuong"]),
        ("Thực hiện kế hoạch, UBND tỉnh giao Sở Công Thương chủ trì, phối hợp với các cơ quan", ["so_cong_thuong"]),
        ("Trên cơ sở đề xuất của Sở Công Thương, Sở Kế hoạch và Đầu tư chủ trì, phối hợp Sở, ngành liên quan",
         ["so_ke_hoach_dau_tu"]),
        ("Trung tâm Khuyến công và Xúc tiến thương mại (thuộc Sở Công Thương) là đầu mối trực tiếp triển khai",
         ["trung_tam_khuyen_cong"]),
        ("Sở Tài chính: Phối hợp, kiểm tra, hướng dẫn Sở Công Thương thực hiện việc quyết toán", ["so_tai_chinh"]),
        ("Định kỳ trước ngày 22 tháng 12 hằng năm, các sở, ngành, đơn vị liên quan, UBND các xã, phường tổng hợp "
         "kết quả thực hiện Chương trình", ["cac_so_nganh", "ubnd_cap_xa"]),
        ("Các sở, ngành liên quan, UBND huyện, thị xã, thành phố theo chức năng nhiệm vụ được giao, phối hợp "
         "Sở Công Thương, Sở Tài chính định kỳ, đột xuất", ["cac_so_nganh", "ubnd_cap_huyen"]),
        # the agencies after "phối hợp với" are partners, not subjects (Hà Tĩnh news)
        ("Chủ trì, phối hợp với các sở ngành có liên quan, UBND các huyện, thành phố, thị xã kiểm tra định kỳ", None),
        # An Giang VII.1.b: the departments receive the estimate
        ("Xây dựng dự toán kinh phí thực hiện Chương trình và tổng hợp, gửi Sở Kế hoạch và Đầu tư, Sở Tài chính "
         "để xem xét bố trí dự toán hằng năm", None),
        # An Giang Điều 3: the agencies the heads of which carry out the decision (the extractor
        # then gives the closing clause no duty: test_agencies_named_by_their_heads)
        ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương, Giám đốc Sở Tài chính, Thủ trưởng các "
         "sở, ban, ngành có liên quan chịu trách nhiệm thi hành quyết định này",
         ["so_cong_thuong", "so_tai_chinh", "cac_so_nganh"]),
        # the registry's mass organisations, state bank and treasury branches open a subject
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền, vận động hội viên tham gia các hoạt động "
         "khuyến công", ["uy_ban_mttq_tinh"]),
        ("UB MTTQ tỉnh phối hợp giám sát việc thực hiện Kế hoạch", ["uy_ban_mttq_tinh"]),
        ("Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo các tổ chức tín dụng tạo điều kiện cho các cơ sở vay vốn",
         ["ngan_hang_nha_nuoc"]),
        ("Kho bạc Nhà nước tỉnh hướng dẫn, kiểm soát thanh toán kinh phí khuyến công theo quy định",
         ["kho_bac_nha_nuoc"]),
        ("Đoàn TNCS Hồ Chí Minh tỉnh phối hợp vận động đoàn viên thanh niên tham gia các lớp đào tạo nghề",
         ["tinh_doan"]),
        ("Ban Dân tộc tỉnh phối hợp lồng ghép các chương trình hỗ trợ vùng đồng bào dân tộc thiểu số",
         ["ban_dan_toc"]),
        # a commercial bank is no registry body: no subject
        ("Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh phối hợp cho vay vốn các cơ sở công nghiệp "
         "nông thôn", None),
        # "tổ chức" before "cá nhân" is a noun of a list of bodies, no verb ending their names
        ("Các đơn vị, tổ chức, cá nhân có liên quan tổ chức thực hiện Kế hoạch", None),
        ("Sở Công Thương tổ chức, hướng dẫn các cơ sở lập đề án khuyến công", ["so_cong_thuong"]),
        # a passive naming who is given the task last, after "(được) giao cho", near or far from the start
        ("Việc thẩm định dự toán kinh phí khuyến công hằng năm được giao cho Sở Tài chính.", ["so_tai_chinh"]),
        ("Nhiệm vụ kiểm tra, giám sát việc sử dụng kinh phí khuyến công tại các cơ sở công nghiệp nông thôn giao "
         "nhiệm vụ cho Ủy ban nhân dân các huyện, thị xã, thành phố.", ["ubnd_cap_huyen"]),
        ("Việc tổ chức bình chọn sản phẩm được giao cho Sở Công Thương và Sở Khoa học và Công nghệ.",
         ["so_cong_thuong", "so_khoa_hoc_cong_nghe"]),
        # ... only a body the registry knows; one its task's verb follows is read as before
        ("Việc thẩm định dự toán kinh phí khuyến công hằng năm được giao cho đơn vị có đủ năng lực.", None),
        ("Kinh phí được giao cho Sở Công Thương quản lý theo quy định hiện hành", ["so_cong_thuong"]),
    ],
)
def test_find_subject(sentence, ids):
    assert subject_ids(sentence) == ids


# ---------------------------------------------------------------- agency headings (An Giang VII, VIII)

AN_GIANG = """VII. TỔ CHỨC THỰC HIỆN
2. Sở Tài chính
Hàng năm, căn cứ khả năng cân đối ngân sách, Sở Tài chính phối hợp với Sở Công thương và các cơ quan, đơn vị có liên quan có ý kiến về dự toán kinh phí thực hiện Chương trình, tham mưu UBND tỉnh nguồn kinh phí thực hiện.
3. Sở Kế hoạch và Đầu tư
a) Trên cơ sở đề xuất của Sở Công Thương, Sở Kế hoạch và Đầu tư chủ trì, phối hợp Sở, ngành liên quan, tổng hợp, xem xét trình cấp có thẩm quyền phân bổ kinh phí.
b) Phối hợp Sở Công Thương hướng dẫn, kiểm tra, giám sát việc thực hiện các dự án đầu tư theo quy định.
9. Báo An Giang, Đài phát thanh truyền hình An Giang
Phối hợp với Sở Công Thương và các đơn vị có liên quan thực hiện các phóng sự chuyên đề về lĩnh vực công nghiệp và thương mại phục vụ cho hoạt động khuyến công. Tuyên truyền, phổ biến các chính sách của Nhà nước về hoạt động khuyến công trên các phương tiện thông tin đại chúng.
VIII. KIỂM TRA GIÁM SÁT, THÔNG TIN, BÁO CÁO
1. Sở Công Thương chủ trì, phối hợp các đơn vị liên quan lập Kế hoạch triển khai thực hiện Chương trình Khuyến công giai đoạn 2021 - 2025.
Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố có liên quan phối hợp Sở Công Thương tổ chức thực hiện nhiệm vụ Chương trình Khuyến công, báo cáo sơ kết 06 tháng và tổng kết năm gửi Sở Công Thương.
"""


def an_giang_context() -> Context:
    t = AN_GIANG
    return context(
        t,
        section(t, "VII", "VII. TỔ CHỨC", "organization", until="VIII."),
        section(t, "VII.2", "2. Sở Tài chính", until="3. Sở", parent="VII"),
        section(t, "VII.3", "3. Sở Kế hoạch", until="9. Báo", parent="VII"),
        section(t, "VII.3.a", "a) Trên cơ sở", until="b) Phối", parent="VII.3"),
        section(t, "VII.3.b", "b) Phối hợp", until="9. Báo", parent="VII.3"),
        section(t, "VII.9", "9. Báo An Giang", until="VIII.", parent="VII"),
        section(t, "VIII", "VIII. KIỂM TRA", "monitoring"),
        section(t, "VIII.1", "1. Sở Công Thương chủ trì", parent="VIII"),
    )


def test_agency_headings_give_one_duty_per_item_and_agency():
    duties = extract_duties(an_giang_context())
    assert summary(duties) == [
        ("so_tai_chinh", "coordinate", "VII.2", "Hàng năm, căn cứ"),
        ("so_ke_hoach_dau_tu", "lead", "VII.3.a", "Trên cơ sở đề"),
        ("so_ke_hoach_dau_tu", "coordinate", "VII.3.b", "Phối hợp Sở Công"),
        ("bao_tinh", "coordinate", "VII.9", "Phối hợp với Sở"),
        ("dai_phat_thanh_truyen_hinh", "coordinate", "VII.9", "Phối hợp với Sở"),
        ("bao_tinh", "execute", "VII.9", "Tuyên truyền, phổ biến"),
        ("dai_phat_thanh_truyen_hinh", "execute", "VII.9", "Tuyên truyền, phổ biến"),
        ("so_cong_thuong", "lead", "VIII.1", "Sở Công Thương chủ"),
        ("cac_so_nganh", "coordinate", "VIII.1", "Các sở, ban, ngành,"),
        ("ubnd_cap_huyen", "coordinate", "VIII.1", "Các sở, ban, ngành,"),
    ]


def test_agency_names_are_kept_as_written_and_spans_point_at_the_duty():
    ctx = an_giang_context()
    duties = extract_duties(ctx)
    assert {d.agency for d in duties if d.section_id == "VII.9"} == {
        "Báo An Giang", "Đài phát thanh truyền hình An Giang"}
    for duty in duties:
        assert " ".join(ctx.source[duty.span[0]:duty.span[1]].split()) == duty.text
    periodic = [d for d in duties if d.deadline and d.deadline.recurrence == "periodic"]
    assert {d.agency_id for d in periodic} == {"cac_so_nganh", "ubnd_cap_huyen"}
    assert {d.deadline.period_months for d in periodic} == {6}


# ---------------------------------------------------------------- Hưng Yên VI.1.d, VI.7


HUNG_YEN = """VI. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương
c) Thường xuyên rà soát, nghiên cứu, đề xuất xây dựng chính sách phù hợp, kiến nghị những biện pháp cụ thể nhằm khuyến khích phát triển CNNT.
d) Trung tâm Khuyến công và Xúc tiến thương mại (thuộc Sở Công Thương) là đầu mối trực tiếp triển khai các nhiệm vụ, đề án khuyến công được duyệt đảm bảo mục tiêu chương trình, kế hoạch đề ra.
7. Chế độ thông tin, báo cáo định kỳ
a) Định kỳ trước ngày 22 tháng 12 hằng năm, các sở, ngành, đơn vị liên quan, UBND các xã, phường tổng hợp kết quả thực hiện Chương trình, báo cáo UBND tỉnh (qua Sở Công Thương). Sở Công Thương có trách nhiệm theo dõi, kiểm tra tình hình thực hiện hàng năm; tổng hợp báo cáo Ủy ban nhân dân tỉnh và Bộ Công Thương trước ngày 31 tháng 12 hằng năm hoặc theo yêu cầu.
"""


def test_subject_inside_a_heading_and_reporting_rules():
    t = HUNG_YEN
    ctx = context(
        t,
        section(t, "VI", "VI. TỔ CHỨC", "organization"),
        section(t, "VI.1", "1. Sở Công Thương", until="7. Chế", parent="VI"),
        section(t, "VI.7", "7. Chế độ", parent="VI"),
    )
    duties = extract_duties(ctx)
    assert [(d.agency, d.agency_id, d.role) for d in duties] == [
        ("Sở Công Thương", "so_cong_thuong", "execute"),
        ("Trung tâm Khuyến công và Xúc tiến thương mại", "trung_tam_khuyen_cong", "execute"),
        ("các sở, ngành, đơn vị liên quan", "cac_so_nganh", "execute"),
        ("UBND các xã, phường", "ubnd_cap_xa", "execute"),
        ("Sở Công Thương", "so_cong_thuong", "execute"),
    ]
    deadlines = [(d.agency_id, d.deadline.day, d.deadline.month) for d in duties if d.deadline]
    assert deadlines == [("cac_so_nganh", 22, 12), ("ubnd_cap_xa", 22, 12), ("so_cong_thuong", 31, 12)]
    assert not ctx.warnings


# ---------------------------------------------------------------- directive: nested unit headings


DIRECTIVE = """3. Các đơn vị liên quan thuộc Bộ Công Thương chịu trách nhiệm:
a) Cục Công Thương địa phương:
- Chủ trì, phối hợp với các địa phương, đơn vị liên quan rà soát, báo cáo cấp có thẩm quyền sửa đổi, bổ sung và hoàn thiện hệ thống văn bản quy phạm pháp luật về khuyến công.
- Xây dựng và tổ chức thực hiện kế hoạch kiểm tra, giám sát các đề án khuyến công quốc gia hàng năm.
b) Vụ Tài chính và Đổi mới doanh nghiệp:
Phối hợp với Cục Công Thương địa phương rà soát, tham mưu cấp thẩm quyền về kế hoạch ngân sách, dự toán kinh phí khuyến công quốc gia hàng năm.
c) Vụ Tổ chức cán bộ:
Rà soát, tham mưu cấp có thẩm quyền có ý kiến với các Bộ ngành liên quan để hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn về công thương.
"""


def test_ministry_units_under_a_collective_heading():
    t = DIRECTIVE
    ctx = context(
        t,
        section(t, "3", "3. Các đơn vị"),
        section(t, "3.a", "a) Cục Công Thương", until="b) Vụ", parent="3"),
        section(t, "3.b", "b) Vụ Tài chính", until="c) Vụ", parent="3"),
        section(t, "3.c", "c) Vụ Tổ chức", parent="3"),
    )
    duties = extract_duties(ctx)
    assert [(d.agency_id, d.role, d.section_id) for d in duties] == [
        ("cuc_cong_thuong_dia_phuong", "lead", "3.a"),
        ("cuc_cong_thuong_dia_phuong", "execute", "3.a"),
        ("vu_tai_chinh_doi_moi_doanh_nghiep", "coordinate", "3.b"),
        ("vu_to_chuc_can_bo", "execute", "3.c"),
    ]
    assert duties[1].deadline.recurrence == "annual"


# ---------------------------------------------------------------- Hà Tĩnh news: running prose


HA_TINH = """Thực hiện kế hoạch, UBND tỉnh giao Sở Công Thương chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai hoạt động khuyến công trên địa bàn tỉnh. Chủ trì phân bổ dự toán kinh phí cho các đơn vị triển khai thực hiện kế hoạch khuyến công địa phương năm 2020. Kiểm tra, quyết toán kinh phí thực hiện chương trình theo quy định.

Sở Tài chính: Phối hợp, kiểm tra, hướng dẫn Sở Công Thương thực hiện việc quyết toán kinh phí theo quy định. Các sở, ngành liên quan, UBND huyện, thị xã, thành phố theo chức năng nhiệm vụ được giao, phối hợp Sở Công Thương, Sở Tài chính định kỳ, đột xuất, giám sát, đánh giá tình hình thực hiện nhiệm vụ khuyến công.

Kế hoạch bao gồm 4 nội dung. Chi hỗ trợ xây dựng mô hình trình diễn kỹ thuật vào sản xuất CN-TTCN.
"""


def test_news_prose_keeps_the_subject_within_a_paragraph():
    duties = extract_duties(context(HA_TINH))
    assert [(d.agency, d.agency_id, d.role) for d in duties] == [
        ("Sở Công Thương", "so_cong_thuong", "lead"),
        ("Sở Công Thương", "so_cong_thuong", "lead"),
        ("Sở Công Thương", "so_cong_thuong", "execute"),
        ("Sở Tài chính", "so_tai_chinh", "coordinate"),
        ("Các sở, ngành liên quan", "cac_so_nganh", "coordinate"),
        ("UBND huyện, thị xã, thành phố", "ubnd_cap_huyen", "coordinate"),
    ]


# ---------------------------------------------------------------- unknown agencies


UNKNOWN = """V. TỔ CHỨC THỰC HIỆN
1. Sở Giao thông vận tải
- Phối hợp với Sở Công Thương thực hiện Chương trình theo các nội dung có liên quan.
2. Sở Tài chính
- Tham mưu bố trí, thẩm định nguồn vốn ngân sách để đảm bảo kinh phí thực hiện Chương trình.
"""


def test_unknown_agency_keeps_a_null_id_and_warns():
    t = UNKNOWN
    ctx = context(
        t,
        section(t, "V", "V. TỔ CHỨC", "organization"),
        section(t, "V.1", "1. Sở Giao", until="2. Sở", parent="V"),
        section(t, "V.2", "2. Sở Tài chính", parent="V"),
    )
    duties = extract_duties(ctx)
    assert [(d.agency, d.agency_id) for d in duties] == [
        ("Sở Giao thông vận tải", None), ("Sở Tài chính", "so_tai_chinh")]
    assert [w.code for w in ctx.warnings] == ["unknown_agency"]
    start, end = ctx.warnings[0].span
    assert t[start:end] == "Sở Giao thông vận tải"


def test_a_heading_that_names_no_agency_is_not_an_agency():
    t = "V. TỔ CHỨC THỰC HIỆN\n1. Hội chợ, triển lãm\nTổ chức hội chợ, triển lãm sản phẩm CNNT.\n"
    ctx = context(t, section(t, "V", "V. TỔ CHỨC", "organization"), section(t, "V.1", "1. Hội chợ", parent="V"))
    assert extract_duties(ctx) == []
    assert ctx.warnings == []


# ---------------------------------------------------------------- An Giang VII as in the source (hard-wrapped)


def numbered_sections(text: str, parent_id: str, kind: str) -> list[SectionNode]:
    """The section starting ``text`` plus one child per "N. " line, as a segmenter gives them."""
    first_line_end = text.index("\n")
    nodes = [SectionNode(parent_id, None, text.split(" ", 1)[0], 1, text[:first_line_end], kind, 0, len(text),
                         first_line_end + 1)]
    starts = [m.start() for m in regex.finditer(r"(?m)^\d+\. ", text)] + [len(text)]
    for start, end in zip(starts, starts[1:]):
        line_end = text.index("\n", start)
        marker, heading = text[start:line_end].split(" ", 1)
        nodes.append(SectionNode(f"{parent_id}.{marker[:-1]}", parent_id, marker, 2, heading, "other",
                                 start, end, line_end + 1))
    return nodes


def source_part(path, start: str, end: str | None = None) -> str:
    """The source text of a corpus file from ``start`` up to ``end`` (or its end)."""
    source = path.read_text("utf-8")
    begin = source.index(start)
    return source[begin:source.index(end, begin) if end else len(source)]


def an_giang_source_vii() -> str:
    return source_part(AN_GIANG_PATH, "VII. TỔ CHỨC", "VIII. KIỂM")


def duties_per_section(text: str, parent_id: str) -> tuple[Context, list, dict[str, list[str]]]:
    ctx = context(text, *numbered_sections(text, parent_id, "organization"))
    duties = extract_duties(ctx)
    per_section: dict[str, list[str]] = {}
    for duty in duties:
        per_section.setdefault(duty.section_id, []).append(duty.agency_id)
    return ctx, duties, per_section


def test_an_giang_vii_as_hard_wrapped_in_the_source():
    ctx, duties, per_section = duties_per_section(an_giang_source_vii(), "VII")
    assert per_section == {
        "VII.1": ["so_cong_thuong"] * 4,  # a), b) and two bullets
        "VII.2": ["so_tai_chinh"],
        "VII.3": ["so_ke_hoach_dau_tu"] * 2,
        "VII.4": ["so_nong_nghiep_ptnt"] * 2,  # heading wrapped: "Sở Nông nghiệp và Phát" / "triển nông thôn"
        "VII.5": ["so_lao_dong_tbxh"],
        "VII.6": ["so_khoa_hoc_cong_nghe"],
        "VII.7": ["trung_tam_xuc_tien_thuong_mai_dau_tu"] * 2,
        "VII.8": ["so_tai_nguyen_moi_truong"] * 2,
        "VII.9": ["bao_tinh", "dai_phat_thanh_truyen_hinh"] * 2,  # two sentences, two agencies
        "VII.10": ["ubnd_cap_huyen"] * 4,  # "Kinh tế/Kinh tế" / "- Hạ tầng" is no bullet
    }
    assert ctx.warnings == []
    assert {d.agency for d in duties if d.section_id == "VII.5"} == {"Sở Lao động - Thương binh và Xã hội"}


def test_hung_yen_vi_as_in_the_source():
    ctx, duties, per_section = duties_per_section(source_part(HUNG_YEN_PATH, "VI. TỔ CHỨC"), "VI")
    assert per_section == {
        "VI.1": ["so_cong_thuong"] * 3 + ["trung_tam_khuyen_cong"],  # d): the centre is the focal point
        "VI.2": ["so_tai_chinh"],
        "VI.3": ["so_nong_nghiep_moi_truong"] * 2,
        "VI.4": ["hiep_hoi_doanh_nghiep", "lien_minh_htx"] * 2,
        "VI.5": ["cac_so_nganh", "to_chuc_doan_the"],
        "VI.6": ["ubnd_cap_xa"] * 2,
        "VI.7": ["cac_so_nganh", "ubnd_cap_xa", "so_cong_thuong", "cac_so_nganh", "ubnd_cap_xa"],
    }
    assert [d.role for d in duties if d.section_id == "VI.1"] == ["lead", "execute", "execute", "execute"]
    assert ctx.warnings == []


def test_tuyen_quang_v_as_in_the_source():
    ctx, duties, per_section = duties_per_section(source_part(TUYEN_QUANG_PATH, "V. TỔ CHỨC"), "V")
    assert per_section == {
        "V.1": ["so_cong_thuong"] * 3,
        "V.2": ["so_tai_chinh"] * 2,
        "V.3": ["cac_so_nganh", "lien_minh_htx", "hoi_nong_dan", "hoi_lien_hiep_phu_nu", "tinh_doan",
                "hiep_hoi_doanh_nghiep", "hiep_hoi_dnnvv"],
        "V.4": ["ubnd_cap_huyen"] * 2,
    }
    assert [d.role for d in duties if d.section_id == "V.1"] == ["lead", "lead", "execute"]
    assert {d.role for d in duties if d.section_id == "V.3"} == {"coordinate"}
    plan = duties[-1]
    assert plan.text.startswith("Xây dựng kế hoạch khuyến công hàng năm")
    assert (plan.deadline.day, plan.deadline.month, plan.deadline.year_offset) == (30, 10, -1)


# ---------------------------------------------------------------- the corpus through the whole pipeline


def heading_of(duty) -> str:
    """The agency heading a duty sits under: ``VII.9`` for ``VII.9``, ``VII.1`` for ``VII.1.b``."""
    return ".".join(duty.section_id.split(".")[:2])


def agencies_by_heading(doc, top: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for duty in doc.duties:
        if duty.section_id and duty.section_id.split(".")[0] == top:
            ids = found.setdefault(heading_of(duty), [])
            if duty.agency_id not in ids:
                ids.append(duty.agency_id)
    return found


def test_corpus_an_giang_ten_headings_eleven_agencies(corpus_docs):
    doc = corpus_docs["an-giang_2080-qd-ubnd_2022"]
    assert agencies_by_heading(doc, "VII") == {
        "VII.1": ["so_cong_thuong"],
        "VII.2": ["so_tai_chinh"],
        "VII.3": ["so_ke_hoach_dau_tu"],
        "VII.4": ["so_nong_nghiep_ptnt"],
        "VII.5": ["so_lao_dong_tbxh"],
        "VII.6": ["so_khoa_hoc_cong_nghe"],
        "VII.7": ["trung_tam_xuc_tien_thuong_mai_dau_tu"],
        "VII.8": ["so_tai_nguyen_moi_truong"],
        "VII.9": ["bao_tinh", "dai_phat_thanh_truyen_hinh"],
        "VII.10": ["ubnd_cap_huyen"],
    }
    monitoring = [d for d in doc.duties if d.section_id in ("VIII.1", "VIII.2", "VIII.3")]
    assert [(d.agency_id, d.role) for d in monitoring][:3] == [("so_cong_thuong", "lead")] * 3
    assert not [w for w in doc.warnings if w.code == "unknown_agency"]


def test_corpus_hung_yen_six_headings_and_reporting_rules(corpus_docs):
    doc = corpus_docs["hung-yen_1966-qd-ubnd_2025"]
    assert agencies_by_heading(doc, "VI") == {
        "VI.1": ["so_cong_thuong", "trung_tam_khuyen_cong"],
        "VI.2": ["so_tai_chinh"],
        "VI.3": ["so_nong_nghiep_moi_truong"],
        "VI.4": ["hiep_hoi_doanh_nghiep", "lien_minh_htx"],
        "VI.5": ["cac_so_nganh", "to_chuc_doan_the"],
        "VI.6": ["ubnd_cap_xa"],
        "VI.7": ["cac_so_nganh", "ubnd_cap_xa", "so_cong_thuong"],
    }
    lead = [d for d in doc.duties if d.role == "lead" and d.agency_id == "so_cong_thuong"]
    assert lead[0].text.startswith("Là Cơ quan Thường trực giúp UBND tỉnh")
    reporting = {(d.agency_id, d.deadline.day, d.deadline.month, d.deadline.recurrence)
                 for d in doc.duties if d.section_id == "VI.7.a"}
    assert reporting == {("cac_so_nganh", 22, 12, "annual"), ("ubnd_cap_xa", 22, 12, "annual"),
                         ("so_cong_thuong", 31, 12, "annual")}


def test_corpus_tuyen_quang_four_headings_and_article_2(corpus_docs):
    doc = corpus_docs["tuyen-quang_69-qd-ubnd_2016"]
    assert list(agencies_by_heading(doc, "V")) == ["V.1", "V.2", "V.3", "V.4"]
    assert len(agencies_by_heading(doc, "V")["V.3"]) == 7
    article = [d for d in doc.duties if d.section_id == "Điều 2"]
    assert [(d.agency_id, d.role) for d in article] == [("so_cong_thuong", "lead")]
    assert article[0].text.startswith("Giao Sở Công Thương chủ trì, phối hợp với các sở, ban, ngành liên quan")
    plan = [d for d in doc.duties if d.deadline and d.deadline.year_offset == -1]
    assert [(d.agency_id, d.deadline.text) for d in plan] == [("ubnd_cap_huyen", "trước ngày 30/10 năm trước")]


def test_corpus_directive_assigns_provinces_and_ministry_units(corpus_docs):
    doc = corpus_docs["bo-cong-thuong_chi-thi-2021_news"]
    counts: dict[str, int] = {}
    for duty in doc.duties:
        counts[duty.agency_id] = counts.get(duty.agency_id, 0) + 1
    # item 4 names its agencies by their heads: "Chủ tịch Ủy ban nhân dân, Giám đốc Sở Công Thương
    # các tỉnh, ...; Thủ trưởng các đơn vị liên quan thuộc Bộ Công Thương chỉ đạo thực hiện Chỉ thị này"
    assert counts == {
        "ubnd_tinh": 8, "so_cong_thuong": 4, "cuc_cong_thuong_dia_phuong": 4,
        "vu_tai_chinh_doi_moi_doanh_nghiep": 1, "vu_to_chuc_can_bo": 1, "van_phong_bo": 1,
        "don_vi_thuoc_bo_cong_thuong": 1,
    }


def test_corpus_ha_tinh_news_prose(corpus_docs):
    doc = corpus_docs["ha-tinh_ke-hoach-2020_news"]
    assert [(d.agency_id, d.role) for d in doc.duties][:5] == [
        ("so_cong_thuong", "lead"), ("so_cong_thuong", "lead"), ("so_cong_thuong", "lead"),
        ("so_cong_thuong", "execute"), ("so_tai_chinh", "coordinate")]


@pytest.mark.parametrize("stem", ["an-giang_2080-qd-ubnd_2022", "hung-yen_1966-qd-ubnd_2025",
                                  "tuyen-quang_69-qd-ubnd_2016", "ha-tinh_ke-hoach-2020_news"])
def test_corpus_duty_spans_are_the_duty_in_the_source(corpus_docs, stem):
    doc = corpus_docs[stem]
    source = doc_source(doc)
    assert doc.duties
    for duty in doc.duties:
        assert " ".join(source[duty.span[0]:duty.span[1]].split()) == duty.text


def doc_source(doc) -> str:
    return Path(doc.source.path).read_text("utf-8")


# ---------------------------------------------------------------- invariants


def test_an_agency_named_twice_gets_one_duty():
    t = "1. Sở Công Thương, Sở Công thương\n- Chủ trì phối hợp với Sở Tài chính xây dựng kế hoạch.\n"
    ctx = context(t, section(t, "1", "1. Sở Công"))
    assert [d.agency for d in extract_duties(ctx)] == ["Sở Công Thương"]


LINES = st.lists(
    st.sampled_from(["a) Phối hợp với Sở Công Thương.", "- Chủ trì.", "", "tiếp tục dòng", "1. Sở Tài chính",
                     "Hàng năm, Sở Tài chính phối hợp.", "  ", "đ) Tổ chức", "./."]),
    max_size=12,
)


@settings(deadline=None)
@given(LINES)
def test_items_are_ordered_disjoint_and_inside(lines):
    text = "\n".join(lines)
    found = items(text, 0, len(text))
    previous_end = 0
    for item in found:
        assert previous_end <= item.start <= item.body_start < item.end <= len(text)
        assert text[item.body_start:item.end].strip()
        for s, e in sentences(text, item.body_start, item.end):
            assert item.body_start <= s < e <= item.end
        previous_end = item.end


@settings(deadline=None)
@given(LINES)
def test_extraction_never_fails_and_spans_stay_in_the_source(lines):
    text = "\n".join(["VI. TỔ CHỨC THỰC HIỆN", *lines])
    ctx = context(text, section(text, "VI", "VI. TỔ CHỨC", "organization"))
    for duty in extract_duties(ctx):
        assert 0 <= duty.span[0] < duty.span[1] <= len(text)


def test_a_deadline_shared_by_duties_of_the_same_text_cannot_be_changed():
    """Duty texts recur across plans, so their deadline is read once and shared: editing it
    through one document's duty would change the others'."""
    import pydantic

    from khuyencong_extract.pipeline import extract_file

    first, second = (extract_file(HUNG_YEN_PATH).duties for _ in range(2))
    shared = [(a.deadline, b.deadline) for a, b in zip(first, second) if a.deadline is not None]
    assert shared and all(a is b for a, b in shared)  # the same object in both documents
    with pytest.raises(pydantic.ValidationError):
        shared[0][0].day = 1


@pytest.mark.parametrize("mark", [".", ";", "-", "..."])
def test_a_duty_of_punctuation_alone_is_none(mark):
    """An agency heading followed by punctuation alone gave a duty whose text was it."""
    assert extract_text(f"3. Sở Công Thương\n{mark}").duties == []


def test_a_subject_ends_before_tuy_theo():
    """"tùy theo chức năng nhiệm vụ" opens the duty: the last agency's name stops before it
    (it was "UBND các huyện, thị xã, thành phố tùy"); both conventions of the tone mark."""
    for tuy in ("tùy", "tuỳ"):
        doc = extract_text(f"Các sở, ngành liên quan, UBND các huyện, thị xã, thành phố {tuy} theo chức năng nhiệm vụ "
                           "được giao định kỳ, đột xuất, giám sát, đánh giá tình hình thực hiện kế hoạch khuyến công.")
        assert [(d.agency, d.agency_id) for d in doc.duties] == [
            ("Các sở, ngành liên quan", "cac_so_nganh"), ("UBND các huyện, thị xã, thành phố", "ubnd_cap_huyen")]


_LONG_AN_LEDE = (
    "Trung tâm Khuyến công vừa phối hợp Phòng Kinh tế TP.Tân An, tỉnh Long An, hộ kinh doanh bánh tráng trộn Cô Út "
    "trình diễn và nghiệm thu đề án “Hỗ trợ ứng dụng máy trộn ngang trong sản xuất bánh tráng trộn”. Hộ kinh doanh "
    "bánh tráng trộn Cô Út thuộc phường Khánh Hậu, do ông Bùi Thanh Liêm làm chủ."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A news report of work done ("đã", "đang") is no duty, nor are the sentences after it.
        ("Năm 2013, Trung tâm Khuyến công và Xúc tiến thương mại, Sở Công Thương tỉnh Thanh Hóa đã tổ chức "
         "đào tạo nghề cho 2.600 lao động. Các nghề đào tạo tập trung vào may công nghiệp.\nBình luận 0",
         []),
        ("UBND tỉnh Nghệ An đang hỗ trợ cho 64 đề án khuyến công. Trong đó, tập trung đào tạo nghề mây tre đan.",
         []),
        # Without an organisation section, a sentence with no subject is a duty of the agency
        # assigned before only when it opens with a duty verb (Hà Tĩnh's plan: "UBND tỉnh giao
        # Sở Công Thương chủ trì ... Chủ trì phân bổ ...").
        ("UBND tỉnh giao Sở Công Thương tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh. "
         "Kết quả có 10 sản phẩm được công nhận. Chủ trì phân bổ dự toán kinh phí cho các đơn vị.",
         [("Sở Công Thương",
           "UBND tỉnh giao Sở Công Thương tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh."),
          ("Sở Công Thương", "Chủ trì phân bổ dự toán kinh phí cho các đơn vị.")]),
        # An agency's work reported without "đã" is no duty either, nor what follows it.
        ("Sở Công Thương tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh. "
         "Chủ trì phân bổ dự toán kinh phí cho các đơn vị.", []),
        # A passive's agency after a tense word ("đã được giao cho"): what was done, no duty.
        ("Việc thẩm định dự toán kinh phí khuyến công hằng năm đã được giao cho Sở Tài chính. "
         "Chủ trì phân bổ dự toán kinh phí cho các đơn vị.", []),
        # Long An news: "vừa" ends the agency's name (it was "Trung tâm Khuyến công vừa") and
        # reports what it did, with or without the headline.
        ("Kinh phí khuyến công hỗ trợ hộ sản xuất bánh tráng trộn bằng máy trộn ngang\n\n" + _LONG_AN_LEDE, []),
        (_LONG_AN_LEDE, []),
        # "vừa" of "Doanh nghiệp nhỏ và vừa" is its name's
        ("Hiệp hội Doanh nghiệp nhỏ và vừa chủ trì tổ chức hội chợ hàng công nghiệp nông thôn.",
         [("Hiệp hội Doanh nghiệp nhỏ và vừa",
           "Hiệp hội Doanh nghiệp nhỏ và vừa chủ trì tổ chức hội chợ hàng công nghiệp nông thôn.")]),
    ],
)
def test_news_reports_of_work_done_are_no_duties(text, expected):
    assert [(d.agency, d.text) for d in extract_text(text).duties] == expected


GUIDANCE = """LIÊN NGÀNH
SỞ TÀI CHÍNH - SỞ CÔNG THƯƠNG
Số: 1213/2010/HDLN /STC-SCT
Vinh, ngày 06 tháng 12 năm 2010
HƯỚNG DẪN
Thực hiện Quyết định số 27/2010/QĐ-UBND ngày 20 tháng 4 năm 2010 của UBND tỉnh Nghệ An ban hành \
“Quy chế quản lý, sử dụng Quỹ Khuyến công tỉnh Nghệ An”, Sở Tài chính - Sở Công Thương hướng dẫn cụ thể \
về nội dung, mức hỗ trợ các đề án khuyến công của tỉnh.
Điều 1. Đối tượng được hỗ trợ khuyến công.
1. Các tổ chức, cá nhân trực tiếp đầu tư sản xuất công nghiệp, tiểu thủ công nghiệp và làng nghề.
2. Các cơ quan, tổ chức có hoạt động liên quan đến phát triển công nghiệp, tiểu thủ công nghiệp và làng nghề.
Điều 2. Nội dung hỗ trợ và mức chi.
1. Hỗ trợ lập dự án đầu tư phát triển công nghiệp, tiểu thủ công nghiệp và làng nghề.
"""


def test_a_guidance_s_beneficiaries_are_no_duties():
    """Who a guidance supports ("Điều 1. Đối tượng được hỗ trợ") is read as scope, its
    articles by their headings, and the bodies it lists there are no assignees (they were
    a duty of "Các cơ quan"); its number keeps the part after a spaced slash, and the
    regulation it applies is titled up to the closing quote."""
    doc = extract_text(GUIDANCE)
    assert (doc.metadata.doc_type, doc.metadata.number) == ("huong_dan", "1213/2010/HDLN-STC-SCT")
    # a header without the motto: its lines above the number; the province of the regulation it applies
    assert (doc.metadata.issuer, doc.metadata.province) == ("Sở Tài chính - Sở Công Thương Nghệ An", "Nghệ An")
    assert [(s.id, s.kind) for s in doc.sections if s.id.startswith("Điều")] == [
        ("Điều 1", "scope"), ("Điều 1.1", "scope"), ("Điều 1.2", "scope"), ("Điều 2", "content"), ("Điều 2.1", "content")]
    assert doc.duties == []
    assert [c.title for c in doc.citations] == ["ban hành “Quy chế quản lý, sử dụng Quỹ Khuyến công tỉnh Nghệ An”"]


# A news report of a province's programme: a headline, then prose.
_NEWS_HEADLINE = "Tiền Giang: Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu năm 2016\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what an agency does or did, reported: no task
        ("Sở Công Thương tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2016.", []),
        ("Cũng bắt đầu từ năm 2015, Trung tâm Khuyến công triển khai thực hiện Đề án khuyến công địa phương về "
         "hình thành mạng lưới cộng tác viên.", []),
        # a task the report says was assigned
        ("UBND tỉnh giao Sở Công Thương chủ trì, phối hợp với các sở, ngành triển khai kế hoạch.", ["Sở Công Thương"]),
        ("Theo đó, Trung tâm Khuyến công và Xúc tiến thương mại là đơn vị triển khai, thực hiện các đề án được phê "
         "duyệt; sử dụng kinh phí, tổ chức thực hiện các nhiệm vụ được giao theo đúng kế hoạch.",
         ["Trung tâm Khuyến công và Xúc tiến thương mại"]),
        ("Theo đó, UBND tỉnh Cao Bằng giao nhiệm vụ cho Sở Công Thương phối hợp với các Sở, ngành, địa phương liên "
         "quan tham mưu UBND tỉnh ban hành kế hoạch triển khai thực hiện đề án.", ["Sở Công Thương"]),
        # "giao trách nhiệm cho" as "giao nhiệm vụ cho" (Sóc Trăng news: the clause of its plan; it gave no duty)
        ("UBND tỉnh giao trách nhiệm cho Sở Công Thương chủ trì, phối hợp với các sở, ngành có liên quan và địa "
         "phương", ["Sở Công Thương"]),
        ("Sở Tài chính: phối hợp, hướng dẫn Sở Công Thương quyết toán kinh phí theo quy định.", ["Sở Tài chính"]),
        # Đắk Lắk news: a passive that gives the agency before it a task
        ("Theo đó, hàng năm, tỉnh sẽ trích tối thiểu 0,1% tổng thu ngân sách của tỉnh (khoảng 3,5 tỷ/năm) để đầu tư "
         "cho các hoạt động khuyến công. Sở Công Thương được giao nhiệm vụ chủ trì, phối hợp với các Sở ngành, địa "
         "phương xây dựng và thực hiện kế hoạch khuyến công hàng năm; hỗ trợ các cơ sở CNNT và làng nghề trong việc "
         "tìm kiếm thị trường tiêu thụ sản phẩm.", ["Sở Công Thương"]),
        ("Các sở, ngành liên quan tùy theo chức năng nhiệm vụ được giao kiểm tra việc thực hiện kế hoạch.",
         ["Các sở, ngành liên quan"]),
        # a dated letter's request ("trong đó đề nghị ..."): the day it was sent opens no report
        ("Ngày 07/9/2022, Cục Công Thương địa phương có Công văn số 123/CTĐP-KC về việc xây dựng kế hoạch khuyến công "
         "năm 2023, trong đó đề nghị các Sở Công Thương các tỉnh, thành phố rà soát, xây dựng kế hoạch khuyến công "
         "địa phương năm 2023.", ["các Sở Công Thương các tỉnh, thành phố"]),
        ("Ngày 07/9/2022, Bộ Công Thương đã ban hành Công văn số 123/BCT-CTĐP, trong đó đề nghị Sở Công Thương các "
         "tỉnh, thành phố trực thuộc Trung ương tăng cường kiểm tra việc thực hiện các đề án khuyến công.",
         ["Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương"]),
        ("Ngày 05/5/2021, UBND tỉnh ban hành Quyết định số 1000/QĐ-UBND phê duyệt Kế hoạch khuyến công năm 2021, "
         "trong đó giao Sở Công Thương chủ trì, phối hợp với các sở, ngành triển khai thực hiện.", ["Sở Công Thương"]),
        # a conference's request, to a ministry ("Bộ" is no agency head but after "đề nghị")
        ("Tại hội nghị, các đại biểu đề nghị Bộ Công Thương sớm trình Chính phủ sửa đổi Nghị định số 45/2012/NĐ-CP "
         "về khuyến công.", ["Bộ Công Thương"]),
        ("Hội nghị đề nghị Bộ Công Thương và Sở Công Thương các tỉnh phối hợp tổ chức hội chợ hàng công nghiệp nông "
         "thôn tiêu biểu.", ["Bộ Công Thương", "Sở Công Thương các tỉnh"]),
        ("Ban tổ chức đề nghị bộ phận thư ký tổng hợp ý kiến của các đại biểu.", []),
        # dated reports, a document named in them: what was done that day
        ("Ngày 5/3/2023, Sở Công Thương đã tổ chức hội nghị triển khai Công văn số 123/CTĐP-KC của Cục Công Thương "
         "địa phương.", []),
        ("Ngày 14/9, Trung tâm Khuyến công phối hợp với UBND xã Phú Thạnh tổ chức bế giảng lớp đào tạo nghề theo Kế "
         "hoạch số 12/KH-TTKC, trong đó có 35 học viên là lao động nông thôn.", []),
    ],
)
def test_a_news_report_gives_duties_only_where_it_assigns_them(sentence, expected):
    doc = extract_text(_NEWS_HEADLINE + sentence)
    assert doc.metadata.doc_type == "bai_viet"
    assert [d.agency for d in doc.duties] == expected


def test_an_agency_heading_ending_with_its_level_word_over_one_item():
    """"2. Kho bạc Nhà nước tỉnh" over its one dash item was read as a name wrapped at its dash
    ("tỉnh Bà Rịa" / "- Vũng Tàu"), heading and item one line: no duty, an unknown agency
    "Kho bạc Nhà nước tỉnh - Kiểm soát chi ..."."""
    doc = extract_text(_PLAN_ORGANISATION + "1. Sở Tài chính\n- Bố trí kinh phí.\n2. Kho bạc Nhà nước tỉnh\n"
                       "- Kiểm soát chi theo quy định.\n3. UBND các huyện, thành phố\n- Phối hợp thực hiện.\n")
    assert [(d.agency_id, d.text) for d in doc.duties] == [
        ("so_tai_chinh", "Bố trí kinh phí."), ("kho_bac_nha_nuoc", "Kiểm soát chi theo quy định."),
        ("ubnd_cap_huyen", "Phối hợp thực hiện.")]
    assert doc.warnings == []


def test_an_agency_heading_naming_a_registry_body_whole_over_one_item():
    """"3. Trung tâm Khuyến công và Xúc tiến thương mại" (no level word at its end) over its one
    dash item was read as a name wrapped at its dash: heading and item one line, the duty
    "Trung tâm ... - Chủ trì ..."."""
    doc = extract_text(_PLAN_ORGANISATION + "1. Sở Tài chính\n- Bố trí kinh phí.\n3. Trung tâm Khuyến công và "
                       "Xúc tiến thương mại\n- Chủ trì tổ chức thực hiện các đề án khuyến công địa phương.\n")
    assert [(d.agency, d.agency_id, d.role, d.text) for d in doc.duties] == [
        ("Sở Tài chính", "so_tai_chinh", "execute", "Bố trí kinh phí."),
        ("Trung tâm Khuyến công và Xúc tiến thương mại", "trung_tam_khuyen_cong", "lead",
         "Chủ trì tổ chức thực hiện các đề án khuyến công địa phương.")]


def test_a_sentence_under_a_heading_ending_with_the_word_it_opens_with():
    """"1. Trách nhiệm các sở" / "Sở Công Thương chủ trì ...": "sở" at a line's end is read as
    a name wrapped after it ("Giám đốc Sở" / "Công Thương"), so the sentence was the
    heading's second line, and its duty lost."""
    doc = extract_text(_PLAN_ORGANISATION + "1. Trách nhiệm các sở\nSở Công Thương chủ trì, phối hợp với các đơn "
                       "vị triển khai kế hoạch.\nSở Tài chính bố trí kinh phí.\n")
    assert [(d.agency_id, d.role) for d in doc.duties] == [("so_cong_thuong", "lead"), ("so_tai_chinh", "execute")]


def test_a_news_reports_first_paragraph_right_under_its_headline_is_an_item_of_its_own():
    """Cục Công Thương địa phương's news of 2021 (congthuong.vn): the page put the headline and
    each paragraph on a line of its own, no blank line between them. The headline was read as
    the first paragraph's opening words, so the request stood past the subject's reach and
    gave no duty."""
    doc = extract_text(
        "Các địa phương rà soát các đề án khuyến công quốc gia năm 2021 đã được phê duyệt\n"
        "Cục Công Thương địa phương đề nghị Sở Công Thương các địa phương rà soát các đề án khuyến công quốc gia "
        "(KCQG) đã được phê duyệt, thực hiện hỗ trợ từ ngân sách địa phương năm 2021 hoặc chuyển sang đăng ký kế "
        "hoạch KCQG năm 2022.\nVề kế hoạch KCQG năm 2022, dịch Covid-19 diễn biến phức tạp dẫn đến công tác xây "
        "dựng, thẩm định đề án của một số địa phương bị chậm tiến độ.\n")
    assert doc.metadata.doc_type == "bai_viet"
    assert [(d.agency, d.text[:44]) for d in doc.duties] == [
        ("Sở Công Thương các địa phương", "Cục Công Thương địa phương đề nghị Sở Công T")]


@pytest.mark.parametrize("header", [
    # Sơn La 38/2018: the number line right under the issuer, no blank line, no motto
    "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 38/2018/QĐ-UBND\nSơn La, ngày 02 tháng 11 năm 2018\n",
    "SỞ CÔNG THƯƠNG\nSố: 38/KH-SCT\nSơn La, ngày 02 tháng 11 năm 2018\n",
    # a copy that put the header on one line (luatvietnam)
    "ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- Số: 38/2018/QĐ-UBND | Sơn La, ngày 02 tháng 11 năm 2018 |\n",
])
def test_a_header_is_no_duty(header):
    """The issuer before "Số:" was read as "Agency: task", the whole header and preamble its
    text (a duty of 1,583 characters)."""
    doc = extract_text(header + "QUYẾT ĐỊNH\nBan hành quy định quản lý kinh phí khuyến công\nCăn cứ Luật Tổ chức "
                       "chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo "
                       "Quyết định này Quy định.\nĐiều 2. Giao Sở Công Thương chủ trì thực hiện.")
    assert [(d.agency, d.text) for d in doc.duties] == [("Sở Công Thương", "Giao Sở Công Thương chủ trì thực hiện.")]


@pytest.mark.parametrize("text", [
    # Ninh Thuận news: a headline "Agency: ..." names what it did, no task of it
    "UBND tỉnh: Họp nghe báo cáo chương trình khuyến công tỉnh giai đoạn 2021 - 2025\nSáng 14/4, đồng chí Phó Chủ "
    "tịch UBND tỉnh chủ trì cuộc họp nghe Sở Công Thương báo cáo kết quả thực hiện chương trình.",
    "Cục Công Thương Địa Phương (Bộ Công Thương): Tăng cường giám sát tiến độ các đề án Khuyến công\nBên cạnh đó, "
    "Trung tâm 1 cũng hỗ trợ doanh nghiệp tham gia hội chợ triển lãm trong nước.",
    # Phú Yên news: the day of an event, "phối hợp với" of what was done that day
    "Bế giảng lớp đào tạo nghề mây tre đan tại huyện Phú Tân\n\nNgày 14/9, Trung tâm Khuyến công và Xúc tiến thương "
    "mại phối hợp với UBND xã Phú Thạnh tổ chức bế giảng lớp đào tạo nghề mây tre đan cho 35 học viên.",
])
def test_a_news_headline_naming_an_agency_is_no_duty(text):
    """(Also: a sentence opening with the day of an event reports what happened that day.)"""
    doc = extract_text(text)
    assert doc.metadata.doc_type == "bai_viet"
    assert doc.duties == []


_PLAN_ORGANISATION = "KẾ HOẠCH\nKhuyến công năm 2024\nI. MỤC TIÊU\nHỗ trợ 20 cơ sở.\nII. TỔ CHỨC THỰC HIỆN\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    # an agency named by its head's title: the agency's duty (each sentence gave none)
    ("Giám đốc Sở Công Thương chủ trì, phối hợp với Sở Tài chính triển khai Kế hoạch.", [("Sở Công Thương", "lead")]),
    ("Chủ tịch UBND các huyện, thành phố chỉ đạo Phòng Kinh tế hướng dẫn các cơ sở.",
     [("UBND các huyện, thành phố", "execute")]),
    ("Thủ trưởng các sở, ban, ngành phối hợp với Sở Công Thương triển khai.", [("các sở, ban, ngành", "coordinate")]),
    ("Giám đốc Sở Công Thương và Thủ trưởng các đơn vị liên quan phối hợp tổ chức triển khai thực hiện.",
     [("Sở Công Thương", "coordinate"), ("các đơn vị liên quan", "coordinate")]),
    # a decision's closing clause names who executes it: no task of its own
    ("Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương, Thủ trưởng các sở, ban, ngành có liên quan chịu trách "
     "nhiệm thi hành Quyết định này.", []),
    ("Các ông (bà) Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành: Công Thương, Tài chính; Chủ tịch UBND các "
     "huyện, thị xã căn cứ Quyết định thi hành.", []),
    # Phú Thọ 1648/QĐ-UBND (2015), a copy cut inside its closing clause: its list of bodies
    # ("Các đơn vị, tổ chức, cá nhân") has no verb
    ("Chánh Văn phòng UBND tỉnh, Thủ trưởng các cơ quan: Sở Tài chính, Sở Công Thương; Chủ tịch UBND các huyện, "
     "thành, thị; Giám đốc Trung tâm Khuyến công, Tư vấn và Tiết kiệm năng lượng tỉnh; Các đơn vị, tổ chức, cá nhân "
     "có liên", []),
    # An Giang: the agencies after "Chỉ đạo ..." are its objects, the duty the heading agency's
    ("Chỉ đạo Phòng Kinh tế, Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn tổ chức thực hiện.", []),
])
def test_agencies_named_by_their_heads(sentence, expected):
    doc = extract_text(_PLAN_ORGANISATION + sentence)
    assert [(d.agency, d.role) for d in doc.duties] == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    # the passive's agency, not the subject before it (it was Sở Công Thương's second duty)
    ("Sở Công Thương chủ trì triển khai kế hoạch. Việc thẩm định dự toán kinh phí khuyến công hằng năm được giao "
     "cho Sở Tài chính.", [("Sở Công Thương", "lead"), ("Sở Tài chính", "execute")]),
    # reported as done ("đã được giao cho"): no duty, as "Sở Tài chính đã thẩm định ..." is none
    ("Sở Công Thương chủ trì triển khai kế hoạch. Việc thẩm định dự toán kinh phí khuyến công hằng năm đã được "
     "giao cho Sở Tài chính.", [("Sở Công Thương", "lead")]),
    ("Việc phối hợp tuyên truyền về chương trình khuyến công được giao cho Đài Phát thanh - Truyền hình tỉnh.",
     [("Đài Phát thanh - Truyền hình tỉnh", "execute")]),  # "việc phối hợp": a noun
])
def test_a_passive_gives_the_task_to_the_agencies_it_names_last(paragraph, expected):
    doc = extract_text(_PLAN_ORGANISATION + paragraph)
    assert [(d.agency, d.role) for d in doc.duties] == expected


def test_an_article_headed_by_the_executing_agencies_is_no_agency_heading():
    """Bình Phước 2240: "Điều 2. Thủ trưởng các sở, ...; Chủ tịch UBND các huyện ... chịu trách
    nhiệm thi hành Quyết định này" was read as a heading of unknown agencies."""
    doc = extract_text("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án phát triển công nghiệp nông thôn.\nĐiều 2. Thủ\ntrưởng các "
                       "sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố và\ncác tổ chức, cá nhân có liên "
                       "quan chịu trách nhiệm thi hành Quyết định này, kể từ ngày ký.")
    assert doc.duties == [] and [w.code for w in doc.warnings if w.code == "unknown_agency"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # Khánh Hòa's plan, retold: the finance department's task after a semicolon was the trade department's
    ("IV. TỔ CHỨC THỰC HIỆN\nUBND tỉnh giao Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan tổ chức triển "
     "khai kế hoạch; Sở Tài chính tham mưu bố trí kinh phí thực hiện.",
     [("Sở Công Thương", "UBND tỉnh giao Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan tổ chức triển khai "
       "kế hoạch"), ("Sở Tài chính", "Sở Tài chính tham mưu bố trí kinh phí thực hiện.")]),
    ("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2024.\nĐiều 2. Giao Sở Công Thương chủ trì tổ chức triển "
     "khai kế hoạch; giao Sở Tài chính bố trí kinh phí thực hiện.",
     [("Sở Công Thương", "Giao Sở Công Thương chủ trì tổ chức triển khai kế hoạch"),
      ("Sở Tài chính", "giao Sở Tài chính bố trí kinh phí thực hiện.")]),
    # the treasury's own task after the finance department's: "kiểm soát chi" is a duty's verb (a
    # re-read of Bình Thuận's organisation points had credited it to Sở Tài chính)
    ("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2024.\nĐiều 2. Tổ chức thực hiện\n1. Sở Công Thương chủ "
     "trì tổ chức triển khai kế hoạch.\n2. Sở Tài chính bố trí kinh phí thực hiện; Kho bạc Nhà nước tỉnh kiểm soát chi "
     "theo quy định.",
     [("Sở Công Thương", "Sở Công Thương chủ trì tổ chức triển khai kế hoạch."),
      ("Sở Tài chính", "Sở Tài chính bố trí kinh phí thực hiện"),
      ("Kho bạc Nhà nước tỉnh", "Kho bạc Nhà nước tỉnh kiểm soát chi theo quy định.")]),
    # a clause after a semicolon opened by a verb stays the same agency's
    ("IV. TỔ CHỨC THỰC HIỆN\nSở Công Thương chủ trì tổ chức thực hiện; hướng dẫn UBND các huyện triển khai; phối hợp với "
     "Sở Tài chính bố trí kinh phí.",
     [("Sở Công Thương", "Sở Công Thương chủ trì tổ chức thực hiện; hướng dẫn UBND các huyện triển khai; phối hợp với "
       "Sở Tài chính bố trí kinh phí.")]),
])
def test_each_agency_opening_a_clause_after_a_semicolon_has_its_own_duty(text, expected):
    assert [(d.agency, d.text) for d in extract_text(text).duties] == expected


def test_a_closing_clause_with_co_trach_nhiem_thi_hanh_is_no_duty():
    """An Giang 2211/2016: "... có trách nhiệm thi hành Quyết định này" gave three duties (Sở
    Công Thương, the departments, the district committees); "chịu trách nhiệm" gave none."""
    doc = extract_text("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Chương trình khuyến công tỉnh An Giang giai đoạn 2016-2020.\n"
                       "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nChánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc "
                       "Sở Công Thương, Thủ trưởng các Sở, ban ngành có liên quan và Chủ tịch Ủy ban nhân dân các huyện, "
                       "thị, thành phố có trách nhiệm thi hành Quyết định này./.")
    assert doc.duties == []
    # a copy cut inside the closing clause, and a task whose verb is "thi hành" stays a duty
    doc = extract_text("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Chương trình khuyến công tỉnh An Giang giai đoạn 2016-2020.\n"
                       "Điều 2. Giám đốc Sở Công Thương và Chủ tịch Ủy ban nhân dân các huyện có trách nhiệm thi hành Quyết")
    assert doc.duties == []
    doc = extract_text("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2024.\nĐiều 2. Sở Công Thương có trách "
                       "nhiệm thi hành chương trình khuyến công trên địa bàn; Sở Tài chính bố trí kinh phí.")
    assert [d.agency for d in doc.duties][:1] == ["Sở Công Thương"]
    doc = extract_text("THÔNG TƯ\nĐiều 5. Hiệu lực thi hành\nThông tư này có hiệu lực kể từ ngày ký. Giám đốc Sở Công "
                       "Thương các tỉnh có trách nhiệm thi hành Thông tư này.")
    assert doc.duties == []
    # the document without "này", by its number alone or closing the sentence, is the same closing clause
    for closing in ("Quyết định./.", "Quyết định số 15/2024/QĐ-UBND./.", "Kế hoạch./."):
        doc = extract_text("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2024.\nĐiều 2. Chánh Văn phòng UBND "
                           "tỉnh, Giám đốc Sở Công Thương, Giám đốc Sở Tài chính và Chủ tịch UBND các huyện có trách nhiệm "
                           f"thi hành {closing}")
        assert doc.duties == [], closing
    doc = extract_text("IV. TỔ CHỨC THỰC HIỆN\nSở Công Thương có trách nhiệm thi hành đề án được phê duyệt.")
    assert [d.agency for d in doc.duties] == ["Sở Công Thương"]
    # "tổ chức thi hành" (to organise the execution of) is the same clause
    doc = extract_text("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2024.\nĐiều 2. Giám đốc Sở Công Thương, Giám "
                       "đốc Sở Tài chính có trách nhiệm tổ chức thi hành Quyết định này./.")
    assert doc.duties == []
    doc = extract_text("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2024.\nĐiều 2. Sở Công Thương có trách "
                       "nhiệm hướng dẫn, kiểm tra các đơn vị thực hiện; Sở Tài chính có trách nhiệm thi hành việc cấp phát "
                       "kinh phí theo quy định.")
    assert [d.agency for d in doc.duties][:1] == ["Sở Công Thương"]


@pytest.mark.parametrize(("text", "expected"), [
    # Tây Ninh news: a task given with "yêu cầu" (only "giao" gave one)
    ("Theo đó, UBND tỉnh Tây Ninh yêu cầu các sở, ban, ngành, đơn vị liên quan và UBND các xã, phường căn cứ chức "
     "năng, nhiệm vụ được giao, tập trung tổ chức thực hiện hiệu quả các nội dung trọng tâm.",
     ["các sở, ban, ngành, đơn vị liên quan", "UBND các xã, phường"]),
    ("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2024.\nĐiều 2. Yêu cầu Sở Công Thương chủ trì, phối "
     "hợp với Sở Tài chính triển khai Kế hoạch.", ["Sở Công Thương"]),
    ("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2024.\nĐiều 2. Đề nghị Sở Tài chính bố trí kinh phí "
     "thực hiện.", ["Sở Tài chính"]),
    # Bắc Ninh news: the task opens with "quán triệt" (no duty verb before)
    ("Theo đó, Phó Chủ tịch UBND tỉnh Phạm Văn Thịnh giao Sở Công Thương quán triệt, triển khai thực hiện Chỉ thị số "
     "20/CT-BCT của Bộ Công Thương về tăng cường hoạt động khuyến công.", ["Sở Công Thương"]),
])
def test_a_task_given_with_yeu_cau_or_de_nghi(text, expected):
    assert [d.agency for d in extract_text(text).duties] == expected


@pytest.mark.parametrize(("sentence", "deadline"), [
    # Hòa Bình 20/2019: an opening clause saying what the agency is ("Là cơ quan giúp ...")
    ("Là cơ quan giúp UBND tỉnh quản lý công tác khuyến công, Sở Công Thương chủ trì, phối hợp với đơn vị liên quan "
     "xây dựng kế hoạch khuyến công từng giai đoạn.", None),
    # Tây Ninh: the role between the agency and its verb
    ("Trong đó, Sở Công Thương giữ vai trò chủ trì, tham mưu rà soát, sửa đổi các văn bản về công tác khuyến công.",
     None),
    # Long An 65/2019
    ("Giao Sở Công Thương làm cơ quan đầu mối chủ trì, phối hợp với các cơ quan tổ chức có liên quan triển khai.",
     None),
    # a dash before the role (Ninh Thuận's form)
    ("1. Sở Công Thương - cơ quan thường trực, tham mưu UBND tỉnh chỉ đạo tổ chức triển khai; tổ chức sơ kết hằng "
     "năm.", "hằng năm"),
])
def test_ways_of_stating_the_lead_role(sentence, deadline):
    doc = extract_text(_PLAN_ORGANISATION + sentence)
    assert [(d.agency, d.role, d.deadline.text if d.deadline else None) for d in doc.duties] == [
        ("Sở Công Thương", "lead", deadline)]


def test_a_one_time_deadline_keeps_its_year():
    """A department's report due "trước ngày 10/8/2018": the year was read and dropped (only
    the text kept it)."""
    doc = extract_text(_PLAN_ORGANISATION + "Sở Công Thương chủ trì tổng hợp, trình UBND tỉnh trước ngày 10/8/2018.")
    deadline = doc.duties[0].deadline
    assert (deadline.day, deadline.month, deadline.year, deadline.recurrence) == (10, 8, 2018, "once")



@pytest.mark.parametrize(("sentence", "expected"), [
    # after an explicit "giao" ("yêu cầu", "đề nghị") and its agency, the task may open with
    # any verb, not only a duty verb (these gave no duty)
    ("UBND tỉnh giao Sở Công Thương tăng cường kiểm tra, giám sát việc thực hiện các đề án khuyến công.",
     [("Sở Công Thương", "so_cong_thuong")]),
    ("Đề nghị UBND các huyện đẩy mạnh tuyên truyền chính sách khuyến công đến các cơ sở công nghiệp nông thôn.",
     [("UBND các huyện", "ubnd_cap_huyen")]),
    ("UBND tỉnh yêu cầu Sở Tài chính ban hành hướng dẫn thanh quyết toán kinh phí khuyến công.",
     [("Sở Tài chính", "so_tai_chinh")]),
    # the agencies are the longest run of registry names before the verb: "và" inside a name
    # and between names, "tỉnh" after one
    ("UBND tỉnh giao Sở Kế hoạch và Đầu tư, Sở Công Thương tỉnh và UBND các huyện tăng cường kiểm tra.",
     [("Sở Kế hoạch và Đầu tư", "so_ke_hoach_dau_tu"), ("Sở Công Thương tỉnh", "so_cong_thuong"),
      ("UBND các huyện", "ubnd_cap_huyen")]),
    # no verb after the agency: a function word ("tại") or a comma
    ("Xét đề nghị Giám đốc Sở Công Thương tại Tờ trình số 1065/TTr-SCT ngày 03 tháng 7 năm 2014.", []),
    ("Theo đề nghị Sở Công Thương, UBND tỉnh phê duyệt danh mục đề án khuyến công năm 2024.", []),
    # bodies of a plan's organisation section besides the departments the programme names
    ("UBND tỉnh giao Sở Du lịch giới thiệu sản phẩm công nghiệp nông thôn tiêu biểu tại các khu, điểm du lịch trên "
     "địa bàn tỉnh.", [("Sở Du lịch", "so_du_lich")]),
    ("Đề nghị Cục Thuế tỉnh hướng dẫn các cơ sở công nghiệp nông thôn thực hiện chính sách ưu đãi về thuế theo quy "
     "định.", [("Cục Thuế tỉnh", "cuc_thue")]),
    ("UBND tỉnh giao Ban Quản lý các khu công nghiệp tỉnh tạo điều kiện cho các cơ sở công nghiệp nông thôn di dời "
     "vào khu công nghiệp.", [("Ban Quản lý các khu công nghiệp tỉnh", "ban_quan_ly_khu_cong_nghiep")]),
    ("UBND tỉnh giao Ban Quản lý Khu kinh tế tỉnh rà soát quỹ đất dành cho các cơ sở công nghiệp nông thôn.",
     [("Ban Quản lý Khu kinh tế tỉnh", "ban_quan_ly_khu_kinh_te")]),
    ("UBND tỉnh giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch.",
     [("Văn phòng UBND tỉnh", "van_phong_ubnd_tinh")]),
    ("Đề nghị Sở Dân tộc và Tôn giáo lồng ghép các chương trình hỗ trợ phát triển sản xuất vùng đồng bào dân tộc "
     "thiểu số với hoạt động khuyến công.", [("Sở Dân tộc và Tôn giáo", "so_dan_toc_ton_giao")]),
    ("Đề nghị Hội Doanh nghiệp nhỏ và vừa tỉnh vận động hội viên tham gia các chương trình khuyến công.",
     [("Hội Doanh nghiệp nhỏ và vừa tỉnh", "hiep_hoi_dnnvv")]),
    ("UBND tỉnh giao Ủy ban nhân dân các huyện, thị xã bố trí kinh phí đối ứng thực hiện các đề án khuyến công.",
     [("Ủy ban nhân dân các huyện, thị xã", "ubnd_cap_huyen")]),
    ("UBND tỉnh giao Trung tâm KC&XTTM tổ chức các lớp tập huấn nâng cao năng lực quản lý cho các cơ sở công "
     "nghiệp nông thôn.", [("Trung tâm KC&XTTM", "trung_tam_khuyen_cong")]),
    # a passive: the task first, the agencies given it last ("tỉnh" was read as the task's first word)
    ("Việc thẩm định dự toán kinh phí khuyến công hằng năm được giao cho Sở Tài chính.",
     [("Sở Tài chính", "so_tai_chinh")]),
    ("Việc tổ chức hội chợ hàng công nghiệp nông thôn tiêu biểu được giao cho Sở Công Thương tỉnh.",
     [("Sở Công Thương tỉnh", "so_cong_thuong")]),
])
def test_after_giao_a_task_opens_with_any_verb(sentence, expected):
    for lead in (_PLAN_ORGANISATION, _NEWS_HEADLINE):
        duties = extract_text(lead + sentence).duties
        assert [(d.agency, d.agency_id) for d in duties] == expected
        assert all(d.text == sentence and d.role == "execute" for d in duties)


def test_without_giao_a_verb_out_of_the_list_opens_no_duty():
    """The issuing authority describing its own act (Thanh Hóa 148/KH-UBND) and a headline
    "Agency: Tăng cường ..." give no duty: only an explicit "giao" lets any verb open one."""
    plan = extract_text(
        "KẾ HOẠCH\nThực hiện Đề án đổi mới phương thức kinh doanh, tiêu thụ nông sản\nThực hiện Quyết định số "
        "194/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ về việc phê duyệt Đề án Đổi mới phương thức kinh doanh, "
        "tiêu thụ nông sản giai đoạn 2021-2025, định hướng đến năm 2030 (sau đây gọi tắt là Đề án), Chủ tịch UBND "
        "tỉnh ban hành Kế hoạch thực hiện Đề án trên địa bàn tỉnh với các nội dung cụ thể như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n- Gắn việc kinh doanh, tiêu thụ nông sản với quá trình tái cơ cấu ngành nông nghiệp.\n"
        "II. TỔ CHỨC THỰC HIỆN\nUBND tỉnh giao Sở Công Thương tăng cường kiểm tra việc thực hiện Kế hoạch.")
    assert [(d.agency_id, d.text) for d in plan.duties] == [
        ("so_cong_thuong", "UBND tỉnh giao Sở Công Thương tăng cường kiểm tra việc thực hiện Kế hoạch.")]
    news = extract_text("Cục Công Thương Địa Phương (Bộ Công Thương): Tăng cường giám sát tiến độ các đề án Khuyến "
                        "công\nỞ góc độ quản lý nhà nước, Cục CTĐP theo dõi sát sao hoạt động triển khai kế hoạch "
                        "khuyến công đã được phê duyệt.")
    assert news.metadata.doc_type == "bai_viet"
    assert news.duties == []


def test_a_proposal_to_give_a_task_stays_with_the_heading_agency():
    """"Tham mưu UBND tỉnh giao Sở Tài chính cân đối ..." under "1. Sở Công Thương" is the
    department's task (advising), not one of Sở Tài chính: a verb out of the list after such a
    "giao" names no subject."""
    doc = extract_text(_PLAN_ORGANISATION + "1. Sở Công Thương\n- Tham mưu UBND tỉnh giao Sở Tài chính cân đối nguồn "
                       "kinh phí thực hiện Kế hoạch.")
    assert [(d.agency_id, d.section_id, d.text) for d in doc.duties] == [
        ("so_cong_thuong", "II.1", "Tham mưu UBND tỉnh giao Sở Tài chính cân đối nguồn kinh phí thực hiện Kế hoạch.")]


def test_a_line_ending_in_a_colon_ends_the_sentence_before_a_duty():
    """A provincial news page (Chủ tịch UBND tỉnh's instructions on Nghị định 68/2017): the
    lead-in line "... có ý kiến chỉ đạo:" is not part of the duty on the next line."""
    doc = extract_text(
        _NEWS_HEADLINE + "Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:\nGiao Sở Công Thương chủ trì, phối "
        "hợp với các đơn vị liên quan đánh giá, tổng hợp báo cáo kết quả triển khai thực hiện Nghị định số "
        "68/2017/NĐ-CP của Chính phủ trên địa bàn tỉnh theo yêu cầu tại nội dung Văn bản số 5658/BCT-CTĐP ngày "
        "18/7/2018 của Bộ Công Thương (Sao gửi kèm theo). Trình UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công "
        "Thương theo thời gian quy định.")
    assert [(d.agency, d.role, d.text.split(",")[0]) for d in doc.duties] == [
        ("Sở Công Thương", "lead", "Giao Sở Công Thương chủ trì"),
        ("Sở Công Thương", "execute", "Trình UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công Thương theo thời gian "
                                      "quy định."),
    ]
    assert doc.duties[1].deadline.text == "trước ngày 10/8/2018"


def test_a_documents_closing_mark_is_no_part_of_its_last_duty():
    """Bắc Giang news (a plan approved): its last sentence, a duty, ends with the closing
    mark "./."; the duty's text and span end at the full stop."""
    text = (_NEWS_HEADLINE + "Sở Công Thương có trách nhiệm hướng dẫn, đôn đốc, kiểm tra các đơn vị được giao sử dụng "
            "kinh phí khuyến công năm 2021 theo quy định./.")
    duty, = extract_text(text).duties
    assert duty.text.endswith("theo quy định.")
    assert text[duty.span[0]:duty.span[1]] == duty.text


def test_a_national_request_to_every_provinces_department_is_its_duty():
    """Bộ Công Thương asks "các Sở Công Thương" for comments on the 2021-2025 programme's
    draft: the plural names each province's department (it scored below the fuzzy cut)."""
    doc = extract_text(
        _NEWS_HEADLINE + "Bộ Công Thương đề nghị các Sở Công Thương nghiên cứu, tham gia ý kiến bằng văn bản đối với Dự "
        "thảo tài liệu nêu trên và gửi về Bộ Công Thương, qua Cục Công Thương địa phương trước ngày 08 tháng 7 năm "
        "2020 để tổng hợp.")
    duty, = doc.duties
    assert (duty.agency, duty.agency_id) == ("các Sở Công Thương", "so_cong_thuong")
    assert (duty.deadline.day, duty.deadline.month, duty.deadline.year) == (8, 7, 2020)
    # with a verb out of the duty verbs: the plural is a registry name as written
    doc = extract_text(_NEWS_HEADLINE + "Bộ Công Thương đề nghị các Sở Công Thương tăng cường kiểm tra việc thực hiện "
                       "các đề án khuyến công.")
    assert [(d.agency, d.agency_id) for d in doc.duties] == [("các Sở Công Thương", "so_cong_thuong")]


def test_a_council_resolutions_closing_article():
    """The closing article of a provincial council's resolution on khuyến công spending (its
    standard wording): the committee executes, the council's bodies supervise; the sentence
    saying when the council passed it is no duty."""
    doc = extract_text(
        "NGHỊ QUYẾT\nQuy định nội dung chi, mức chi hỗ trợ hoạt động khuyến công trên địa bàn tỉnh\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh\nNghị quyết này quy định mức chi hỗ trợ "
        "hoạt động khuyến công.\nĐiều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết "
        "này.\n2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại "
        "biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\nNghị quyết này đã được Hội đồng nhân dân "
        "tỉnh Hà Nam khóa XIX, kỳ họp thứ mười bảy thông qua ngày 10 tháng 7 năm 2024 và có hiệu lực từ ngày 20 tháng "
        "7 năm 2024./.")
    assert [(d.agency_id, d.section_id, d.text.split(" ")[-1]) for d in doc.duties] == [
        ("ubnd_tinh", "Điều 2.1", "này."), ("thuong_truc_hdnd_tinh", "Điều 2.2", "quyết."),
        ("ban_hdnd_tinh", "Điều 2.2", "quyết."), ("dai_bieu_hdnd_tinh", "Điều 2.2", "quyết.")]
    assert not any(w.code == "unknown_agency" for w in doc.warnings)


def test_an_assignment_over_a_list_gives_each_item_to_its_agencies():
    """Bộ Nông nghiệp và PTNT's Công văn 4330/BNN-KTHT (2020): "... đề nghị Ủy ban nhân dân các
    tỉnh, thành phố trực thuộc Trung ương:" over dashed tasks; a line under the last one, no
    blank line between, goes on with it (and is theirs too: the report due)."""
    doc = extract_text(
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n"
        "Để tổng kết, đánh giá việc thực hiện đào tạo nghề nông nghiệp cho lao động nông thôn, Bộ Nông nghiệp và "
        "PTNT đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n"
        "- Nội dung tổng kết: Đánh giá việc thực hiện các mục tiêu, nhiệm vụ, chính sách và giải pháp của đào tạo "
        "nghề nông nghiệp cho lao động nông thôn.\n"
        "- Trong quá trình tổng kết Đề án, tổ chức khen thưởng các tập thể, cá nhân có thành tích xuất sắc.\n"
        "Báo cáo tổng kết gửi về Bộ Nông nghiệp và Phát triển nông thôn trước ngày 15/8/2020.")
    assert [(d.agency_id, d.text.split(":")[0][:30]) for d in doc.duties] == [
        ("ubnd_tinh", "Nội dung tổng kết"), ("ubnd_tinh", "Trong quá trình tổng kết Đề án"),
        ("ubnd_tinh", "Báo cáo tổng kết gửi về Bộ Nôn")]
    assert doc.duties[-1].deadline.text == "trước ngày 15/8/2020"
    after_colon = extract_text("Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh:\n\nNăm 2020 hỗ trợ 5 cơ sở.")
    assert not [d for d in after_colon.duties if "Năm 2020" in d.text]  # a paragraph, no list item, after the colon


def test_a_dated_letters_request_is_a_duty_of_the_agency_it_asks():
    """The request of a letter dated at the sentence's opening: the agency as written, its id
    from the registry, the whole sentence its text; in a plan's organisation section too."""
    sentence = ("Ngày 07/9/2022, Cục Công Thương địa phương có Công văn số 123/CTĐP-KC về việc xây dựng kế hoạch "
                "khuyến công năm 2023, trong đó đề nghị các Sở Công Thương các tỉnh, thành phố rà soát, xây dựng kế "
                "hoạch khuyến công địa phương và gửi về Cục trước ngày 30/9/2022.")
    for lead in (_NEWS_HEADLINE, _PLAN_ORGANISATION):
        duty, = extract_text(lead + sentence).duties
        assert (duty.agency, duty.agency_id, duty.text) == (
            "các Sở Công Thương các tỉnh, thành phố", "so_cong_thuong", sentence)
        assert (duty.deadline.day, duty.deadline.month, duty.deadline.year) == (30, 9, 2022)


@pytest.mark.parametrize(("text", "expected"), [
    # a lead-in naming only who is given the list: each item is theirs, the lead-in no duty
    (_PLAN_ORGANISATION + "Ủy ban nhân dân tỉnh đề nghị các Sở, ban, ngành:\n- Chủ động phối hợp với Sở Công Thương "
     "triển khai các nội dung của Kế hoạch.\n- Báo cáo kết quả thực hiện về Sở Công Thương trước ngày 15/12 hằng năm.",
     [("cac_so_nganh", "Chủ động phối hợp"), ("cac_so_nganh", "Báo cáo kết quả")]),
    (_PLAN_ORGANISATION + "Để triển khai Kế hoạch đạt hiệu quả, Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, UBND "
     "các huyện, thành phố:\n- Quán triệt, triển khai thực hiện nghiêm các nội dung của Kế hoạch.",
     [("cac_so_nganh", "Quán triệt, triển khai"), ("ubnd_cap_huyen", "Quán triệt, triển khai")]),
    (_NEWS_HEADLINE + "Theo đó, UBND tỉnh giao Sở Công Thương:\n- Chủ trì tổ chức bình chọn sản phẩm công nghiệp nông "
     "thôn tiêu biểu cấp tỉnh.\n- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/11/2016.",
     [("so_cong_thuong", "Chủ trì tổ chức"), ("so_cong_thuong", "Tổng hợp kết quả,")]),
    # two assignments in the lead-in: the list is the last one's; the first keeps its task
    (_PLAN_ORGANISATION + "UBND tỉnh yêu cầu Sở Công Thương chủ trì triển khai Kế hoạch; đồng thời đề nghị UBND các "
     "huyện, thành phố:\n- Bố trí kinh phí đối ứng.\n- Báo cáo kết quả trước ngày 15/12.",
     [("so_cong_thuong", "UBND tỉnh yêu cầu"), ("ubnd_cap_huyen", "Bố trí kinh phí"),
      ("ubnd_cap_huyen", "Báo cáo kết quả")]),
    # a task before the colon: the lead-in keeps it (its list names no agency)
    (_PLAN_ORGANISATION + "Giao Sở Tài chính bố trí kinh phí thực hiện Kế hoạch, cụ thể:\n- Năm 2024: 500 triệu đồng."
     "\n- Năm 2025: 600 triệu đồng.", [("so_tai_chinh", "Giao Sở Tài chính")]),
    # no list under the lead-in: it stays
    (_PLAN_ORGANISATION + "Ủy ban nhân dân tỉnh đề nghị các Sở, ban, ngành:\n\nNăm 2024 tập trung hỗ trợ 20 cơ sở.",
     [("cac_so_nganh", "Ủy ban nhân dân")]),
    # a lettered list, and lines of the lead-in's own paragraph, are its agencies' too
    (_PLAN_ORGANISATION + "Ủy ban nhân dân tỉnh đề nghị Sở Tài chính:\na) Bố trí kinh phí thực hiện Kế hoạch kịp thời."
     "\nb) Hướng dẫn thanh quyết toán kinh phí theo quy định.",
     [("so_tai_chinh", "Bố trí kinh phí"), ("so_tai_chinh", "Hướng dẫn thanh quyết")]),
    (_PLAN_ORGANISATION + "Ủy ban nhân dân tỉnh đề nghị Sở Tài chính:\nBố trí kinh phí thực hiện Kế hoạch kịp thời.\n"
     "Hướng dẫn thanh quyết toán kinh phí theo quy định.",
     [("so_tai_chinh", "Bố trí kinh phí"), ("so_tai_chinh", "Hướng dẫn thanh quyết")]),
    # under an agency heading: the list goes to the agencies the lead-in names, not the heading's
    (_PLAN_ORGANISATION + "1. Sở Công Thương: Chủ trì tổ chức triển khai Kế hoạch. Đề nghị Sở Tài chính:\n- Bố trí "
     "kinh phí thực hiện Kế hoạch kịp thời.\n- Hướng dẫn thanh quyết toán kinh phí theo quy định.\n2. Sở Tài chính: "
     "Thẩm định dự toán kinh phí khuyến công.",
     [("so_cong_thuong", "Chủ trì tổ chức"), ("so_tai_chinh", "Bố trí kinh phí"),
      ("so_tai_chinh", "Hướng dẫn thanh quyết"), ("so_tai_chinh", "Thẩm định dự toán")]),
    # ... after a point of the heading's own: a list started afresh ("a)" after "b)") is the lead-in's
    (_PLAN_ORGANISATION + "1. Sở Công Thương\na) Chủ trì tổ chức triển khai Kế hoạch.\nb) Tổng hợp báo cáo UBND tỉnh "
     "trước ngày 15/12/2024.\nĐề nghị Sở Tài chính:\na) Bố trí kinh phí thực hiện Kế hoạch kịp thời.\nb) Hướng dẫn "
     "thanh quyết toán kinh phí theo quy định.",
     [("so_cong_thuong", "Chủ trì tổ chức"), ("so_cong_thuong", "Tổng hợp báo cáo"),
      ("so_tai_chinh", "Bố trí kinh phí"), ("so_tai_chinh", "Hướng dẫn thanh quyết")]),
    # ... after a semicolon closing the heading agency's point, over its sub-items; the next point is the heading's
    (_PLAN_ORGANISATION + "1. Sở Công Thương\n- Chủ trì tổ chức triển khai Kế hoạch.\n- Tổng hợp báo cáo UBND tỉnh "
     "trước ngày 15/12 hằng năm; đề nghị UBND các huyện, thành phố:\n+ Lựa chọn cơ sở tham gia đề án.\n+ Bố trí kinh "
     "phí đối ứng.\n- Hướng dẫn các cơ sở lập hồ sơ.",
     [("so_cong_thuong", "Chủ trì tổ chức"), ("so_cong_thuong", "Tổng hợp báo cáo"),
      ("ubnd_cap_huyen", "Lựa chọn cơ sở"), ("ubnd_cap_huyen", "Bố trí kinh phí"),
      ("so_cong_thuong", "Hướng dẫn các cơ")]),
    # a numbered heading that gives its agencies the tasks under it; one with a task of its own is no heading
    (_PLAN_ORGANISATION + "1. Sở Công Thương\nChủ trì tổ chức triển khai Kế hoạch.\n2. Đề nghị Sở Tài chính:\n- Bố "
     "trí kinh phí thực hiện Kế hoạch kịp thời.\n- Hướng dẫn thanh quyết toán kinh phí theo quy định.\n3. Giao Sở Kế "
     "hoạch và Đầu tư:\nTham mưu bố trí vốn đầu tư phát triển.\n4. Giao Sở Công Thương chỉ đạo Trung tâm Khuyến "
     "công tổ chức thực hiện các đề án.",
     [("so_cong_thuong", "Chủ trì tổ chức"), ("so_tai_chinh", "Bố trí kinh phí"),
      ("so_tai_chinh", "Hướng dẫn thanh quyết"), ("so_ke_hoach_dau_tu", "Tham mưu bố trí"),
      ("so_cong_thuong", "Giao Sở Công Thương")]),
    # bodies outside the departments a plan asks to take part (their lists gave no duty)
    (_PLAN_ORGANISATION + "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh:\n- "
     "Tuyên truyền, vận động hội viên, đoàn viên tham gia các hoạt động khuyến công.\n- Giám sát việc thực hiện Kế "
     "hoạch theo quy định.",
     [("uy_ban_mttq_tinh", "Tuyên truyền, vận động"), ("to_chuc_doan_the", "Tuyên truyền, vận động"),
      ("uy_ban_mttq_tinh", "Giám sát việc thực"), ("to_chuc_doan_the", "Giám sát việc thực")]),
    (_PLAN_ORGANISATION + "Đề nghị Ngân hàng Nhà nước chi nhánh tỉnh:\n- Chỉ đạo các tổ chức tín dụng tạo điều kiện "
     "cho các cơ sở công nghiệp nông thôn tiếp cận nguồn vốn vay.\n\nĐề nghị Chi nhánh Ngân hàng Chính sách xã hội "
     "tỉnh:\n- Ưu tiên cho vay vốn đối với các cơ sở sử dụng lao động nông thôn.\n\nĐề nghị Kho bạc Nhà nước tỉnh:"
     "\n- Kiểm soát, thanh toán kinh phí khuyến công theo quy định.",
     [("ngan_hang_nha_nuoc", "Chỉ đạo các tổ"), ("ngan_hang_chinh_sach_xa_hoi", "Ưu tiên cho vay"),
      ("kho_bac_nha_nuoc", "Kiểm soát, thanh toán")]),
    (_PLAN_ORGANISATION + "Đề nghị Ban Dân tộc tỉnh:\n- Lồng ghép hoạt động khuyến công với các chương trình hỗ trợ "
     "vùng đồng bào dân tộc thiểu số.\n\nĐề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh:\n- Vận động đoàn viên "
     "thanh niên tham gia các lớp đào tạo nghề.",
     [("ban_dan_toc", "Lồng ghép hoạt động"), ("tinh_doan", "Vận động đoàn viên")]),
    # ... and their headings (a commercial bank's is no agency heading: its list is nobody's)
    (_PLAN_ORGANISATION + "1. Sở Công Thương:\n- Chủ trì triển khai Kế hoạch.\n2. Ủy ban Mặt trận Tổ quốc Việt Nam "
     "tỉnh:\n- Tuyên truyền, vận động hội viên tham gia các hoạt động khuyến công.\n3. Kho bạc Nhà nước tỉnh:\n- "
     "Kiểm soát, thanh toán kinh phí khuyến công theo quy định.\n4. Chi nhánh Ngân hàng Chính sách xã hội tỉnh:\n- "
     "Ưu tiên cho vay vốn đối với các cơ sở sử dụng lao động nông thôn.\n5. Ngân hàng Nông nghiệp và Phát triển "
     "nông thôn chi nhánh tỉnh:\n- Cho vay vốn các cơ sở công nghiệp nông thôn.",
     [("so_cong_thuong", "Chủ trì triển khai"), ("uy_ban_mttq_tinh", "Tuyên truyền, vận động"),
      ("kho_bac_nha_nuoc", "Kiểm soát, thanh toán"), ("ngan_hang_chinh_sach_xa_hoi", "Ưu tiên cho vay")]),
    (_PLAN_ORGANISATION + "1. Ngân hàng Nhà nước chi nhánh tỉnh\nChỉ đạo các tổ chức tín dụng tạo điều kiện cho vay "
     "vốn.\n2. Ban Dân tộc tỉnh\nLồng ghép các chương trình hỗ trợ vùng đồng bào dân tộc thiểu số.\n3. Đoàn Thanh "
     "niên Cộng sản Hồ Chí Minh tỉnh\nVận động đoàn viên thanh niên tham gia các lớp đào tạo nghề.",
     [("ngan_hang_nha_nuoc", "Chỉ đạo các tổ"), ("ban_dan_toc", "Lồng ghép các chương"),
      ("tinh_doan", "Vận động đoàn viên")]),
    # a lead-in naming a body the registry does not know: its list is nobody's, not the heading agency's
    (_PLAN_ORGANISATION + "1. Sở Công Thương\n- Chủ trì triển khai Kế hoạch.\nĐề nghị Công an tỉnh:\n- Bảo đảm an "
     "ninh, trật tự tại các hội chợ, triển lãm.\n2. Sở Tài chính\n- Bố trí kinh phí thực hiện Kế hoạch.",
     [("so_cong_thuong", "Chủ trì triển khai"), ("so_tai_chinh", "Bố trí kinh phí")]),
    (_PLAN_ORGANISATION + "1. Sở Công Thương\n- Chủ trì triển khai Kế hoạch; đề nghị Sở Giao thông vận tải:\n+ Bảo "
     "đảm giao thông tại các hội chợ.\n- Tổng hợp báo cáo UBND tỉnh.",
     [("so_cong_thuong", "Chủ trì triển khai"), ("so_cong_thuong", "Tổng hợp báo cáo")]),
    # a lead-in on a line of its own after a point's last sentence: its list is its agencies', in
    # an agency heading and in prose
    (_PLAN_ORGANISATION + "1. Sở Tài chính\n- Bố trí kinh phí kịp thời.\nĐề nghị Ủy ban nhân dân các huyện:\n- Bố "
     "trí kinh phí đối ứng.\n2. Sở Công Thương\n- Chủ trì triển khai Kế hoạch.",
     [("so_tai_chinh", "Bố trí kinh phí"), ("ubnd_cap_huyen", "Bố trí kinh phí"),
      ("so_cong_thuong", "Chủ trì triển khai")]),
    (_PLAN_ORGANISATION + "Đề nghị Sở Tài chính:\n- Bố trí kinh phí kịp thời.\nĐề nghị Ủy ban nhân dân các huyện:\n"
     "- Bố trí kinh phí đối ứng.",
     [("so_tai_chinh", "Bố trí kinh phí"), ("ubnd_cap_huyen", "Bố trí kinh phí")]),
    # a sub-heading naming no body, without a colon: the line under it starts a paragraph
    (_PLAN_ORGANISATION + "1. Sở Công Thương\n- Chủ trì triển khai Kế hoạch.\n2. Công tác phối hợp\nHội Nông dân "
     "tỉnh phối hợp tuyên truyền, vận động hội viên tham gia.\n3. Kinh phí thực hiện\nĐề nghị Sở Tài chính:\n- Bố "
     "trí kinh phí kịp thời.",
     [("so_cong_thuong", "Chủ trì triển khai"), ("hoi_nong_dan", "Hội Nông dân tỉnh"),
      ("so_tai_chinh", "Bố trí kinh phí")]),
    # ... but a point's first line, the sections' heading, goes on to the next (An Giang VII.4.a)
    (_PLAN_ORGANISATION + "1. Sở Nông nghiệp và Phát triển nông thôn\na) Chủ trì triển khai thực hiện\nQuy định "
     "chính sách hỗ trợ phát triển ngành nghề nông thôn.\nb) Phối hợp với Sở Công Thương triển khai Kế hoạch.",
     [("so_nong_nghiep_ptnt", "Chủ trì triển khai"), ("so_nong_nghiep_ptnt", "Phối hợp với Sở")]),
])
def test_a_lead_in_over_the_list_it_gives_is_no_duty(text, expected):
    assert [(d.agency_id, " ".join(d.text.split()[:4])) for d in extract_text(text).duties] == expected


def test_a_proposal_over_a_list_gives_it_nobody():
    """"Theo đề nghị của Sở Công Thương:" names who proposed, not who is given the list."""
    doc = extract_text(_NEWS_HEADLINE + "Theo đề nghị của Sở Công Thương:\n- Tổ chức bình chọn sản phẩm tiêu biểu.")
    assert doc.duties == []


# The ministry's directive (corpus/bo-cong-thuong_chi-thi-2021_news.txt) as a copy that lost
# its "b)" and "c)" points: "d) Văn phòng Bộ:" is then no section of its own.
_DIRECTIVE_LOST_POINTS = (
    "3. Các đơn vị liên quan thuộc Bộ Công Thương chịu trách nhiệm:\n\na) Cục Công Thương địa phương:\n\n- Xây dựng và tổ "
    "chức thực hiện kế hoạch kiểm tra, giám sát các đề án khuyến công quốc gia hàng năm.\n\nd) Văn phòng Bộ:\n\nPhối hợp "
    "với Cục Công Thương địa phương thực hiện truyền thông các sự kiện, hoạt động khuyến công quốc gia nổi bật.\n\n"
    "4. Chủ tịch Ủy ban nhân dân, Giám đốc Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương chỉ đạo thực hiện "
    "Chỉ thị này.")


@pytest.mark.parametrize(("text", "expected"), [
    # under an agency heading: the paragraph after the name is that agency's, the name no duty
    ("CHỈ THỊ\nVề việc tăng cường công tác khuyến công\n\n" + _DIRECTIVE_LOST_POINTS,
     [("cuc_cong_thuong_dia_phuong", "Xây dựng và tổ chức thực hiện kế hoạch kiểm tra, giám sát các đề án khuyến công "
       "quốc gia hàng năm."),
      ("van_phong_bo", "Phối hợp với Cục Công Thương địa phương thực hiện truyền thông các sự kiện, hoạt động khuyến công "
       "quốc gia nổi bật."),
      # the names before their verb are a sentence of duties, as in the whole directive (golden file)
      ("ubnd_tinh", _DIRECTIVE_LOST_POINTS[_DIRECTIVE_LOST_POINTS.index("Chủ tịch"):]),
      ("so_cong_thuong", _DIRECTIVE_LOST_POINTS[_DIRECTIVE_LOST_POINTS.index("Chủ tịch"):])]),
    # in a plan's prose: each name over its paragraph, a list under it too
    (_PLAN_ORGANISATION + "Sở Tài chính:\n\nBố trí kinh phí thực hiện Kế hoạch.\n\nSở Công Thương:\n- Chủ trì triển khai "
     "Kế hoạch.\n- Báo cáo kết quả trước ngày 15/12.",
     [("so_tai_chinh", "Bố trí kinh phí thực hiện Kế hoạch."), ("so_cong_thuong", "Chủ trì triển khai Kế hoạch."),
      ("so_cong_thuong", "Báo cáo kết quả trước ngày 15/12.")]),
])
def test_an_agencys_name_alone_over_its_paragraphs(text, expected):
    """A paragraph that is only an agency's name and a colon gives no duty of its own: the
    paragraphs under it, up to the next marked one, are that agency's."""
    assert [(d.agency_id, d.text) for d in extract_text(text).duties] == expected


def test_a_task_given_before_a_report_assigns_nothing():
    """Bắc Giang news, 2024: "Thực hiện Kế hoạch nhiệm vụ được giao, ..., Trung tâm ... tổ chức
    thực hiện khảo sát" reports what the centre does; the passive "được giao" is the task it
    had, not one the sentence gives (it was read as the centre's duty). With "cho" it gives one."""
    news = ("Trung tâm Khuyến công Bắc Giang: Khảo sát khảo sát xây dựng kế hoạch sử dụng kinh phí khuyến công tỉnh năm "
            "2024\n\nThực hiện Kế hoạch nhiệm vụ được giao, từ ngày 18/01/2024, Trung tâm Khuyến công và Xúc tiến "
            "thương mại tỉnh Bắc Giang tổ chức thực hiện khảo sát thực tế, tại các cơ sở công nghiệp nông thôn (CNNT) "
            "có nội dung đề án, đăng ký kế hoạch hỗ trợ kinh phí khuyến công năm 2024.\n")
    assert extract_text(news).duties == []
    passive = extract_text(news.replace("Thực hiện Kế hoạch nhiệm vụ được giao, từ ngày 18/01/2024, ",
                                        "Nhiệm vụ khảo sát được giao cho "))
    assert [d.agency_id for d in passive.duties] == ["trung_tam_khuyen_cong"]


def test_a_citys_abbreviation_and_a_line_giving_a_task_after_a_sentence():
    """Hà Nội's 2018 craft-village plan, as Nhân Đạo reports it: "Sở Công Thương TP. Hà Nội chủ
    trì ..." (the full stop of "TP." ended the sentence, and the duty was lost), then a line
    opening "Giao Sở ..." after one ending ";" gives a task of its own (it ran on as the first
    duty's text)."""
    doc = extract_text(
        "Cụ thể, UBND TP. Hà Nội giao Sở Công Thương TP. Hà Nội chủ trì việc tổng kết đánh giá tình hình thực hiện làm "
        "cơ sở đề xuất quyết định sửa đổi, thay thế Quyết định 31/2014/QĐ-UBND ngày 4/8/2014 của UBND thành phố về chính "
        "sách khuyến khích phát triển làng nghề TP. Hà Nội;\nGiao Sở Tài nguyên và Môi trường TP. Hà Nội chủ trì, phối hợp "
        "các sở, ngành có liên quan nghiên cứu bổ sung, hoàn thiện cơ chế, chính sách liên quan đến lĩnh vực bảo vệ môi "
        "trường làng nghề để triển khai hiệu quả Đề án “Bảo vệ môi trường làng nghề trên địa bàn TP. Hà Nội đến năm 2020, "
        "định hướng đến năm 2030”;\n")
    assert [(d.agency_id, d.role, d.text.split(" chủ trì")[0]) for d in doc.duties] == [
        ("so_cong_thuong", "lead", "Cụ thể, UBND TP. Hà Nội giao Sở Công Thương TP. Hà Nội"),
        ("so_tai_nguyen_moi_truong", "lead", "Giao Sở Tài nguyên và Môi trường TP. Hà Nội")]


def test_a_committee_giving_a_task_after_a_comma_of_a_news_sentence():
    """Hải Dương, 2023: "UBND tỉnh ... vừa phê duyệt chương trình ..., UBND tỉnh giao cho Sở Công
    Thương triển khai, thực hiện, ..." reports the approval and gives the department its task; the
    sentence, whose subject reported what it did, gave none."""
    doc = extract_text(
        "23/06/2023\n\nHải Dương: Phê duyệt 3,6 tỷ đồng cho đề án khuyến công năm 2023\n\nUBND tỉnh Hải Dương vừa phê "
        "duyệt chương trình khuyến công địa phương năm 2023, hỗ trợ các cơ sở công nghiệp nông thôn đầu tư máy móc hiện "
        "đại vào sản xuất, UBND tỉnh giao cho Sở Công Thương triển khai, thực hiện, dự kiến tổng kinh phí hoạt động là "
        "3,6 tỷ đồng.\n")
    assert doc.metadata.doc_type == "bai_viet"
    assert [(d.agency_id, d.text.split(",")[0]) for d in doc.duties] == [
        ("so_cong_thuong", "UBND tỉnh giao cho Sở Công Thương triển khai")]


@pytest.mark.parametrize("giving", [", đồng thời giao", " và giao", ", giao"])
def test_the_subject_of_a_news_sentence_giving_a_task_after_its_report(giving):
    """A re-read of Hải Dương's news: the committee's own "..., đồng thời giao Sở Công Thương chủ trì ..." (or "và
    giao", ", giao"), its subject not named again, gave no duty."""
    doc = extract_text(
        "Hà Nam: Phê duyệt kế hoạch khuyến công năm 2023\n\nUBND tỉnh Hà Nam vừa phê duyệt kế hoạch khuyến công năm "
        f"2023{giving} Sở Công Thương chủ trì triển khai thực hiện. Kế hoạch gồm 10 đề án với tổng kinh phí 2 tỷ đồng.\n")
    assert [(d.agency_id, d.role, d.text) for d in doc.duties] == [
        ("so_cong_thuong", "lead", "giao Sở Công Thương chủ trì triển khai thực hiện.")]


@pytest.mark.parametrize("sentence", [
    # news of what an agency does with another: no task given
    "Trung tâm Khuyến công tỉnh phối hợp với UBND huyện tổ chức lớp tập huấn.",
    "Thực hiện Chương trình khuyến công quốc gia năm 2020, Bộ Công thương phối hợp với UBND tỉnh tổ chức Hội chợ Công "
    "thương khu vực.",
])
def test_a_news_report_of_an_agency_working_with_another_is_no_duty(sentence):
    doc = extract_text(f"Hà Nam: Khuyến công năm 2023\n\n{sentence} Kế hoạch gồm 10 đề án với tổng kinh phí 2 tỷ "
                       "đồng.\n")
    assert doc.duties == []


def test_a_photos_caption_in_a_news_report_is_no_duty():
    """vietnam.vn's mid-year report: the caption "Cục Công Thương địa phương phối hợp với các địa phương triển khai
    ... Ảnh Thùy Linh" (printed twice, the copy joining the lines) gave the department a duty."""
    doc = extract_text(
        "Bộ Công Thương phân bổ 45 tỷ đồng kinh phí khuyến công quốc gia\n\nĐến hết ngày 30/6/2024, kinh phí khuyến "
        "công quốc gia được phân bổ 45 tỷ đồng, theo báo cáo của Cục Công Thương địa phương.\n\nCục Công Thương địa "
        "phương phối hợp với các địa phương triển khai kế hoạch khuyến công quốc gia. Ảnh Thùy Linh\nCục Công Thương "
        "địa phương phối hợp với các địa phương triển khai kế hoạch khuyến công quốc gia. Ảnh: Thùy Linh\n\nUBND tỉnh "
        "giao Sở Công Thương chủ trì, phối hợp với các địa phương triển khai kế hoạch.\n")
    assert [d.agency_id for d in doc.duties] == ["so_cong_thuong"]


def test_a_passive_naming_who_gave_the_task():
    """Bình Thuận, 2022: "Trung tâm Khuyến công và Xúc tiến thương mại được Sở Công Thương giao
    hoàn tất hồ sơ ..." gives the centre its task (only "được giao nhiệm vụ ..." did)."""
    doc = extract_text(
        "Công nhận 30 sản phẩm công nghiệp nông thôn tiêu biểu tỉnh Bình Thuận năm 2022\n\nCăn cứ Quyết định công nhận, "
        "Trung tâm Khuyến công và Xúc tiến thương mại được Sở Công Thương giao hoàn tất hồ sơ sản phẩm đăng ký tham gia "
        "bình chọn sản phẩm CNNT tiêu biểu khu vực phía Nam năm 2022 theo đúng tiến độ và quy trình bình chọn cấp khu "
        "vực.\n")
    assert [(d.agency, d.agency_id, d.role) for d in doc.duties] == [
        ("Trung tâm Khuyến công và Xúc tiến thương mại", "trung_tam_khuyen_cong", "execute")]


def test_a_body_the_registry_does_not_know_beside_one_it_knows():
    # a subject opening its sentence: each body gets the duty, the unknown one without an id and with a warning
    text = ("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương chủ trì triển khai Kế hoạch.\n"
            "2. Sở Tài chính và Văn phòng HĐND tỉnh theo dõi, giám sát việc thực hiện.\n")
    document = extract_text(text)
    assert [(d.agency, d.agency_id) for d in document.duties] == [
        ("Sở Công Thương", "so_cong_thuong"), ("Sở Tài chính", "so_tai_chinh"), ("Văn phòng HĐND tỉnh", None)]
    unknown = [w for w in document.warnings if w.code == "unknown_agency"]
    assert len(unknown) == 1 and "Văn phòng HĐND tỉnh" in unknown[0].message


def test_the_bodies_a_committee_gives_work_stay_its_given_ones():
    # not a subject holding a giving word: the given agencies after "giao" are read as before
    text = "UBND tỉnh giao Sở Kế hoạch và Đầu tư, Sở Công Thương tỉnh và UBND các huyện tăng cường kiểm tra.\n"
    assert [d.agency for d in extract_text(text).duties] == ["Sở Kế hoạch và Đầu tư", "Sở Công Thương tỉnh",
                                                             "UBND các huyện"]


@pytest.mark.parametrize("lead_in, lead_duty", [
    # a numbered point giving (directing) a body the dash items under it
    ("1. Sở Công Thương chỉ đạo Trung tâm Khuyến công:", ["so_cong_thuong"]),
    ("1. Sở Công Thương giao Trung tâm Khuyến công:", []),
])
def test_a_numbered_points_list_given_to_a_body(lead_in, lead_duty):
    text = ("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch khuyến công năm 2024.\nĐiều 2. Tổ chức thực hiện\n" + lead_in + "\n"
            "- Ký hợp đồng thực hiện đề án với các đơn vị thụ hưởng;\n"
            "- Kiểm tra, giám sát, nghiệm thu và thanh quyết toán kinh phí theo quy định.\n"
            "2. Sở Tài chính bố trí kinh phí.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n")
    duties = [(d.agency_id, d.text[:12]) for d in extract_text(text).duties]
    assert duties == [(agency, lead_in[3:15]) for agency in lead_duty] + [
        ("trung_tam_khuyen_cong", "Ký hợp đồng "), ("trung_tam_khuyen_cong", "Kiểm tra, gi"), ("so_tai_chinh", "Sở Tài chính")]
