"""The fast paths of targets.py give what the plain definitions give, on real and odd text."""

from __future__ import annotations

import random

import pytest
import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from khuyencong_extract import targets
from conftest import CORPUS_FILES, corpus_text

FUZZY = [k for k in targets.KEYWORDS if k.cutoff is not None]


def _corpus_matchables() -> list[str]:
    """Every corpus line, as categories match it."""
    return sorted({targets._matchable(line) for path in CORPUS_FILES for line in corpus_text(path).splitlines()
                   if line.strip()})


def _edited(rng: random.Random, keyword: str, edits: int) -> str:
    """``keyword`` with ``edits`` random deletions, insertions or substitutions."""
    chars = list(keyword)
    for _ in range(edits):
        at = rng.randrange(len(chars) + 1)
        op = rng.choice("dis")
        if op == "d" and at < len(chars):
            del chars[at]
        elif op == "i":
            chars.insert(at, rng.choice(keyword))
        elif at < len(chars):
            chars[at] = rng.choice(keyword)
    return "".join(chars)


def _generated() -> list[str]:
    """Each fuzzy keyword edited 0-6 times, alone, cut short or inside other words."""
    rng = random.Random(45)
    texts = []
    for keyword in FUZZY:
        for edits in range(7):
            variant = _edited(rng, keyword.folded, edits)
            other = rng.choice(FUZZY).folded
            texts += [f" {variant} ", f" hỗ trợ {variant} cho 00 cơ sở ", f" {other} {variant[: len(variant) // 2]} ",
                      variant[len(variant) // 3:], f" {variant} {other} "]
    return texts


@pytest.mark.parametrize("texts", [_corpus_matchables(), _generated()], ids=["corpus", "generated"])
def test_resembles_equals_partial_ratio(texts):
    for text in texts:
        for keyword in FUZZY:
            # (a text shorter than the keyword holds no fuzzy copy of it: "35 doanh nghiệp" is no "khởi sự doanh nghiệp")
            plain = len(text) >= len(keyword.folded) and fuzz.partial_ratio(
                keyword.folded, text, score_cutoff=keyword.cutoff) > 0
            assert keyword.resembles(text) == plain, (keyword.folded, text)


def test_common_needed_is_a_bound():
    """Every pair partial_ratio scores at a cutoff has the common subsequence it needs."""
    rng = random.Random(7)
    for keyword in FUZZY:
        for _ in range(40):
            text = _edited(rng, keyword.folded, rng.randrange(8))
            for cutoff in (86, 92):
                if fuzz.partial_ratio(keyword.folded, text) >= cutoff:
                    needed = targets.common_needed(cutoff, min(len(keyword.folded), len(text)))
                    assert LCSseq.similarity(keyword.folded, text) >= needed


@pytest.mark.parametrize("fast, plain", [("_PUNCTUATION_RUN", r"[\s,;:()\-–.!?…]"), ("_SPACES", r"\s")])
def test_standard_re_classes_are_the_regex_ones(fast, plain):
    """The runs targets.py finds with the standard `re` are made of the characters `regex`
    matches with the plain class, over all of Unicode."""
    import re

    pattern = getattr(targets, fast).pattern
    assert pattern.endswith("]+")
    everything = "".join(map(chr, range(0x110000)))
    assert re.findall(pattern.removesuffix("+"), everything) == regex.findall(plain, everything)


def _elsewhere(a, b) -> bool:
    """Whether ``b`` repeats ``a`` where a restatement stands: another top-level section,
    or the same activity and text apart from it."""
    top_a, top_b = targets.top_section(a.section_id), targets.top_section(b.section_id)
    if top_a and top_b and top_a != top_b:
        return True
    far = abs(a.span[0] - b.span[0]) > len(a.activity or "")  # not two figures of one clause
    return a.activity == b.activity and not targets._overlap(a.span, b.span) and a.text == b.text and far


def _restatements_plain(found: list) -> list:
    """`targets.mark_restatements` as first written: every earlier target compared in turn."""
    claimed = set()
    for i, target in enumerate(found):
        for j in range(i):
            first = found[j]
            if first.restates is not None or (j, target.section_id) in claimed:
                continue
            if targets._quantity_key(first) == targets._quantity_key(target) and _elsewhere(first, target):
                target.restates = j
                claimed.add((j, target.section_id))
                break
    return [t.restates for t in found]


def test_restatements_equal_the_plain_scan():
    from khuyencong_extract.models import Target

    rng = random.Random(3)
    for _ in range(600):
        count = rng.randrange(30)
        found = [Target(
            section_id=rng.choice([None, "1", "1.1", "1.2", "2", "2.3", "3"]), value=rng.choice([1, 2]),
            unit=rng.choice(["cơ sở", "Cơ sở", "lớp"]), text=rng.choice(["02", "02 lớp"]),
            activity=rng.choice([None, "a", "bb"]), category=rng.choice(["other", "training"]), kind="count",
            span=(start, start + rng.choice([2, 6])),
        ) for start in sorted(rng.sample(range(80), count))]
        plain = _restatements_plain([t.model_copy() for t in found])
        assert [t.restates for t in targets.mark_restatements(found)] == plain


def _break_cases() -> list[tuple[str, int, int]]:
    """Every corpus line, and random strings of the characters breaks are made of, cut anywhere."""
    cases = []
    for path in CORPUS_FILES:
        text = corpus_text(path)
        cases += [(text, *targets.line_bounds(text, pos)) for pos in range(0, len(text), 97)]
    rng = random.Random(11)
    alphabet = ";.!?…)(aăđzAĐ19 \t\n\xa0\u3000\x1c_"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30)))
        start = rng.randrange(len(text))
        cases.append((text, start, rng.randrange(start, len(text) + 1)))
    return cases


