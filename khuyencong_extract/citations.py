"""Extractor: every legal document the text cites.

Reads: the clean text (`Context.text`), the decision's own number (`Context.metadata`,
so the text citing itself is not a citation). Writes: `Citation`s with source spans and
the warnings ``citation_number_repaired``, ``citation_issuer_mismatch``,
``citation_date_mismatch`` and ``citation_date_unreadable``.

Roles
    The preamble is the run of clauses starting a line with "Căn cứ" or "Thực hiện" (a
    plan's "Thực hiện Nghị định số ...") (``basis``) or
    "Theo đề nghị" / "Xét đề nghị" / "Xét Tờ trình" (``proposal``) that ends at "QUYẾT
    ĐỊNH:" (or a council's "QUYẾT NGHỊ:"). A text without that verb (a plan, a guidance,
    a text cut before it) may still open with one after its header: it ends where its
    clauses do (`segment.open_preamble`). A basis clause may run into the proposal after a
    ";" ("...; theo đề nghị của Sở Công Thương tại Tờ trình ..."): its items from there on
    are proposals. Every numbered document cited anywhere else is a ``mention``.

Clauses
    A clause holds one or more documents separated by ";" ("Căn cứ các Nghị định của
    Chính phủ: Số 45/2012/NĐ-CP ...; số 235/2025/NĐ-CP ...", the type and issuer given
    once for all). Each item is read left to right: type word and number (or a law's
    name, then its date or number), date, "của ISSUER" (or a joint "giữa X và Y"), then
    the title (the rest, without "về việc"). Documents named inside a title ("... một số
    điều của Nghị định số 45/2012/NĐ-CP") belong to that title; a document named as
    amending the item's ("... về khuyến công được sửa đổi, bổ sung bởi Nghị định số
    235/2025/NĐ-CP") is not in its title but an item of its own, as the clause relies on
    both; so is each law of "Luật Doanh nghiệp và Luật Đầu tư ngày 26 tháng 11 năm 2014",
    the date written once for both (`joined_law_dates`). A type word without a number
    ("Căn cứ Kế hoạch phát triển ... Quyết định số") is passed over for the numbered
    document after it.

A document appears once per role: the occurrence with most fields filled is kept (the
first of equals); the warnings of all its occurrences are reported once each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

import regex

from khuyencong_extract.agencies import fold_text, head_at
from khuyencong_extract.context import Context
from khuyencong_extract.dates import date_at
from khuyencong_extract.docnumbers import (
    NUMBER, DocNumber, codes, issuer_of_codes, normalise_number, type_issuer, type_name, type_variants,
)
from khuyencong_extract.issuers import (
    PROVINCIAL_BODIES, local_body_at, match_issuer, provincial_body, written_local_body,
)
from khuyencong_extract.models import Citation, build
from khuyencong_extract.segment import (
    PREAMBLE_CLAUSE_MAX, PREAMBLE_CUES, PREAMBLE_DASH, PREAMBLE_HEADS, decision_anchors, open_preamble,
)
from khuyencong_extract.texttools import PLACE_ABBREVIATION, covering, lines_holding, occurrences, unquoted

TYPE_WORDS = (
    "Thông tư liên tịch", "Thông tư", "Nghị định", "Nghị quyết", "Quyết định", "Chỉ thị",
    "Thông báo", "Tờ trình", "Công văn", "Kế hoạch", "Hướng dẫn", "Pháp lệnh", "Bộ luật",
    "Luật", "Văn bản", "Báo cáo", "Chương trình", "Kết luận",
)
"""Document type words, longest first; matched with either case of the first letter."""
TYPE_VARIANTS = type_variants()
"""Misspelt type words (``data/doc_codes.toml``) -> the type word: "Quyết đinh" is "Quyết định"."""
_SPELLINGS = (*TYPE_WORDS, *TYPE_VARIANTS)

NAMED_TYPES = frozenset({"Luật", "Bộ luật", "Pháp lệnh"})
"""Types cited by name, then a date ("Luật Đầu tư ngày 17 tháng 6 năm 2020") or a number
("Luật Ngân sách nhà nước số 89/2025/QH15")."""

# Either case of the first letter; "luật" not in "pháp luật" (law in general).
_NOT_AFTER = {"Luật": r"(?<![Pp]háp[ \t\n])"}
_TYPE = "|".join(f"{_NOT_AFTER.get(w, '')}[{w[0].upper()}{w[0].lower()}]{regex.escape(w[1:])}" for w in _SPELLINGS)
BASIS_HEADS = frozenset({"Căn cứ", "Thực hiện"})
"""The heads of the clauses that give a document's legal basis."""
# A clause head at a line start: "Căn cứ", "Thực hiện", "Theo đề nghị", "Xét đề nghị".
CLAUSE_HEAD = regex.compile(rf"(?m)^[ \t|]*{PREAMBLE_DASH}(?P<head>{PREAMBLE_HEADS})(?![\p{{L}}])")
_CLAUSE_HEAD_WORD = CLAUSE_HEAD.groupindex["head"]
# The head words alone (to step over them at a clause start).
_HEAD_WORDS = regex.compile(PREAMBLE_HEADS)
# A line that starts a structural part: an article, a Roman section, a programme title.
_STRUCTURE = regex.compile(r"(?m)^[ \t|]*(?:Điều[ \t]+\d{1,3}\.|[IVX]{1,5}\.[ \t]|CHƯƠNG[ \t\n]|Nơi nhận)")
# A reference: a type word, optionally "số" and a number; or "số NUMBER"; or a number alone.
REFERENCE = regex.compile(
    rf"(?<![\p{{L}}])(?P<type>{_TYPE})(?![\p{{L}}])(?:[ \t\n]{{1,4}}(?:[Ss]ố[ \t]{{0,2}}:?[ \t\n]{{0,4}})?(?P<num>{NUMBER.pattern}))?"
    rf"|[Ss]ố[ \t]{{0,2}}:?[ \t\n]{{0,4}}(?P<num2>{NUMBER.pattern})"
    rf"|(?P<num3>{NUMBER.pattern})"
)
# "số NUMBER" after a law's name.
_NAMED_NUMBER = regex.compile(rf"(?<![\p{{L}}])[Ss]ố[ \t]{{0,2}}:?[ \t\n]{{0,4}}(?P<num>{NUMBER.pattern})")
_NAMED_NUM = _NAMED_NUMBER.groupindex["num"]
# A type word written with its capital: a document named inside a law's name.
_CAPITAL_TYPE = regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(_SPELLINGS)})(?![\p{{L}}])")
# A shared head: "các Nghị định của Chính phủ:" (type and issuer for every item).
_SHARED_HEAD = regex.compile(rf"[ \t]*(?:các[ \t]+)?(?P<type>{_TYPE})[ \t]+của[ \t]+(?P<issuer>[^:;\n]{{2,80}}?)[ \t]*:")
# A proposal inside a basis clause, after a ";": "...; theo đề nghị của Sở Công Thương tại Tờ trình ...".
_INNER_PROPOSAL = regex.compile(r"(?:[Tt]heo|[Xx]ét)[ \t\n]+(?:đề[ \t\n]+nghị|[Tt]ờ[ \t\n]+trình)(?![\p{L}])")
# A clause that lists its documents as bullets: "Căn cứ các văn bản sau:" / "- Luật ...;".
_LIST_LEAD = regex.compile(r"[^\n;:]{0,60}:[ \t|]*(?=\n[ \t|]*[-+•–][ \t])")
# The proposer of a proposal clause: "đề nghị của X tại ...".
_PROPOSER = regex.compile(r"đề nghị[ \t\n]+của[ \t\n]+(?P<who>[^;,\n]{2,100}?)[ \t\n]+tại(?![\p{L}])")
# Group numbers of the patterns read for every clause or item (a group read by number costs
# a tenth of one read by name).
_REF_TYPE, _REF_NUM, _REF_NUM2, _REF_NUM3 = (REFERENCE.groupindex[g] for g in ("type", "num", "num2", "num3"))
_SHARED_TYPE, _SHARED_ISSUER = _SHARED_HEAD.groupindex["type"], _SHARED_HEAD.groupindex["issuer"]
_PROPOSER_NAME = _PROPOSER.groupindex["who"]
# "của" opening an issuer phrase ("giữa" a joint one's; "của liên Bộ Tài chính, Bộ Công
# Thương": the ministries joined, "liên" dropped).
_OF = regex.compile(r"[ \t\n]*,?[ \t\n]*(?:của|giữa)[ \t\n]+(?:liên[ \t\n]+(?=Bộ[ \t\n]))?")
# What joins two issuers of one document: "Bộ Tài chính, Bộ Công thương", "... và ...".
_ISSUER_JOIN = regex.compile(r"[ \t\n]*(?P<word>[,–-]|và(?![\p{L}]))[ \t\n]*")
_JOIN_WORD = _ISSUER_JOIN.groupindex["word"]
# Words that end an issuer phrase (the title or a date starts there).
_ISSUER_STOP = regex.compile(r"[;,(\n]|[ \t](?:về|ngày|tại|đã|quy định|sửa đổi|hướng dẫn|ban hành)(?![\p{L}])")
# The short name a text gives the document after its title: "(sau đây gọi tắt là Đề án)",
# "(viết tắt là ...)"; no part of the title.
_SHORT_NAME = regex.compile(r"[ \t]*\((?:sau đây[ \t]+)?(?:gọi|viết)(?:[ \t]+(?:tắt|chung))?[ \t]+là[^()]*\)$")
# When a document came into force, after its subject and a comma: "... phát triển cụm công
# nghiệp, có hiệu lực kể từ ngày 01 tháng 10 năm 2024" (a consolidated text's list of what it
# consolidates), or as the predicate of a sentence the document is the subject of: "Nghị định
# số 235/2025/NĐ-CP ... về khuyến công sẽ chính thức có hiệu lực kể từ ngày 15-10"; not a
# subject's own words ("... trước khi Quy chế ... có hiệu lực").
_IN_FORCE_TAIL = regex.compile(
    r"[ \t]+bắt[ \t]+đầu[ \t]+có[ \t]+hiệu[ \t]+lực(?![\p{L}]).*\Z"
    r"|(?:,[ \t]*|[ \t]+(?:(?:sẽ|đã)(?:[ \t]+chính[ \t]+thức)?[ \t]+|chính[ \t]+thức[ \t]+)?)"
    r"có[ \t]+hiệu[ \t]+lực[ \t]+(?:thi[ \t]+hành[ \t]+)?(?:kể[ \t]+)?từ(?![\p{L}]).*\Z", regex.S)
