"""segment visits only the lines that may open a section, and builds its models the quick
way: both give what the plain definitions give."""

from __future__ import annotations

import random

import regex

from conftest import CORPUS_FILES, corpus_text
from khuyencong_extract import segment
from khuyencong_extract.models import Section, build
from khuyencong_extract.normalise import normalise

ODD_LINES = [
    "IV. NỘI DUNG", "  \t1. Phạm vi", "\t1.2. Kết quả: Đào tạo 500 lao động.", "a) Hỗ trợ 17 cơ sở.",
    " đ) Hỗ trợ tư vấn.", "b) Thực hiện 25 chuyên mục. c) Xây dựng tờ rơi. 2. Sở Tài chính",
    "Điều 3. Tổ chức", "  Điều 4: Hiệu lực", "- Hỗ trợ 02 cụm;", "+ Kế hoạch;", "2021 - 2025", "٣. X",
    "II. LÀM. III. XONG", "", "QUYẾT ĐỊNH:", "Nơi nhận:", "CHƯƠNG TRÌNH", "(Ban hành kèm theo Quyết định)",
]


def texts() -> list[str]:
    sources = [corpus_text(path) for path in CORPUS_FILES]
    rng = random.Random(7)
    mixes = ["\n".join(rng.choices(ODD_LINES, k=25)) for _ in range(150)]
    return sources + [normalise(source).text.text for source in sources] + mixes


def every_line(text: str, cues: list[int]) -> segment.Visits:
    """`Visits` holding every line of ``text``: the builder as first written, which tried each."""
    cue_lines = frozenset(segment._line_index(text, cue) for cue in cues)
    return segment.Visits(list(range(len(segment.split_lines(text)))), cue_lines)


def test_visits_hold_every_line_a_marker_pattern_matches():
    for text in texts():
        visited = set(segment.Visits.of(text, segment.midline_cues(text)).order)
        for i, line in enumerate(segment.split_lines(text)):
            if any(pattern.match(line.text) for _, pattern in segment._LINE_PATTERNS):
                assert i in visited, line.text


def test_marker_line_takes_every_digit_the_marker_patterns_take():
    digits = regex.findall(r"\d", "".join(map(chr, range(0x110000))))
    for digit in digits:
        assert segment.MARKER_LINE.match(f"\n \t{digit}"), hex(ord(digit))


def test_segment_equals_a_visit_of_every_line(monkeypatch):
    found = [segment.segment(text) for text in texts()]
    monkeypatch.setattr(segment.Visits, "of", staticmethod(every_line))
    assert [segment.segment(text) for text in texts()] == found


def test_fields_build_the_model_built_by_keyword():
    for source in [corpus_text(path) for path in CORPUS_FILES]:
        clean = normalise(source).text
        for node in segment.segment(clean.text):
            model = build(Section, node.fields(clean))
            plain = Section(id=node.id, parent_id=node.parent_id, marker=node.marker, level=node.level,
                            heading=node.heading, kind=node.kind, span=clean.to_source(node.start, node.end))
            assert model == plain and model.model_fields_set == plain.model_fields_set
