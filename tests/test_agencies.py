"""Agency registry and matching: every variant resolves, near-misses match, misses do not."""

from __future__ import annotations

import sys

import pytest
from conftest import CORPUS

from khuyencong_extract import agencies
from khuyencong_extract.normalise import normalise
from khuyencong_extract.read import decode
from khuyencong_extract.agencies import THRESHOLD, latest, load_registry, match, registry, split_agencies

REGISTRY = registry()


def toml(*rows: str) -> str:
    """A tiny registry file from ``[[agency]]`` bodies."""
    return "\n".join(f"[[agency]]\n{row}\n" for row in rows)


def parts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_agencies(text)]


@pytest.mark.parametrize(
    ("agency_id", "name"),
    [(a.id, name) for a in REGISTRY.agencies.values() for name in (a.name, *a.variants)],
)
def test_every_name_and_variant_resolves_to_its_own_id(agency_id, name):
    assert match(name).id == agency_id


def test_registry_covers_levels_and_2025_succession():
    by_id = REGISTRY.agencies
    assert {a.level for a in by_id.values()} == agencies.LEVELS
    assert by_id["so_ke_hoach_dau_tu"].successor == "so_tai_chinh"
    assert by_id["so_nong_nghiep_ptnt"].successor == "so_nong_nghiep_moi_truong"
    assert by_id["so_tai_nguyen_moi_truong"].successor == "so_nong_nghiep_moi_truong"
    assert by_id["so_ke_hoach_dau_tu"].until == 2025
    assert by_id["so_nong_nghiep_moi_truong"].successor is None


@pytest.mark.parametrize(
    ("agency_id", "today"),
    [
        ("so_ke_hoach_dau_tu", "so_tai_chinh"),
        ("so_nong_nghiep_ptnt", "so_nong_nghiep_moi_truong"),
        ("so_tai_nguyen_moi_truong", "so_nong_nghiep_moi_truong"),
        ("cuc_cong_nghiep_dia_phuong", "cuc_cong_thuong_dia_phuong"),
        ("ban_dan_toc", "so_dan_toc_ton_giao"),
        ("so_cong_thuong", "so_cong_thuong"),
    ],
)
def test_latest_follows_succession(agency_id, today):
    assert latest(agency_id) == today