@pytest.mark.parametrize("pattern, marks", [("CLAUSE_BREAK", "_CLAUSE_MARK"), ("SENTENCE_BREAK", "_SENTENCE_MARK")])
def test_find_breaks_equals_finditer(pattern, marks):
    pattern, marks = getattr(targets, pattern), getattr(targets, marks)
    for text, start, end in _break_cases():
        fast = list(targets.find_breaks(pattern, marks, text, start, end))
        assert fast == [m.span() for m in pattern.finditer(text, start, end)], (text, start, end)


def test_reference_before_equals_the_forward_search():
    """`NON_TARGET_BEFORE` searched backwards finds a match where the forward search does."""
    from khuyencong_extract.numbers import find_quantities

    backward = targets.NON_TARGET_BEFORE
    forward = regex.compile(backward.pattern.removeprefix("(?r)"), backward.flags & ~regex.REVERSE)
    assert backward.flags & regex.REVERSE and not forward.flags & regex.REVERSE
    windows = [(text, max(0, q.start - 16), q.start) for path in CORPUS_FILES
               for text in [corpus_text(path)] for q in find_quantities(text)]
    rng = random.Random(5)
    words = targets.TERMS["non_target_before"] + ["Điều", "NĂM", "xnăm", "ngày:", "Số", " ", ":", "\n", "a", "1"]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", ": ", "  "]) for _ in range(rng.randrange(1, 5)))
        end = rng.randrange(len(text) + 1)
        windows.append((text, max(0, end - 16), end))
    found = 0
    for text, start, end in windows:
        hit = forward.search(text, start, end) is not None
        assert (backward.search(text, start, end) is not None) == hit, (text, start, end)
        found += hit
    assert found > 100


def test_single_spaced_equals_the_substitution():
    everything = "".join(map(chr, range(0x110000)))
    assert all(not c.isprintable() for c in targets._SPACES.findall(everything) if c != " ")
    rng = random.Random(9)
    alphabet = "ab đƯ.\t\n\xa0\u3000\u2028\x1c"
    texts = [line for path in CORPUS_FILES for line in corpus_text(path).splitlines()]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(12))) for _ in range(5000)]
    for text in texts:
        assert targets.single_spaced(text) == targets._SPACES.sub(" ", text), text


def test_fold_equals_the_substitution():
    from khuyencong_extract import tones

    rng = random.Random(13)
    alphabet = "aĐƯờ ,;:()-–.!?…\t\xa0\u3000\x1c0"
    texts = [line for path in CORPUS_FILES for line in corpus_text(path).splitlines()]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(12))) for _ in range(5000)]
    for text in texts:
        assert targets.fold(text) == targets._PUNCTUATION_RUN.sub(" ", tones.fold(text)).strip(), text