# "về việc" / "V/v" leading a title: the subject of a decision, whose relative clauses are its own.
_OF_MATTER = regex.compile(r"(?:[Vv]ề[ \t\n]+việc|V/v)(?!\p{L})")
# "về việc" / "về" / "V/v" leading a title.
_TITLE_LEAD = regex.compile(r"^(?:[Vv]ề[ \t\n]+việc|[Vv]ề|V/v)[ \t\n:]+")
# A mention's title opening with its verb, no "về việc" nor issuer before it ("Quyết định số
# 1289/QĐ-UBND phê duyệt dự toán kinh phí khuyến công năm 2021", "... Quy định về hoạt động ...", "Quyết
# định số 944/QĐ-UBND công nhận sản phẩm ...", "... giao kế hoạch kinh phí ...").
_TITLE_VERB = regex.compile(r"(?:[Pp]hê duyệt|[Bb]an hành|[Qq]uy định|[Ss]ửa đổi|[Hh]ướng dẫn)(?![\p{L}])")
# ... or one of these verbs right after it, no comma between (after a comma they open the sentence's own
# clause: "... tại Quyết định số 219/UBND-CNXD ngày 20/01/2020, giao các sở, ngành ... phối hợp thực hiện").
_TITLE_ACT_VERB = regex.compile(
    r"(?:[Cc]ông nhận|[Gg]iao|[Pp]hân bổ|[Đđ]iều chỉnh|[Tt]hành lập|[Kk]iện toàn|[Bb]ổ sung|[Tt]ặng)(?![\p{L}])")
# The year a law cited by name and year ends with ("Luật Tổ chức chính quyền địa phương năm
# 2015"): the law is cited without a full date.
_NAMED_YEAR = regex.compile(r"[ \t\n]+năm[ \t\n]+(?:19|20)\d{2}(?!\d)")
# The session of a council's resolution before its subject: "(của HĐND tỉnh) Khóa IX, Kỳ họp
# thứ hai về việc ...", or the term alone, in brackets too: "(của Ban Chấp hành Trung ương Đảng)
# (khóa XIII) về nông nghiệp, ...".
_TERM = r"(?:[Kk]hóa|[Kk]hoá|KHÓA)[ \t]+[IVXLC\d]{1,6}"
_TERM_ALONE = regex.compile(rf"\(?{_TERM}\)?")
_SESSION_LEAD = regex.compile(
    rf"^(?:\({_TERM}\)|{_TERM}(?:,?[ \t]+(?:[Kk]ỳ|KỲ)[ \t]+(?:họp|HỌP)[^,;]{{0,30}}?)?)[ \t,]+(?=[Vv]ề[ \t])")
# "của" and an issuer no registry knows, up to its subject ("về ...") or the item's end:
# "Báo cáo thẩm tra số 18/BC-KTNS ngày 07/12/2016 của Ban Kinh tế - Ngân sách Hội đồng nhân
# dân tỉnh" (it was taken for the title).
_OF_WHOM = regex.compile(r"[ \t\n,]*của[ \t\n]+(?P<who>\p{Lu}[^;\n]{2,150}?)(?=[ \t\n]+(?:về|V/v)(?![\p{L}])|[ \t\n.,;]*\Z)")
# What follows a document that opens no title of it: "Tờ trình số 1415/TTr-SCT ngày
# 16/5/2023 và kết quả lấy ý kiến ..." goes on with something else the clause rests on.
_AND_LEAD = regex.compile(r"(?:và|cùng)(?![\p{L}])")
# What goes on with the sentence a mention stands in, not with the document's subject: "hỗ trợ
# các cụm công nghiệp theo Quyết định 83/2009/QĐ-UBND ngày 4/9/2009 của UBND tỉnh cho cụm công
# nghiệp Vân Diên", "... theo quy định của Nghị quyết số 04/2018/NQ-HĐND ... của Hội đồng nhân
# dân tỉnh thì tiếp tục ..." (not "cho phép", a decision's subject), or where it is carried out: "... tổ chức thi
# hành Kế hoạch số 35/KH-UBND ngày 10/3/2023 của UBND tỉnh trên địa bàn, ...", "... của UBND tỉnh tại các huyện".
_SENTENCE_GOES_ON = regex.compile(r"(?:cho(?![ \t]+phép)|thì|để|nhằm|trên[ \t]+(?:địa[ \t]+bàn|cơ[ \t]+sở)|tại)(?![\p{L}])")
# The purpose of the sentence a mention stands in, after the year that ends its title: "... ban
# hành Kế hoạch số 395/KH-UBND ngày 19/11/2021 về khuyến công trên địa bàn tỉnh năm 2022 nhằm
# khuyến khích, hỗ trợ ..." (a title may hold "nhằm" before its year: "... các giải pháp nhằm
# thúc đẩy ... năm 2022").
_PURPOSE_AFTER_YEAR = regex.compile(r"(?<=(?<!\d)(?:19|20)\d\d)[ \t]*,?[ \t]+nhằm(?![\p{L}])")
# The end of a mention: a clause or sentence end, a bracket but around an abbreviation ("sản
# phẩm công nghiệp nông thôn (CNNT) tiêu biểu" goes on) or a term (`_TERM`: "(khóa XIII)"), or a comma after a closing quote (the
# quoted name ends its title: 'ban hành "Quy chế quản lý Quỹ Khuyến công", Sở Tài chính ...'), or a comma
# before the sentence's subject and verb ("Theo Quyết định số 3116/QĐ-BCT ... về việc công nhận ... năm 2023,
# Bộ Công Thương công nhận ...", "..., tỉnh Lạng Sơn có 3 sản phẩm được công nhận") or the sentence's next
# predicate ("... phê duyệt Chương trình khuyến công quốc gia giai đoạn 2021-2025, đồng thời giao cho các Bộ ...",
# "Nghị định 45/2012/NĐ-CP về khuyến công, quy định các chính sách khuyến khích ..."),
# unless another quoted name follows it (a list of names: 'danh hiệu “Nghệ nhân nhân dân”,
# “Nghệ nhân ưu tú” trong lĩnh vực ...' goes on); not the full stop of "TP." or "TX." ("của UBND TP.
# Hồ Chí Minh về ..." goes on).
_MENTION_END = regex.compile(
    rf"[;\n]|\((?!\p{{Lu}}{{2,8}}\)|{_TERM}\))|(?<!\(\p{{Lu}}{{2,8}})(?<!\({_TERM})\)|(?<!{PLACE_ABBREVIATION})\.(?=\s|$)|:"
    r"|(?<=[”\"])(?=[ \t]*,(?![ \t]*[“\"]))"
    r"|,(?=[ \t]+(?:(?:tỉnh|thành[ \t]+phố|huyện)[ \t]+\p{Lu}[\p{L} \t]{0,30}?|(?:Bộ|Sở|UBND|Ủy[ \t]+ban|Cục)[ \t]"
    r"[\p{L} \t]{0,60}?)[ \t]+(?:có|đã|được|vừa|công[ \t]+nhận|ban[ \t]+hành|phê[ \t]+duyệt)(?![\p{L}]))"
    r"|,(?=[ \t]+đồng[ \t]+thời(?![\p{L}]))"
    r"|,(?=[ \t]+quy[ \t]+định[ \t]+(?:các|về|những|việc|rõ)(?![\p{L}]))")
# A date that lost its day or its month ("Thông tư số 14/2024/TT-BCT ngày 15 tháng\nnăm 2024 của
# Bộ trưởng ..."): read over, so the issuer and the title after it are read (with a warning).
_BROKEN_DATE = regex.compile(
    r"[ \t\n]*,?[ \t\n]*ngày[ \t\n]*\d{0,2}[ \t\n]*tháng[ \t\n]*\d{0,2}[ \t\n]*năm[ \t\n]*(?:19|20)\d\d(?!\d)")
