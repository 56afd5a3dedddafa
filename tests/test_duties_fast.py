"""The fast paths of duties and agencies give what the plain definitions give."""

from __future__ import annotations

import pytest
import regex

from conftest import CORPUS_FILES, corpus_text
from khuyencong_extract import agencies, duties
from khuyencong_extract.normalise import normalise
from khuyencong_extract.tones import fold, lower_keeping_length


def reference_fold_text(text: str) -> str:
    folded = fold(text)
    return folded if len(folded) == len(text) else lower_keeping_length(text)


def corpus_texts() -> list[str]:
    texts = []
    for path in CORPUS_FILES:
        source = corpus_text(path)
        clean = normalise(source).text.text
        texts += [source, clean] + source.splitlines() + clean.splitlines()
    return texts


@pytest.mark.parametrize("text", [
    "Hoà Bình", "HOÀ BÌNH", "thuỷ lợi", "quả", "QUẢ", "quý", "hoà.", "hoàn thành", "oà", "Khoẻ",
    "Ho\u0300a", "İstanbul hoà", "ΑΣ hoà", "q\nuý", "",
])
def test_fold_text_equals_fold_on_odd_text(text):
    assert agencies.fold_text(text) == reference_fold_text(text)


def test_fold_text_keeps_offsets_where_lower_case_would_not():
    """A text not in NFC (fold shortens it) with a letter whose lower case is two
    characters ("İ"): the fallback, plain ``lower()``, lengthened it, so offsets found in it
    fell beside the text."""
    text = "Sở İİ ca\u0301c xã"
    assert len(agencies.fold_text(text)) == len(text)
    assert agencies.fold_text(text) == "sở İİ ca\u0301c xã"


def test_fold_text_equals_fold_on_the_corpus():
    for text in corpus_texts():
        assert agencies.fold_text(text) == reference_fold_text(text)


def test_names_are_the_same_from_the_cache():
    text = "Sở Công Thương, Sở Tài chính và Ủy ban nhân dân các huyện (thuộc tỉnh) theo chức năng"
    first = duties.name_agencies(text, 0, len(text))
    again = duties.name_agencies("xx " + text, 3, 3 + len(text))
    assert [(n.start + 3, n.end + 3, n.text, n.match) for n in first] == [
        (n.start, n.end, n.text, n.match) for n in again]
    assert [n.text for n in first] == ["Sở Công Thương", "Sở Tài chính", "Ủy ban nhân dân các huyện"]


def test_sentences_break_where_the_look_behind_pattern_breaks():
    import regex

    look_behind = regex.compile(r"(?:(?<=[.!?])\s+|(?<=:)[ \t]*\n\s*)(?=\p{Lu})")
    for text in corpus_texts() + ["A. . B", "Xong.  \n Sở làm! Và? có. thế", "a.\u00a0Ă", "chỉ đạo: \n Giao", "a: B"]:
        expected, pos = [], 0
        for m in look_behind.finditer(text):
            expected.append((pos, m.start()))
            pos = m.end()
        expected.append((pos, len(text)))
        expected = [(s, e) for s, e in (duties._strip(text, s, e) for s, e in expected) if s < e]
        assert duties.sentences(text, 0, len(text)) == expected


def test_section_at_equals_a_scan_of_every_section():
    from khuyencong_extract.pipeline import build_context

    ctx = build_context(corpus_text(CORPUS_FILES[0]))
    for pos in range(0, len(ctx.text), 97):
        holding = [n for n in ctx.sections if n.start <= pos < n.end]
        deepest = max(reversed(holding), key=lambda n: n.level) if holding else None
        assert ctx.section_at(pos) is deepest


