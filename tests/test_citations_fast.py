"""The fast paths of citations and metadata give what the plain scans give, on the corpus."""

from __future__ import annotations

import regex

from conftest import CORPUS_FILES, corpus_text
from khuyencong_extract import citations, metadata, segment
from khuyencong_extract.segment import DECISION_ANCHOR, PREAMBLE_HEADS
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
    parts = [part for a, b in items for part in citations.document_parts(text, a, b)]  # "và", ", Công văn số ..."
    return [r for r in (citations.trim(text, a, b) for a, b in parts) if r[0] < r[1]]


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


def test_header_end_equals_the_search_for_a_clause_or_the_operative_verb_or_an_open_preamble():
    clause = regex.compile(rf"(?m)^[ \t|]*(?:{PREAMBLE_HEADS})")
    assert "Q" not in PREAMBLE_HEADS  # a clause match never runs into the operative verb
    odd = ["QUYẾT ĐỊNH:\nCăn cứ", "Căn cứ QUYẾT ĐỊNH:", "x Căn cứ\n| Xét đề nghị QUYẾT  NGHỊ :", "QUYẾT\tĐỊNH",
           " \tTheo đề nghịQUYẾT ĐỊNH:", "abc\n\nQUYẾT NGHỊ:\n  Căn cứ"]
    for text in texts() + odd + PREAMBLE_ODD:
        if verb := DECISION_ANCHOR.search(text):
            m = clause.search(text, 0, verb.start())
            assert metadata.header_end(text) == (m.start() if m else verb.start())
        else:  # a preamble no verb closes starts at the text's first clause line, or there is none
            m = clause.search(text)
            assert metadata.header_end(text) == (m.start() if segment.open_preamble(text) else len(text))