# "ngày" starting a date.
_DAY = regex.compile(r"(?i:ngày)(?![\p{L}])")
# Whitespace and an optional comma between a number and its date ("23/2019/QĐ-UBND, ngày").
_COMMA = regex.compile(r"[ \t\n]*,?")
# A word of an issuer phrase.
_WORD = regex.compile(r"\S+")
# A document amended by the next one: "... được sửa đổi, bổ sung bởi Nghị định số ...".
_AMENDED_BY = regex.compile(
    r"[ \t\n,]*(?:và[ \t\n]+)?(?:đã[ \t\n]+)?được[ \t\n]+sửa[ \t\n]+đổi(?:,?[ \t\n]+bổ[ \t\n]+sung)?"
    r"(?:[ \t\n]+một[ \t\n]+số[ \t\n]+điều)?[ \t\n]+(?:bởi|tại|theo)(?![\p{L}])"
)
# "và" or a comma joining a second numbered document to the item ("Tờ trình số 3666/TTr-SNN
# ... và Văn bản số 4469/SNN-PTNT&QLCL ...", "... và Báo cáo thẩm tra số 18/BC-KTNS", "Tờ trình
# số 323/TTr-STC ngày 29/5/2014, Công văn số 1181/STC-HCSN ...", a number alone after a type
# the clause shares: "số 154/2020/NĐ-CP ngày ... và số 59/2024/NĐ-CP", one sent with it: "...
# công văn số 1168/CTĐP-QLKC về việc ..., kèm theo Quyết định số 2948/QĐ-BCT ..."): the item is
# cut there, "và" ("kèm theo") and the comma dropped. Not "Luật A và Luật B" (no "số" follows the type: see
# `_AND_LAW`), nor a guidance's "Hướng dẫn một số điều ..." ("số" before no number); also "và" before a body's view
# ("ý kiến", "đề nghị", "văn bản", ...; no comma on the way to "tại") or a body given in a numbered document (after a
# document's date or number, or one whose code names that body: `_body_issues`): "... tại Tờ trình số 142/TTr-SCT ... và
# ý kiến thẩm định của Sở Tài chính tại Công văn số 2311/STC-HCSN ...", "... về việc tổ chức hội chợ và Sở Tài chính tại
# Công văn số 402/STC-HCSN ..." (not a title's words: "... cho Trung tâm Khuyến công và Ban Quản lý dự án tại Văn bản số
# 45/UBND-KT").
_JOIN_LEAD = r"[ \t\n]*(?:,[ \t\n]*(?:(?:và|kèm[ \t]+theo)[ \t\n]+)?|và[ \t\n]+)"
_NUMBERED = rf"(?:{_TYPE})(?:[ \t]+\p{{Ll}}+){{0,2}}[ \t\n]+số[ \t]{{0,2}}:?[ \t\n]{{0,4}}\d"
_AND_NEXT = regex.compile(
    rf"{_JOIN_LEAD}(?={_NUMBERED}|số[ \t]{{0,2}}:?[ \t\n]{{0,4}}\d)"
    rf"|[ \t\n]*và[ \t\n]+(?=(?:(?i:ý[ \t]+kiến|đề[ \t]+nghị|văn[ \t]+bản|báo[ \t]+cáo|kết[ \t]+quả)"
    rf"|(?P<body>(?:Sở|Ban|Bộ|Cục|Kho[ \t]+bạc|Văn[ \t]+phòng|Ủy[ \t]+ban|UBND|Trung[ \t]+tâm)[ \t]))"
    rf"(?P<given>[^;.,\n]{{0,80}}?)"
    rf"[ \t]tại[ \t]+(?P<numbered>{_NUMBERED}))"
)


def and_next(text: str, start: int, end: int) -> Iterator[regex.Match]:
    """The `_AND_NEXT` phrases in ``text[start:end]`` that cut an item (`_body_issues` for a body's)."""
    return (m for m in _AND_NEXT.finditer(text, start, end) if m.group("body") is None or _body_issues(text, m))


def _body_issues(text: str, joined: regex.Match) -> bool:
    """Whether the body after "và" of an `_AND_NEXT` match gives its own document: a document's date or number stands
    right before "và" ("... ngày 10/3/2024 và Sở Tài chính tại Công văn số ..."), or the code of the document it is
    given in names that body ("và Sở Tài chính tại Công văn số 402/STC-HCSN"; not "... cho Trung tâm Khuyến công và Ban
    Quản lý dự án tại Văn bản số 45/UBND-KT", a title's words)."""
    if text[joined.start() - 1:joined.start()].isdigit():
        return True
    number = NUMBER.match(text, joined.end("numbered") - 1)
    if number is None:
        return False
    codes_named = normalise_number(number[0])
    written = match_issuer(joined["body"] + joined["given"], fuzzy=False)
    return bool(written and issuer_of_codes(codes_named.issuer_codes) and issuer_agrees(codes_named, written))
# "và" or a comma joining a second law cited by name to the item's ("Luật Doanh nghiệp và
# Luật Đầu tư ngày 26 tháng 11 năm 2014"): cut as `_AND_NEXT`, unless the item's own name
# names a document ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ
# chức chính quyền địa phương": one law; `names_one_document`). The law's name opens with a
# capital, or is an amending law's ("Luật Tổ chức chính quyền địa phương năm 2015 và Luật sửa
# đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương
# năm 2019": two laws).
_AND_LAW = regex.compile(
    rf"{_JOIN_LEAD}(?=(?:{'|'.join(sorted(NAMED_TYPES))})[ \t\n]+(?:\p{{Lu}}|sửa[ \t\n]+đổi(?!\p{{L}})))")
# What `split_items` looks at: brackets and semicolons.
_ITEM_PUNCT = regex.compile(r"[();]")
# Text trimmed from the ends of titles and items.
_TRIM = " \t\n,;.:|/"

MAX_CLAUSE = PREAMBLE_CLAUSE_MAX
"""A preamble clause longer than this is not a clause (a missed boundary)."""
MAX_ISSUER_WORDS = 10
"""An issuer phrase is read within this many words after "của"."""
MAX_MENTION = 400
"""A mention (number, date, issuer, title) is read within this many characters."""


@dataclass(slots=True)
class Clause:
    role: str
    start: int
    end: int


@dataclass(slots=True)
class Found:
    """A citation with its clean-text extent and the warnings it raises."""

    citation: Citation
    start: int
    end: int
    warnings: list[tuple[str, str]] = field(default_factory=list)

    def key(self) -> tuple:
        c = self.citation
        return (c.role, c.number) if c.number else (c.role, c.doc_type, c.title, c.issued_date)

    def filled(self) -> int:
        c = self.citation
        return sum(v is not None for v in (c.number, c.issued_date, c.issuer, c.title))


def preamble_clauses(text: str) -> list[Clause]:
    """The "Căn cứ" / "Theo đề nghị" / "Xét đề nghị" / "Xét Tờ trình" clauses before each
    "QUYẾT ĐỊNH:", or those of a preamble that none closes (`segment.open_preamble`)."""
    clauses: list[Clause] = []
    previous = 0
    for anchor in decision_anchors(text):
        clauses.extend(clause_run(text, previous, anchor.start()))
        previous = anchor.end()
    if not clauses and (bounds := open_preamble(text)):
        clauses = clause_run(text, *bounds)
    return clauses


def clause_run(text: str, start: int, end: int) -> list[Clause]:
    """The clauses of the run that ends at ``end`` (a decision anchor, the end of an open
    preamble), read back from it over the heads after ``start``: each reaches the next."""
    run: list[Clause] = []
    for head in clause_heads(text, start, end)[::-1]:
        begin = head.start(_CLAUSE_HEAD_WORD)
        if end - begin > MAX_CLAUSE or starts_structure(text, begin, end):
            break
        run.append(Clause("basis" if head[_CLAUSE_HEAD_WORD] in BASIS_HEADS else "proposal", begin, end))
        end = begin
    return run[::-1]


def clause_heads(text: str, start: int, end: int) -> list[regex.Match]:
    """``list(CLAUSE_HEAD.finditer(text, start, end))``, tried only at the start of the lines
    holding a `PREAMBLE_CUES` word (a match lies on one line)."""
    lines = lines_holding(text, PREAMBLE_CUES, end, start=start)
    return [m for line in lines if line >= start and (m := CLAUSE_HEAD.match(text, line, end))]


def starts_structure(text: str, start: int, end: int) -> bool:
    """``_STRUCTURE.search(text[start:end])`` for a clause: tried after each line break (the
    clause's first line starts with its head word, never a structural part)."""
    at = text.find("\n", start, end)
    while at != -1:
        if _STRUCTURE.match(text, at + 1, end):
            return True
        at = text.find("\n", at + 1, end)
    return False