def test_every_role_and_deadline_match_holds_its_required_word():
    samples = [agencies.fold_text(t) for t in corpus_texts()] + [
        "chủ  trì", "cơ quan\nthường trực", "phối hợp với sở", "trước ngày 5/6", "định kỳ 6 tháng",
        "hằng quý", "hàng năm",
    ]
    for pattern, words in duties._REQUIRED.items():
        for text in samples:
            for m in pattern.finditer(text):
                assert any(word in m[0] for word in words), (pattern.pattern, m[0])


def test_heading_agencies_with_and_without_the_first_character_test():
    """The quick test on a heading's first character never turns away an agency heading."""
    from khuyencong_extract.pipeline import build_context
    from khuyencong_extract.segment import SectionNode

    def without_test(text, folded, node):
        saved = duties.TRIM_CHARS
        try:
            duties.TRIM_CHARS = "".join(chr(c) for c in range(0x3000))  # every first character passes
            return duties.heading_agencies(text, folded, node)
        finally:
            duties.TRIM_CHARS = saved

    cases = []
    for path in CORPUS_FILES:
        ctx = build_context(corpus_text(path))
        cases += [(ctx.text, node) for node in ctx.sections]
    for heading in ["(a), Sở Công Thương", ", Sở Tài chính", "- Sở Tài chính:", "(thuộc Sở) Trung tâm Khuyến công",
                    "Mục tiêu", "Các sở, ban, ngành", "\u00a0, Sở Nội vụ", "x và Sở Y tế"]:
        text = f"1. {heading}\nNội dung."
        cases.append((text, SectionNode("1", None, "1.", 0, heading, "other", 0, len(text), 3 + len(heading), "arabic")))
    for text, node in cases:
        folded = agencies.fold_text(text)
        assert duties.heading_agencies(text, folded, node) == without_test(text, folded, node), node.heading


def corpus_folds() -> list[str]:
    """Every corpus document, as is and normalised, folded."""
    texts = []
    for path in CORPUS_FILES:
        source = corpus_text(path)
        texts += [agencies.fold_text(source), agencies.fold_text(normalise(source).text.text)]
    return texts


def test_head_at_equals_the_head_pattern_at_every_position():
    odd = " ".join(f"{w}, các {w}\nx{w} {w}chợ các  {w} {w.upper()}" for w in agencies._HEAD_FORMS)
    for folded in corpus_folds() + [odd, "các tổ chức, các\ncơ quan; các đơn vị các đoàn thể", ""]:
        for pos in range(len(folded) + 1):
            assert agencies.head_at(folded, pos) == bool(agencies.HEAD.match(folded, pos)), (folded[pos:pos + 30])


def test_annual_pattern_equals_its_optional_group_form():
    import regex

    plain = regex.compile(duties._flex(r"(?:định kỳ\s+)?(?:hằng|hàng)\s+năm\b"))
    odd = ("định kỳ hằng năm, định  kỳ\nhàng năm; định kỳ hằng tháng năm; định kỳ hằng năm2 hàng nămx "
           "địnhkỳ hằng năm hằng  năm định kỳ định kỳ hàng năm")
    for text in corpus_folds() + [odd]:
        assert [m.span() for m in duties._ANNUAL.finditer(text)] == [m.span() for m in plain.finditer(text)]


PLAIN_GIAO = regex.compile(r"\bgiao\s+")
PLAIN_COMMA = regex.compile(r",\s+")


def plain_body(folded, n):
    head = agencies.HEAD.match(folded, n.start)
    if head is None or len(n.text.split()) > duties.UNKNOWN_BODY_WORDS:
        return False
    words = n.text.split()
    head_words = len(folded[n.start:head.end()].split())
    return any(word[:1].isupper() for word in words[1:head_words + 1])