@pytest.mark.parametrize(
    ("name", "agency_id"),
    [
        ("Sở Công thương", "so_cong_thuong"),  # An Giang VII.2, Hưng Yên VI.2 ("Sở Công thương")
        ("Sở Công Thương tỉnh", "so_cong_thuong"),
        ("SCT", "so_cong_thuong"),
        ("Sở Công Thương Hà Tĩnh", "so_cong_thuong"),  # Hà Tĩnh news: province stripped
        ("Sở Công Thương tỉnh Đăk Nông", "so_cong_thuong"),  # a province's older spelling (provinces.csv)
        ("Sở Tài chính Bà Rịa - Vũng Tầu", "so_tai_chinh"),
        ("Sở Công Thương các tỉnh, thành phố trực thuộc trung ương", "so_cong_thuong"),  # directive 2.
        ("Sở NN&PTNT", "so_nong_nghiep_ptnt"),
        ("Sở Nông nghiệp và Phát triển nông thôn", "so_nong_nghiep_ptnt"),
        ("Sở Kế hoạch Đầu tư", "so_ke_hoach_dau_tu"),  # "và" missing: fuzzy
        ("Sở Công Thươg", "so_cong_thuong"),  # typo: fuzzy
        ("Báo An Giang", "bao_tinh"),
        ("Đài phát thanh truyền hình An Giang", "dai_phat_thanh_truyen_hinh"),
        ("Trung tâm Khuyến công và Xúc tiến thương mại (thuộc Sở Công Thương)", "trung_tam_khuyen_cong"),
        ("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", "trung_tam_khuyen_cong"),
        ("Trung tâm Xúc tiến Thương mại và Đầu tư", "trung_tam_xuc_tien_thuong_mai_dau_tu"),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "ubnd_tinh"),
        ("Uỷ ban nhân dân huyện, thị xã, thành phố", "ubnd_cap_huyen"),  # other tone convention
        ("UBND các xã, phường", "ubnd_cap_xa"),
        # the provincial council's bodies, which its resolutions give the supervision
        ("Thường trực HĐND tỉnh", "thuong_truc_hdnd_tinh"),
        ("các Ban của Hội đồng nhân dân tỉnh", "ban_hdnd_tinh"),
        ("Ban Kinh tế - Ngân sách HĐND tỉnh", "ban_hdnd_tinh"),
        ("các Tổ đại biểu", "dai_bieu_hdnd_tinh"),
        # a national text's plural: each province's department
        ("các Sở Công Thương", "so_cong_thuong"),
        ("Sở Công Thương các tỉnh, thành phố", "so_cong_thuong"),
        ("Sở Công Thương các địa phương", "so_cong_thuong"),
        ("các Trung tâm Khuyến công", "trung_tam_khuyen_cong"),
        # a district plan's own agencies: its communes, its offices
        ("UBND các xã, thị trấn", "ubnd_cap_xa"),
        ("Phòng Kinh tế và Hạ tầng huyện", "phong_kinh_te_ha_tang"),
        ("Phòng Kinh tế - Hạ tầng", "phong_kinh_te_ha_tang"),
        ("Phòng Tài chính - Kế hoạch", "phong_tai_chinh_ke_hoach"),
        # ... named with its district (a district's committee is not: "UBND huyện" is an agency of its own)
        ("Phòng Kinh tế và Hạ tầng huyện Vạn Ninh", "phong_kinh_te_ha_tang"),
        ("Phòng Tài chính – Kế hoạch huyện Vĩnh Linh", "phong_tai_chinh_ke_hoach"),
        ("Hiệp hội Doanh nghiệp nhỏ và vừa", "hiep_hoi_dnnvv"),
        ("Hiệp hội Doanh nghiệp tỉnh", "hiep_hoi_doanh_nghiep"),
        ("Tỉnh Đoàn thanh niên", "tinh_doan"),
        ("Các sở, ngành liên quan khác", "cac_so_nganh"),  # Hưng Yên VI.5
        ("Cục Công Thương địa phương", "cuc_cong_thuong_dia_phuong"),
        ("Cục CNĐP", "cuc_cong_nghiep_dia_phuong"),  # Tuyên Quang "Nơi nhận"
        # the bodies a plan's organisation section asks to take part, named with their province
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hưng Yên", "uy_ban_mttq_tinh"),
        ("UB MTTQ", "uy_ban_mttq_tinh"),  # Tuyên Quang "Nơi nhận": "UB MTTQ và các Đoàn thể của tỉnh"
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Tuyên Quang", "tinh_doan"),
        ("Hội Doanh nghiệp nhỏ và vừa tỉnh Phú Thọ", "hiep_hoi_dnnvv"),
        ("Ngân hàng Nhà nước Chi nhánh tỉnh An Giang", "ngan_hang_nha_nuoc"),
        ("Ngân hàng Nhà nước Khu vực 5", "ngan_hang_nha_nuoc"),  # 2025's regional branch: fuzzy
        ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh Hà Tĩnh", "ngan_hang_chinh_sach_xa_hoi"),
        ("Kho bạc Nhà nước Tuyên Quang", "kho_bac_nha_nuoc"),
        ("Cục Thuế tỉnh Bắc Giang", "cuc_thue"),
        ("Ban Quản lý Khu kinhtế", "ban_quan_ly_khu_kinh_te"),  # Quảng Bình 2384, Điều 3 (words run together)
        ("Ban Quản lý các khu công nghiệp tỉnh Hưng Yên", "ban_quan_ly_khu_cong_nghiep"),
        ("Văn phòng UBND tỉnh Quảng Bình", "van_phong_ubnd_tinh"),
        ("Sở Dân tộc và Tôn giáo tỉnh Tuyên Quang", "so_dan_toc_ton_giao"),
        ("Sở Du lịch Quảng Ninh", "so_du_lich"),
        # Phú Thọ 1648/2015, Điều 3: its centre's name and its districts and towns
        ("Trung tâm Khuyến công, Tư vấn và Tiết kiệm năng lượng tỉnh", "trung_tam_khuyen_cong"),
        ("UBND các huyện, thành, thị", "ubnd_cap_huyen"),
        ("Trung tâm KC&XTTM", "trung_tam_khuyen_cong"),  # Bắc Giang 427/2021, Thừa Thiên Huế news
    ],
)
def test_near_misses_resolve(name, agency_id):
    assert match(name).id == agency_id