def split_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at each ";" (outside brackets) into trimmed item ranges, and
    before each amending document ("... về khuyến công được sửa đổi, bổ sung bởi Nghị định
    số 235/2025/NĐ-CP": two items, the amending act a basis of its own) or second numbered
    document joined by "và" ("Tờ trình số ... và Văn bản số ...")."""
    items, begin = [], start
    for cut in item_cuts(text, start, end):
        items.extend(document_parts(text, begin, cut))
        begin = cut + 1
    items.extend(document_parts(text, begin, end))
    return [r for r in (trim(text, a, b) for a, b in items) if r[0] < r[1]]


def document_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut before each `_AMENDED_BY`, `_AND_NEXT` and `_AND_LAW` phrase,
    which is dropped (each pattern tried only where its word is); a law joined so only
    after a part that names one document (`names_one_document`)."""
    cuts = []
    if text.find("sửa", start, end) != -1:
        cuts += [(*m.span(), False) for m in _AMENDED_BY.finditer(text, start, end)]
    if text.find("và", start, end) != -1 or text.find(",", start, end) != -1:
        cuts += [(*m.span(), False) for m in and_next(text, start, end)]
        if any(text.find(word, start, end) != -1 for word in NAMED_TYPES):
            cuts += [(*m.span(), True) for m in _AND_LAW.finditer(text, start, end)]
    parts, begin = [], start
    for cut_start, cut_end, law in sorted(cuts):
        if cut_start >= begin and (not law or names_one_document(text, begin, cut_start)):
            parts.append((begin, cut_start))
            begin = cut_end
    parts.append((begin, end))
    return parts


def names_one_document(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds one type word written with its capital, its own
    ("Luật Doanh nghiệp", not "Luật sửa đổi ... của Luật Tổ chức Chính phủ")."""
    return len(_CAPITAL_TYPE.findall(text, start, end)) == 1


def laws_joined(text: str, end: int, next_start: int) -> bool:
    """Whether `_AND_LAW` joins the item ending at ``end`` to the law cited by name at
    ``next_start`` ("Luật Doanh nghiệp và Luật Đầu tư ngày ...")."""
    return (m := _AND_LAW.match(text, end)) is not None and m.end() == next_start


def item_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets of the ";" in ``[start, end)`` outside brackets (a ")" without its "(" is
    passed over); without a "(", every ";"."""
    if text.find("(", start, end) == -1:
        return list(occurrences(text, ";", end, start))
    cuts, depth = [], 0
    for m in _ITEM_PUNCT.finditer(text, start, end):
        ch = m[0]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= depth > 0
        elif depth == 0:
            cuts.append(m.start())
    return cuts


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the whitespace and punctuation of `_TRIM` at either end."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def canonical_type(word: str) -> str:
    """``công văn`` -> ``Công văn``; a misspelt one as it is meant: ``quyết đinh`` -> ``Quyết định``."""
    word = word[0].upper() + word[1:]
    return TYPE_VARIANTS.get(word, word)


def read_issuer(
    text: str, pos: int, end: int, province: str | None, joint: bool = False,
) -> tuple[str | None, str, int]:
    """Issuer phrase after "của" (or a joint one's "giữa") at ``pos``: (canonical, as written,
    end offset) or (None, "", pos).

    Joint issuers are read one by one (`one_issuer`) and given as one name, "Bộ Tài chính -
    Bộ Công Thương", as the table names a joint ministry: bodies of one kind ("Bộ", "Sở")
    joined by "và" or "-" ("giữa Bộ Tài chính và Bộ Nông nghiệp và PTNT"), or by "," when
    the document is ``joint`` ("Thông tư liên tịch ... của Bộ Tài chính, Bộ Công thương";
    elsewhere a comma ends the citation: "... của UBND tỉnh, Sở Công Thương ban hành").
    """
    m = _OF.match(text, pos, end)
    if not m:
        return None, "", pos
    names: list[str] = []
    at = stop = m.end()
    while (found := one_issuer(text, at, end, province))[0]:
        if names and found[0].split()[0] != names[0].split()[0]:
            break
        names.append(found[0])
        stop = found[1]
        link = _ISSUER_JOIN.match(text, stop, end)
        if not link or (link[_JOIN_WORD] == "," and not joint):
            break
        at = link.end()
    if not names:
        return None, "", pos
    return " - ".join(dict.fromkeys(names)), text[m.end() : stop], stop


# A local committee or council named by its level alone, the document's own place's ("của HĐND thị xã về dự toán ngân
# sách năm 2024" in a town's decision): no province's body.
_LOCAL_LEVEL_ALONE = regex.compile(
    r"(?:(?P<ubnd>UBND|Ủy[ \t]+ban[ \t]+nhân[ \t]+dân|Uỷ[ \t]+ban[ \t]+nhân[ \t]+dân)|HĐND|Hội[ \t]+đồng[ \t]+nhân[ \t]+dân)[ \t]+"
    r"(?P<level>huyện|thị[ \t]+xã|quận|thị[ \t]+trấn|xã|phường)(?![ \t]*\p{Lu})(?!\p{L})")


def one_issuer(text: str, begin: int, end: int, province: str | None) -> tuple[str | None, int]:
    """The issuer named at ``begin``: (canonical, end offset) or (None, begin).

    The words up to a stop word are matched as a whole (fuzzily: a name that lost a
    letter still matches); failing that, a local body's name (`issuers.local_body_at`: "UBND
    huyện Thạch Hà", never "UBND" read as the province's), else their longest prefix that is
    a known issuer as written ("Thủ tướng Chính phủ" in "của Thủ tướng Chính phủ Phê duyệt
    Chương trình").
    """
    stop = _ISSUER_STOP.search(text, begin, end)
    limit = stop.start() if stop else end
    words = list(islice(_WORD.finditer(text, begin, limit), MAX_ISSUER_WORDS))
    if not words:
        return None, begin
    if canonical := match_issuer(text[begin : words[-1].end()], province):
        return canonical, words[-1].end()
    if local := local_body_at(text, begin, limit):
        return local
    if level := _LOCAL_LEVEL_ALONE.match(text, begin, limit + 1):  # "của HĐND thị xã về dự toán ...": the town's
        return f"{'UBND' if level['ubnd'] else 'HĐND'} {level['level'].lower()}", level.end()
    for n in range(len(words) - 1, 0, -1):
        if canonical := match_issuer(text[begin : words[n - 1].end()], province, fuzzy=False):
            return canonical, words[n - 1].end()
    return None, begin


def named_issuer(name: str, province: str | None) -> str | None:
    """The issuer a whole phrase names (`match_issuer`), else the local body it is ("đề nghị
    của UBND huyện Thạch Hà tại ...": `issuers.written_local_body`)."""
    return match_issuer(name, province) or written_local_body(" ".join(name.split()))


def parse_item(
    ctx: Context, role: str, start: int, end: int, *, shared_type: str | None = None,
    shared_issuer: str | None = None, proposer: str | None = None, mention: bool = False,
    joined_date: dt.date | None = None,
) -> Found | None:
    """The one document an item ``text[start:end]`` cites (its first reference), if any;
    ``joined_date``: the date of a law joined after it (`joined_law_dates`)."""
    begin = max(0, start - 1)  # the patterns look one character behind the item, never after it
    read = read_item(ctx.text[begin:end], start - begin, end - begin, role, shared_type, shared_issuer,
                     proposer, mention, ctx.metadata.province, joined_date)
    if read is None:
        return None
    fields, first, last, warnings = read
    first, last = begin + first, begin + last
    return Found(build(Citation, {**fields, "span": ctx.span(first, last)}), first, last, list(warnings))


@lru_cache(maxsize=4096)
def read_item(
    text: str, start: int, end: int, role: str, shared_type: str | None, shared_issuer: str | None,
    proposer: str | None, mention: bool, province: str | None, joined_date: dt.date | None = None,
) -> tuple[dict, int, int, tuple[tuple[str, str], ...]] | None:
    """What `parse_item` reads from the item ``text[start:end]``: the citation's fields but
    its span, its extent and its warnings (cached: documents cite the same texts in the same
    words; `parse_item` passes the item and the character before it)."""
    for ref in REFERENCE.finditer(text, start, end):
        raw = ref[_REF_NUM] or ref[_REF_NUM2] or ref[_REF_NUM3]
        word = canonical_type(type_word) if (type_word := ref[_REF_TYPE]) else None
        if raw or word in NAMED_TYPES:
            break
    else:  # no number, and no type cited by name: a type word alone ("Kế hoạch phát triển")
        return None
    title_start: int | None = None
    title_end: int | None = None  # set with ``title_start``
    joined = None
    if raw:
        pos = ref.end()
    else:
        title_start = ref.end()
        if named := _named_number(text, title_start, end):
            raw, title_end, pos = named
        elif date := _next_date(text, title_start, end):
            title_end = pos = date[1]
        elif type_word[0].isupper() and (year := _NAMED_YEAR.search(text, title_start, end)):
            # "Luật Tổ chức chính quyền địa phương năm 2015": a law named with its year alone
            title_end, pos = year.start(), year.end()
        else:  # the name alone: the date of a law joined after it, if any
            title_end = pos = end
            joined = joined_date
    number = normalise_number(raw) if raw else None
    doc_type = word or shared_type or type_name(number.type_code if number else None) or "Văn bản"
    issued, pos = _date_after(text, pos, end)
    unread = None  # a date written without its day or month ("ngày 15 tháng năm 2024")
    if issued is None and (broken := _BROKEN_DATE.match(text, pos, end)):
        unread, pos = " ".join(broken[0].split()).strip(" ,"), broken.end()
    joint = doc_type == "Thông tư liên tịch" or (number is not None and len(number.issuer_codes) > 1)
    stated, written, pos = read_issuer(text, pos, end, province, joint)
    if issued is None:
        issued, pos = _date_after(text, pos, end)
    issued = issued or joined
    unlisted = None  # an issuer no registry knows, as written ("của Ban Kinh tế - Ngân sách ...")
    if title_start is not None and title_end is not None:
        title = clean_title(text[title_start:title_end])
        stop = max(pos, title_end)
    else:
        rest = text[pos:end]
        if not stated and (of := _OF_WHOM.match(rest)):
            unlisted, rest = " ".join(of["who"].split()), rest[of.end():]
        lead = rest.lstrip(" \t\n,")
        opened = (_TITLE_LEAD.match(lead) or _TITLE_VERB.match(lead)
                  or (not rest.lstrip().startswith(",") and _TITLE_ACT_VERB.match(lead)))
        # a mention's title after a comma only opens with "về" or its verb ("... của Chính phủ, trong đó: ...")
        titled = not mention or opened or (stated and not rest.lstrip().startswith(",")
                                           and not _SENTENCE_GOES_ON.match(lead))
        title = clean_title(rest) if titled and not _AND_LEAD.match(lead) else None
        stop = end if title or unlisted else pos
    if not number and issued is None and not (title_end is not None and title_end < end and word in NAMED_TYPES):
        return None
    issuer = (stated or shared_issuer or proposer or _issuer_from_code(number, province) or type_issuer(doc_type)
              or unlisted)
    first, last = trim(text, ref.start(), stop)
    fields = dict(role=role, doc_type=doc_type, number=number.number if number else None, number_raw=raw,
                  issued_date=issued, issuer=issuer, title=title)
    warnings = []
    if number and number.repaired:
        warnings.append(("citation_number_repaired", f"{number.raw} -> {number.number}"))
    warnings += date_mismatch(number, issued)
    if unread:
        warnings.append(("citation_date_unreadable", f"{number.number if number else doc_type}: {unread!r} is no date"))
    if number and stated and not issuer_agrees(number, stated):
        warnings.append((
            "citation_issuer_mismatch",
            f"{number.number}: the code names {issuer_of_codes(number.issuer_codes)}, "
            f"the text says {written.strip()}",
        ))
    return fields, first, last, tuple(warnings)


def _named_number(text: str, pos: int, end: int) -> tuple[str, int, int] | None:
    """The number after the name of a law at ``pos`` ("Luật Ngân sách nhà nước số
    89/2025/QH15"): (number as written, start of "số", end), unless a date comes first. When
    the name holds documents of its own (an amending law: "Luật sửa đổi, bổ sung một số điều
    của Luật Đất đai số 31/2024/QH15, ... và Luật các tổ chức tín dụng số 32/2024/QH15 số
    43/2024/QH15"), the law's own number is the last one, ending the item; a number among
    theirs is not."""
    m = _NAMED_NUMBER.search(text, pos, end)
    if not m:
        return None
    if _CAPITAL_TYPE.search(text, pos, m.start()):
        *_, m = _NAMED_NUMBER.finditer(text, m.start(), end)
        if text[m.end():end].strip(_TRIM) or _DAY.search(text, pos, end):
            return None
        return m[_NAMED_NUM], m.start(), m.end()
    day = _DAY.search(text, pos, m.start())
    if day and date_at(text, day.start(), end):
        return None
    return m[_NAMED_NUM], m.start(), m.end()


def _next_date(text: str, pos: int, end: int) -> tuple[dt.date, int, int] | None:
    """The first date introduced by "ngày" in ``text[pos:end]``: (date, start, end)."""
    for m in _DAY.finditer(text, pos, end):
        if found := date_at(text, m.start(), end):
            return found.date, found.start, found.end
    return None


def _date_after(text: str, pos: int, end: int) -> tuple[dt.date | None, int]:
    """A date right at ``pos`` (after an optional comma): (date, offset after it)."""
    m = _COMMA.match(text, pos, end)
    found = date_at(text, m.end(), end)
    return (found.date, found.end) if found else (None, pos)


def _issuer_from_code(number: DocNumber | None, province: str | None) -> str | None:
    """Issuer inferred from the number's code (``NĐ-CP`` -> Chính phủ)."""
    if not number or not number.issuer_codes:
        return None
    name = issuer_of_codes(number.issuer_codes)
    if name in PROVINCIAL_BODIES:
        return provincial_body(name, province) if province else None
    return name


def date_mismatch(number: DocNumber | None, issued: dt.date | None) -> list[tuple[str, str]]:
    """The warning ``citation_date_mismatch`` when the year written in the number is not
    the date's ("Quyết định số 46/2012/QĐ-UBND ngày 28/12/2013"), else none."""
    if number and issued and number.year and number.year != issued.year:
        return [("citation_date_mismatch", f"{number.number}: the number's year is {number.year}, "
                                           f"its date {issued.isoformat()}")]
    return []


def issuer_agrees(number: DocNumber, issuer: str) -> bool:
    """Whether the issuer written agrees with the one the number's code names."""
    expected = issuer_of_codes(number.issuer_codes)
    if not expected:
        return True
    if expected in PROVINCIAL_BODIES or expected.startswith("Sở "):  # the province may follow
        return issuer.startswith(expected)
    return sorted(issuer.split(" - ")) == sorted(expected.split(" - "))  # joint ones in any order


def clean_title(text: str) -> str | None:
    """The subject phrase: whitespace collapsed, quotes around it all, a former body's mark before it (`_FORMER_LEAD`),
    a report's own clause after it (`_REPORTING_AFTER`), a council's session
    ("Khóa IX, Kỳ họp thứ hai"), "về việc", the short name given after it (`_SHORT_NAME`),
    when it came into force (`_IN_FORCE_TAIL`), the legislature named after a law's name
    (`_LEGISLATURE_TAIL`) and the clause end trimmed, cut before a passive or active predicate after
    it (`_PASSIVE_AFTER`, `_ACTIVE_AFTER`) or its issuer's "do ... ban hành" (`_ISSUED_BY`); None for
    none, or for a predicate alone (`_PASSIVE_PREDICATE`, `_ACTIVE_PREDICATE`)."""
    title = _FORMER_LEAD.sub("", unquoted(" ".join(text.split()).strip(_TRIM)))
    if ", " in title and (reporting := _REPORTING_AFTER.search(title)):
        title = title[:reporting.start()].rstrip(_TRIM)  # "... về khuyến công năm 2025, UBND xã Thanh Sơn báo cáo ..."
    if title.endswith(")"):
        title = _SHORT_NAME.sub("", title)
    title = _SESSION_LEAD.sub("", title)
    if _TERM_ALONE.fullmatch(title):
        return None  # "... của Ban Chấp hành Trung ương Đảng (khóa XIII)." names no subject
    of_matter = _OF_MATTER.match(title) is not None
    if (" quy định " in title or " hướng dẫn " in title or " nêu rõ " in title) and (
            stated := _STATING_AFTER.match(title)):
        title = title[:stated.end()]  # "về khuyến công quy định các chính sách ...": what the decree says
    title = _TITLE_LEAD.sub("", title).strip(_TRIM)
    title = title.removesuffix("(").rstrip(_TRIM)  # an amendment in brackets after it is its own citation
    if "hiệu lực" in title:
        title = _IN_FORCE_TAIL.sub("", title).rstrip(_TRIM)
    if _PASSIVE_PREDICATE.match(title) or _ACTIVE_PREDICATE.match(title):
        return None  # what the sentence says of the document: "kể từ khi Quyết định số ... được ban hành"
    if (" đã " in title or " sẽ " in title or " đang " in title) and (
            active := (_ACTIVE_AFTER_MATTER if of_matter else _ACTIVE_AFTER).search(title)):
        title = title[:active.start()].rstrip(_TRIM)  # "về khuyến công đã mang lại những hiệu quả tích cực"
    if " đư" in title and (passive := _PASSIVE_AFTER.search(title)):
        title = title[:passive.start()].rstrip(_TRIM)  # "về chính sách khuyến công được ban hành đến nay, ..."
    if " do " in title and (issued_by := _ISSUED_BY.search(title)):
        title = title[:issued_by.start()].rstrip(_TRIM)  # "... kinh phí khuyến công do Bộ trưởng Bộ Tài chính ban hành, ..."
    if "Quốc hội" in title:
        title = _LEGISLATURE_TAIL.sub("", title)
    return title or None


# A short subject after "về", then the sentence's verb of what the document says and its object: "về khuyến công quy định
# các chính sách khuyến khích ..." (not "về việc quy định chi tiết ...", nor a verb of enacting, "về ban hành quy định nội
# dung ...", "về sửa đổi quy định ...", nor "về việc ban hành Quy định ...", a capital;
# nor a title's own "quy định" after a figure: "về sửa đổi ... Quyết định số 12/2019/QĐ-UBND quy định ...").
_STATING_AFTER = regex.compile(
    r"[Vv]ề(?![ \t]+(?:việc|ban[ \t]+hành|sửa[ \t]+đổi|bổ[ \t]+sung|bãi[ \t]+bỏ|thay[ \t]+thế|phê[ \t]+duyệt|hướng[ \t]+dẫn"
    r"|quy[ \t]+định)(?!\p{L}))(?:[ \t]+\p{Ll}+){1,5}?(?=[ \t]+(?:quy[ \t]+định|hướng[ \t]+dẫn|nêu[ \t]+rõ)[ \t]+(?:rõ[ \t]+)?"
    r"(?:các|những|chi[ \t]+tiết|cụ[ \t]+thể|mức|nội[ \t]+dung|việc)(?!\p{L}))")


# A former body's mark after the issuer, left before the title: "của UBND huyện Thanh Sơn (cũ) về khuyến công năm 2025".
_FORMER_LEAD = regex.compile(r"^\((?:cũ|trước[ \t]+đây|trước[ \t]+sáp[ \t]+nhập)\)[ \t]*", regex.I)
# A report's own clause after the document it answers: ", UBND xã Ea Kar báo cáo như sau" (the title ends before it).
_REPORTING_AFTER = regex.compile(
    r",[ \t]*(?:UBND|Ủy[ \t]+ban|Uỷ[ \t]+ban|Sở|Phòng|Trung[ \t]+tâm|Ban|Chi[ \t]+cục)(?!\p{L})[^,;.]{0,80}?[ \t]báo[ \t]+cáo"
    r"(?!\p{L})")


# The legislature named after a law's name, before its date: "Luật Tổ chức Hội đồng nhân dân và Ủy
# ban nhân dân của Quốc hội nước Cộng Hòa Xã Hội Chủ Nghĩa Việt Nam, ngày 26/11/2003" (the issuer).
_LEGISLATURE_TAIL = regex.compile(
    r"[ \t]+của[ \t]+Quốc[ \t]+hội(?:[ \t]+nước[ \t]+Cộng[ \t]+hòa[\p{L} \t]*)?$", regex.I)


# A passive opening the words after a document: the predicate of the sentence it is the subject
# of, no subject of its own ("... của UBND tỉnh được ban hành (giai đoạn 2021 - 2024)").
_PASSIVE_PREDICATE = regex.compile(r"(?:được|bị)(?!\p{L})", regex.I)
# A tense word and a verb opening the words after a document: the predicate of the sentence it is the
# subject of ("Việc triển khai Quyết định số 12/2020/QĐ-UBND ... của UBND tỉnh đã giúp nhiều cơ sở ...").
_ACTIVE_PREDICATE = regex.compile(r"(?:đã|đang|sẽ)[ \t]+\p{L}", regex.I)
def _active_after(supported: str, reach: str) -> regex.Pattern:
    """`_ACTIVE_AFTER`'s pattern, "đã hỗ trợ" cutting nothing after money or the words ``supported`` names,
    ``reach`` words between them at most."""
    return regex.compile(
        r"[ \t]+(?:đã|đang|sẽ)[ \t]+(?:mang[ \t]+lại|đem[ \t]+lại|giúp|góp[ \t]+phần|tạo|phát[ \t]+huy|thúc[ \t]+đẩy"
        r"|đi[ \t]+vào|tác[ \t]+động|khẳng[ \t]+định|đáp[ \t]+ứng"
        r"|hết[ \t]+hiệu[ \t]+lực)(?!\p{L})|[ \t]+(?:đã|đang|sẽ)\Z"
        r"|(?<!(?<!\p{L})(?:kinh[ \t]+phí|vốn|tiền" + supported + r")(?:[ \t]+[^\s,;.]+){0," + reach + r"})"
        r"[ \t]+(?:đã|đang|sẽ)[ \t]+hỗ[ \t]+trợ(?!\p{L})")


# ... after the title, a tense word and a verb of what a document brings about or of its end, not a
# title's own relative clause ("công nhận sản phẩm đã đạt giải", "hỗ trợ các cơ sở đang hoạt động"); or a
# tense word closing it (a sentence cut after it); "đã hỗ trợ" too, but right after money ("quyết toán kinh phí
# đã hỗ trợ cho các đề án"), or in a subject "về việc" after money or what was supported a few words before it
# ("thu hồi kinh phí khuyến công đã hỗ trợ cho ...", "danh sách các cơ sở đã hỗ trợ năm 2022":
# `_ACTIVE_AFTER_MATTER`), its own relative clause.
_ACTIVE_AFTER = _active_after("", "0")
_ACTIVE_AFTER_MATTER = _active_after(r"|đề[ \t]+án|dự[ \t]+án|cơ[ \t]+sở", "4")
# Who issued the document, after its title: "Thông tư 28/2018/TT-BTC về hướng dẫn lập, quản lý, sử dụng kinh phí
# khuyến công do Bộ trưởng Bộ Tài chính ban hành, mức chi ..." (the title ends before it).
_ISSUED_BY = regex.compile(
    r"[ \t]+do[ \t]+(?:Bộ|Thủ[ \t]+tướng|Chính[ \t]+phủ|UBND|Ủy[ \t]+ban|Sở|HĐND|Hội[ \t]+đồng|Cục)"
    r"[^.;]{0,80}?[ \t]ban[ \t]+hành(?![\p{L}])")
# The same predicate after the title ("Từ khi Nghị định số 45/2012/NĐ-CP của Chính phủ về chính sách
# khuyến công được ban hành đến nay, qua hơn 10 năm ...": the title ends before it).
_PASSIVE_AFTER = regex.compile(
    r"[ \t]+được[ \t]+(?:ban[ \t]+hành|phê[ \t]+duyệt|ký|thông[ \t]+qua|sửa[ \t]+đổi|áp[ \t]+dụng|triển[ \t]+khai"
    r"|thực[ \t]+hiện)(?!\p{L})", regex.I)


def clause_citations(ctx: Context, clause: Clause) -> list[Found]:
    """Every document a preamble clause cites."""
    text = ctx.text
    head = _HEAD_WORDS.match(text, clause.start)
    body_start = head.end() if head else clause.start
    proposer = None
    if clause.role == "proposal" and (m := _PROPOSER.search(text, clause.start, clause.end)):
        proposer = named_issuer(m[_PROPOSER_NAME], ctx.metadata.province)
    shared_type = shared_issuer = None
    if m := _LIST_LEAD.match(text, body_start, clause.end):
        body_start = m.end()
    elif m := _SHARED_HEAD.match(text, body_start, clause.end):
        shared_type = canonical_type(m[_SHARED_TYPE])
        shared_issuer = named_issuer(m[_SHARED_ISSUER], ctx.metadata.province)
        body_start = m.end()
    found = []
    role, items = clause.role, split_items(text, body_start, clause.end)
    if head and head[0] == "Thực hiện":  # "Thực hiện X, Sở Tài chính hướng dẫn ...": X alone
        items = [(start, main_clause_start(text, start, end)) for start, end in items]
    proposer_at = items[0][0] if items else None  # the item the proposer is read for
    previous: tuple[Found, int] | None = None  # the last item read, and where it ends
    for (start, end), joined_date in zip(items, joined_law_dates(ctx, items)):
        if role == "basis" and _INNER_PROPOSAL.match(text, start, end):  # "...; theo đề nghị của X ..."
            role, shared_type, shared_issuer, proposer_at = "proposal", None, None, start
            m = _PROPOSER.search(text, start, end)
            proposer = named_issuer(m[_PROPOSER_NAME], ctx.metadata.province) if m else None
        item = parse_item(
            ctx, role, start, end, shared_type=shared_type, shared_issuer=shared_issuer,
            proposer=proposer if start == proposer_at else None, joined_date=joined_date,
        )
        if item:
            if item.citation.title is None and item.start > start:  # "Thực hiện Kế hoạch ... được UBND tỉnh phê
                item.citation.title = title_before(text, item.start)  # duyệt tại Quyết định số 215/QĐ-UBND ..."
            if previous and shares_title(text, previous, item, start):
                previous[0].citation.title = item.citation.title
            found.append(item)
            previous = item, end
    return found


# Nothing but "và" between two items: "số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 và số
# 59/2024/NĐ-CP ngày 25 tháng 5 năm 2024 về sửa đổi, bổ sung ...".
_AND_ONLY = regex.compile(r"[ \t\n,]*và[ \t\n]*(?:số[ \t\n]*)?")


def shares_title(text: str, previous: tuple[Found, int], item: Found, start: int) -> bool:
    """Whether the item before ``item`` (``previous``: it and its end), titled nothing, is joined
    to it by "và" alone, ``item`` titled: both are of that subject ("số 154/2020/NĐ-CP ... và số
    59/2024/NĐ-CP ... về sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP")."""
    return (previous[0].citation.title is None and item.citation.title is not None
            and _AND_ONLY.fullmatch(text, previous[1], start) is not None)


def joined_law_dates(ctx: Context, items: list[tuple[int, int]]) -> list[dt.date | None]:
    """For each item, the date of the law `laws_joined` to it after it, which it shares
    ("Luật Doanh nghiệp và Luật Đầu tư ngày 26 tháng 11 năm 2014": both passed that day;
    along a list, "Luật A, Luật B và Luật C ngày ...", the last one's), else None."""
    dates: list[dt.date | None] = [None] * len(items)
    for i in range(len(items) - 2, -1, -1):
        if laws_joined(ctx.text, items[i][1], items[i + 1][0]):
            later = parse_item(ctx, "basis", *items[i + 1], joined_date=dates[i + 1])
            dates[i] = later.citation.issued_date if later else None
    return dates


# A "Thực hiện" clause's main clause, after a comma: its subject, an agency ("Thực hiện
# Quyết định số 27/2010/QĐ-UBND của UBND tỉnh, Sở Tài chính - Sở Công Thương hướng dẫn ...").
_MAIN_CLAUSE = regex.compile(r",[ \t]+")
# A time phrase between the clause and that subject, which opens the main clause ("...
# giai đoạn 2021-2022, tháng 4-2022, Trung tâm Khuyến công ... đã tổ chức nghiệm thu").
_TIME_BEFORE = regex.compile(
    r"(?r),[ \t]+(?:(?:trong|từ|đến|cuối|đầu)[ \t]+)?(?:ngày|tháng|quý|năm)[ \t]+[\dIV][\d/.\-– ]{0,10}\Z", regex.I)
# A phrase of time past opening the main clause: "..., trong thời gian qua, công tác khuyến
# công ...", "..., những năm qua, ...".
_TIME_PAST = regex.compile(r"(?:trong[ \t]+)?(?:thời[ \t]+gian|những[ \t]+năm|các[ \t]+năm)[ \t]+(?:qua|gần[ \t]+đây)[ \t]*,", regex.I)
# A clause with a tense word in its first words: no title goes on so ("..., tỉnh đã hỗ trợ";
# not "vừa", also "medium" in "doanh nghiệp nhỏ và vừa"), or a passive after its subject
# ("..., hoạt động khuyến công trên địa bàn tỉnh Hà Nam được tỉnh triển khai"; not right after
# the comma: "..., được sửa đổi, bổ sung").
_TENSED = regex.compile(r"(?:[^,;.\n]{0,60}?(?<!\p{L})(?:đã|đang|sẽ)|[ \t]*\p{L}[^,;.\n]{0,60}?[ \t]được)(?!\p{L})")
# A sentence opening with the document it rests on, its main clause after a comma ("Thực hiện ...", "Qua
# 7 năm triển khai thực hiện Nghị định số 134/2004/NĐ-CP ..., hoạt động khuyến công ... đã ...").
_RESTING_LEAD = regex.compile(
    r"(?:Thực hiện|Triển khai|Căn cứ|Theo|(?:Qua|Sau|Trong)[ \t]+\d{1,2}[ \t]+năm[ \t]+(?:triển[ \t]+khai[ \t]+)?"
    r"(?:thực[ \t]+hiện|triển[ \t]+khai))[ \t]")


def main_clause_start(text: str, start: int, end: int) -> int:
    """Where the main clause after the document a "Thực hiện" item cites begins (a comma
    before an agency, or before a time phrase and an agency, or before words up to a tense
    word: "..., tỉnh đã hỗ trợ", or before a phrase of time past: "..., trong thời gian qua,
    ..."), else ``end``."""
    for comma in _MAIN_CLAUSE.finditer(text, start, end):
        if _TIME_PAST.match(text, comma.end(), min(end, comma.end() + 40)):
            return comma.start()
        if head_at(fold_text(text[comma.end():comma.end() + 40]), 0) or _TENSED.match(text, comma.end(), end):
            time = _TIME_BEFORE.search(text, max(start, comma.start() - 40), comma.start())
            return time.start() if time else comma.start()
    return end


def rests_on_document(text: str, pos: int) -> bool:
    """Whether the sentence holding ``pos`` opens with "Thực hiện", "Căn cứ" ... (a
    sentence starts after a line break or a full stop, read within `MAX_MENTION`
    characters before ``pos``)."""
    low = max(0, pos - MAX_MENTION)
    line_start = text.rfind("\n", low, pos) + 1 or low
    stop = text.rfind(". ", line_start, pos)
    return _RESTING_LEAD.match(text, stop + 2 if stop != -1 else line_start, pos) is not None


def mention_citations(ctx: Context, skip: list[tuple[int, int]]) -> list[Found]:
    """Numbered documents cited outside the preamble (not the document itself)."""
    text = ctx.text
    own = ctx.metadata.number
    skipped = covering(skip)
    found = []
    previous: tuple[Found, int] | None = None  # the last item read, and where it ends
    for m in document_numbers(text):
        if skipped(m.start()):
            continue
        if own and normalise_number(m[0]).number == own:
            continue
        start = _type_word_before(text, m.start())
        if start == m.start():
            start = _law_name_before(text, start, normalise_number(m[0]))
        limit = min(len(text), m.end() + MAX_MENTION)
        stop = _MENTION_END.search(text, m.end(), limit)
        end = stop.start() if stop else limit
        if text.find("sửa", m.end(), end) != -1 and (amended := _AMENDED_BY.search(text, m.end(), end)):
            end = amended.start()  # (the pattern tried only where its word is)
        if text.find("số", m.end(), end) != -1 and (joined := next(and_next(text, m.end(), end), None)):
            end = joined.start()  # "... về khuyến công và Quyết định số 1288/QĐ-TTg ...": the next one's
        if text.find("nhằm", m.end(), end) != -1 and (purpose := _PURPOSE_AFTER_YEAR.search(text, m.end(), end)):
            end = purpose.start()
        if rests_on_document(text, start):  # "Thực hiện Quyết định số 688/QĐ-UBND ..., Trung tâm ... đã"
            end = main_clause_start(text, m.end(), end)
        if text.startswith(",", end) and (time := _TIME_BEFORE.search(text, max(m.end(), end - 40), end)):
            end = time.start()  # "..., ngày 12/5/2008, Bộ Công thương đã ban hành ...": the main clause's time
        item = parse_item(ctx, "mention", start, end, mention=True)
        if item:
            if item.citation.issuer in (None, _issuer_from_code(normalise_number(m[0]), ctx.metadata.province)) and (
                    local := local_issuer_before(text, start, ctx.metadata.province, ctx.metadata.issuer)):
                item.citation.issuer = local  # "UBND huyện Thọ Xuân ban hành Quyết định số 1120/QĐ-UBND"
            if item.citation.issued_date is None:  # a date in prose, not checked against the number: it may be
                item.citation.issued_date = dated_before(text, start)  # when it was sent ("Ngày ..., Sở gửi Kế hoạch số ...")
            if item.citation.title is None:
                item.citation.title = title_before(text, start)
            if previous and shares_title(text, previous, item, start):
                previous[0].citation.title = item.citation.title
            found.append(item)
            previous = item, end
    return found


def local_issuer_before(text: str, start: int, province: str | None, own_issuer: str | None) -> str | None:
    """The local committee or council a sentence names as the subject issuing the document cited at ``start``
    (`_LOCAL_SUBJECT_BEFORE`: "UBND huyện Thọ Xuân ban hành Quyết định số 1120/QĐ-UBND"), its level alone read as the
    document's own issuer when that is of its level ("UBND huyện ban hành ..." in a report of UBND huyện Thọ Xuân), or
    None (a province's body, whose code the number's reads already)."""
    if not text[max(0, start - 6):start].endswith(_ISSUING_ENDS):  # (the pattern tried only after its last word)
        return None
    if (subject := _LOCAL_SUBJECT_BEFORE.search(text, max(0, start - LOCAL_SUBJECT_REACH), start)) is None:
        return None
    name = one_issuer(text, subject.start("who"), subject.end("who"), province)[0]
    if name is None or name.startswith(("UBND tỉnh", "HĐND tỉnh")):
        return None
    return own_issuer if own_issuer and own_issuer.startswith(f"{name} ") and _LOCAL_LEVEL_ALONE.fullmatch(name) else name


# The subject of a sentence issuing a document, a local committee or council ("UBND huyện Thọ Xuân ban hành", "Ủy ban
# nhân dân huyện đã ký"), right before the document.
_LOCAL_SUBJECT_BEFORE = regex.compile(
    r"(?r)(?<!\p{L})(?P<who>(?:UBND|Ủy[ \t]+ban[ \t]+nhân[ \t]+dân|Uỷ[ \t]+ban[ \t]+nhân[ \t]+dân|HĐND|Hội[ \t]+đồng[ \t]+nhân"
    r"[ \t]+dân)(?:[ \t]+[^\s.,;:()]+){1,4}?)[ \t]+(?:(?:đã|vừa)[ \t]+)?(?:ban[ \t]+hành|ký|phê[ \t]+duyệt)[ \t]+\Z")
_ISSUING_ENDS = ("hành ", " ký ", "duyệt ")
LOCAL_SUBJECT_REACH = 120
"""Characters before a document read for the subject issuing it (`_LOCAL_SUBJECT_BEFORE`)."""


# The slash that follows the head of every `NUMBER` match ("45/2012/NĐ-CP", "09-NQ/TU"), with
# that head: the digits (and a space) before it, or the digits, a dash and a type code.
_NUMBER_SLASH = regex.compile(r"/(?<=(?<![\p{L}\d/])(?P<head>\d{1,5}[ \t]?|\d{1,5}-[A-ZĐ][A-Za-zĐđ]{0,4})/)")
_SLASH_HEAD = _NUMBER_SLASH.groupindex["head"]


def document_numbers(text: str) -> Iterator[regex.Match]:
    """The matches of `NUMBER` in ``text``, as ``finditer`` gives them. `NUMBER` is tried only
    at the head before a slash (`_NUMBER_SLASH`): every match starts there, and `regex` finds
    a slash far faster than it tries the whole pattern at every offset."""
    pos = 0
    for slash in _NUMBER_SLASH.finditer(text):
        at = slash.start(_SLASH_HEAD)
        if at >= pos and (m := NUMBER.match(text, at)):
            yield m
            pos = m.end()


# A sentence of prose that dates a document before it names it: "Ngày 17/6/2021 Sở Công
# Thương tỉnh Ninh Bình ban hành văn bản số 785/SCT-QLCN ...", "Trước đó, ngày 06/7/2021,
# Cục Công Thương địa phương có Văn bản số ...", a council's "đã thông qua Nghị quyết số ...",
# "Ngày 27/12/2019, Bộ Công Thương đã phê duyệt Quyết định 3872/QĐ-BCT ..."
# (matched from the document back to the "Ngày" that opens the sentence, or follows an
# opening phrase of up to 200 characters: "Để xây dựng nông thôn mới theo tinh thần chỉ đạo
# của Trung ương và Chính phủ, ngày 24/8/2020 UBND tỉnh đã ban hành Quyết định số ..."; a line
# or a clause may open it too, and a paper's code before a dash: "LNV - Ngày 20/11/2020, Thủ tướng Chính
# phủ đã ban hành Quyết định số 1881/QĐ-TTg ...").
_DATED_BEFORE = regex.compile(
    r"(?r)(?:^|(?<=[.;:]\s)|(?<=\n))[ \t]*(?:[-+•][ \t]+)?(?:[^.;,\n\-–]{1,30}[ \t][-–][ \t]+)?(?:[^.;,\n]{1,200},[ \t]+)?"
    r"(?P<day>[Nn]gày)[ \t]"
    r"[^.;\n]{4,150}?(?<![\p{L}])(?:ban[ \t]+hành|có|gửi|ký|thông[ \t]+qua|phê[ \t]+duyệt"
    r"|phê[ \t]+duyệt[ \t][^.;\n]{3,150}?[ \t]tại)[ \t]+$"
)
_DATED_VERBS = ("hành ", " có ", " gửi ", " ký ", " qua ", "duyệt ", " tại ")
"""How the words before a document `_DATED_BEFORE` reads end (a quick test first)."""
# The slash of a document's code ("1000/QĐ-UBND", "46/2012/QĐ-UBND"), no date's.
_CODE_SLASH = regex.compile(r"/\p{Lu}")
_DATED_REACH = 260
"""Characters before a document looked at for the date `_DATED_BEFORE` finds."""


def dated_before(text: str, start: int) -> dt.date | None:
    """The date of a document cited at ``start`` that its sentence gives before it, in
    "Ngày <date> <issuer> ban hành <document>" (or "có", "gửi", "ký", "thông qua", "phê
    duyệt", "phê duyệt <what> tại": "Ngày 06 tháng 10 năm 2021 UBND tỉnh Đồng Tháp đã phê duyệt
    Danh mục ... tại Quyết định số: 1515/QĐ-UBND.HC"), or None."""
    if not text[max(0, start - 6):start].endswith(_DATED_VERBS):  # (the pattern tried only after its last word)
        return None
    if (m := _DATED_BEFORE.search(text, max(0, start - _DATED_REACH), start)) is None:
        return None
    if _CODE_SLASH.search(text, m.start("day"), start):  # the date is the document's named first:
        return None  # "Ngày ..., UBND tỉnh ban hành Quyết định số 1000/QĐ-UBND phê duyệt Kế hoạch số ..."
    found = date_at(text, m.start("day"), start)
    return found.date if found else None


# What a document was issued or approved for, written before it and "tại": "Sở Công Thương đã trình
# Ủy ban nhân dân tỉnh ban hành Kế hoạch Bình chọn ... năm 2020 tại Quyết định số 219/...", "UBND
# tỉnh Đồng Tháp đã phê duyệt Danh mục các Đề án ... đợt 3 năm 2021 tại Quyết định số: 1515/...",
# a passive of the same verb dropped ("theo phê duyệt Điều chỉnh, bổ sung Quy hoạch ... được UBND
# tỉnh phê duyệt tại Quyết định số 491/QĐ-UBND").
_TITLE_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}])(?P<title>(?:ban[ \t]+hành|phê[ \t]+duyệt)[ \t]+[^.;:\n]{3,200}?)"
    r"(?:[ \t]+được[ \t]+[^.;:\n]{0,40}?(?:ban[ \t]+hành|phê[ \t]+duyệt))?[ \t]+tại[ \t]+$")
