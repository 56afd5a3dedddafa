"""The fast paths of citations and metadata give what the plain scans give, on the corpus."""

from __future__ import annotations

from conftest import CORPUS_FILES, corpus_text
from khuyencong_extract import citations, metadata
from khuyencong_extract.normalise import normalise

ODD = "Số: 12/QĐ-UBND\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Anh Thư\nGIÁM ĐỐC GIÁM ĐỐC\nLê Văn An\n| THỦ TƯỚNG |\nNguyễn Văn B"


def texts() -> list[str]:
    out = [ODD, "(a; b) c; d) e; (f", ""]
    for path in CORPUS_FILES:
        source = corpus_text(path)
        out += [source, normalise(source).text.text]
    return out


def reference_split_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    items, depth, begin = [], 0, start
    for i in range(start, end):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == ";" and depth == 0:
            items.append((begin, i))
            begin = i + 1
    items.append((begin, end))
    return [r for r in (citations.trim(text, a, b) for a, b in items) if r[0] < r[1]]


def test_signatures_equal_finditer():
    for text in texts():
        expected = [(m.span(), m["name"]) for m in metadata._SIGNATURE.finditer(text)]
        assert [(m.span(), m["name"]) for m in metadata.signatures(text)] == expected


def test_directive_search_equals_plain_search():
    for text in texts() + ["Bộ trưởng Bộ Công Thương chỉ thị:", "Thủ tướng Chính phủ chỉ  thị :"]:
        plain = metadata._DIRECTIVE.search(text)
        found = metadata.find_directive(text)
        assert (found.span() if found else None) == (plain.span() if plain else None)


def test_split_items_equals_a_character_scan():
    for text in texts():
        for start, end in [(0, len(text)), (3, len(text) // 2)]:
            assert citations.split_items(text, start, end) == reference_split_items(text, start, end)


def test_place_dates_equal_finditer():
    odd = ["An Giang, ngày 5", "An Giang,\n \n\tngày 5\nHà Nội, ngày 6", "ngày", ",ngày", " \nAn Giang, ngày",
           "| Hà Tĩnh,  ngày 1, ngày 2\nThứ bảy, ngày 3\nHà Nội, ngày 4, Huế, ngày", "X, y\nAn, ngàyngày"]
    for text in texts() + odd:
        for end in sorted({len(text), metadata.header_end(text), len(text) // 2, 10}):
            expected = [m.span() for m in metadata._PLACE_DATE.finditer(text, 0, end)]
            assert [m.span() for m in metadata.place_dates(text, end)] == expected, (text[:80], end)


def test_an_item_reads_the_same_cut_from_its_text():
    """`parse_item` reads an item from its text and the character before it alone, as from
    the whole text (the patterns look one character behind, never past the end)."""
    from khuyencong_extract.pipeline import build_context

    odd = ("xNghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ; 7Luật Đầu tư ngày 1 tháng 1 năm 2020;"
           " số 12/QĐ-UBND; Thông tư 3/2020/TT-BCT của Bộ Công Thương về việc khuyến công; 1881/QQĐ-TTg")
    for text in texts() + [odd]:
        ctx = build_context(text)
        ctx.metadata = metadata.extract_metadata(ctx)
        calls = []
        plain = citations.parse_item

        def recording(ctx, role, start, end, **options):
            calls.append((role, start, end, options))
            return plain(ctx, role, start, end, **options)

        citations.parse_item = recording
        try:
            citations.extract_citations(ctx)
        finally:
            citations.parse_item = plain
        cuts = [(role, start, end, {}) for role in ("basis", "mention") for start, end in
                [(0, len(ctx.text))] + [(i, min(len(ctx.text), i + 300)) for i in range(1, len(ctx.text), 71)]]
        for role, start, end, options in calls + cuts:
            args = (options.get("shared_type"), options.get("shared_issuer"), options.get("proposer"),
                    options.get("mention", False), ctx.metadata.province)
            whole = citations.read_item.__wrapped__(ctx.text, start, end, role, *args)
            begin = max(0, start - 1)
            cut = citations.read_item.__wrapped__(ctx.text[begin:end], start - begin, end - begin, role, *args)
            if whole is None:
                assert cut is None
            else:
                fields, first, last, warnings = cut
                assert (fields, begin + first, begin + last, warnings) == whole


def test_header_end_equals_the_search_for_a_clause_or_the_operative_verb():
    import regex

    from khuyencong_extract.segment import PREAMBLE_HEADS

    plain = regex.compile(rf"(?m)^[ \t|]*(?:{PREAMBLE_HEADS})|QUYẾT[ \t]+(?:ĐỊNH|NGHỊ)[ \t]*:")
    assert "Q" not in PREAMBLE_HEADS  # a clause match never runs into the operative verb
    odd = ["QUYẾT ĐỊNH:\nCăn cứ", "Căn cứ QUYẾT ĐỊNH:", "x Căn cứ\n| Xét đề nghị QUYẾT  NGHỊ :", "QUYẾT\tĐỊNH",
           " \tTheo đề nghịQUYẾT ĐỊNH:", "abc\n\nQUYẾT NGHỊ:\n  Căn cứ"]
    for text in texts() + odd:
        m = plain.search(text)
        assert metadata.header_end(text) == (m.start() if m else len(text))


def test_type_heading_equals_the_search_before_the_header_end():
    odd = ["QUYẾT ĐỊNH\n", " | KẾ HOẠCH | \nx", "KẾ HOẠCH và\nCHỈ THỊ", "ab\n\tTHÔNG BÁO", "HƯỚNG DẪN", "NGHỊ QUYẾTX\nNGHỊ QUYẾT"]
    for text in texts() + odd:
        for end in sorted({len(text), metadata.header_end(text), len(text) // 2, 10, 0}):
            m = metadata._TYPE_HEADING.search(text, 0, end)
            found = metadata.type_heading(text, end)
            assert (found and (found.span(), found["type"])) == (m and (m.span(), m["type"]))