@pytest.mark.parametrize(
    "name",
    ["Sở Giao thông vận tải", "Sở Xây dựng", "Sở Y tế", "Sở Tư pháp", "Phòng Tư pháp", "Hội Cựu chiến binh",
     "Trung tâm Y tế", "ST", "Bộ Tài chính"],
)
def test_clear_misses_get_no_id(name):
    result = match(name)
    assert result.agency is None
    assert result.score < THRESHOLD or result.score == 0.0


def test_the_two_offices_of_the_economy_stay_apart():
    # a town's or a city's "Phòng Kinh tế" and a rural district's "Phòng Kinh tế và Hạ tầng" (Y35's E6, E7)
    assert match("Phòng Kinh tế").id == "phong_kinh_te"
    assert match("Phòng Kinh tế thị xã").id == "phong_kinh_te"
    assert match("Phòng Kinh tế và Hạ tầng").id == "phong_kinh_te_ha_tang"
    assert match("Phòng Kinh tế - Hạ tầng").id == "phong_kinh_te_ha_tang"


def test_fuzzy_match_reports_its_score():
    typo = match("Sở Công Thươg")
    assert THRESHOLD <= typo.score < 100
    assert match("Sở Giao thông vận tải").score < THRESHOLD


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Báo An Giang, Đài phát thanh truyền hình An Giang",
         ["Báo An Giang", "Đài phát thanh truyền hình An Giang"]),
        ("Các Sở, ngành, Liên minh Hợp tác xã tỉnh, Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn "
         "thanh niên, Hiệp hội Doanh nghiệp tỉnh, Hiệp hội Doanh nghiệp nhỏ và vừa",
         ["Các Sở, ngành", "Liên minh Hợp tác xã tỉnh", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
          "Tỉnh Đoàn thanh niên", "Hiệp hội Doanh nghiệp tỉnh", "Hiệp hội Doanh nghiệp nhỏ và vừa"]),
        ("Các sở, ngành liên quan khác, các tổ chức đoàn thể, chính trị - xã hội",
         ["Các sở, ngành liên quan khác", "các tổ chức đoàn thể, chính trị - xã hội"]),
        ("Hiệp hội doanh nghiệp tỉnh, Liên minh Hợp tác xã tỉnh",
         ["Hiệp hội doanh nghiệp tỉnh", "Liên minh Hợp tác xã tỉnh"]),
        ("Sở Kế hoạch và Đầu tư", ["Sở Kế hoạch và Đầu tư"]),
        ("Ủy ban nhân dân huyện, thị xã, thành phố", ["Ủy ban nhân dân huyện, thị xã, thành phố"]),
        ("Sở Công Thương và Sở Tài chính", ["Sở Công Thương", "Sở Tài chính"]),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
         ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"]),
    ],
)
def test_split_agencies(heading, expected):
    assert parts(heading) == expected


def test_tuyen_quang_heading_names_seven_bodies():
    heading = ("Các Sở, ngành, Liên minh Hợp tác xã tỉnh, Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn "
               "thanh niên, Hiệp hội Doanh nghiệp tỉnh, Hiệp hội Doanh nghiệp nhỏ và vừa")
    assert [match(p).id for p in parts(heading)] == [
        "cac_so_nganh", "lien_minh_htx", "hoi_nong_dan", "hoi_lien_hiep_phu_nu", "tinh_doan",
        "hiep_hoi_doanh_nghiep", "hiep_hoi_dnnvv",
    ]