def test_not_activities_equals_the_plain_alternation():
    """Grouped by first word (`by_first_word`), the names `_matchable` leaves out match as
    their plain alternation, longest first, does: on corpus lines and on runs of names,
    their first words and words of theirs, one opening right where another ends."""
    names = sorted(targets.not_activity_names(), key=len, reverse=True)
    plain = regex.compile(rf"(?<!\S)(?:{'|'.join(map(regex.escape, names))})(?!\S)")
    pieces = [*names, *{" ".join(name.split()[:k]) for name in names for k in (1, 2, 3)},
              *{word for name in names for word in name.split()}]
    rng = random.Random(17)
    texts = [targets.fold(line) for path in CORPUS_FILES for line in corpus_text(path).splitlines()]
    texts += [" ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8))) for _ in range(5000)]
    for text in texts:
        assert targets._not_activities().sub(" ", text) == plain.sub(" ", text), text


def _clause_bounds_plain(text: str, pos: int) -> tuple[int, int]:
    """`targets.clause_bounds` as first written: the line's breaks found for each position."""
    line_start, line_end = targets.line_bounds(text, pos)
    cuts = [(line_start, line_start)] + [m.span() for m in targets.CLAUSE_BREAK.finditer(text, line_start, line_end)]
    cuts.append((line_end, line_end))
    index = max(i for i, (_, after) in enumerate(cuts[:-1]) if after <= pos)
    end = cuts[index + 1][0]
    while index > 0 and _continues_plain(text, *cuts[index]):
        index -= 1
    return cuts[index][1], end


_DEPENDENT_START = regex.compile(
    rf"(?:\d|(?:{targets.phrase_alternation(targets.TERMS['dependent_clause_starts'])})(?!\p{{L}}))", regex.I
)


def _continues_plain(text: str, at: int, start: int) -> bool:
    """A clause (its break at ``at``, its text from ``start``) continues the one before it: no
    item marker, a dependent start; one opening with a figure only after a semicolon."""
    if text[start:start + 1].isdigit() and text[at:at + 1] != ";":
        return False
    return targets.ITEM_MARKER.match(text, start) is None and _DEPENDENT_START.match(text, start) is not None


def _sentence_bounds_plain(text: str, pos: int) -> tuple[int, int]:
    start, end = targets.line_bounds(text, pos)
    for m in targets.SENTENCE_BREAK.finditer(text, start, end):
        if m.start() < pos:
            start = m.end()
        else:
            return start, m.start()
    return start, end


def test_bounds_equal_the_plain_definitions():
    """Clause and sentence bounds read from a line's cached breaks equal the breaks found
    for each position: at every 17th corpus offset, and in random strings of clause pieces."""
    cases = [(text, pos) for path in CORPUS_FILES for text in [corpus_text(path)] for pos in range(0, len(text), 17)]
    rng = random.Random(17)
    pieces = ["; ", ";", ". ", "! ", "… ", "a) ", " c) x", "dự kiến ", "Ước ", "khoảng ", "gồm", "02 ", "1.2. ", "- ",
              "IV. ", "Xây dựng ", "cơ sở", "(", "\n", "  ", "đ) ", "TRONG ĐÓ ", "với", "Với"]
    for _ in range(800):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14)))
        cases += [(text, pos) for pos in range(len(text))]
    for text, pos in cases:
        assert targets.clause_bounds(text, pos) == _clause_bounds_plain(text, pos), (text, pos)
        assert targets.sentence_bounds(text, pos) == _sentence_bounds_plain(text, pos), (text, pos)


def test_activity_lead_equals_the_three_matches():
    """`ACTIVITY_LEAD` ends where a marker, a label and a marker matched in turn end."""
    def plain(text: str, start: int, end: int) -> int:
        for pattern in (targets.ITEM_MARKER, targets.CLAUSE_LABEL, targets.ITEM_MARKER):
            m = pattern.match(text, start, end)
            start = m.end() if m else start
        return start

    cases = [(text, pos, min(len(text), pos + 80)) for path in CORPUS_FILES for text in [corpus_text(path)]
             for pos in range(0, len(text), 3)]
    rng = random.Random(19)
    pieces = ["a) ", "đ) ", "1.2. ", "IV. ", "- ", "+ ", "• ", "Kết quả dự kiến", "KẾT QUẢ DỰ KIẾN", "mục  tiêu",
              "Chỉ tiêu", "\u212aết quả dự kiến", "nội dung", " : ", ":", " ", "\n", "x", "cụ thể"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8)))
        start = rng.randrange(len(text) + 1)
        cases.append((text, start, rng.randrange(start, len(text) + 1)))
    for text, start, end in cases:
        assert targets.ACTIVITY_LEAD.match(text, start, end).end() == plain(text, start, end), (text, start, end)


def test_reference_prefilter_characters():
    """No character but those of `_REFERENCE_ENDS` matches the last letter of a reference word
    case-insensitively, and `_SPACES_AND_COLON` holds exactly the characters of [\\s:]."""
    everything = "".join(map(chr, range(0x110000)))
    ends = "".join(sorted({word[-1] for word in targets.TERMS["non_target_before"]}))
    assert set(regex.findall(f"[{regex.escape(ends)}]", everything, regex.I)) <= targets._REFERENCE_ENDS
    assert set(regex.findall(r"[\s:]", everything)) == set(targets._SPACES_AND_COLON)