_TITLE_BEFORE_REACH = 240
"""Characters before a document's type word read for `_TITLE_BEFORE`."""
# What a document approved or issued, the subject of a passive before it and "tại", from the
# start of its clause or after a word resting on it, after its verb as `_TITLE_BEFORE` gives it:
# "Thực hiện Chương trình khuyến công giai đoạn 2021-2025 đã được UBND Tỉnh phê duyệt tại Quyết
# định số 2629/QĐ-UBND" ("phê duyệt Chương trình ..."), "năm 2024, tổng kế hoạch kinh phí khuyến
# công quốc gia được Bộ Công Thương phê duyệt tại Quyết định số 3396/QĐ-BCT", opening with what a decision
# approves (`_APPROVED_THINGS`); not things named in the plural ("Các đề án được UBND tỉnh phê duyệt tại ...":
# what the decision approved is more), nor a document named again by its type alone, in fewer than three words
# ("Kế hoạch được ban hành tại ..."), nor a clause's subject and verb ("Trung tâm Khuyến công tổ chức thực hiện 15
# đề án đã được phê duyệt tại ...").
_APPROVED_THINGS = (r"chương[ \t]+trình|(?:tổng[ \t]+)?kế[ \t]+hoạch|đề[ \t]+án|dự[ \t]+án|quy[ \t]+chế|quy[ \t]+định"
                    r"|quy[ \t]+hoạch|đề[ \t]+cương|danh[ \t]+mục|dự[ \t]+toán|kinh[ \t]+phí|nhiệm[ \t]+vụ|nội[ \t]+dung"
                    r"|(?:định[ \t]+)?mức|chính[ \t]+sách|phương[ \t]+án|(?:bộ[ \t]+)?tiêu[ \t]+chí|hướng[ \t]+dẫn|điều[ \t]+lệ")