def plain_find_subject(text, folded, start, end):
    """`duties.find_subject` as first written: every start tried in order, clauses first; after
    "giao", a subject before any verb (`duties._given_subject_at`) when no cue ends one."""
    limit = min(end, start + duties.PREFIX_MAX)
    starts = {start}
    starts.update(m.end() for m in PLAIN_GIAO.finditer(folded, start, limit))
    starts.update(m.end() for m in PLAIN_COMMA.finditer(folded, start, limit)
                  if not duties._OBJECT_CLAUSE.search(folded, start, m.start()))
    given = {m.end() for m in PLAIN_GIAO.finditer(folded, start, limit)
             if not folded.endswith(duties._NOT_GIVING, start, m.start())
             and not duties._PROPOSING.search(folded, start, m.start())}
    for s in sorted(starts):
        if not agencies.HEAD.match(folded, s):
            continue
        for cue in duties._CUE.finditer(folded, s + 1, min(end, s + duties.SUBJECT_MAX)):
            named = duties.name_agencies(text, s, cue.start())
            if named and all(n.match.agency for n in named):
                return named
            if s == start and named and any(n.match.agency for n in named) and not duties._GIVEN.search(
                    folded, s, cue.start()):
                return [n for n in named if n.match.agency or plain_body(folded, n)]  # opening the sentence: the
                # known agencies and the bodies the registry does not know
        if s in given and (named := duties._given_subject_at(text, folded, s, end)):
            return named  # after "giao", a task opening with any verb
    return None


def test_find_subject_equals_the_plain_search_on_every_corpus_sentence():
    odd = ("Hàng năm, Sở Tài chính chủ trì. Phối hợp, giao Sở Công Thương thực hiện. "
           "Báo cáo, Sở Tài chính, Sở Nội vụ tổng hợp. UBND tỉnh giao Sở Y tế, Sở Tư pháp theo dõi. "
           "Giao, Sở Y tế chủ trì. Đã giao  Sở Nội vụ, giao,  Sở Tư pháp lập. Bàngiao Sở Y tế lập. "
           "Việc giao\nSở Y tế, ,Sở Tài chính: báo cáo. Gửi giao Sở Y tế thực hiện. Sở Y tế, Sở Xyz lập, "
           "Sở Tài chính chủ trì.")
    for text in [normalise(corpus_text(path)).text.text for path in CORPUS_FILES] + [odd]:
        folded = agencies.fold_text(text)
        for item in duties.items(text, 0, len(text)):
            for s, e in duties.sentences(text, item.body_start, item.end):
                assert duties.find_subject(text, folded, s, e) == plain_find_subject(text, folded, s, e)


def test_movable_tone_equals_the_tone_pair_pattern():
    import regex

    pair = regex.compile(r"[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?![\p{L}\p{M}])")

    def plain(text):
        return any(m.start() == 0 or text[m.start() - 1] not in "qQ" for m in pair.finditer(text))

    toned = "àáảãạèéẻẽẹỳýỷỹỵ"
    texts = [text.lower() for text in corpus_texts()]
    texts += [f"{before}{vowel}{tone}{after}" for before in ("", "q", "h", " ") for vowel in "ou"
              for tone in toned for after in ["", " ", "n", "1", ".", "\u0301", "\u0300a", "²", "Ⅻ", "ʰ"]]
    texts += [f"o{tone}{chr(c)}" for tone in "àý" for c in range(0x3000)]
    for text in texts:
        assert agencies._movable_tone(text) == plain(text), text


def test_vietnamese_lower_case_letters_are_letters():
    """The tone-pair scan passes over a pair followed by one of them: it must be a letter."""
    import regex

    letters = regex.compile(f"[{agencies._VIETNAMESE_LOWER}]")
    found = [chr(c) for c in range(0x110000) if letters.fullmatch(chr(c))]
    assert len(found) == 26 + 1 + 66  # a-z, đ and the accented vowels
    assert all(agencies._letter_or_mark(c) for c in found)