def test_reference_before_equals_the_plain_search():
    """The prefilter keeps every figure the search alone calls a reference."""
    from khuyencong_extract.numbers import find_quantities

    cases = [(text, q) for path in CORPUS_FILES for text in [corpus_text(path)] for q in find_quantities(text)]
    rng = random.Random(23)
    words = targets.TERMS["non_target_before"] + ["ĐIỀU", "Năm", "xnăm", "SỐ", "Ngày", "điểm:", "a", "1", ".", "danh"]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", ": ", "  ", "\xa0", "\x1c", "\u2003:"])
                       for _ in range(rng.randrange(1, 5))) + "12 cơ sở"
        cases += list((text, q) for q in find_quantities(text))
    hits = 0
    for text, q in cases:
        start = max(0, q.start - targets.REFERENCE_REACH)
        m = None if q.qualifier else targets.NON_TARGET_BEFORE.search(text, start, q.start)
        plain = m is not None and not (text[max(0, m.start() - 12):m.start()].rstrip().casefold().endswith(
            targets.REFERENCE_NOT_AFTER.get(m[0].split()[0].casefold(), "\0"))  # "danh mục 11 đề án"
            and not targets.KINDS_LISTED_AFTER.match(text, q.end))
        line_head = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip() if m else ""
        if plain and ":" in m[0] and line_head[-1:].isalnum():  # a colon after a noun's end, no label's
            plain = False
        if plain and (within := targets.IN_NUMBER.search(text, start, q.start)):  # said before, or a total
            plain = text.find(text[q.start:q.end] + " ", max(0, within.start() - targets.IN_NUMBER_REACH),
                              within.start()) != -1
        assert targets._reference_before(text, q) == plain, (text, q)
        hits += plain
    assert hits > 100


def test_after_figure_equals_percent_then_noun():
    """`AFTER_FIGURE` matches as `PERCENT_AFTER`, or where that fails, as `NOUN_AFTER`."""
    from khuyencong_extract.numbers import find_quantities

    cases = [(text, q.end) for path in CORPUS_FILES for text in [corpus_text(path)] for q in find_quantities(text)]
    rng = random.Random(29)
    pieces = ["%", " %", "  %", "/năm", " / năm", "năm", "(một)", " (hai mươi) ", "cơ sở", " ", "\n", "  ", "/", "x", "2"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6)))
        cases += [(text, pos) for pos in range(len(text))]
    for text, pos in cases:
        m = targets.AFTER_FIGURE.match(text, pos)
        percent, noun = targets.PERCENT_AFTER.match(text, pos), targets.NOUN_AFTER.match(text, pos)
        if percent is not None:
            assert m is not None and m.start(targets._PERCENT) >= 0 and m.span() == percent.span(), (text, pos)
        elif noun is not None:
            assert m is not None and m.start(targets._PERCENT) < 0 and m.span() == noun.span(), (text, pos)
        else:
            assert m is None, (text, pos)


def test_after_figure_fails_before_the_skipped_characters():
    """`AFTER_FIGURE` matches nowhere a character of `_NOT_AFTER_FIGURE` follows, in the corpus
    and in random strings of what follows figures."""
    texts = [corpus_text(path) for path in CORPUS_FILES]
    rng = random.Random(31)
    pieces = [*targets._NOT_AFTER_FIGURE, " ", "\n", "%", "(một)", "cơ sở", "x", "2", "\xa0"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6))) for _ in range(3000)]
    skipped = 0
    for text in texts:
        for pos, char in enumerate(text):
            if char in targets._NOT_AFTER_FIGURE:
                assert targets.AFTER_FIGURE.match(text, pos) is None, (text, pos)
                skipped += 1
    assert skipped > 1000


_PERIOD_PIECES = [" ", "  ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "/", " / ", "năm", "Năm", "NĂM", "tháng",
                  "quý", "lớp", "x", "01", ";"]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_per_period_equals_the_pattern_at_every_offset(path):
    text = corpus_text(path).replace("năm", "/ năm", 40)  # more slashes than decisions write
    found = [targets.per_period(text, pos) for pos in range(len(text))]
    assert found == [targets.FREQUENCY.match(text, pos) is not None for pos in range(len(text))]
    assert any(found)


def test_per_period_equals_the_pattern_on_odd_blanks():
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice(_PERIOD_PIECES) for _ in range(rng.randrange(8)))
        assert [targets.per_period(text, pos) for pos in range(len(text) + 1)] == [
            targets.FREQUENCY.match(text, pos) is not None for pos in range(len(text) + 1)], repr(text)