"""What a decision approves or issues, the first words of a passive's subject that is its title."""
_PASSIVE_SUBJECT_BEFORE = regex.compile(
    r"(?r)(?:(?<=^|[,.;:\n])[ \t]*|(?<![\p{L}])(?i:thực[ \t]+hiện|căn[ \t]+cứ|theo|triển[ \t]+khai)[ \t]+)"
    rf"(?P<subject>(?i:{_APPROVED_THINGS})(?!\p{{L}})(?:[ \t]+[^\s.;:,]+){{1,24}}?)[ \t]+(?:đã[ \t]+)?được[ \t]+"
    r"(?:[^.;:,\n]{1,40}?[ \t]+)?"
    r"(?P<verb>ban[ \t]+hành|phê[ \t]+duyệt)[ \t]+tại[ \t]+$")


def title_before(text: str, start: int) -> str | None:
    """The title a mention's sentence gives before it and "tại" (`_TITLE_BEFORE`, else the
    subject of a passive, `_PASSIVE_SUBJECT_BEFORE`), or None."""
    if not text[max(0, start - 5):start].endswith("tại "):
        return None  # (the patterns tried only after their last word)
    reach = max(0, start - _TITLE_BEFORE_REACH)
    if m := _TITLE_BEFORE.search(text, reach, start):
        return clean_title(m["title"])
    if m := _PASSIVE_SUBJECT_BEFORE.search(text, reach, start):
        return clean_title(f"{' '.join(m['verb'].split())} {m['subject']}")
    return None