@pytest.mark.parametrize(
    ("rows", "error"),
    [
        (['id = "a"\nname = "Sở Công Thương"\nlevel = "province"',
          'id = "b"\nname = "Sở Công thương tỉnh"\nlevel = "province"'], "same key"),
        (['id = "a"\nname = "Sở A"\nlevel = "province"\nsuccessor = "z"'], "unknown successor"),
        (['id = "a"\nname = "Sở A"\nlevel = "galaxy"'], "unknown level"),
        (['id = "a"\nname = "Sở A"\nlevel = "province"', 'id = "a"\nname = "Sở B"\nlevel = "province"'], "twice"),
    ],
)
def test_registry_rejects_inconsistent_files(rows, error):
    with pytest.raises(ValueError, match=error):
        load_registry(toml(*rows))


_DASHED = load_registry(toml('id = "kt"\nname = "Phòng Kinh tế"\nlevel = "district"',
                             'id = "kt_ht"\nname = "Phòng Kinh tế - Hạ tầng"\nlevel = "district"',
                             'id = "tt"\nname = "Trung tâm Khuyến công"\nlevel = "province"'))


@pytest.mark.parametrize(
    ("name", "whole"),
    [
        ("Trung tâm Khuyến công tỉnh", True),
        ("Phòng Kinh tế - Hạ tầng", True),
        ("Phòng Kinh tế", False),  # the words of "Phòng Kinh tế - Hạ tầng" before its dash
        ("Trung tâm Khuyến công và Xúc tiến", False),  # no registry name
    ],
)
def test_a_whole_name_is_no_name_s_words_before_its_dash(name, whole):
    assert _DASHED.is_whole_name(name) is whole


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Uỷ ban nhân dân các huyện, Sở Tài chính", ["Uỷ ban nhân dân các huyện", "Sở Tài chính"]),  # new-style tones
        ("UỶ BAN NHÂN DÂN TỈNH, SỞ CÔNG THƯƠNG", ["UỶ BAN NHÂN DÂN TỈNH", "SỞ CÔNG THƯƠNG"]),
        ("Ủy ban nhân dân tỉnh và Sở Kế hoạch và Đầu tư", ["Ủy ban nhân dân tỉnh", "Sở Kế hoạch và Đầu tư"]),
    ],
)
def test_agency_heads_are_found_whatever_the_tone_placement(text, names):
    assert [text[start:end] for start, end in agencies.split_agencies(text)] == names


@pytest.mark.parametrize(
    ("left", "right"),
    [("Uỷ ban nhân dân tỉnh Hoà Bình", "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH"), ("Sở Công thương", "SỞ CÔNG THƯƠNG")],
)
def test_fold_in_use_keeps_offsets_and_unifies_case_and_tones(left, right):
    assert agencies.fold(left) == agencies.fold(right)
    assert len(agencies.fold_text(left)) == len(left)



def _fold_text_without_table(text: str, monkeypatch) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(agencies, "TABLE_LOWER_MIN", sys.maxsize)  # an int, as the compiled module reads it
        return agencies.fold_text(text)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_fold_text_by_table_as_without_it(path, monkeypatch):
    """`fold_text` lower-cases a document's clean text by table: as ``lower()`` does."""
    text = normalise(decode(path.read_bytes()).text).text.text
    assert agencies._table_lower(text) == text.lower()
    assert agencies.fold_text(text) == _fold_text_without_table(text, monkeypatch)


@pytest.mark.parametrize("odd", ["İ", "Σ", "ς", "\u2000", "e\u0301", "\U0001d400", "\x00", "µ", "ǅ", "\ud800", "Ω"])
def test_fold_text_of_other_characters_as_without_table(odd, monkeypatch):
    """A character outside the table (a combining mark, one NFC changes, one whose lower case
    is longer or depends on its neighbours, one outside the BMP) leaves the text to ``lower()``."""
    text = "Sở Công Thương tỉnh An Giang " * 100 + odd
    assert agencies._table_lower(text) in (None, text.lower())
    assert agencies.fold_text(text) == _fold_text_without_table(text, monkeypatch)