def plain_items(text, start, end):
    """`duties.items` as first written: items collected, then blank ones dropped and trimmed."""
    found, current, marker, pos = [], None, None, start
    for line in text[start:end].split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if not line.strip():
            if current:
                found.append((*current, marker))
            current = None
            continue
        m = duties._MARKER.match(line)
        if m and current is not None and duties._wrapped_dash(m["marker"], text, current[1], line_start + m.end()):
            m = None
        if m or current is None:
            if current:
                found.append((*current, marker))
            indent = len(line) - len(line.lstrip())
            current, marker = [line_start + indent, line_end, line_start + (m.end() if m else indent)], (m["marker"] if m else None)
        else:
            current[1] = line_end
        if line.rstrip().endswith("/."):
            found.append((*current, marker))
            current = None
    if current:
        found.append((*current, marker))
    kept = []
    for item_start, item_end, body_start, mark in found:
        if text[body_start:item_end].strip():
            while item_end > body_start and text[item_end - 1].isspace():
                item_end -= 1
            kept.append(duties.Item(item_start, item_end, body_start, mark))
    return kept


def test_items_equal_the_plain_loop():
    odd = ["", "\n\n", "a) \n  \nb)  x  \n- \n", "x./.\ny\n\n- a\n- b ./.  \n1. ", "Sở:\n  - \u00a0\n  tiếp\n",
           "1.\t\n2. Nội dung\n\u2028\nc) d"]
    for text in [normalise(corpus_text(path)).text.text for path in CORPUS_FILES] + odd:
        bounds = [0, len(text) // 3, len(text) // 2, len(text)] + [i for i in range(len(text)) if text[i] == "\n"][::7]
        for start in bounds:
            for end in bounds:
                if start <= end:
                    assert duties.items(text, start, end) == plain_items(text, start, end)


def test_marker_firsts_hold_every_start_of_a_marker():
    """`items` tries `_MARKER` only on lines starting with one of `_MARKER_FIRSTS` or a digit."""
    rests = [") x", " x", ". x", "1. x", "iều 1. x", "I. x", "\u0663. x"]
    for code in range(0x3000):
        char = chr(code)
        for rest in rests:
            for blanks in ("", " \t"):
                line = blanks + char + rest
                if duties._MARKER.match(line):
                    first = line.lstrip()[0]
                    assert first in duties._MARKER_FIRSTS or first.isdecimal(), hex(code)


def test_sentences_equal_trimming_every_sentence_on_any_stretch():
    import random

    def plain(text: str, start: int, end: int) -> list[tuple[int, int]]:
        bounds, pos = [], start
        for m in duties._SENTENCE_BREAK.finditer(text, start, end):
            bounds.append((pos, m.start() + 1))
            pos = m.end()
        bounds.append((pos, end))
        return [(s, e) for s, e in (duties._strip(text, s, e) for s, e in bounds) if s < e]

    rng = random.Random(3)
    odd = ["  A. B.  ", " \n ", "", "Xong.  \n Sở làm! Và? có. thế \n", "a.\u00a0Ă \u2028"]
    for text in [t for t in corpus_texts() if "\n" in t] + odd:
        stretches = [(0, len(text))] + [sorted(rng.sample(range(len(text) + 1), 2)) for _ in range(30 if text else 0)]
        for start, end in stretches:
            assert duties.sentences(text, start, end) == plain(text, start, end), (text[start:end],)


@pytest.mark.parametrize("text", [
    *(corpus_text(path) for path in CORPUS_FILES),
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi\nhành Quyết định này.",
    "Các ông (bà): Chánh Văn phòng; các\nông bà Giám đốc các sở căn cứ Quyết định thi hành. Các ống nước; thi hành án.",
])
def test_executions_found_by_string_search_are_the_patterns(text):
    """`_executions` finds one offset inside each `_EXECUTION` match, and no other."""
    folded = agencies.fold_text(text)
    matches = list(duties._EXECUTION.finditer(folded))
    found = duties._executions(folded)
    assert len(found) == len(matches)
    assert all(m.start() <= at < m.end() for m, at in zip(matches, found))