# A type word (and "số") right before a number: "Quyết định số ", "Thông tư ". Matched from
# the number backwards (``(?r)``), not tried at each offset before it: the longest type word
# (listed first) that ends there, as a forward search would find it.
_TYPE_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}])(?:{_TYPE})[ \t\n]{{1,4}}(?:[Ss]ố[ \t]{{0,2}}:?[ \t\n]{{0,4}})?$")
# A law's name and "số" before a legislature's number: "Luật Ngân sách nhà nước số " (the
# nearest such word, matched backwards).
_LAW_BEFORE = regex.compile(r"(?r)(?<![\p{L}])(?:Bộ luật|Luật|Pháp lệnh)(?![\p{L}])[^;:()\n]{1,150}?[ \t]số[ \t]{0,2}:?[ \t\n]{0,4}$")


def _type_word_before(text: str, pos: int) -> int:
    """Start of the type word written right before ``pos``, else ``pos``."""
    window = max(0, pos - 40)
    m = _TYPE_BEFORE.search(text, window, pos)
    return m.start() if m else pos


def _law_name_before(text: str, pos: int, number: DocNumber) -> int:
    """Start of the law's name written before ``pos`` when ``number`` is the legislature's
    ("Luật Ngân sách nhà nước số 89/2025/QH15"), else ``pos``."""
    if not number.issuer_codes or number.issuer_codes[0] not in codes().numbered:
        return pos
    m = _LAW_BEFORE.search(text, max(0, pos - 200), pos)
    return m.start() if m else pos