def test_type_heading_equals_the_search_before_the_header_end():
    odd = ["QUYẾT ĐỊNH\n", " | KẾ HOẠCH | \nx", "KẾ HOẠCH và\nCHỈ THỊ", "ab\n\tTHÔNG BÁO", "HƯỚNG DẪN", "NGHỊ QUYẾTX\nNGHỊ QUYẾT"]
    for text in texts() + odd:
        for end in sorted({len(text), metadata.header_end(text), len(text) // 2, 10, 0}):
            m = metadata._TYPE_HEADING.search(text, 0, end)
            found = metadata.type_heading(text, end)
            assert (found and (found.span(), found["type"])) == (m and (m.span(), m["type"]))


def reference_preamble_clauses(text: str) -> list[tuple[str, int, int]]:
    """`citations.preamble_clauses` as plain scans: every anchor, every head and the
    structure search over each clause's text."""
    runs = [(previous.end() if previous else 0, anchor.start())
            for previous, anchor in zip([None, *DECISION_ANCHOR.finditer(text)], DECISION_ANCHOR.finditer(text))]
    if not runs and (bounds := segment.open_preamble(text)):
        runs = [bounds]
    clauses = []
    for previous, end in runs:
        run = []
        for head in reversed(list(citations.CLAUSE_HEAD.finditer(text, previous, end))):
            start = head.start("head")
            body = text[start:end]
            if len(body) > citations.MAX_CLAUSE or regex.search(citations._STRUCTURE, body):
                break
            run.append(("basis" if head["head"] in ("Căn cứ", "Thực hiện") else "proposal", start, end))
            end = start
        clauses.extend(reversed(run))
    return clauses


PREAMBLE_ODD = [
    "Căn cứ Luật;\nQUYẾT ĐỊNH:\n", "x Căn cứ A;\n| Xét đề nghị B;\n\tTheo đề nghị C\nQUYẾT  NGHỊ :",
    "Căn cứ A;\nĐiều 1. B\nCăn cứ C;\nQUYẾT ĐỊNH:", "Căn cứ A\nII. Phần\nTheo đề nghịX\nQUYẾT ĐỊNH:",
    "Căn cứ A;\nQUYẾT ĐỊNH:\nCăn cứ B;\nCHƯƠNG\nXét đề nghị C;\nQUYẾT NGHỊ:", "aQUYẾT ĐỊNH:\nCăn cứ\nQUYẾT ĐỊNH:",
    "Số: 1/KH\nCăn cứ A;\nThực hiện B;\nXét Tờ trình C\nD như sau:\nI. E\nCăn cứ F;",
    "Số 2\n| Căn cứ A:\n- B;\n\nTheo đề nghị C,\nỦy ban D\nCăn cứ E;",
]


def test_preamble_clauses_equal_the_plain_scans():
    for text in texts() + PREAMBLE_ODD:
        found = [(c.role, c.start, c.end) for c in citations.preamble_clauses(text)]
        assert found == reference_preamble_clauses(text), text[:80]


def test_decision_anchors_equal_finditer():
    for text in texts() + PREAMBLE_ODD:
        assert [m.span() for m in segment.decision_anchors(text)] == [m.span() for m in DECISION_ANCHOR.finditer(text)]


def test_every_preamble_head_holds_a_cue():
    for head in PREAMBLE_HEADS.split("|"):
        assert any(cue in head for cue in segment.PREAMBLE_CUES), head


def test_split_items_of_clauses_without_brackets_equal_a_character_scan():
    for text in texts() + PREAMBLE_ODD + ["a;;b; c ;", ";", "a ; b"]:
        ranges = [(c.start, c.end) for c in citations.preamble_clauses(text)] + [(0, len(text))]
        for start, end in ranges:
            assert citations.split_items(text, start, end) == reference_split_items(text, start, end)


def test_type_word_before_equals_the_forward_search():
    """The backward match finds the type word a forward search finds (the longest that ends there)."""
    forward = regex.compile(rf"(?<![\p{{L}}])(?:{citations._TYPE})[ \t\n]{{1,4}}(?:[Ss]ố[ \t]{{0,2}}:?[ \t\n]{{0,4}})?$")
    odd = ["Bộ luật số 1", "xBộ luật số 1", "Luật    \n1", "Bộ luật  \n 1", "Thông tư liên tịch số: \n1",
           "luật luật 1", "Quyết định số\n\n1", "thông tư  số  :\t1"]
    for text in texts() + odd:
        for pos in range(0, len(text) + 1, 1 if len(text) < 100 else 7):
            m = forward.search(text, max(0, pos - 40), pos)
            assert citations._type_word_before(text, pos) == (m.start() if m else pos), (text[max(0, pos - 40):pos], pos)


def test_reported_plan_and_year_plan_equal_the_plain_search():
    odd = ["Sở Công Thương Hà Tĩnh đã phê duyệt Kế hoạch năm 2020", "UBND tỉnh X ban hành Chương trình A; Sở B phê  duyệt Kế hoạch C",
           "Sở A, ban hành Kế hoạch B", "kế hoạch đến năm 2020; Kế Hoạch năm 2021.", "Chương trình\nnăm 2020 kế hoạch năm 20201",
           "KẾ HOẠCH x năm 2019: chương trình năm 2022"]
    for text in texts() + odd:
        for pattern, fast in ((metadata._REPORTED_PLAN, metadata.reported_plan), (metadata._YEAR_PLAN, metadata.year_plan)):
            plain, found = pattern.search(text), fast(text)
            assert (found and (found.span(), found.groups())) == (plain and (plain.span(), plain.groups())), text[:80]


def test_table_rows_and_number_line_equal_the_plain_scans():
    odd = ["| Số hiệu | 1/QĐ |\n|a|b|c|\n  | Người ký | Lê Văn A |  \nx | y | z |", "|", "||\n| a | b |",
           "Số: 12/QĐ-UBND", "x Số: 1/QĐ\n | Số 2/QĐ-UB", "Số\n3/QĐ"]
    for text in texts() + odd:
        assert [m.span() for m in metadata.table_rows(text)] == [m.span() for m in metadata._TABLE_ROW.finditer(text)]
        for end in sorted({len(text), metadata.header_end(text), len(text) // 2}):
            plain, found = metadata._NUMBER_LINE.search(text, 0, end), metadata.number_line(text, end)
            assert (found and found.span()) == (plain and plain.span())
