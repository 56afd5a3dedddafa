"""The HTML report, built from Documents made here out of real corpus passages.

The Documents are written by hand (small factories below) so these tests do not depend
on the extractors, which are still being built: each item's span is the offset of a
passage quoted from the corpus file.
"""

from __future__ import annotations

import os
import stat
import threading
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import AN_GIANG, DIRECTIVE, HA_TINH, HUNG_YEN, TUYEN_QUANG, corpus_text

from khuyencong_extract import cli, extract_text, report
from khuyencong_extract.models import (
    BudgetItem, Citation, Document, Duty, Manifest, ManifestEntry, Metadata, Section, Source, Target, Warning,
)
from khuyencong_extract.read import sha256_of
from khuyencong_extract.write import write_document, write_manifest

AG = "an-giang_2080-qd-ubnd_2022"
TQ = "tuyen-quang_69-qd-ubnd_2016"

# --- factories ---------------------------------------------------------------------------


def span_in(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Span of the ``nth`` occurrence of ``phrase`` in ``text`` (the phrase must be there)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def source_of(path: Path) -> Source:
    raw = path.read_bytes()
    return Source(path=str(path), sha256=sha256_of(raw), encoding="utf-8", chars=len(raw.decode("utf-8")))


def make_doc(path: Path, doc_id: str, province: str | None, period=(None, None), **items) -> Document:
    meta = Metadata(province=province, period_start=period[0], period_end=period[1], title=items.pop("title", None))
    return Document(doc_id=doc_id, source=source_of(path), metadata=meta, **items)


def target(path: Path, phrase: str, value: float, unit: str, category: str, nth: int = 0, **extra) -> Target:
    return Target(value=value, unit=unit, text=phrase, category=category, kind=extra.pop("kind", "count"),
                  span=span_in(corpus_text(path), phrase, nth), **extra)


def budget(path: Path, phrase: str, amount: int, label: str | None) -> BudgetItem:
    return BudgetItem(amount_vnd=amount, amount_text=phrase, label=label, span=span_in(corpus_text(path), phrase))


def citation(path: Path, phrase: str, doc_type: str, number: str, role: str = "basis", raw: str | None = None) -> Citation:
    return Citation(role=role, doc_type=doc_type, number=number, number_raw=raw or number,
                    span=span_in(corpus_text(path), phrase))


def duty(path: Path, phrase: str, agency: str, agency_id: str | None) -> Duty:
    return Duty(agency=agency, agency_id=agency_id, text=phrase, span=span_in(corpus_text(path), phrase))


def section(path: Path, sid: str, marker: str, heading: str, start_phrase: str, end_phrase: str, level: int = 0) -> Section:
    text = corpus_text(path)
    start = span_in(text, start_phrase)[0]
    return Section(id=sid, marker=marker, heading=heading, level=level, kind="content",
                   span=(start, text.index(end_phrase, start)))


def an_giang_doc() -> Document:
    """An Giang 2080/QĐ-UBND: targets of part IV, a repaired citation, a duty, a warning."""
    p = AN_GIANG
    return make_doc(
        p, "an-giang_2080-qd-ubnd_2022", "An Giang", (2021, 2025),
        title="Phê duyệt Chương trình Khuyến công tỉnh An Giang giai đoạn 2021 - 2025",
        sections=[section(p, "IV", "IV.", "NỘI DUNG CHƯƠNG TRÌNH GIAI ĐOẠN 2021-2025", "IV. NỘI DUNG", "V. GIẢI PHÁP"),
                  section(p, "IV.1", "1.", "Đào tạo nghề, truyền nghề", "1. Đào tạo nghề", "2. Hỗ trợ xây dựng mô hình", 1)],
        targets=[target(p, "50 lớp", 50, "lớp", "training", section_id="IV.1"),
                 target(p, "700 lao động", 700, "lao động", "training", section_id="IV.1"),
                 target(p, "02 mô hình", 2, "mô hình", "demonstration_technology", section_id="IV"),
                 target(p, "12 lớp", 12, "lớp", "programme_capacity", section_id="IV")],
        citations=[citation(p, "Nghị định số\n45/2012/NĐ-CP", "Nghị định", "45/2012/NĐ-CP"),
                   citation(p, "Thông tư số 20/2017/TT0BCT", "Thông tư", "20/2017/TT-BCT", raw="20/2017/TT0BCT"),
                   citation(p, "Quyết định số 23/2019/QĐ-UBND", "Quyết định", "23/2019/QĐ-UBND", role="mention")],
        duties=[duty(p, "Sở Tài chính phối hợp với Sở Công thương", "Sở Tài chính", "so_tai_chinh")],
        warnings=[Warning(code="citation_number_repaired", message="20/2017/TT0BCT read as 20/2017/TT-BCT",
                          span=span_in(corpus_text(p), "20/2017/TT0BCT"))],
    )


def tuyen_quang_doc() -> Document:
    """Tuyên Quang 69/QĐ-UBND: 05 models stated in 1.2 and restated in 3.2; the budget of part IV."""
    p = TUYEN_QUANG
    return make_doc(
        p, "tuyen-quang_69-qd-ubnd_2016", "Tuyên Quang", (2016, 2020),
        targets=[target(p, "05 mô hình", 5, "mô hình", "demonstration_technology"),
                 target(p, "5 mô hình", 5, "mô hình", "demonstration_technology", nth=1, restates=0),
                 target(p, "500 lao động", 500, "lao động", "training"),
                 target(p, "70%", 70, "%", "training", kind="percent", qualifier="tối thiểu")],
        budget=[budget(p, "27,377 tỷ đồng", 27_377_000_000, "Tổng kinh phí thực hiện Chương trình"),
                budget(p, "18,877 tỷ đồng", 18_877_000_000, "Kinh phí dành cho các hoạt động khuyến công"),
                budget(p, "8,5 tỷ đồng", 8_500_000_000, "Kinh phí đầu tư xây dựng trụ sở")],
        citations=[citation(p, "45/2012/NĐ-CP", "Nghị định", "45/2012/NĐ-CP")],
        duties=[duty(p, "Sở Tài chính", "Sở Tài chính", "so_tai_chinh")],
    )


def hung_yen_doc() -> Document:
    """Hưng Yên 1966/QĐ-UBND: the repeated header states "5 mô hình" twice."""
    p = HUNG_YEN
    return make_doc(
        p, "hung-yen_1966-qd-ubnd_2025", "Hưng Yên", (2026, 2030),
        targets=[target(p, "5 mô hình", 5, "mô hình", "demonstration_technology"),
                 target(p, "5 mô hình", 5, "mô hình", "demonstration_technology", nth=1, restates=0),
                 target(p, "119 cơ sở", 119, "cơ sở", "demonstration_technology")],
    )


class Segments(HTMLParser):
    """Rebuild the text of a rendered source, with the offsets each mark id covers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.pos = 0
        self.stack: list[list[str]] = []
        self.covered: dict[str, list[int]] = {}

    def handle_starttag(self, tag, attrs):
        ids = (dict(attrs).get("data-m") or "").split()
        self.stack.append(ids)
        for item in ids:
            self.covered.setdefault(item, [self.pos, self.pos])

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        self.pos += len(data)
        for ids in self.stack:
            for item in ids:
                self.covered[item][1] = self.pos


def parse_source(html: str) -> Segments:
    parser = Segments()
    parser.feed(html)
    parser.close()
    return parser


def marks_for(doc: Document) -> list[report.Mark]:
    return report.item_marks(doc, corpus_text(Path(doc.source.path)))


# --- the highlighted source ---------------------------------------------------------------


def test_every_item_is_highlighted_exactly_at_its_span():
    doc = an_giang_doc()
    text = corpus_text(AN_GIANG)
    parsed = parse_source(report.render_source(text, marks_for(doc)))
    assert "".join(parsed.text) == text
    for kind, items in (("t", doc.targets), ("c", doc.citations), ("d", doc.duties)):
        for i, item in enumerate(items):
            start, end = item.span
            assert parsed.covered[f"{kind}{i}"] == [start, end], (kind, i)
    assert parsed.covered["w0"] == list(doc.warnings[0].span)


@pytest.mark.parametrize("marker, heading, start_phrase, expected_end", [
    # hard-wrapped in the An Giang source: "IV. NỘI DUNG\nCHƯƠNG TRÌNH GIAI ĐOẠN 2021-2025"
    ("IV.", "NỘI DUNG CHƯƠNG TRÌNH GIAI ĐOẠN 2021-2025", "IV. NỘI DUNG", "GIAI ĐOẠN 2021-2025\n1. Đào"),
    ("V.", "GIẢI PHÁP THỰC HIỆN", "V. GIẢI PHÁP", "THỰC HIỆN\n1. Tăng"),
    ("4.", "Sở Nông nghiệp và Phát triển nông thôn", "4. Sở Nông nghiệp", "triển nông thôn\na) Chủ trì"),
])
def test_section_heading_highlight_ends_with_the_heading(marker, heading, start_phrase, expected_end):
    text = corpus_text(AN_GIANG)
    start = span_in(text, start_phrase)[0]
    end = report.heading_end(text, start, len(text), f"{marker} {heading}")
    assert end == text.index(expected_end, start) + expected_end.index("\n")


def test_a_section_that_is_only_its_heading_marks_only_its_marker():
    p = AN_GIANG  # "a) Hỗ trợ xây dựng 02 mô hình\ntrình diễn kỹ thuật áp dụng công nghệ mới, sản phẩm mới."
    item = section(p, "IV.2.a", "a)", "Hỗ trợ xây dựng 02 mô hình trình diễn kỹ thuật áp dụng công nghệ mới, sản phẩm mới.",
                   "a) Hỗ trợ xây dựng 02 mô hình", "\nb) Hỗ trợ chuyển giao", level=2)
    heading = section(p, "IV.1", "1.", "Đào tạo nghề, truyền nghề", "1. Đào tạo nghề", "2. Hỗ trợ xây dựng mô hình", 1)
    doc = make_doc(p, "an-giang", "An Giang", sections=[heading, item])
    text = corpus_text(p)
    marks = {m.item: text[m.start:m.end] for m in report.item_marks(doc, text)}
    assert marks == {"s0": "1. Đào tạo nghề, truyền nghề", "s1": "a)"}


def test_a_span_that_does_not_show_the_item_text_is_flagged():
    good = target(AN_GIANG, "50 lớp", 50, "lớp", "training")
    moved = good.model_copy(update={"span": span_in(corpus_text(AN_GIANG), "700 lao động")})
    doc = make_doc(AN_GIANG, "an-giang", "An Giang", targets=[good, moved])
    details = [m.detail for m in marks_for(doc)]
    assert not details[0].startswith("⚠")
    assert details[1].startswith("⚠ the source here reads '700 lao động'")


def test_section_heading_written_decomposed_in_the_source():
    source = unicodedata.normalize("NFD", "1. Đào tạo nghề, truyền nghề") + "\nTổ chức 50 lớp đào tạo nghề và"
    end = report.heading_end(source, 0, len(source), "1. Đào tạo nghề, truyền nghề")
    assert source[end:].startswith("\nTổ chức")


def test_nested_and_overlapping_spans_split_into_flat_pieces():
    text = corpus_text(AN_GIANG)
    outer = span_in(text, "Tổ chức 50 lớp đào tạo nghề")  # an objective around a target
    inner = span_in(text, "50 lớp")
    cite = span_in(text, "Thông tư số 20/2017/TT0BCT")  # a citation overlapping a warning
    warn = span_in(text, "20/2017/TT0BCT ngày 29 tháng")
    marks = [report.Mark("o0", "objective", *outer, "o"), report.Mark("t0", "target", *inner, "t"),
             report.Mark("c0", "citation", *cite, "c"), report.Mark("w0", "warning", *warn, "w")]
    pieces = {text[a:b]: [m.item for m in active] for a, b, active in report.segments(len(text), marks) if active}
    assert pieces["Tổ chức "] == ["o0"]
    assert pieces["50 lớp"] == ["o0", "t0"]
    assert pieces[" đào tạo nghề"] == ["o0"]
    assert pieces["Thông tư số "] == ["c0"]
    assert pieces["20/2017/TT0BCT"] == ["c0", "w0"]
    assert pieces[" ngày 29 tháng"] == ["w0"]
    parsed = parse_source(report.render_source(text, marks))
    assert {k: tuple(v) for k, v in parsed.covered.items()} == {"o0": outer, "t0": inner, "c0": cite, "w0": warn}


@pytest.mark.parametrize("first_duty, second_duty, seam", [
    # Hà Tĩnh: two duties of Sở Công Thương in one paragraph, spans touching
    ("Chủ trì phân bổ dự toán kinh phí cho các đơn vị triển khai thực hiện kế hoạch khuyến công địa phương năm 2020. ",
     "Chủ trì, phối hợp với các sở ngành có liên quan", True),
    # the same duties with the space between them left unmarked: no seam needed
    ("Chủ trì phân bổ dự toán kinh phí cho các đơn vị triển khai thực hiện kế hoạch khuyến công địa phương năm 2020.",
     "Chủ trì, phối hợp với các sở ngành có liên quan", False),
])
def test_touching_items_of_one_kind_show_a_seam(first_duty, second_duty, seam):
    text = corpus_text(HA_TINH)
    marks = [report.Mark("d0", "duty", *span_in(text, first_duty), "d"),
             report.Mark("d1", "duty", *span_in(text, second_duty), "d")]
    html = report.render_source(text, marks)
    assert '<span class="m k-duty" data-m="d0">Chủ trì phân bổ' in html
    assert ('<span class="m k-duty start" data-m="d1">' in html) is seam
    assert ('<span class="m k-duty" data-m="d1">' in html) is not seam


def test_offsets_are_python_characters_not_utf16_units():
    clause = "Tổ chức 50 lớp đào tạo nghề và"
    text = "🏭𝐀 " + clause  # two characters outside the BMP: two UTF-16 units each in a browser
    start = text.index("50 lớp")
    parsed = parse_source(report.render_source(text, [report.Mark("t0", "target", start, start + 6, "50 lớp")]))
    assert parsed.covered["t0"] == [start, start + 6]
    assert "".join(parsed.text)[start:start + 6] == "50 lớp"


@pytest.mark.parametrize("path, passage, nth, code, dropped", [
    # the second copy of the Hưng Yên header block, left out of the clean text: greyed
    (HUNG_YEN, "a) Tập trung hỗ trợ xây dựng mô hình trình diễn kỹ thuật, ứng dụng máy móc thiết bị dây chuyền "
               "công nghệ tiên tiến, ứng dụng tiến bộ khoa học kỹ thuật vào sản xuất công nghiệp - tiểu thủ công "
               "nghiệp. Hỗ trợ xây dựng 5 mô hình trình diễn kỹ thuật;", 1, "repeated_block_removed", True),
    # a long citation whose number was repaired: underlined, still read
    (AN_GIANG, "Thông tư số 20/2017/TT0BCT ngày 29 tháng\n9 năm 2017 của Bộ Công Thương về việc sửa đổi, bổ sung "
               "một số điều của Thông tư\n46/2012/TT-BCT", 0, "citation_number_repaired", False),
    # characters lost in the directive ("phối hp"): underlined
    (DIRECTIVE, "phối hp", 0, "encoding_repaired", False),
])
def test_dropped_text_is_greyed_other_warnings_underlined(path, passage, nth, code, dropped):
    text = corpus_text(path)
    start, end = span_in(text, passage, nth)
    html = report.render_source(text, [report.Mark("w0", "warning", start, end, code)])
    assert (' dropped" data-m="w0"' in html) is dropped
    assert parse_source(html).covered["w0"] == [start, end]


def test_a_warning_about_the_whole_text_is_listed_not_drawn():
    text = corpus_text(DIRECTIVE)
    doc = make_doc(DIRECTIVE, "bo-cong-thuong_chi-thi_2021", None, warnings=[
        Warning(code="damaged_text", message="16 of 1147 words are no valid Vietnamese syllable", span=(0, len(text))),
        Warning(code="text_repaired", message="phối hp -> phối hợp", span=span_in(text, "phối hp")),
    ])
    view = report.render_document(doc, report.read_source(doc))
    assert [m.item for m in marks_for(doc)] == ["w1"]
    assert '<li class="it k-warning"><i class="sw"></i><code>damaged_text</code>' in view
    assert '<li class="it k-warning" data-item="w1" tabindex="0">' in view
    assert 'data-m="w1">phối hp</span>' in view


def test_point_warning_becomes_an_empty_anchor():
    text = corpus_text(AN_GIANG)
    at = text.index("TT0BCT") + 2
    html = report.render_source(text, [report.Mark("w0", "warning", at, at, "citation_number_repaired")])
    assert '<span class="m k-warning point" data-m="w0"' in html
    assert "".join(parse_source(html).text) == text


# --- escaping ------------------------------------------------------------------------------


def test_source_and_item_text_are_escaped(tmp_path):
    clause = "Tổ chức 50 lớp đào tạo nghề và <script>alert('x')</script> </template><b>đậm</b> & co"
    path = tmp_path / "hostile.txt"
    path.write_text(clause, "utf-8")
    doc = Document(
        doc_id="hostile", source=source_of(path),
        metadata=Metadata(title="</template><script>alert(1)</script>", province="<i>An Giang</i>"),
        targets=[Target(value=50, unit="lớp", text="50 lớp<script>", category="training", kind="count",
                        span=span_in(clause, "<script>alert('x')</script>"))],
    )
    out = tmp_path / "out"
    write_document(doc, out)
    html = report.build_report(out)
    assert "<script>alert" not in html
    assert "</template><b>" not in html and "<i>An Giang" not in html
    assert "&lt;script&gt;alert('x')&lt;/script&gt;</span> &lt;/template&gt;&lt;b&gt;đậm&lt;/b&gt; &amp; co" in html
    assert html.count("<script>") == 1  # the page's own script only
    view = report.render_document(doc, report.read_source(doc))
    body = view[view.index('<div class="src"'):]
    parsed = parse_source(body[body.index(">") + 1:body.rindex("</div></div></article>")])
    assert "".join(parsed.text) == clause
    assert parsed.covered["t0"] == list(doc.targets[0].span)


# --- sources -------------------------------------------------------------------------------


def test_source_missing_or_changed_is_said_and_items_still_listed(tmp_path):
    moved = an_giang_doc().model_copy(update={"source": source_of(AN_GIANG).model_copy(update={"path": str(tmp_path / "gone.txt")})})
    missing = report.read_source(moved)
    assert missing.text is None and "not found" in missing.note
    view = report.render_document(moved, missing)
    assert "Source text not available" in view and "50 lớp" in view
    assert "data-item=" not in view  # nothing to scroll to

    changed = tmp_path / "an-giang.txt"
    changed.write_text(corpus_text(AN_GIANG).replace("50 lớp", "55 lớp"), "utf-8")
    edited = moved.model_copy(update={"source": moved.source.model_copy(update={"path": str(changed)})})
    stale = report.read_source(edited)
    assert stale.text is None and "sha256 differs" in stale.note


def test_relative_source_path_is_read_from_the_current_directory(monkeypatch):
    doc = an_giang_doc()
    doc = doc.model_copy(update={"source": doc.source.model_copy(update={"path": "corpus/" + AN_GIANG.name})})
    monkeypatch.chdir(AN_GIANG.parent.parent)
    loaded = report.read_source(doc)
    assert loaded.note is None
    assert loaded.text[slice(*doc.targets[0].span)] == "50 lớp"


def test_source_root_finds_a_source_named_relative_to_another_folder(tmp_path, monkeypatch):
    doc = an_giang_doc()
    doc = doc.model_copy(update={"source": doc.source.model_copy(update={"path": AN_GIANG.name})})
    monkeypatch.chdir(tmp_path)
    assert report.read_source(doc).text is None
    loaded = report.read_source(doc, [AN_GIANG.parent])
    assert loaded.note is None and loaded.text[slice(*doc.targets[1].span)] == "700 lao động"


def test_output_folder_with_a_broken_json_and_a_failed_input(tmp_path, caplog):
    out = tmp_path / "out"
    write_document(an_giang_doc(), out)
    (out / "json" / "broken.json").write_text('{"doc_id": "x"}', "utf-8")
    write_manifest(Manifest(pipeline_version="0.1.0", entries=[
        ManifestEntry(path="corpus/scan.pdf", status="failed", error="binary input (NUL bytes), not a text document")]), out)
    loaded = report.load_output(out)
    assert [d.doc_id for d in loaded.docs] == ["an-giang_2080-qd-ubnd_2022"]
    assert loaded.problems and loaded.problems[0].startswith("broken.json")
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == loaded.problems  # told, not only in the page
    html = report.build_report(out)
    assert "corpus/scan.pdf: binary input" in html and "1 input(s) failed" in html
    with pytest.raises(report.ReportError):
        report.load_output(tmp_path / "nowhere")


# --- cross-province ---------------------------------------------------------------------------


def test_groups_are_province_and_period():
    ha_tinh = make_doc(HA_TINH, "ha-tinh_ke-hoach_2020", "Hà Tĩnh", (2020, 2020))  # "Kế hoạch khuyến công ... năm 2020"
    groups = report.group_documents([tuyen_quang_doc(), an_giang_doc(), hung_yen_doc(), ha_tinh])
    assert [g.label for g in groups] == [
        "An Giang 2021–2025", "Hà Tĩnh 2020", "Hưng Yên 2026–2030", "Tuyên Quang 2016–2020"]


def test_target_totals_count_a_restated_target_once_and_never_sum_percents():
    groups = report.group_documents([an_giang_doc(), hung_yen_doc(), tuyen_quang_doc()])
    ag, hy, tq = (g.index for g in groups)
    totals = report.target_totals(groups)
    models = totals[("demonstration_technology", "mô hình")]
    assert {g: models[g].show() for g in models} == {ag: "2", hy: "5", tq: "5"}
    assert totals[("training", "lớp")][ag].show() == "50"
    assert totals[("programme_capacity", "lớp")][ag].show() == "12"
    assert totals[("training", "lao động")][tq].show() == "500"
    assert totals[("training", "%")][tq].show() == "tối thiểu 70%"


def test_target_totals_leave_out_figures_reported_as_done():
    """A total compares promises: a figure the text reports as done is left out of it."""
    doc = tuyen_quang_doc()
    trained = next(i for i, t in enumerate(doc.targets) if (t.category, t.unit) == ("training", "lao động"))
    targets = [t.model_copy(update={"achieved": True}) if i == trained else t for i, t in enumerate(doc.targets)]
    groups = report.group_documents([doc.model_copy(update={"targets": targets})])
    totals = report.target_totals(groups)
    assert ("training", "lao động") not in totals
    assert totals[("training", "%")][groups[0].index].show() == "tối thiểu 70%"


def test_each_target_cell_links_to_its_first_target():
    groups = report.group_documents([an_giang_doc(), tuyen_quang_doc()])
    html = report.render_targets(groups)
    assert '<a href="#doc=an-giang_2080-qd-ubnd_2022&amp;item=t0">50</a>' in html  # 50 lớp
    assert '<a href="#doc=tuyen-quang_69-qd-ubnd_2016&amp;item=t0">5</a>' in html  # 05 mô hình, restated once
    assert '<a href="#doc=tuyen-quang_69-qd-ubnd_2016&amp;item=t3">tối thiểu 70%</a>' in html


@pytest.mark.parametrize("doc_type, number, issuer, national", [
    ("Nghị định", "45/2012/NĐ-CP", None, True),
    ("Thông tư", "20/2017/TT-BCT", None, True),
    ("Thông tư liên tịch", "26/2014/TTLT-BTC-BCT", None, True),
    ("Quyết định", "1881/QĐ-TTg", None, True),
    ("Luật", None, None, True),
    ("Quyết định", "23/2019/QĐ-UBND", "Ủy ban nhân dân tỉnh An Giang", False),
    ("Tờ trình", "213/TTr-SCT", None, False),
    ("Công văn", "68/STC-HCSN", None, False),
    ("Quyết định", None, "Thủ tướng Chính phủ", True),
])
def test_national_documents(doc_type, number, issuer, national):
    assert report.is_national(doc_type, number, issuer) is national


def test_citation_matrix_and_agency_duties():
    groups = report.group_documents([an_giang_doc(), tuyen_quang_doc()])
    ag, tq = (g.index for g in groups)
    matrix = report.citation_matrix(groups)
    assert {k: dict(v) for k, v in matrix.items()} == {
        "Nghị định · 45/2012/NĐ-CP": {ag: {"basis": f"#doc={AG}&item=c0"}, tq: {"basis": f"#doc={TQ}&item=c0"}},
        "Thông tư · 20/2017/TT-BCT": {ag: {"basis": f"#doc={AG}&item=c1"}},
    }  # 23/2019/QĐ-UBND is the province's own decision: not in the matrix
    duties = report.agency_duties(groups)
    assert list(duties) == ["Sở Tài chính"]  # the registry's name for so_tai_chinh
    assert {g: (t.count, t.first) for g, t in duties["Sở Tài chính"].items()} == {
        ag: (1, f"#doc={AG}&item=d0"), tq: (1, f"#doc={TQ}&item=d0")}


def test_headline_budget_is_the_labelled_total():
    doc = tuyen_quang_doc()
    assert doc.budget[report.headline_budget(doc)].amount_text == "27,377 tỷ đồng"
    assert report.headline_budget(an_giang_doc()) is None


def test_headline_budget_leaves_out_money_reported_as_spent():
    """A news report of a programme's plan and of what the years before it spent: the plan's
    total is the headline, and a text reporting only money spent has none."""
    doc = extract_text("Giai đoạn 2016 - 2020, tỉnh đã triển khai 66 đề án với tổng kinh phí trên 51,154 tỷ đồng. "
                       "Giai đoạn 2021 - 2025, tổng kinh phí thực hiện chương trình là 40 tỷ đồng.")
    assert [(b.amount_text, b.achieved) for b in doc.budget] == [("51,154 tỷ đồng", True), ("40 tỷ đồng", False)]
    assert report.headline_budget(doc) == 1
    assert report.headline_budget(extract_text("Năm 2022, tỉnh đã hỗ trợ 19 cơ sở với tổng kinh phí 2 tỷ đồng.")) is None


@pytest.mark.parametrize("value, shown", [(27_377_000_000, "27.377.000.000"), (8.5, "8,5"), (2400, "2.400"), (3.4, "3,4"), (0, "0")])
def test_numbers_are_shown_the_vietnamese_way(value, shown):
    assert report.fmt_number(value) == shown


# --- the page and the command --------------------------------------------------------------


def test_report_command_writes_one_self_contained_page(tmp_path):
    out = tmp_path / "out"
    for doc in (an_giang_doc(), hung_yen_doc(), tuyen_quang_doc()):
        write_document(doc, out)
    html_path = tmp_path / "report.html"
    assert cli.main(["report", str(out), "--html", str(html_path)]) == 0
    html = html_path.read_text("utf-8")
    for doc_id in ("an-giang_2080-qd-ubnd_2022", "hung-yen_1966-qd-ubnd_2025", "tuyen-quang_69-qd-ubnd_2016"):
        assert f'<template id="tpl-{doc_id}">' in html
    assert "http://" not in html and "https://" not in html and " src=" not in html
    assert "<svg" in html and "27.377.000.000" in html
    assert cli.main(["report", str(tmp_path / "missing"), "--html", str(html_path)]) == 2


@pytest.mark.parametrize("where", ["a folder", "under a file"])
def test_report_to_a_path_that_cannot_be_written_is_one_line(tmp_path, capsys, where):
    out = tmp_path / "out"
    write_document(an_giang_doc(), out)
    (tmp_path / "taken").mkdir()
    (tmp_path / "file").write_text("x")
    target = tmp_path / "taken" if where == "a folder" else tmp_path / "file" / "report.html"
    before = sorted(tmp_path.rglob("*"))
    assert cli.main(["report", str(out), "--html", str(target)]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"khuyencong-extract: cannot write the report to {target}: ") and error.count("\n") == 1
    assert sorted(tmp_path.rglob("*")) == before  # no temporary file left behind


def test_report_through_a_symlink_updates_its_target_and_keeps_the_link(tmp_path, capsys):
    out = tmp_path / "out"
    write_document(an_giang_doc(), out)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "latest.html").write_text("old")
    link = tmp_path / "report.html"
    link.symlink_to(tmp_path / "reports" / "latest.html")
    assert cli.main(["report", str(out), "--html", str(link)]) == 0
    assert link.is_symlink() and (tmp_path / "reports" / "latest.html").read_text("utf-8").startswith("<!doctype html>")
    assert capsys.readouterr().out == f"{link}\n"


def test_report_to_a_pipe_is_streamed_into_it(tmp_path, capsys):
    """``--html /dev/stdout`` or a named pipe: the report was written to a temporary file
    renamed over the path, which put a regular file in place of the pipe (or, run as root,
    of /dev/stdout itself); now the page goes into the pipe, and no path is printed after it."""
    out = tmp_path / "out"
    write_document(an_giang_doc(), out)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = {}

    def read() -> None:
        with open(pipe, "rb") as reader:
            received["page"] = reader.read()

    reader = threading.Thread(target=read)
    reader.start()
    try:
        assert cli.main(["report", str(out), "--html", str(pipe)]) == 0
    finally:
        reader.join(10)  # it ends once the writer closes the pipe
        if reader.is_alive() and stat.S_ISFIFO(pipe.lstat().st_mode):  # nothing was written into it
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))  # its other end, so that it ends
            reader.join(10)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert received["page"].startswith(b"<!doctype html>") and b'<template id="tpl-an-giang_2080-qd-ubnd_2022">' in received["page"]
    assert capsys.readouterr().out == ""


def test_report_into_a_pipe_closed_early_ends_quietly(tmp_path, capsys, corpus_docs):
    """``report --html /dev/stdout | head``: a reader that stops after a few bytes ended the
    command with "cannot write the report ...: Broken pipe" and exit code 2; it took what it
    wanted, so the command now ends as any other whose output is cut short there: quietly.
    (Five documents: a page larger than a pipe holds, so that the reader closes it mid-page.)"""
    out = tmp_path / "out"
    for doc in corpus_docs.values():
        write_document(doc, out)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = {}

    def read_a_little() -> None:
        with open(pipe, "rb") as reader:
            received["head"] = reader.read(100)

    reader = threading.Thread(target=read_a_little)
    reader.start()
    try:
        assert cli.main(["report", str(out), "--html", str(pipe)]) == 0
    finally:
        reader.join(10)
    assert received["head"].startswith(b"<!doctype html>")
    assert capsys.readouterr() == ("", "")


def test_report_on_the_pipeline_output_of_the_corpus(tmp_path, corpus_docs):
    """Whatever the extractors find today, the source shows whole and every span is exact."""
    out = tmp_path / "out"
    for doc in corpus_docs.values():
        write_document(doc, out)
    html = report.build_report(out)
    assert html.count('<template id="tpl-') == len(corpus_docs)
    assert "not found" not in html
    for doc in corpus_docs.values():
        text = Path(doc.source.path).read_text("utf-8")
        marks = report.item_marks(doc, text)
        parsed = parse_source(report.render_source(text, marks))
        assert "".join(parsed.text) == text
        for m in marks:
            if m.start < m.end:
                assert parsed.covered[m.item] == [m.start, m.end], (doc.doc_id, m.item)


def test_labels_data_cover_every_category_role_and_kind():
    data = report.labels()
    assert set(data["roles"]) == {"basis", "proposal", "mention"}
    assert set(data["kinds"]) == set(report.KINDS)
    assert list(data["categories"]) == [
        "training", "management_capacity", "demonstration_technology", "cleaner_production", "rural_products",
        "consulting", "communication", "clusters_environment", "international_cooperation", "programme_capacity",
        "digital_transformation", "other"]