def dedupe(found: list[Found]) -> list[Found]:
    """One per key, in the order keys first appear: the occurrence with most fields filled
    (the first of equals), its empty date, issuer and title filled from the others in their
    order (a news report names "Kế hoạch số 137-KH/UBND của UBND tỉnh về ..." first and its
    date in a later sentence), with the warnings of all occurrences once each."""
    best: dict[tuple, Found] = {}
    occurrences: dict[tuple, list[Found]] = {}
    for item in found:
        key = item.key()
        kept = best.get(key)
        if kept is None:
            best[key] = item
            occurrences[key] = []
        elif item.filled() > kept.filled():
            best[key] = item
        occurrences[key].append(item)
    for key, item in best.items():
        warnings: list[tuple[str, str]] = []
        for other in occurrences[key]:
            warnings.extend(w for w in other.warnings if w not in warnings)
            if other is not item:
                _fill_from(item.citation, other.citation)
        item.warnings = warnings
    return list(best.values())


def _fill_from(kept: Citation, other: Citation) -> None:
    """Fill the date, issuer and title ``kept`` lacks from another occurrence of it, one naming no
    other issuer nor another subject (two bodies' decisions may share a number: "150/QĐ-UBND" of a
    district "về chương trình khuyến công" and of its province "về quy chế")."""
    if (kept.issuer is not None and other.issuer is not None and kept.issuer != other.issuer) or (
            kept.title is not None and other.title is not None and kept.title != other.title):
        return
    if kept.issued_date is None:
        kept.issued_date = other.issued_date
    if kept.issuer is None:
        kept.issuer = other.issuer
    if kept.title is None:
        kept.title = other.title


def extract_citations(ctx: Context) -> list[Citation]:
    clauses = preamble_clauses(ctx.text)
    found: list[Found] = []
    for clause in clauses:
        found.extend(clause_citations(ctx, clause))
    found.extend(mention_citations(ctx, [(c.start, c.end) for c in clauses]))
    kept = dedupe(found)
    for item in kept:
        for code, message in item.warnings:
            ctx.warn(code, message, item.start, item.end)
    return [item.citation for item in kept]
