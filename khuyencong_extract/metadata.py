"""Extractor: the document's own identity (type, number, date, issuer, signer, period).

Reads: the clean text (`Context.text`); as a fallback, the facts of a stripped web
metadata table (`Context.hints`: number, issued_date, signer, doc_type, issuer) and, when
the hints lack them, the same table's rows still in the source ("| Người ký | ... |") or
a site's block of the same fields written as text ("Nơi ban hành: Tỉnh An Giang Người ký:
Lâm Quang Thi", "Người ký Nguyễn Đức Cường"),
and a page's note of the document it reproduces, under the page title ("(Theo Kế hoạch
số 8/KH-UBND ngày 11/01/2021 của UBND tỉnh)": number, date, type, issuer, title).
The text body always wins over the table. Writes: `Metadata`.

Where each field comes from
    number       the header line "Số: 2080/QĐ-UBND" (normalised like a citation; "SỐ:",
                 "So: 2080/QD-UBND" and a "Số" whose "ố" a decoding lost as well); a
                 decision whose header lost it (damaged text): the number its annex says
                 it is issued with, "(Ban hành kèm theo Quyết định số 2080/QĐ-UBND ...)",
                 with a ``number_from_annex`` warning
    issued_date  "An Giang, ngày 18 tháng 8 năm 2022" (place, date; at a line start, in a
                 table cell, "Số: 1288/QĐ-TTg | Hà Nội, ngày ...", or after the number on
                 its line, "Số: 35/KH-SCT   Quảng Nam, ngày ..."); for a directive the
                 date it was signed ("ngày 19 tháng 02 năm 2021, Bộ trưởng ... chỉ thị:");
                 for a news report or a page of no known type its dateline ("Cập nhật lúc
                 08:41, Thứ Sáu, 26/01/2018")
    doc_type     a directive's "chỉ thị:", the type heading ("QUYẾT ĐỊNH"), the operative
                 "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:", the number's type code (KH: ke_hoach),
                 the table's "Loại văn bản"; a text with no header that reports a plan,
                 programme or scheme being approved or issued ("UBND tỉnh vừa phê duyệt Đề
                 án ...") or opens with a headline over prose (`news_headline`: a short first
                 line, dates, captions and labels aside, with no final full stop, then a
                 paragraph) is a news article (``bai_viet``); a list or a table is ``khac``
    issuer       the header's block of capitals above the motto: "BỘ CÔNG THƯƠNG" -> "Bộ Công
                 Thương", the lower body of the block with the province above it ("UBND TỈNH
                 HÀ TĨNH\nSỞ CÔNG THƯƠNG" -> "Sở Công Thương Hà Tĩnh", "SỞ CÔNG THƯƠNG TỈNH
                 NINH THUẬN\nTRUNG TÂM KHUYẾN CÔNG ..." -> "Trung tâm Khuyến công ... Ninh
                 Thuận"), a local body ("ỦY BAN NHÂN DÂN\nHUYỆN THẠCH HÀ" -> "UBND huyện Thạch
                 Hà", a town's, a district's of a city, a provincial city's: "THÀNH PHỐ VINH",
                 not "THÀNH PHỐ HÀ NỘI"), a body without its province ("HỘI ĐỒNG NHÂN DÂN")
                 completed with the header's, the table's or the date line's; else "ỦY BAN
                 NHÂN DÂN TỈNH X" -> "UBND tỉnh X"; "Bộ trưởng Bộ Công Thương chỉ thị" -> "Bộ
                 Công Thương"; "Sở Công Thương Hà Tĩnh đã phê duyệt Kế hoạch"
    province     the province in the issuer's name (null for a national body); a local body's
                 document: the one province its text names, else null; a news
                 article without one: the province its headline names, else its first
                 paragraph (a reported "UBND tỉnh" takes it too; not the venue of a national
                 body's event, "tại Thành phố Nam Định, Cục Công Thương địa phương ..."); else
                 the title's
    title        the lines under the type heading; else the plan a news article reports;
                 else a news article's headline; else the page headline (upper case, the
                 posting date dropped; not the motto, an issuer's name or part of one a
                 header wraps over lines); else the web page's title line
    signer       the name under the signature title ("PHÓ CHỦ TỊCH\\nTrần Anh Thư"), else
                 the table's "Người ký"; a title is never a signer
    period       "giai đoạn 2021 - 2025" in the title, else in the text when there is no
                 title; a one-year plan ("Kế hoạch ... năm 2020", a plan's title "... NĂM
                 2020") gives 2020-2020; a title's "đến năm 2020" gives (null, 2020); a news
                 article naming no period nor a plan's year: its lede's year of what is to be
                 done ("năm 2023, hoạt động khuyến công sẽ ..."), else the programme it names
                 by its end year ("Chương trình khuyến công quốc gia đến năm 2012": (null, 2012));
                 a text without a headline (``khac``) opening with the months of a year ("Tính
                 đến hết 6 tháng đầu năm 2014, ...": 2014-2014) or with its programme's end year
                 ("Theo đó, đến năm 2020 Chương trình ...": (null, 2020)) takes it; "Từ năm 2005
                 đến 2009" is a period where no "giai đoạn" is
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import islice

import regex

from khuyencong_extract.agencies import is_registry_name
from khuyencong_extract.context import Context
from khuyencong_extract.dates import FoundDate, date_at, find_dates, parse_date
from khuyencong_extract.docnumbers import NUMBER, DocNumber, codes, issuer_of_codes, normalise_number, type_variants
from khuyencong_extract.issuers import (
    find_province, local_body, match_issuer, named_after_body, named_as_programme_of, sole_province, was_province,
    written_local_body,
)
from khuyencong_extract.linejoin import DATELINE, PREAMBLE_DASH, is_caps
from khuyencong_extract.models import REPORT_TYPES, YEARS, Metadata, build
from khuyencong_extract.segment import PREAMBLE_CUES, PREAMBLE_HEADS, decision_anchors, open_preamble
from khuyencong_extract.texttools import (
    BLANKS, PLACE_ABBREVIATION, YEAR, document_cache, lines_holding, occurrences, unquoted,
)

# "Số: 2080/QĐ-UBND" at a line start (a table pipe may precede it; the colon may be missing,
# or end the line: a hard-wrapped copy writes "Số:" / "09/2021/QĐ-UBND"),
# also in capitals ("SỐ:"), typed without diacritics ("So: 69/QD-UBND") or with its "ố"
# lost to a decoding ("S\ufffd\ufffd:").
_NUMBER_WORDS = ("Số", "SỐ", "So", "SO", "S\ufffd")
_NUMBER_LINE = regex.compile(
    rf"(?m)^[ \t|]*(?:Số|SỐ|So|SO|S\ufffd{{1,3}})[ \t]*(?::[ \t|]*(?:\n[ \t|]*)?)?(?P<num>{NUMBER.pattern})"
)
# The annex's "(Ban hành kèm theo Quyết định số: 69/QĐ-UBND ngày ...)": the decision it
# comes with, the document itself.
_ANNEXED_TO = regex.compile(rf"kèm[ \t]+theo[ \t]+Quyết[ \t]+định[ \t]+số[ \t]*:?[ \t]*(?P<num>{NUMBER.pattern})")
# "An Giang, ngày" at a line start or after a table pipe (a web copy flattens the header's
# two columns into "Số: 1288/QĐ-TTg | Hà Nội, ngày ..."): the place-and-date line of the
# header (a web page's "Thứ bảy, ngày 18/09/2021" is the day it was posted, not a place). A
# place's words are capitalised but for those of "Thành phố", "Thị xã", "Thị trấn", a dash
# may join them ("Bà Rịa - Vũng Tàu"; a news sentence's "Trước đó, ngày 06/7/2021, Cục ... có
# Văn bản ..." names no place).
_PLACE = (r"(?!Thứ[ \t]|Chủ[ \t]+nhật)"
          r"(?=[\p{L} .\-–]{2,41},)\p{Lu}\p{L}*(?:(?:[ .]+| ?[-–] ?)(?:\p{Lu}\p{L}*|phố|xã|trấn)){0,8}\.? ?,[ \t\n]*(?=ngày)")
_PLACE_DATE = regex.compile(rf"(?m)(?:^|(?<=\|))[ \t|]*{_PLACE}")
# The place of the date on the number's own line, the header's two cells run together with spaces ("Số: 35/KH-SCT
# Quảng Nam, ngày 10 tháng 1 năm 2024").
_PLACE_AFTER_NUMBER = regex.compile(rf"[ \t]+{_PLACE}")
# A directive's signing: "Bộ trưởng Bộ Công Thương chỉ thị:".
_DIRECTIVE = regex.compile(
    r"(?P<title>Bộ trưởng|Thủ tướng|Chủ tịch)[ \t\n]+(?P<body>[^,;:\n]{2,80}?)[ \t\n]+chỉ[ \t]+thị[ \t]*:"
)
# What every directive signing holds: "chỉ thị:" (a text without it is not searched).
_DIRECTIVE_CUE = regex.compile(r"chỉ[ \t]+thị[ \t]*:")
# The issuer block of a provincial header: "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG" (or a council's
# "HỘI ĐỒNG NHÂN DÂN TỈNH ...", a province's name with a dash: "TỈNH BÀ RỊA – VŨNG TÀU").
_PROVINCE_HEADER = regex.compile(
    r"(?:(?:ỦY|UỶ)[ \t]+BAN|HỘI[ \t]+ĐỒNG)[ \t]+NHÂN[ \t]+DÂN[ \t|\n]{1,8}(?:TỈNH|THÀNH[ \t]+PHỐ)[ \t]+[\p{Lu} \-–]{2,40}"
)
# The national motto opening the header's right column: the issuer's name is the block of
# capitals above it (or before it on its line, in a flattened table row).
_MOTTO = ("CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI")
# A letter in lower case: a line holding one is no part of the issuer block.
_LOWER = regex.compile(r"\p{Ll}")
# A rule under a header block ("-------").
_RULE = regex.compile(r"[-–—_=*. \t]*")
# A department's or a centre's line in the issuer block ("SỞ CÔNG THƯƠNG", "TRUNG TÂM KHUYẾN
# CÔNG ..."): a body under the one above it.
_SUBORDINATE_LINE = regex.compile(r"(?:SỞ|TRUNG[ \t]+TÂM)[ \t]")
# A web page's note of the document it reproduces, on its own line under the page title:
# "(Theo Kế hoạch số 8/KH-UBND ngày 11/01/2021 của UBND tỉnh)".
_SOURCE_NOTE = regex.compile(
    rf"(?m)^[ \t]*\((?:Theo|Trích)[ \t]+(?P<type>[\p{{Lu}}][\p{{Ll}}]+(?:[ \t]\p{{Ll}}+)?)[ \t]+số[ \t]*:?[ \t]*"
    rf"(?P<num>{NUMBER.pattern})(?P<date>[^()\n]{{0,40}}?)(?:[ \t]+của[ \t]+(?P<who>[^()\n]{{2,80}}))?\)[ \t]*$"
)
# "Quyết định" and its misspellings (``data/doc_codes.toml``: "Quyết đinh").
_DECISION_WORDS = "|".join(
    regex.escape(word).replace(r"\ ", r"[ \t]+")
    for word in ["Quyết định", *(v for v, name in type_variants().items() if name == "Quyết định")])
# The full stop of an abbreviated "thành phố" or "thị xã" ("UBND TP. Cần Thơ vừa ban hành ..."): no
# sentence's end.
_ABBREVIATION_DOT = rf"(?<={PLACE_ABBREVIATION})\."
# A news report of a plan: "Sở Công Thương Hà Tĩnh đã phê duyệt Kế hoạch ...", "UBND tỉnh
# vừa phê duyệt Đề án ...", "UBND tỉnh Kon Tum ban hành Quyết định số 919/QĐ-UBND về việc phê
# duyệt Chương trình ...", "... Quyết định số 965/QĐ-UBND, ngày 12/5/2021, phê duyệt ...", "... ban
# hành Quyết định số 3475/QĐ-UBND phê duyệt Chương trình ...", "... phê duyệt các Đề án ..."
# (not a cited decision's title: "Thực hiện Quyết định số 688/QĐ-UBND ... của UBND tỉnh về
# việc phê duyệt Đề án ...", "Thực hiện Quyết định số 4233/QĐ-UBND ngày 13/11/2019 của Chủ tịch
# UBND tỉnh ban hành Kế hoạch ...": the reporter is no number's code and names no "của"); the
# plan's name ends before "tại Quyết định ...", a dash and
# lower-case words ("... năm 2025 – với tổng kinh phí ..."), "với tổng kinh phí", or a purpose
# "nhằm" opens after the name's year ("Kế hoạch số 395/KH-UBND về khuyến công năm 2022 nhằm
# khuyến khích, hỗ trợ ..."; a name may hold one before its year: "Kế hoạch thực hiện các
# giải pháp nhằm ..."). Its name may be written in lower case before its number: "UBND tỉnh
# vừa ban hành kế hoạch 35/KH-UBND về việc tổ chức bình chọn ...". A decision without its number
# may carry the plan out: "UBND tỉnh Đắk Nông vừa ban hành quyết định thực hiện Chương trình ...",
# or be signed, by the Prime Minister or a minister only so: "Thủ tướng Nguyễn Tấn Dũng vừa ký
# Quyết định phê duyệt Chương trình khuyến công quốc gia đến năm 2012" (not a cited decision's
# "... của Thủ tướng Chính phủ phê duyệt Chương trình ...").
_REPORTED_PLAN = regex.compile(
    rf"(?<![-/\p{{L}}])(?<!(?<!\p{{L}})của[ \t]+(?:Chủ[ \t]+tịch[ \t]+)?)"
    rf"(?P<who>(?:Sở|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Bộ(?=[ \t]+\p{{Lu}})"
    rf"|(?:Thủ tướng|Bộ trưởng)(?=[^,.;:\n]{{0,60}}?[ \t]+(?:(?:đã|vừa)[ \t]+ký|ban[ \t]+hành)[ \t]))"
    rf"(?:[ \t](?:(?!(?:về|của|ban[ \t]+hành)[ \t])(?:[^,.;:\n]|{_ABBREVIATION_DOT})){{2,60}}?)?)"
    r"[ \t]+(?:(?:đã|vừa)[ \t]+)?(?:ký[ \t]+(?:ban[ \t]+hành[ \t]+)?(?:Quyết định|quyết định)[ \t]+(?=phê[ \t]+duyệt))?"
    rf"(?:ban[ \t]+hành[ \t]+(?:{_DECISION_WORDS})[ \t]+(?:số[ \t]+[^\s,]{{1,30}}|\d[^\s,]{{0,30}})"
    rf"(?:,?[ \t]+ngày[ \t]+[\d/-]{{6,10}})?"
    r"(?:[ \t]+về[ \t]+(?:việc[ \t]+)?|,[ \t]+|[ \t]+))?"
    r"(?:phê[ \t]+duyệt|ban[ \t]+hành|ban[ \t]+hành[ \t]+quyết[ \t]+định[ \t]+thực[ \t]+hiện)[ \t]+(?:các[ \t]+)?"
    r"(?P<plan>(?:Kế hoạch|Chương trình|Đề án"
    r"|(?:kế hoạch|chương trình|đề án)(?=[ \t]+(?:số[ \t]+)?\d{1,4}/))"
    r"(?:(?![ \t]+tại[ \t]+(?:Quyết định|Văn bản|Công văn|Kế hoạch)[ \t]|[ \t]+[-–][ \t]+\p{Ll}"
    r"|[ \t]+với[ \t]+(?:tổng[ \t]+)?(?:kinh[ \t]+phí|số[ \t]+tiền)|(?<=(?<!\d)(?:19|20)\d\d)[ \t]+nhằm[ \t])[^,.;:\n]){3,150})"
)
# What every `_REPORTED_PLAN` match holds, one verb at a time (a literal start is found fast).
_REPORTING = tuple(
    regex.compile(rf"{verb}[ \t]+(?:các[ \t]+)?(?:Kế hoạch|Chương trình|Đề án|kế hoạch|chương trình|đề án)")
    for verb in (r"phê[ \t]+duyệt", r"ban[ \t]+hành", r"ban[ \t]+hành[ \t]+quyết[ \t]+định[ \t]+thực[ \t]+hiện")
)
# The characters no `_REPORTED_PLAN` match holds (a comma may set off the decision's date).
_REPORT_BREAKS = ".;:\n"
# A type heading alone on its line ("QUYẾT ĐỊNH", "KẾ HOẠCH"), or with the document's number
# after it, as a legal database's copy runs them together ("THÔNG TƯ15/2017/TT-BCT").
_TYPE_WORDS = ("QUYẾT ĐỊNH", "CHỈ THỊ", "KẾ HOẠCH", "THÔNG BÁO", "NGHỊ QUYẾT", "HƯỚNG DẪN", "BÁO CÁO", "THÔNG TƯ",
               "NGHỊ ĐỊNH")
_TYPE_HEADING = regex.compile(
    rf"(?m)^[ \t|]*(?P<type>{'|'.join(_TYPE_WORDS)})(?:[ \t]*(?:SỐ|Số)?[ \t:]*(?P<num>\d[^\s|]{{2,40}}))?[ \t|]*$"
)
# The lines under the heading, up to the issuer line (a province's, a district's: "ỦY BAN NHÂN
# DÂN HUYỆN THẠCH HÀ"), the signer's title, the first preamble clause ("Căn cứ", a plan's "Thực
# hiện"), a report's addressee ("Kính gửi: Cục Công Thương địa phương") or the first section ("I.", "Điều 1", "PHẦN I").
_TITLE_AFTER_HEADING = regex.compile(
    r"[ \t|\n]*(?P<title>[^\n].{4,400}?)\n[ \t|]*(?:(?:(?:ỦY|UỶ)[ \t]+BAN|HỘI[ \t]+ĐỒNG)[ \t]+NHÂN[ \t]+DÂN[ \t]+"
    r"(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|XÃ|PHƯỜNG|ĐẶC)"
    r"|CHỦ[ \t]+TỊCH|BỘ[ \t]+TRƯỞNG|GIÁM[ \t]+ĐỐC|THỦ[ \t]+TƯỚNG|Căn cứ|Thực hiện|(?i:kính[ \t]+gửi)|Điều[ \t]+1\b"
    r"|[IVX]{1,4}\.[ \t]"
    r"|(?:PHẦN|Phần)[ \t]+(?:[IVX]{1,4}|\d{1,2}|THỨ|thứ)(?![\p{L}\d]))",
    flags=regex.DOTALL,
)
# A page headline: a line of capitals, maybe led by "V/V" and followed by " - 25/02/2021"
# (the posting date), maybe quoted ("''VỀ VIỆC BAN HÀNH QUY ĐỊNH ...\"").
_HEADLINE = regex.compile(
    r"(?m)^[ \t]*(?P<title>(?:V/V[ \t]+)?[\"'“‘]{0,2}\p{Lu}[\p{Lu}\d ,\-–]{20,300}?[\"'”’]{0,2})"
    r"(?:[ \t]+-[ \t]+\d{1,2}/\d{1,2}/\d{4})?[ \t]*$"
)
# A preamble's "Căn cứ" clause opening a line, dashed in an older decision: a headline below
# one heads an annex.
_BASIS_LINE = regex.compile(rf"(?m)^[ \t|]*{PREAMBLE_DASH}Căn cứ")
# A web page's date or time line, never a news headline: "Cập nhật lúc 09:14, Thứ Hai,
# 31/07/2017 (GMT+7)", "Thứ Ba, 13/09/2022, 18:26", "18-4-2019, 7:31 GMT+7".
_DATE_LINE = regex.compile(
    r"(?i:cập[ \t]+nhật|thứ[ \t]+\p{L}+,|chủ[ \t]+nhật|ngày[ \t]+\d)|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}:\d{2}"
)
# A photo's credit ending a caption: "Cơ sở sản xuất chỉ sơ dừa ... Ảnh: TÍN HUY".
_PHOTO_CREDIT = regex.compile(r"(?<![\p{L}])(?:Ảnh|ẢNH|Nguồn ảnh)[ \t]*:[ \t]*[^.\n]{1,40}$")
# Any letter: a line without one (a phone number: "0275.3822 365- 3822 251") is no headline.
_LETTER = regex.compile(r"\p{L}")
# A phone number (a zero, 9 or 10 digits): "0275.6281888", "0275 3822 403".
_PHONE = regex.compile(r"(?<![\p{N}.,])0\d{2,3}[. ]?\d{3}[. ]?\d{3,4}(?![\p{N}])")
# What opens a line that is no headline: a list or section marker ("1.", "I.", "a)", "-"),
# an article ("Điều 1").
_LIST_LINE = regex.compile(r"[-+•*|–]|[IVXivx]{1,4}[.)][ \t]|\d{1,2}(?:\.\d{1,2})*[.)][ \t]|\p{Ll}\)|Điều[ \t]+\d")
# A news lede opening with a dash and its time or its source: prose, no list item ("- Ngày 07/9/2023,
# UBND tỉnh ...", "- Từ đầu năm đến nay, Trung tâm Khuyến công ...": a site that dashes every lede; "–
# Theo quyết định số 1997/QĐ-BCT ...", a paper's code lost before its dash; not "- Theo dõi, ...").
_TIMED_LEDE = regex.compile(
    r"[-–][ \t]+(?:Ngày[ \t]+\d|Năm[ \t]+\d|Từ[ \t]+đầu|Trong[ \t]+(?:năm|thời[ \t]+gian|những[ \t]+năm)"
    r"|Những[ \t]+năm|Thời[ \t]+gian|Sáng|Chiều|Tối|Theo(?=[ \t]+(?!dõi(?!\p{L}))\p{L}))(?![\p{L}])"
)
# A news headline's first character (a letter or a figure: "9 tỷ đồng thực hiện ...").
_HEADLINE_START = regex.compile(r"[\p{Lu}\d\"“]")
# A line of capitals that is the header's, never a title: the motto, a council's session
# ("KHÓA XVII - KỲ HỌP THỨ BA"; the issuer's name is matched as an issuer).
_HEADER_LINE = regex.compile(
    r"CỘNG[ \t]+H(?:ÒA|OÀ)[ \t]+XÃ[ \t]+HỘI|ĐỘC[ \t]+LẬP|KH(?:ÓA|OÁ)[ \t]+[IVXLC\d]+[ \t,\-–]+KỲ[ \t]+HỌP")
# A preamble clause starting a line: the header ends before it (or before the operative verb).
_CLAUSE_LINE = regex.compile(rf"(?m)^[ \t|]*(?:{PREAMBLE_HEADS})")
# A signature title starting a line, then the signer's name ending that line or the next,
# after one blank line at most (the space left for the signature: "CHỦ TỊCH\n\nLê Tiến
# Phương"; "PHÓ CHỦ TỊCH\nTrần Anh Thư"; a district department's "TRƯỞNG PHÒNG"), or a copy's line saying it was
# signed ("PHÓ CHỦ TỊCH\nĐã
# ký\nTrương Văn Sáu", "(Đã ký)"); a body ("GIÁM ĐỐC Sở ...") is not a name.
_SIGNATURE = regex.compile(
    r"(?m)^[ \t|]*(?:(?:KT|TM|TL|Q|TUQ)\.[ \t]*)?(?:PHÓ[ \t]+)?"
    r"(?:CHỦ[ \t]+TỊCH|BỘ[ \t]+TRƯỞNG|GIÁM[ \t]+ĐỐC|THỦ[ \t]+TƯỚNG|TRƯỞNG[ \t]+PHÒNG)[ \t|]*(?:\n[ \t|]*){0,2}"
    r"(?:\(?[Đđ]ã[ \t]+ký\)?[ \t|]*\n[ \t|]*(?:\n[ \t|]*)?)?"
    r"(?!(?:Sở|Bộ|Ủy|Uỷ|UBND|Ban|Phòng|Trung|Cục|Văn|Chi|Hội|Đài|Báo|Nơi)[ \t])"
    r"(?P<name>\p{Lu}\p{Ll}{0,7}(?:[ \t]+\p{Lu}\p{Ll}{0,7}){1,4})[ \t|]*$"
)
# The last word of a signature title: every `_SIGNATURE` match holds one on its first line.
_SIGNATURE_WORDS = ("TỊCH", "TRƯỞNG", "ĐỐC", "TƯỚNG")
# A personal name: two to five capitalised words (titles are all capitals).
_NAME = regex.compile(r"\p{Lu}\p{Ll}{0,7}(?:[ \t]+\p{Lu}\p{Ll}{0,7}){1,4}")
# A period of years: "giai đoạn 2021 - 2025", "giai đoạn 2026-2030", "giai đoạn năm 2021-2025",
# "giai đoạn từ năm 2021 đến năm 2025".
_PERIOD = regex.compile(
    r"(?i:giai[ \t\n]+đoạn)[ \t\n]+(?:từ[ \t\n]+)?(?:năm[ \t\n]+)?(?P<start>\d{4})"
    r"(?:[ \t\n]*[-–][ \t\n]*|[ \t\n]+đến[ \t\n]+(?:(?:cuối|hết)[ \t\n]+)?(?:năm[ \t\n]+)?)(?P<end>\d{4})(?!\d)"
)
# A one-year plan, programme or scheme: "Kế hoạch khuyến công địa phương năm 2020" (not "đến năm
# 2020", an end without a start, "so với năm 2015", a comparison, nor the year of a full date,
# "ngày 20 tháng 8 năm 2007").
_YEAR_PLAN = regex.compile(
    r"(?i:kế[ \t]+hoạch|chương[ \t]+trình|đề[ \t]+án)[^.;:\n]{0,120}?(?<!đến[ \t]|so[ \t]với[ \t]|tháng[ \t]\d{1,2}[ \t])"
    r"năm[ \t]+(?P<year>\d{4})(?!\d)"
)
# A title's end year without a start: "... đến năm 2020".
_UNTIL_YEAR = regex.compile(r"đến[ \t]+năm[ \t]+(?P<year>\d{4})(?!\d)")
# A programme a news report names by its end year: "Chương trình khuyến công quốc gia đến năm
# 2012" (capitalised, as a name is, and its words running on to "đến năm": "mục tiêu cụ thể của
# chương trình là đến năm 2010, ..." is a target).
_UNTIL_PLAN = regex.compile(
    r"(?:Kế[ \t]+hoạch|Chương[ \t]+trình|Đề[ \t]+án)"
    r"(?:[ \t]+(?!(?:là|sẽ|đạt|đặt|phấn[ \t]+đấu|mục[ \t]+tiêu)(?![\p{L}]))\p{L}+){1,12}?"
    r"[ \t]+đến[ \t]+năm[ \t]+(?P<year>\d{4})(?!\d)"
)
# A news lede's year of what is to be done: "Theo Sở Công Thương, năm 2023, hoạt động khuyến công
# sẽ tập trung ...", "Trong năm 2023, Trung tâm dự kiến ..." (the year opening its clause, the
# clause's verb "sẽ" or "dự kiến", or its plan: "năm 2024, tổng kế hoạch kinh phí khuyến công quốc
# gia ..."; "Năm 2017, trung tâm được giao ..." reports what was done, "đến năm 2025, tỉnh sẽ có
# ..." is a target), at the lede's start after a paper's code too ("(VLO) Năm 2023, ...", "BHG- Năm 2023, ...").
_LEDE_YEAR = regex.compile(
    r"(?:^(?:\(\p{Lu}{2,6}\)[ \t]*|\p{Lu}{2,6}[ \t]*[-–][ \t]+)?|(?<=[,.][ \t]))"
    r"(?:[Tt]rong[ \t]+)?[Nn]ăm[ \t]+(?P<year>\d{4})(?!\d),?"
    r"(?:[ \t]+(?!đã(?![\p{L}]))[^\s,.;:]+){0,12}?[ \t]+(?:sẽ|dự[ \t]+kiến|kế[ \t]+hoạch)(?![\p{L}])"
)
# A news lede's horizon: "Từ nay đến năm 2010, Hưng Yên sẽ hỗ trợ 10,6 tỷ đồng ..." (opening a
# sentence, from now on).
_LEDE_UNTIL = regex.compile(r"(?:^|(?<=[.][ \t]))[Tt]ừ[ \t]+nay[ \t]+đến[ \t]+năm[ \t]+(?P<year>\d{4})(?!\d)")
# The year of the programme a news lede names: "UBND tỉnh Lâm Đồng vừa cấp cho hoạt động khuyến
# công năm 2019 số tiền trên 9 tỷ đồng", "... phân bổ kinh phí hỗ trợ khuyến công cấp huyện năm 2023".
_LEDE_PROGRAMME_YEAR = regex.compile(
    r"(?<![\p{L}])khuyến[ \t]+công(?:[ \t]+(?:địa[ \t]+phương|quốc[ \t]+gia|cấp[ \t]+(?:huyện|tỉnh)))?"
    r"(?:[ \t]+đợt[ \t]+\d{1,2})?[ \t]+năm[ \t]+(?P<year>\d{4})(?!\d)", regex.I)
# The year of the round of a contest of rural industry's products a news lede names: "lễ trao Giấy công nhận
# sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2022", "... tiêu biểu tỉnh Bình Dương lần VII năm 2024".
_LEDE_CONTEST_YEAR = regex.compile(
    r"(?<![\p{L}])(?:công[ \t]+nghiệp[ \t]+nông[ \t]+thôn|CNNT)[ \t]+tiêu[ \t]+biểu(?:[ \t]+[^\s.,;:]+){0,6}?(?<!từ|đến)[ \t]+năm[ \t]+"
    r"(?P<year>\d{4})(?!\d)", regex.I)
# The year of an event a news lede reports held: "Cục Công Thương địa phương vừa tổ chức Hội nghị Khuyến công các tỉnh
# khu vực miền Trung - Tây Nguyên lần thứ XIII năm 2023", "khai mạc Hội chợ công nghiệp nông thôn ... năm 2024" (not a
# horizon: "Hội thảo định hướng phát triển công nghiệp nông thôn ... đến năm 2030").
_LEDE_EVENT_YEAR = regex.compile(
    r"(?<![\p{L}])(?:tổ[ \t]+chức|khai[ \t]+mạc)[ \t]+(?:(?:Hội[ \t]+(?:nghị|chợ|thảo|thi)|Triển[ \t]+lãm|Lễ|Cuộc[ \t]+thi)"
    r"(?![\p{L}]))(?:[ \t]+[^\s.,;:]+){0,14}?(?<!từ|đến|tới|sau|trước)[ \t]+năm[ \t]+(?P<year>\d{4})(?!\d)", regex.I)
_LEDE_APPROVING = regex.compile(r"(?<!\p{L})(?:vừa|đã)(?:[ \t]+[^\s,.;:]+){0,3}?[ \t]+(?:phê[ \t]+duyệt|ban[ \t]+hành|cấp|phân[ \t]+bổ"
                             r"|giao|bố[ \t]+trí|tổ[ \t]+chức|trao|khai[ \t]+mạc|đồng[ \t]+ý)(?!\p{L})"
                             r"|^[ \t]*(?:(?:sáng|chiều|tối)[ \t]+)?ngày[ \t]+\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?[ \t]*,"
                             r"(?:[ \t]+[^\s,.;:]+){1,24}?[ \t]+(?:tổ[ \t]+chức|khai[ \t]+mạc|trao|bế[ \t]+giảng)(?!\p{L})",
                             regex.I)
"""A lede's report of a plan or its money approved, issued or allotted, or of an event held: "UBND tỉnh này vừa phê
duyệt hơn 2,7 tỷ đồng", "Sở Công Thương Hà Nội đã tổ chức Hội chợ ... năm 2024", "Ngày 14/9/2022, Sở Công Thương tỉnh
Sóc Trăng tổ chức lễ trao giấy chứng nhận ..." (dated, no tense word)."""
_ANY_YEAR = regex.compile(r"(?<![\d/.,\-–])(?:19|20)\d\d(?!\d)")
"""A year, written alone."""
# The year of the day a lede opens with: "Ngày 21/11/2024, Trung tâm ... tổ chức bế giảng lớp ..." (the event's), read
# last (`dated_lede_year`).
_LEDE_DATE_YEAR = regex.compile(
    r"^[ \t]*(?:(?:sáng|chiều|tối)[ \t]+)?ngày[ \t]+\d{1,2}[/-]\d{1,2}[/-](?P<year>\d{4})[ \t]*,", regex.I)
# The lede's years `lede_period` reads, in that order.
_LEDE_YEARS = (_LEDE_YEAR, _LEDE_UNTIL, _LEDE_PROGRAMME_YEAR, _LEDE_CONTEST_YEAR, _LEDE_EVENT_YEAR)
_LEDE_ONE_YEARS = tuple(pattern for pattern in _LEDE_YEARS if pattern is not _LEDE_UNTIL)
"""The lede's years read when it names no other (`lede_period` ``alone``): no horizon."""
# A plan's year in its title: "khuyến công năm 2024" (not "đến năm 2025"); a news
# headline's too ("Yên Bái: Kết quả hoạt động khuyến công năm 2011": `_YEAR_TITLED`).
_TITLE_YEAR = regex.compile(r"(?<!đến[ \t])năm[ \t]+(?P<year>\d{4})(?!\d)")
_YEAR_TITLED = ("ke_hoach", "bai_viet")
# A title allotting or approving a year's money, whose "năm 2023" is the year of the plan it funds: "Về việc phân bổ
# kinh phí khuyến công địa phương năm 2023 (đợt 2)", "Phê duyệt kinh phí thực hiện các đề án khuyến công năm 2024",
# "Về việc phê duyệt hỗ trợ kinh phí khuyến công địa phương năm 2026 (đợt 1) cho các đề án".
_ALLOTTING_TITLE = regex.compile(
    r"[ \t]*(?:(?:về[ \t]+việc|v/v)[ \t:]*)?(?:phân[ \t]+bổ|giao|cấp|bổ[ \t]+sung|phê[ \t]+duyệt)[ \t]+"
    r"(?:dự[ \t]+toán[ \t]+|hỗ[ \t]+trợ[ \t]+)?"
    r"kinh[ \t]+phí(?!\p{L})", regex.I)
# A report's title, whose "năm 2023" is the year it reports on: "BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2023".
_REPORT_TITLE = regex.compile(r"(?i:báo[ \t]+cáo)(?!\p{L})")
# What every `_YEAR_PLAN` match ends with, and the characters none holds.
_YEAR = regex.compile(r"năm[ \t]+\d{4}(?!\d)")
_YEAR_PLAN_BREAKS = ".;:\n"
# "Về việc" / "V/v" leading a title.
_TITLE_LEAD = regex.compile(r"^(?:[Vv]ề(?:[ \t]+việc)?|VỀ(?:[ \t]+VIỆC)?|V/[Vv])[ \t:]+")
# An older decision's line under its type heading naming its issuer, number and date, as the
# Official Gazette printed it: "QUYẾT ĐỊNH / CỦA BỘ CÔNG THƯƠNG SỐ 07/2008/QĐ-BCT NGÀY 07
# THÁNG 05 NĂM 2008 / BAN HÀNH ...": no part of the title; its issuer is the document's.
_ISSUED_BY_LINE = regex.compile(
    r"(?m)^[ \t|\n]*CỦA[ \t]+(?P<who>[\p{Lu} \t]{3,80}?)[ \t]+SỐ[ \t]*:?[ \t]*\d\S{0,40}[ \t]+NGÀY[ \t]+"
    r"\d{1,2}(?:[ \t]+THÁNG[ \t]+\d{1,2}[ \t]+NĂM[ \t]+|/\d{1,2}/)\d{4}[ \t|]*(?:\n|$)"
)
# What a site's title of a document opens with: its type and number, the year, "về" ("Quyết
# định 24/2013/QĐ-UBND về Quy định ...", "Quyết định 6289/QĐ-UBND năm 2026 phê duyệt ...").
_SITE_TITLE_LEAD = regex.compile(
    rf"(?i)^(?:{'|'.join(_TYPE_WORDS)})[ \t]+(?:số[ \t]+)?\d{{1,6}}[\w./-]{{0,40}}(?:[ \t]+năm[ \t]+\d{{4}})?"
    r"(?:[ \t]+về(?:[ \t]+việc)?)?[ \t]+"
)
# A row of a copied web metadata table: "| Người ký | Lê Quang Hòa |".
_TABLE_ROW = regex.compile(r"(?m)^[ \t]*\|[ \t]*(?P<key>[^|\n]{2,40}?)[ \t]*\|[ \t]*(?P<value>[^|\n]{1,200}?)[ \t]*\|[ \t]*$")
# Group numbers of the patterns whose groups are read in loops or more than once (a group
# read by number costs a tenth of one read by name).
_ROW_KEY, _ROW_VALUE = _TABLE_ROW.groupindex["key"], _TABLE_ROW.groupindex["value"]
_NUMBER = _NUMBER_LINE.groupindex["num"]
_SIGNER = _SIGNATURE.groupindex["name"]
_PERIOD_START, _PERIOD_END = _PERIOD.groupindex["start"], _PERIOD.groupindex["end"]
# A span of years in brackets after their count: "báo cáo tổng kết 10 năm (2012 - 2022)",
# "trong 5 năm (2006-2010)", "trong 5 năm qua (2005- 2010)" (found from the bracket, a literal:
# tried where a text names no "giai đoạn"); or without the brackets, "trong 2 năm 2016-2017", "Trong 10 năm
# từ 2004 – 2014"; or after "Từ" before a comma, "Từ 2016 đến 2020, ..." ("từ 2000 - 2015 sản phẩm" is a count's range).
_YEARS_IN_BRACKETS = regex.compile(
    r"(?<=(?<!\d)\d{1,2}[ \t]+năm(?:[ \t]+(?:vừa[ \t]+)?qua)?[ \t]*)\([ \t]*(?P<start>\d{4})[ \t]*[-–][ \t]*(?P<end>\d{4})[ \t]*\)"
    r"|(?<=(?<!\d)\d{1,2}[ \t]+năm[ \t]+(?:từ[ \t]+)?)(?P<start>\d{4})[ \t]*[-–][ \t]*(?P<end>\d{4})(?!\d)"
    r"|(?<=(?<![\p{L}])[Tt]ừ[ \t]+)(?P<start>\d{4})[ \t]*(?:[-–]|đến)[ \t]*(?P<end>\d{4})(?=[ \t]*,)")
# A span of years written without "giai đoạn": "Từ năm 2005 đến 2009 tổng kinh phí ngân sách
# hỗ trợ ...", "từ năm 2016 - 2020", "từ năm 2009 đến cuối năm 2012" (tried where a text names no "giai đoạn"
# nor "N năm (X - Y)"; "từ 2000 - 2015 sản phẩm" without "năm" is a range of a count).
_FROM_YEAR_TO_YEAR = regex.compile(
    r"(?<![\p{L}])[Tt]ừ[ \t\n]+năm[ \t\n]+(?P<start>\d{4})"
    r"(?:[ \t\n]*[-–][ \t\n]*|[ \t\n]+đến[ \t\n]+(?:(?:cuối|hết)[ \t\n]+)?(?:năm[ \t\n]+)?)(?P<end>\d{4})(?!\d)"
)
# A connective a report's lede may open with before its time: "Theo đó, ", "Cụ thể, ".
_OPENING_WORDS = r"(?:\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+)?,[ \t]+)?"
# A lede opening with the months of a year it reports on: "Tính đến hết 6 tháng đầu năm 2014,
# ước thực hiện 500 triệu đồng, đạt 100% kế hoạch năm", "9 tháng năm 2023, ...": that year's plan.
_OPENING_MONTHS = regex.compile(
    _OPENING_WORDS + r"(?:(?:[Tt]ính[ \t]+)?[Đđ]ến[ \t]+(?:hết[ \t]+)?|[Tt]rong[ \t]+)?"
    r"\d{1,2}[ \t]+tháng[ \t]+(?:đầu[ \t]+)?năm[ \t]+(?P<year>\d{4})(?!\d)"
)
# A lede opening with the end year of the programme it is about: "Theo đó, đến năm 2020
# Chương trình khuyến công thành phố hướng tới mục tiêu ..." (a name, capitalised, right after
# the year: "Đến năm 2025, tỉnh phấn đấu ..." is a target), "Mục tiêu của chương trình là đến năm
# 2015, ..." (its horizon, a comma after it; "... là đến năm 2015 giải quyết việc làm cho 1.000 lao
# động" names a target's year).
_OPENING_UNTIL_PLAN = regex.compile(
    _OPENING_WORDS + r"(?:[Đđ]ến[ \t]+năm[ \t]+(?P<year>\d{4}),?[ \t]+"
    r"(?:Kế[ \t]+hoạch|Chương[ \t]+trình|Đề[ \t]+án)(?![\p{L}])"
    r"|Mục[ \t]+tiêu[ \t]+của[ \t]+(?:kế[ \t]+hoạch|chương[ \t]+trình|đề[ \t]+án)[ \t]+là[ \t]+đến[ \t]+năm[ \t]+"
    r"(?P<year>\d{4}),)"
)
# A lede opening with the year it reports on, then a comma or "là": "Năm 2025, công tác khuyến công
# trên địa bàn tỉnh Sơn La tiếp tục ...", "Năm 2021 là năm thứ 2, chính sách khuyến công địa
# phương của tỉnh Long An được triển khai ...", a round of it: "Trong đợt đầu năm 2025, tỉnh đã phê duyệt ...", "Đợt 1
# năm 2025, ..." (not "Năm 2021 - 2025", a period).
_OPENING_YEAR = regex.compile(
    _OPENING_WORDS + r"(?:[Tt]rong[ \t]+)?(?:[Đđ]ợt[ \t]+(?:đầu|cuối|\d{1,2}|[IV]{1,3})[ \t]+)?[Nn]ăm[ \t]+(?P<year>\d{4})"
    r"(?!\d)(?:[ \t]*,|[ \t]+là(?![\p{L}]))"
)
# The period a reported plan's name goes on with after a comma ("... Chương trình khuyến công
# tỉnh Lào Cai, giai đoạn năm 2021-2025").
_PERIOD_AFTER_COMMA = regex.compile(rf",[ \t]+{_PERIOD.pattern}")
_PLAN_YEAR = _YEAR_PLAN.groupindex["year"]

TABLE_KEYS = {
    "số hiệu": "number",
    "số hiệu văn bản": "number",
    "ngày ban hành": "issued_date",
    "người ký": "signer",
    "loại văn bản": "doc_type",
    "cơ quan ban hành": "issuer",
    "nơi ban hành": "issuer",
}
"""Labels of the web metadata table (or block) -> hint keys."""
_FIELD_LABELS = tuple(label[0].upper() + label[1:] for label in TABLE_KEYS)
# A field of a site's metadata block written as text: "Nơi ban hành: Tỉnh An Giang Người ký:
# Lâm Quang Thi" (the value ends at the next "Label:" or the line's end), or at a line start
# without the colon, "Người ký Nguyễn Đức Cường"; a copy of a site's cells may run each label
# on from the value before it: "Số hiệu:07/2008/QĐ-BCTNgày đăng công báo:15/05/2008",
# "Loại văn bản:Quyết địnhNgười ký:Vũ Huy Hoàng"; or in cells after the label, "Số hiệu: | 45/2012/NĐ-CP |"
# (the pipes no part of the value).
_LABELS = "|".join(sorted(_FIELD_LABELS, key=len, reverse=True))
_SITE_FIELD = regex.compile(
    rf"(?m)(?:(?<=^[ \t\-|]*)(?P<key>{_LABELS})[ \t]*:?|(?<=[ \t\p{{Ll}}])(?P<key>{_LABELS})[ \t]*:)[ \t]*"
    r"(?P<value>[^\n]+?)(?=[ \t]*(?<=[ \t\p{Ll}\p{Lu}\p{N}])\p{Lu}\p{Ll}+(?:[ \t]\p{Ll}+)*[ \t]*:|[ \t]*$)"
)

MAX_PERIOD_YEARS = 20
ISSUER_BLOCK_LINES = 6
"""At most this many lines above the motto (blank lines and rules aside, twice as many
with them) are read for the issuer's name."""
ISSUED_BY_REACH = 400
"""An older decision's issuer line is read within this many characters under its heading."""
ISSUED_BY_WITHIN = 3000
"""An older decision's issuer line (`_ISSUED_BY_LINE`) is looked for in this many characters at the top."""
SOURCE_NOTE_WITHIN = 1000
"""A page's source note (`_SOURCE_NOTE`) is looked for in this many characters at the top."""
HEADLINE_WITHIN = 2000
"""A page headline is looked for in this many characters at the top."""
NEWS_HEADLINE_WORDS = (4, 30)
"""A news headline holds this many words (fewer: a page's label, "Tin trong tỉnh", "Năm 2023")."""
NEWS_PROSE_WORDS = 15
"""A paragraph of prose holds at least this many words."""
NEWS_DATE_LINE_WORDS = 12
"""A line this short holding a date or a time anywhere is a page's date line, one holding a
phone number a line of its contact block ("Trung tâm Khuyến công & Xúc tiến thương mại 0275.6281888")."""
NEWS_BAR_WORDS = 4
"""A line this short holding a "|" is a bar of links ("Tiếng Việt | English", "Trang chủ | Tin tức")."""


def table_facts(ctx: Context) -> dict[str, str]:
    """Hints, completed by the metadata-table rows found in the source."""
    facts: dict[str, str] = {}
    head = ctx.source[:5000]
    for m in table_rows(head):
        key = TABLE_KEYS.get(m[_ROW_KEY].strip().lower())
        if key:
            facts.setdefault(key, m[_ROW_VALUE].strip())
    for m in site_fields(head):
        facts.setdefault(TABLE_KEYS[m["key"].lower()], m["value"].strip(" \t|"))
    facts.update({k: v for k, v in ctx.hints.items() if v})
    for key, value in note_facts(ctx.text).items():
        facts.setdefault(key, value)
    return facts


def note_facts(text: str) -> dict[str, str]:
    """The facts of a page's source note (`_SOURCE_NOTE`) and the page title above it: a
    page reproducing a plan says which one ("(Theo Kế hoạch số 8/KH-UBND ngày 11/01/2021
    của UBND tỉnh)"); a province-level body written without its province ("UBND tỉnh")
    takes the title's."""
    top = text[:SOURCE_NOTE_WITHIN]
    m = _SOURCE_NOTE.search(top) if "(T" in top else None
    if not m or not doc_type_of_heading(m["type"]):
        return {}
    title = top[: m.start()].strip().rsplit("\n", 1)[-1].strip()
    facts = {"number": m["num"], "issued_date": m["date"], "doc_type": m["type"], "title": title}
    if m["who"] and (issuer := match_issuer(m["who"], find_province(title) if title else None)):
        facts["issuer"] = issuer
    return {key: value for key, value in facts.items() if value}


def table_rows(text: str) -> list[regex.Match]:
    """The `_TABLE_ROW` matches of ``text`` (as ``finditer`` gives them), tried only at the
    start of the lines holding a "|" (a row is one line)."""
    return [m for line_start in lines_holding(text, ("|",)) if (m := _TABLE_ROW.match(text, line_start))]


def site_fields(text: str) -> list[regex.Match]:
    """The `_SITE_FIELD` matches of ``text`` in order, searched only in the lines holding a
    label."""
    found: list[regex.Match] = []
    for line_start in lines_holding(text, _FIELD_LABELS):
        line_end = text.find("\n", line_start)
        found.extend(_SITE_FIELD.finditer(text, line_start, len(text) if line_end == -1 else line_end))
    return found


def find_directive(text: str) -> regex.Match | None:
    """A directive's signing ("Bộ trưởng Bộ Công Thương chỉ thị:"), looked for only in a text
    that says "chỉ thị:"."""
    return _DIRECTIVE.search(text) if _DIRECTIVE_CUE.search(text) else None


def header_end(text: str) -> int:
    """Offset where the header ends: the first preamble clause or "QUYẾT ĐỊNH:" (a clause
    holds no "QUYẾT": one that starts before the verb ends before it); in a text without
    the verb, where its preamble starts (`segment.open_preamble`), else its end."""
    anchors = decision_anchors(text)
    if not anchors:
        preamble = open_preamble(text)
        return preamble[0] if preamble else len(text)
    clause = first_line_match(_CLAUSE_LINE, text, PREAMBLE_CUES, anchors[0].start())
    return clause.start() if clause else anchors[0].start()


def type_heading(text: str, end: int) -> regex.Match | None:
    """The first `_TYPE_HEADING` in ``text[:end]``."""
    return first_line_match(_TYPE_HEADING, text, _TYPE_WORDS, end)


def first_line_match(pattern: regex.Pattern, text: str, words: Iterable[str], end: int) -> regex.Match | None:
    """``pattern.search(text, 0, end)`` for a pattern that matches at a line start only and
    holds one of ``words`` on that line, tried only at the start of the lines holding one."""
    return next((m for start in lines_holding(text, words, end) if (m := pattern.match(text, start, end))), None)


def find_number(text: str, end: int, facts: dict[str, str], heading: regex.Match | None) -> DocNumber | None:
    """The header's "Số: ..." number, else the one after the type ``heading``, else the web table's."""
    if m := number_line(text, end):
        return normalise_number(m[_NUMBER])
    if heading and heading["num"] and NUMBER.fullmatch(heading["num"]):
        return normalise_number(heading["num"])
    return normalise_number(facts["number"].strip()) if facts.get("number") else None


def annexed_number(ctx: Context) -> DocNumber | None:
    """The number of the decision the annex says it is issued with (`_ANNEXED_TO`), for a
    decision whose header holds none, with a ``number_from_annex`` warning at it."""
    annexed = _ANNEXED_TO.search(ctx.text)
    number = normalise_number(annexed["num"]) if annexed else None
    if number:
        ctx.warn("number_from_annex", f"the header holds no number: {number.number}, the decision its annex is"
                 " issued with, taken for the document's", annexed.start("num"), annexed.end("num"))
    return number


def number_line(text: str, end: int) -> regex.Match | None:
    """The first `_NUMBER_LINE` in ``text[:end]`` that is no title's wrapped reference
    (`cited_in_title`)."""
    candidates = (_NUMBER_LINE.match(text, start, end) for start in lines_holding(text, _NUMBER_WORDS, end))
    return next((m for m in candidates if m and not cited_in_title(text, m)), None)


_CITED_TYPES = ("NGHỊ ĐỊNH", "QUYẾT ĐỊNH", "THÔNG TƯ", "NGHỊ QUYẾT", "CHỈ THỊ", "LUẬT")
"""The types a title in capitals names a document of before its number ("... NỘI DUNG CỦA
NGHỊ ĐỊNH / SỐ 68/2017/NĐ-CP NGÀY ...")."""


def cited_in_title(text: str, number: regex.Match) -> bool:
    """Whether a `_NUMBER_LINE` match without a colon continues a title whose line before
    ends with a type (`_CITED_TYPES`): the title cites that document, the header's own
    "Số:" is elsewhere."""
    return ":" not in number[0] and text[max(0, number.start() - 40):number.start()].rstrip().endswith(_CITED_TYPES)


def find_issued_date(text: str, end: int, directive: regex.Match | None) -> dt.date | None:
    """The header's "Place, ngày ..." date (on its own line, in its own cell or after the number, `_PLACE_AFTER_NUMBER`),
    else the signing date of ``directive`` (`find_directive`)."""
    for m in place_dates(text, end):
        if found := date_at(text, m.end()):
            return found.date
    number = number_line(text, end)
    if number and (place := _PLACE_AFTER_NUMBER.match(text, number.end(), end)) and (found := date_at(text, place.end())):
        return found.date
    if m := directive:
        before = [d for d in find_dates(text[max(0, m.start() - 80) : m.start()])]
        if before:
            return before[-1].date
    return None


# A news page's dateline: a short line near its top with the day the page was published, after a
# word saying so ("Cập nhật lúc 08:41, Thứ Sáu, 26/01/2018 (GMT+7)", "Ngày đăng: 07-06-2018", "Tin
# đăng lúc 18-11-2015") or beside a weekday or a time of day ("- Thứ Ba, 17/08/2021, 06:34 - Chia sẻ",
# "Thúy Hồng - 18:55, 18/08/2022"), or alone on its line or after a byline ("19/9/2022"). A line of the second or third kind
# that opens the page, or of the second kind that shows
# seconds, is the site's clock: the day the page was copied ("Thứ Sáu, 22/11/2024 23:48:01 GMT+7"); a
# document's gazette, "Quyết định được đăng Công báo ngày 20/5/2008", is none.
_PUBLISHED_WORD = regex.compile(r"(?<!\p{L})(?:cập nhật|đăng(?! ký| công báo)|xuất bản)(?!\p{L})", regex.I)
_DAY_OR_TIME = regex.compile(
    r"(?<!\p{L})(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)(?![\p{L}\d])|(?<![\d:])\d{1,2}:\d\d(?![\d:])", regex.I)
_SECONDS = regex.compile(r"\d:\d\d:\d\d")
# A date alone on its line under the headline, or after a byline of a few words without a figure ("Linh Nhi
# (Tổng hợp)" / "19/9/2022", which the joining of lines runs together).
_DATE_ALONE = regex.compile(r"(?:[^\d\n]{2,40}[ \t])?\d{1,2}[/-]\d{1,2}[/-]\d{4}")
_DATELINED = ("bai_viet", "khac")
"""Types of the texts a page's dateline dates: a news report, a page of no known type (one that lost its headline)."""
DATELINE_WITHIN = 2000
"""Characters from the top of a news page within which its dateline is looked for."""
DATELINE_MAX = 90
"""Characters a dateline holds at most: only a line's first ones are read (a sentence with a date
later in it is no dateline)."""


def dateline_date(text: str) -> dt.date | None:
    """The day a news page says it was published (its dateline, `_PUBLISHED_WORD`,
    `_DAY_OR_TIME`; a weekday, a date and a time alone on a line, the first too, `linejoin.DATELINE`), or None."""
    opening = True
    for line in text[:DATELINE_WITHIN].split("\n"):
        if not line.strip():
            continue
        head = line[:DATELINE_MAX]  # a dateline a lede was run on to ("... (GMT+7) 9 tháng năm 2013, Trung tâm ...")
        if dates := find_dates(head):
            if _PUBLISHED_WORD.search(head, 0, dates[0].start) or DATELINE.fullmatch(line.strip()) or (not opening and (
                    (_DAY_OR_TIME.search(head) and not _SECONDS.search(head)) or _DATE_ALONE.fullmatch(line.strip()))):
                return dates[0].date
        opening = False
    return None


@lru_cache(maxsize=1024)
def doc_type_of_heading(heading: str) -> str | None:
    """``QUYẾT ĐỊNH`` / ``Quyết định`` -> ``quyet_dinh`` (from the code table; cached: the
    same headings recur)."""
    key = " ".join(heading.split()).lower()
    for entry in codes().types.values():
        if entry["name"].lower() == key:
            return entry["meta"]
    return None


def find_doc_type(heading: regex.Match | None, directive: regex.Match | None, text: str,
                  facts: dict[str, str], number: DocNumber | None) -> str:
    """The type: a directive (`find_directive`), else the type ``heading`` (`_TYPE_HEADING`)
    names, else the operative verb, the number's code, the table's type, a news report."""
    if directive:
        return "chi_thi"
    if m := heading:
        return doc_type_of_heading(m["type"]) or "khac"
    if anchors := decision_anchors(text):
        return "nghi_quyet" if anchors[0]["verb"] == "NGHỊ" else "quyet_dinh"
    if number and number.type_code and (kind := codes().types[number.type_code]["meta"]) != "khac":
        return kind
    if facts.get("doc_type") and (kind := doc_type_of_heading(facts["doc_type"])):
        return kind
    if not number_line(text, len(text)) and (reported_plan(text) or news_headline(text)):
        return "bai_viet"
    return "khac"


def find_issuer(text: str, end: int, block: list[str], directive: regex.Match | None,
                facts: dict[str, str], number: DocNumber | None = None) -> str | None:
    """The header's issuer ``block`` (`issuer_block`, read by `block_issuer`), else "ỦY BAN NHÂN
    DÂN TỈNH X" in the header, a directive's body, a news report's subject, the ministry or
    government the ``number``'s code names (a site's table gave "Quốc hội" for Thông tư
    26/2014/TT-BCT; a legal database's copy of Thông tư 15/2017/TT-BCT names no issuer), else
    the table's issuer."""
    province_header = _PROVINCE_HEADER.search(text, 0, end)
    if block:
        if issuer := block_issuer(block, header_province(text, end, facts, province_header)):
            return issuer
    if province_header and (issuer := match_issuer(province_header[0])):
        return issuer
    if m := directive:
        if issuer := match_issuer(m["body"]):
            return issuer
    if (m := _ISSUED_BY_LINE.search(text, 0, ISSUED_BY_WITHIN)) and (issuer := _written_issuer(m["who"])):
        return issuer
    if m := reported_plan(text):
        who = _PRIME_MINISTER_NAMED.sub("Thủ tướng", m["who"])  # "Thủ tướng Nguyễn Tấn Dũng vừa ký ..."
        who = _PLACE_IN_BRACKETS.sub("", who)  # "UBND huyện Vạn Ninh (Khánh Hòa) vừa ban hành ..."
        who = _SIGNED_AFTER.sub("", who)  # "Bộ Công Thương Phan Thị Thắng đã ký (ban hành Kế hoạch ...)"
        province = news_province(text)
        if issuer := match_issuer(who, province) or written_local_body(who) or _body_before_name(who, province):
            return issuer  # "UBND huyện Bố Trạch vừa phê duyệt ...": the district's
    written = facts.get("issuer")
    stated = _written_issuer(written) if written else None
    by_code = issuer_of_codes(number.issuer_codes) if number else None
    if by_code and by_code.startswith(_NATIONAL_ISSUERS) and by_code != stated:
        return by_code
    return stated


# The Prime Minister named with his name (a news report's subject): "Thủ tướng Nguyễn Tấn Dũng".
_PRIME_MINISTER_NAMED = regex.compile(r"^Thủ[ \t]+tướng(?:[ \t]+\p{Lu}\p{Ll}*){2,4}$")
# A signing verb closing the words of who reported a plan: "(Thứ trưởng) Bộ Công Thương Phan Thị Thắng đã ký".
_SIGNED_AFTER = regex.compile(r"[ \t]+(?:(?:đã|vừa)[ \t]+)?ký$")
# A person's name after the body a leader's title names ("Bộ Công Thương Phan Thị Thắng"): two to four
# capitalised words, three (the common length) tried first.
_NAME_WORDS = (3, 2, 4)


def _body_before_name(who: str, province: str | None) -> str | None:
    """The issuer named before a person's name closing ``who`` ("Bộ Công Thương Phan Thị Thắng",
    "UBND tỉnh Trà Vinh Nguyễn Quỳnh Thiện"), or None."""
    words = who.split()
    for count in _NAME_WORDS:
        name = words[-count:]
        if len(words) > count and all(word[:1].isupper() for word in name):
            if issuer := match_issuer(" ".join(words[:-count]), province, fuzzy=False):
                return issuer
    return None


# The province of a body's place in brackets after its name, as news reports write it: "UBND huyện Vạn
# Ninh (Khánh Hòa)" (the name is read without it; the province is the report's).
_PLACE_IN_BRACKETS = regex.compile(r"[ \t]*\((?:tỉnh[ \t]+)?\p{Lu}[^()\n]{1,30}\)$")
_NATIONAL_ISSUERS = ("Bộ ", "Chính phủ", "Thủ tướng")
"""How the names of the national issuers a number's code may name start."""


def local_province(text: str, year: int | None) -> str | None:
    """The province of a local body's document of ``year``: the one province its text names
    (`sole_province`: "huyện Thạch Hà, tỉnh Hà Tĩnh"; "THÀNH PHỐ TUYÊN QUANG" names its own; one named otherwise than
    as a venue first: not "hội chợ tại thành phố Hà Nội" beside "tỉnh Hà Tĩnh") when it was one then (`was_province`:
    "Huế, ngày ... 2020" names a city); else None."""
    province = sole_province(text, times=1, venues=False)
    return province if province and was_province(province, year) else None


def _written_issuer(written: str) -> str | None:
    """The issuer a line or a site's table names ("BỘ CÔNG THƯƠNG", "Tỉnh An Giang")."""
    province = find_province(written)
    return match_issuer(written) or (f"UBND tỉnh {province}" if province else None)


def issuer_block(text: str, end: int) -> list[str]:
    """The issuer's name as the header's left column writes it, a line a string, top down:
    the lines of capitals above the motto (`_MOTTO`), up to `ISSUER_BLOCK_LINES`, and the
    cell before the motto on its line ("THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA ..."); rules, empty
    cells and a number line between them skipped. A header without the motto: the lines of
    capitals above its number's line ("UBND TỈNH BẾN TRE" / "SỞ CÔNG THƯƠNG" / "Số: 88/BC-SCT");
    empty when it has neither."""
    motto = min((at for word in _MOTTO if (at := text.find(word, 0, end)) != -1), default=-1)
    if motto == -1:
        number = number_line(text, min(end, NUMBER_LINE_WITHIN))
        motto = number.start() if number else -1
        if motto <= 0:
            return []
    block: list[str] = []
    line_start = text.rfind("\n", 0, motto) + 1
    line_end = motto
    for _ in range(2 * ISSUER_BLOCK_LINES):
        cell = text[line_start:line_end].replace("|", " ").strip()
        if cell and not _RULE.fullmatch(cell) and not _NUMBER_LINE.match(text, line_start, line_end):
            if _LOWER.search(cell):
                break
            block.append(" ".join(cell.split()))
        if line_start == 0 or len(block) == ISSUER_BLOCK_LINES:
            break
        line_end = line_start - 1
        line_start = text.rfind("\n", 0, line_end) + 1
    block.reverse()
    if ((row := _MOTTO_ROW.search(text, motto, min(end, motto + MOTTO_ROW_REACH))) and (left := _left_cell(row["cell"]))
            and (_SUBORDINATE_LINE.match(left)
                 or _NAME_GOES_ON.match(left) and not (block and _NAME_GOES_ON.search(block[-1])))):
        block.append(left)  # a department's or a centre's line, or the body's own name going on; not a number, a subject
    return block


# The motto's two lines with the left column's second cell between them, a header's rows run together ("UBND TỈNH
# QUẢNG NAM  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "SỞ CÔNG THƯƠNG  Độc lập - Tự do - Hạnh phúc", or on one line).
_MOTTO_ROW = regex.compile(r"CHỦ[ \t]+NGHĨA[ \t]+VIỆT[ \t]+NAM(?P<cell>[^\p{Ll}]{0,160}?)Độc[ \t]+lập")
MOTTO_ROW_REACH = 240
"""Characters from the motto within which its second line is looked for (`_MOTTO_ROW`)."""
NUMBER_LINE_WITHIN = 400
"""Characters from the top within which a header without the motto has its number's line (`issuer_block`)."""


# A header line going on with the body's name above it: "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NAM" (not under a line naming
# its place already: "UBND HUYỆN ĐẠI LỘC" / "TỈNH QUẢNG NAM").
_NAME_GOES_ON = regex.compile(
    r"(?:TỈNH|THÀNH[ \t]+PHỐ|HUYỆN|QUẬN|THỊ[ \t]+XÃ|XÃ(?![ \t]+HỘI[ \t]+CHỦ)|PHƯỜNG|THỊ[ \t]+TRẤN|ĐẶC[ \t]+KHU)[ \t]+\p{Lu}")


def _left_cell(between: str) -> str | None:
    """The left column's cell between the motto's two lines (`_MOTTO_ROW`): its words in capitals, rules and pipes
    dropped; None when there are none. Only a subordinate body's (`_SUBORDINATE_LINE`, "SỞ CÔNG THƯƠNG") or the
    body's name going on (`_NAME_GOES_ON`, "TỈNH QUẢNG NAM") is the issuer's second line (not "SỐ: 15/KH-UBND", "V/V
    ...", "VĂN PHÒNG")."""
    words = [line for line in between.replace("|", "\n").split("\n") if not _RULE.fullmatch(line)]
    cell = " ".join(" ".join(words).split())
    return cell or None


def block_issuer(block: list[str], province: str | None) -> str | None:
    """The issuer an `issuer_block` names: the body under the one above it, named by the
    lines from a subordinate line (`_SUBORDINATE_LINE`) down (the first such that names a
    known body), with the province of the lines above ("UBND TỈNH HÀ TĨNH" over "SỞ CÔNG
    THƯƠNG": ``Sở Công Thương Hà Tĩnh``; "SỞ CÔNG THƯƠNG TỈNH NINH THUẬN" over "TRUNG TÂM
    KHUYẾN CÔNG ...": ``Trung tâm Khuyến công ... Ninh Thuận``); without a subordinate line,
    the block's body ("THỦ TƯỚNG CHÍNH PHỦ", "HỘI ĐỒNG NHÂN DÂN" completed with ``province``)."""
    subordinates = [i for i, line in enumerate(block) if _SUBORDINATE_LINE.match(line)]
    if not subordinates:
        return match_issuer(" ".join(block), province)
    for first in subordinates:  # "SỞ TÀI CHÍNH -" / "SỞ CÔNG THƯƠNG": a joint body from the first
        if body := match_issuer(" ".join(block[first:]), fuzzy=False):
            place = find_province(" ".join(block[:first])) or province
            return f"{body} {place}" if place and not find_province(body) else body
    return None


def header_province(text: str, end: int, facts: dict[str, str], province_header: regex.Match | None) -> str | None:
    """The issuing province, for a header naming its body alone ("HỘI ĐỒNG NHÂN DÂN"): the
    header's "ỦY BAN NHÂN DÂN TỈNH X" (``province_header``, its `_PROVINCE_HEADER` match),
    else the table's issuer, else the place of the date line when it is a province ("Phú
    Thọ, ngày ...") and was one on that date (`was_province`: "Huế, ngày 28 tháng 3 năm 2009"
    names the city of Thừa Thiên Huế)."""
    if province_header and (province := find_province(province_header[0])):
        return province
    if (written := facts.get("issuer")) and (province := find_province(written)):
        return province
    place = next(place_dates(text, end), None)
    if place is None or (province := find_province(place[0])) is None:
        return None
    dated = date_at(text, place.end())
    return province if was_province(province, dated.date.year if dated else None) else None


def find_title(heading: regex.Match | None, text: str, doc_type: str, facts: dict[str, str],
               dated: FoundDate | None = None) -> str | None:
    """The lines under the type ``heading`` (`_TYPE_HEADING`; after the date line ``dated``
    under it, `heading_date`, when there is one), else a news report's plan, a
    page headline above the preamble (one below it heads an annex: "VỀ VIỆC TỔ CHỨC BÌNH
    CHỌN ..." in a copy that lost its own heading) or the site table's title without its
    type and number ("Quyết định 24/2013/QĐ-UBND về ...")."""
    if m := heading:
        start = m.end() + 1
        if issued_by := _ISSUED_BY_LINE.match(text, start, start + ISSUED_BY_REACH):
            start = issued_by.end()
        elif dated:
            start = dated.end + 1
        if t := _TITLE_AFTER_HEADING.match(text, start):
            return clean_title(t["title"])
    if doc_type == "bai_viet" and (m := reported_plan(text)):
        period = _PERIOD_AFTER_COMMA.match(text, m.end())
        plan = m["plan"]
        plan = _NUMBER_IN_BRACKETS.sub("", plan)  # "... năm 2020 (Kế hoạch 2557 ngày 6-3-2020)"
        plan = _DATE_AFTER_NUMBER.sub("", plan, count=1)  # "Kế hoạch số 395/KH-UBND ngày 19/11/2021 về ..."
        return clean_title(plan[0].upper() + plan[1:] + (period[0] if period else ""))  # "kế hoạch 35/KH-UBND"
    if doc_type == "bai_viet" and (news := news_headline(text)):
        return clean_title(news[0])
    if doc_type == "khac" and (programme := programme_first_line(text)):
        return clean_title(programme)  # "Chương trình khuyến công trên địa bàn tỉnh Đồng Nai giai đoạn 2016-2020"
    if (m := headline(text)) and not _BASIS_LINE.search(text, 0, m.start()):  # no annex heading
        return clean_title(m["title"])
    return clean_title(_SITE_TITLE_LEAD.sub("", facts["title"])) if facts.get("title") else None


# A line near a text's top naming a programme, plan or scheme of khuyến công or rural industry in
# sentence case, without a full stop: an annex's own name over its parts ("Chương trình khuyến công trên địa
# bàn tỉnh Đồng Nai giai đoạn 2016-2020" / "Phần I"), in a copy without the decision (`programme_first_line`).
PROGRAMME_LINE_WITHIN = 400
"""Characters from a text's start within which `_PROGRAMME_FIRST_LINE` is looked for (under a
sharing site's lines)."""
_PROGRAMME_FIRST_LINE = regex.compile(
    r"(?m)^(?P<title>(?:Chương[ \t]+trình|Kế[ \t]+hoạch|Đề[ \t]+án)[ \t]+(?=[^\n]{0,60}?(?i:khuyến[ \t]+công|công[ \t]+nghiệp))"
    r"\p{L}[^\n.!?:;]{10,300}?)[ \t]*(?=\n)")
# What follows a programme's name over its parts: "Phần I", a Roman marker (a heading in capitals is read as a
# line of no verb: "Chương trình ... có nhiều điểm mới" over a dateline's "HÀ NỘI" is a headline).
_PARTS_AFTER = regex.compile(r"\n[ \t]*(?:Phần[ \t]|PHẦN[ \t]|[IVX]{1,4}\.[ \t])")
# A tense word before a verb (not "đã có" of a name: "... cho các huyện đã có làng nghề"), or a lead-in's last word:
# a sentence even over parts ("Chương trình khuyến công đã hỗ trợ 120 cơ sở ..." over "II. KẾT QUẢ CỤ THỂ").
_LEAD_IN_END = r"(?<!\p{L})(?:sau|gồm)[ \t]*$"
"""A lead-in's last word closing a line: "... các nội dung sau"."""
_REPORTED_WORDS = regex.compile(rf"(?<!\p{{L}})(?:đã|sẽ|đang)[ \t]+(?!có(?!\p{{L}}))\p{{L}}|{_LEAD_IN_END}")
# A verb in a line, or a lead-in's last word: a sentence's subject ("Chương trình Khuyến công tỉnh An Giang giai
# đoạn 2021 - 2025 gồm các nội dung ...", "Kế hoạch khuyến công năm 2023 của tỉnh tập trung vào các nội dung sau").
_SENTENCE_WORDS = regex.compile(rf"(?<!\p{{L}})(?:gồm|là|được|đã|sẽ|đang|có)(?!\p{{L}})|{_LEAD_IN_END}")
# A list of related documents a sharing site puts near the top, whose lines name other documents.
_RELATED_LIST = regex.compile(
    r"(?i:tài[ \t]+liệu|bài[ \t]+viết|tin(?:[ \t]+bài)?|văn[ \t]+bản)[ \t]+liên[ \t]+quan|(?i:xem[ \t]+thêm)")


def programme_first_line(text: str) -> str | None:
    """The first line near the top of ``text`` naming a programme (`_PROGRAMME_FIRST_LINE`) that is its title:
    one over its parts (`_PARTS_AFTER`) holding no report or lead-in (`_REPORTED_WORDS`), else one with no verb
    (`_SENTENCE_WORDS`) under no list of related documents (`_RELATED_LIST`); never one of two programmes' lines
    one after the other (a list, or either the document's) but one over its parts under a line of another kind, its
    programme's ("Chương trình khuyến công tỉnh Đồng Nai giai đoạn 2021-2025" / "Kế hoạch khuyến công
    năm 2024" / "I. MỤC TIÊU")."""
    before: regex.Match | None = None  # the programme's line right before
    for m in _PROGRAMME_FIRST_LINE.finditer(text, 0, PROGRAMME_LINE_WITHIN):
        next_line = _PROGRAMME_FIRST_LINE.match(text, m.end() + 1)
        under = before if before is not None and m.start() == before.end() + 1 else None
        before = m
        over_parts = next_line is None and _PARTS_AFTER.match(text, m.end()) is not None
        if next_line or (under is not None and not (over_parts and not _siblings(under["title"], m["title"]))):
            continue  # two names of programmes on lines one after the other: a list, or either the document's
        if over_parts:
            return None if _REPORTED_WORDS.search(m["title"]) else m["title"]
        if not (_SENTENCE_WORDS.search(m["title"]) or _RELATED_LIST.search(text, 0, m.start())):
            return m["title"]
    return None


def _siblings(first: str, second: str) -> bool:
    """Whether two programmes' names are of one kind and span as many years ("Kế hoạch khuyến công địa phương năm 2024
    ..." and "Kế hoạch khuyến công quốc gia năm 2024 ...", a list's "Kế hoạch khuyến công năm 2022" and "... năm
    2023"), not a programme and a part of it under it ("... giai đoạn 2021-2025" over "... năm 2024")."""
    return first.split()[0].lower() == second.split()[0].lower() and _span_of(first) == _span_of(second)


def _span_of(name: str) -> int:
    """How many years a programme's name spans: a range's ("giai đoạn 2021-2025": 5), else one."""
    years = [int(year) for year in YEAR.findall(name)]
    return max(years) - min(years) + 1 if len(years) > 1 and "đến năm" not in name.lower() else 1


def heading_date(heading: regex.Match | None, text: str) -> FoundDate | None:
    """The date alone on the line under a type ``heading`` that carries the number, as a
    legal database's copy writes it ("THÔNG TƯ15/2017/TT-BCT / ngày 31 tháng 8 năm 2017")."""
    if heading is None or not heading["num"]:
        return None
    found = date_at(text, heading.end())
    line_end = text.find("\n", heading.end() + 1)
    return found if found and found.end == (len(text) if line_end < 0 else line_end) else None


def headline(text: str) -> regex.Match | None:
    """The first `_HEADLINE` in the top `HEADLINE_WITHIN` characters that is no header line
    (the motto, an issuer's name: "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "ỦY BAN NHÂN DÂN HUYỆN THẠCH
    HÀ") nor an agency's name alone (a signature's "CỤC CÔNG THƯƠNG ĐỊA PHƯƠNG")."""
    for m in _HEADLINE.finditer(text, 0, min(len(text), HEADLINE_WITHIN)):
        if (not _HEADER_LINE.match(m["title"]) and not names_a_body(m["title"])
                and not is_registry_name(m["title"]) and not wrapped_body_name(text, m.start(), m.end())):
            return m
    return None


def wrapped_body_name(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is part of a body's name a header wraps over two or
    three lines in capitals: with the line above, the line below or both, the name of a body
    (`names_a_body`): "TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN" over "PHÁT
    TRIỂN CÔNG NGHIỆP"."""
    line = " ".join(text[start:end].split())
    above, below = _caps_line_before(text, start), _caps_line_after(text, end)
    for name in (f"{line} {below}" if below else "", f"{above} {line}" if above else "",
                 f"{above} {line} {below}" if above and below else ""):
        if name and names_a_body(name):
            return True
    return False


def names_a_body(name: str) -> bool:
    """Whether ``name`` is an issuing body's name as written (`match_issuer`, no fuzzy match) or
    a local committee's (`local_body`)."""
    return bool(match_issuer(name, fuzzy=False) or local_body(name))


def _caps_line_before(text: str, start: int) -> str:
    """The line in capitals right above offset ``start`` (a line start), pipes and blanks aside; ""
    when that line is not in capitals."""
    line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
    line = " ".join(text[line_start : max(line_start, start - 1)].replace("|", " ").split())
    return line if is_caps(line) else ""


def _caps_line_after(text: str, end: int) -> str:
    """The line in capitals right under offset ``end`` (a line end), pipes and blanks aside; ""
    when that line is not in capitals."""
    line_end = text.find("\n", end + 1)
    line = " ".join(text[end + 1 : len(text) if line_end == -1 else line_end].replace("|", " ").split())
    return line if is_caps(line) else ""


@document_cache()
def news_headline(text: str) -> tuple[str, str] | None:
    """A news report's headline and its first paragraph: the text's first line (blank lines,
    date and time lines (`_DATE_LINE`), captions in parentheses and labels shorter than
    `NEWS_HEADLINE_WORDS` passed over) when it is short, opens with a letter or a figure and
    no list marker, ends with no full stop (but one over a page's date line, `dated_under`, its
    stop left out), and the first such line under it is a paragraph
    of prose (`is_prose`); or, with one headline-shaped line between them, the line under a
    section label (`_is_section_label`), else the first line over its sub-heading. A site's masthead, an issuer's name
    in capitals, over a headline a page's date line is under (`dated_under`) is passed over ("SỞ CÔNG THƯƠNG TỈNH HÀ
    TĨNH" / "Hà Tĩnh: Công tác khuyến công ..." / "Ngày đăng: 05/12/2025"), and so is a kicker
    closed by a colon right over the headline ("Hội đồng bình chọn ... năm 2023:"
    / "Chọn 35 sản phẩm, bộ sản phẩm để trao chứng nhận")."""
    head = text[:HEADLINE_WITHIN]
    lines = (line.strip() for line in head.split("\n"))
    kept = (line for line in lines if not passed_over(line))
    title = next(kept, None)
    if title and is_caps(title) and match_issuer(title, fuzzy=False) and (headline := next(kept, None)) is not None and (
            is_headline(headline) and dated_under(head, headline)):
        title = headline  # "SỞ CÔNG THƯƠNG TỈNH HÀ TĨNH" over a headline and its page's date line: the site's masthead
    if title and title[-1] == ":" and is_headline(title[:-1]):
        kicker, title = title, next(kept, None)
        if title is None or f"{kicker}\n{title}" not in head:
            return None
    if title and title.endswith(".") and not title.endswith("..") and not title.startswith(_CAPTION_OPENINGS) and (
            is_headline(title[:-1]) and dated_under(head, title)):
        title = title[:-1]  # "Khuyến công tỉnh Hải Dương: 16 cơ sở được hỗ trợ ... 3,67 tỷ đồng." over "Thứ Hai 27/12/2021 07:49"
    if not title or not is_headline(title):
        return None
    after = list(islice((line for line in kept if line.rstrip(".") != title), 2))  # a print view repeats it
    if after and is_prose(after[0]):
        return title, after[0]
    if len(after) == 2 and is_headline(after[0]) and is_prose(after[1]):  # a label or a sub-heading between
        return (after[0], after[1]) if _is_section_label(title) else (title, after[1])
    return None


_CAPTION_OPENINGS = ("Ảnh:", "Ảnh :", "ẢNH:", "(Ảnh", "Ảnh minh họa", "Ảnh minh hoạ")
"""How a photo's caption opens: a line with a full stop over a date line that is no headline."""


def dated_under(head: str, line: str) -> bool:
    """Whether the first line that is not blank under ``line`` (a stripped line of ``head``) is a
    page's date line (`is_date_line`): what shows a line ending with a full stop to be a headline all the same."""
    at = head.find(line)
    return is_date_line(next((rest.strip() for rest in head[at + len(line):].split("\n") if rest.strip()), ""))


def _is_section_label(line: str) -> bool:
    """Whether a line above a headline is the site's section label ("VĂN HÓA XÃ HỘI - PHONG
    TỤC TẬP QUÁN", "Kinh tế Xây dựng - Giao thông"), not a headline over its sub-heading: in
    capitals, or of `SECTION_LABEL_WORDS` words at most."""
    return is_caps(line) or len(_WORDS.findall(line)) <= SECTION_LABEL_WORDS


SECTION_LABEL_WORDS = 6
_WORDS = regex.compile(r"[\p{L}\p{N}]+")


def news_headline_end(text: str) -> int | None:
    """Offset in ``text`` where a news report's headline (`news_headline`) ends, or None."""
    if news := news_headline(text):
        return text.find(news[0]) + len(news[0])
    return None


def passed_over(line: str) -> bool:
    """Whether a stripped line above or under a news headline is none of the article: blank,
    a short line holding a date or time (`_DATE_LINE`: "Thời sự - Ngày đăng : 08:22,
    04/05/2011"; a paragraph opening "Ngày 3-1, ..." is prose), a caption (in parentheses,
    or credited "Ảnh: TÍN HUY"), a label ("Tin trong tỉnh", "Bản in"), a site's bar of links
    ("Tiếng Việt | English") or a line of its contact block: a bullet ("• EMAIL:"), a line
    without a letter ("0275.3822 365- 3822 251"), a short line holding a phone number."""
    words = len(line.split())
    return (not line or (line[0] == "(" and line[-1] == ")") or words < NEWS_HEADLINE_WORDS[0]
            or line[0] == "•" or _LETTER.search(line) is None or (words <= NEWS_BAR_WORDS and "|" in line)
            or is_date_line(line) or (words <= NEWS_DATE_LINE_WORDS and _PHONE.search(line) is not None)
            or _PHOTO_CREDIT.search(line) is not None)


def is_date_line(line: str) -> bool:
    """Whether a stripped line is a page's date line: short, holding a date or a time (`_DATE_LINE`)."""
    return len(line.split()) <= NEWS_DATE_LINE_WORDS and _DATE_LINE.search(line) is not None


def is_headline(line: str) -> bool:
    """Whether a stripped line reads as a news headline (see `news_headline`); a row of table
    cells, a header's line (the motto, an issuer's name), a line holding an address ("Sở Công
    Thương Đắk Lắkhttps://socongthuong.daklak.gov.vn/assets/images/logo.png", a logo's) does not."""
    low, high = NEWS_HEADLINE_WORDS
    return (low <= len(line.split()) <= high and line[-1] not in ".;,:" and "|" not in line and "://" not in line
            and _HEADLINE_START.match(line) is not None and not _LIST_LINE.match(line) and not _HEADER_LINE.match(line)
            and not match_issuer(line, fuzzy=False))


def is_prose(line: str) -> bool:
    """Whether a stripped line is a paragraph of prose: `NEWS_PROSE_WORDS` words or more, no
    list marker (`_LIST_LINE`) but the dash of a lede opening with its time (`_TIMED_LEDE`:
    "- Ngày 07/9/2023, UBND tỉnh ..."), no table cells ("|"), a comma or a full stop."""
    return (len(line.split()) >= NEWS_PROSE_WORDS and "|" not in line
            and (not _LIST_LINE.match(line) or _TIMED_LEDE.match(line) is not None)
            and ("," in line or "." in line))


def document_province(issuer: str | None, text: str, title: str | None, doc_type: str) -> str | None:
    """The issuer's province; for a document without an issuer, a report whose issuer names
    none ("UBND tỉnh đã ban hành ..."), or a provincial committee's whose header names none
    ("UỶ BAN NHÂN DÂN", its title "... TỈNH THỪA THIÊN HUẾ ĐẾN NĂM 2015"), `text_province` (a
    national body's document has none); a department's, `department_province` ("SỞ TÀI CHÍNH - SỞ
    CÔNG THƯƠNG")."""
    if issuer and (province := find_province(issuer)):
        return province
    if issuer and issuer.startswith("Sở ") and doc_type not in REPORT_TYPES:
        return department_province(text, title)
    if not issuer or doc_type in REPORT_TYPES or issuer in _BARE_PROVINCIAL:
        return text_province(text, title, doc_type)
    return None


def department_province(text: str, title: str | None) -> str | None:
    """The province of a department named without it: the one its title names as the programme's or the province's
    own (`_OWN_PROVINCE`: "Khuyến công tỉnh Nghệ An năm 2024", "... trên địa bàn tỉnh Nghệ An"), else the one it names
    when it names no place away from home (`_AWAY`: a venue, a destination, a partner, a visit or an event elsewhere,
    "Tham gia Hội chợ ... tại tỉnh Lâm Đồng", "học tập kinh nghiệm ... tỉnh Bắc Ninh"), else one its text names right
    after one of the province's bodies (`named_after_body`: "... của UBND tỉnh Nghệ An ban hành ...")."""
    for own in _OWN_PROVINCE.finditer(title or ""):
        if province := find_province(own[1]):
            return province
    if title and not _AWAY.search(title) and (province := find_province(title)):
        return province  # "Khuyến công năm 2024 tỉnh Nghệ An", "Phát triển làng nghề tỉnh Thái Bình ..."
    province = sole_province(text, times=1)
    return province if province and named_after_body(text, province) else None


# Words of a title naming a place away from home: a venue, a destination, a partner, a region, a visit or an event held
# elsewhere ("tại thành phố Đà Lạt, tỉnh Lâm Đồng", "học tập kinh nghiệm ... tỉnh Bắc Ninh", "Phối hợp với tỉnh Lâm Đồng",
# "khu vực Tây Nguyên - Lâm Đồng", "đoàn tham quan ... tỉnh Bắc Ninh", "Hội chợ ... thành phố Hà Nội").
_AWAY = regex.compile(
    r"(?<!\p{L})(?:tại|ở|đến|với|sang|khu[ \t]+vực|kinh[ \t]+nghiệm|tham[ \t]+quan|khảo[ \t]+sát|học[ \t]+tập|hội[ \t]+chợ"
    r"|triển[ \t]+lãm|tuần[ \t]+lễ|festival|giữa|liên[ \t]+kết)(?!\p{L})", regex.I)
# A province a title names as the programme's or the province's own: "khuyến công (địa phương) tỉnh X", "công nghiệp
# nông thôn tỉnh X", "trên địa bàn tỉnh X", "của (UBND) tỉnh X".
_OWN_PROVINCE = regex.compile(
    r"(?<!\p{L})(?:khuyến[ \t]+công(?:[ \t]+(?:địa[ \t]+phương|quốc[ \t]+gia))?|công[ \t]+nghiệp[ \t]+nông[ \t]+thôn"
    r"|trên[ \t]+địa[ \t]+bàn|của(?:[ \t]+(?:UBND|Ủy[ \t]+ban[ \t]+nhân[ \t]+dân))?)[ \t]+"
    r"((?:tỉnh|thành[ \t]+phố|TP\.?)[ \t]+\p{L}+(?:[ \t]+\p{L}+){0,3})", regex.I)


def with_province(issuer: str | None, province: str | None) -> str | None:
    """A provincial body named without its province ("UBND tỉnh", "Sở Công Thương": a news
    report's "UBND tỉnh vừa ban hành ...") with the document's province."""
    if not (issuer and province) or find_province(issuer):
        return issuer
    return f"{issuer} {province}" if issuer in _BARE_PROVINCIAL or issuer.startswith("Sở ") else issuer


_BARE_PROVINCIAL = frozenset({"UBND tỉnh", "HĐND tỉnh"})


def text_province(text: str, title: str | None, doc_type: str) -> str | None:
    """The province of a document without an issuer: a news report's (`news_province`),
    else the one its title names ("Chương trình khuyến công tỉnh Ninh Bình ...", the plan a
    news report names), else, in prose (a news report or a text of no known type), the one
    province it names, twice at least (`sole_province`: "Năm 2013, UBND tỉnh Ninh Bình ...
    Trung tâm Khuyến công Ninh Bình ..."), or once right after one of its bodies' names
    or as its programme's (`committee_province`)."""
    province = news_province(text) if doc_type == "bai_viet" else None
    province = province or (find_province(title) if title else None)
    if province is None and doc_type in REPORT_TYPES:
        province = sole_province(text) or committee_province(text)
    return province


def committee_province(text: str) -> str | None:
    """The one province ``text`` names, when it names it once only but right after one of its
    bodies' names (`named_after_body`): its People's Committee's ("Theo đó, UBND tỉnh Tây Ninh
    yêu cầu các sở, ban, ngành ..."), a department's or a centre's ("lãnh đạo Sở Công Thương
    Cần Thơ"); or as the one whose programme it names (`named_as_programme_of`: "chương
    trình khuyến công thành phố Cần Thơ")."""
    province = sole_province(text, times=1)
    if province and (named_after_body(text, province) or named_as_programme_of(text, province)):
        return province
    return None


def news_province(text: str) -> str | None:
    """The province a news report is about: named in its headline, else in its first
    paragraph (`news_headline`) but as the venue of a national body's event, before it or
    after it (`_NATIONAL_VENUE`, `_NATIONAL_VENUE_AFTER`)."""
    if news := news_headline(text):
        lede = _NATIONAL_VENUE_AFTER.sub("", _NATIONAL_VENUE.sub("", news[1]))
        return find_province(news[0]) or find_province(lede)
    return None


# A national body: the ministry, its Cục Công Thương (Công nghiệp) địa phương, a national centre
# "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp 1" to "3".
_NATIONAL_BODY = (
    r"(?:Bộ[ \t]+Công[ \t]+[Tt]hương|Cục[ \t]+Công[ \t]+(?:[Tt]hương|[Nn]ghiệp)[ \t]+[Đđ]ịa[ \t]+phương"
    r"|Trung[ \t]+tâm[ \t]+Khuyến[ \t]+công[ \t]+"
    r"(?:và[ \t]+Tư[ \t]+vấn[ \t]+phát[ \t]+triển[ \t]+[Cc]ông[ \t]+nghiệp[ \t]+)?(?:[1-3]|I{1,3}))(?![\p{L}\d])"
)
# The venue of an event a national body holds alone, to its comma: "Sáng ngày 05/11, tại Thành
# phố Nam Định, Cục Công Thương địa phương (Bộ Công thương) tổ chức Hội nghị ..." (the body, its
# parent in brackets or after a dash, "tổ chức"); "tại thành phố Gia Nghĩa tỉnh Đắk Nông, Cục
# Công Thương địa phương - Bộ Công Thương phối hợp với Sở Công Thương tỉnh ..." is the province's
# event too, "tại thành phố Y, Sở Công Thương tỉnh X tổ chức ..." a province's. A venue may name
# its hall first: "tại Cung triển lãm Kiến trúc, Quy hoạch xây dựng Quốc gia, Hà Nội, Bộ Công Thương
# tổ chức ...".
_NATIONAL_VENUE = regex.compile(
    rf"(?<![\p{{L}}])[Tt]ại[ \t]+(?:[^,.;:\n]{{2,60}},[ \t]+){{1,3}}(?={_NATIONAL_BODY}"
    rf"(?:[ \t]*\([^()\n]{{1,60}}\)|[ \t]+[-–][ \t]+{_NATIONAL_BODY})?"
    r"[ \t]+(?:(?:đã|vừa)[ \t]+)?tổ[ \t]+chức(?![\p{L}]))"
)
# The same venue after the event: "Cục Công Thương địa phương vừa tổ chức Hội nghị Khuyến công các tỉnh khu vực miền
# Trung - Tây Nguyên tại tỉnh Đắk Nông" (the body right before "tổ chức", the venue in the same sentence).
_NATIONAL_VENUE_AFTER = regex.compile(
    rf"(?<={_NATIONAL_BODY}(?:[ \t]*\([^()\n]{{1,60}}\)|[ \t]+[-–][ \t]+{_NATIONAL_BODY})?"
    r"[ \t]+(?:(?:đã|vừa)[ \t]+)?tổ[ \t]+chức(?![\p{L}])[^.;\n]{0,200}?)"
    r"(?<![\p{L}])tại[ \t]+[^,.;:\n]{2,60}")


def clean_title(text: str) -> str | None:
    """Whitespace collapsed, table pipes, the rule under it, quotes around it all and a
    leading "Về việc" ("V/V") dropped."""
    title = unquoted(_RULE_AFTER.sub("", " ".join(text.replace("|", " ").split())).strip(" .;,:"))
    return _TITLE_LEAD.sub("", title) or None


# The date of a reported plan written after its own number: "Kế hoạch số 395/KH-UBND ngày 19/11/2021 về khuyến công
# ..." is named "Kế hoạch số 395/KH-UBND về khuyến công ..." as where no date is written (not a document's it names:
# "Kế hoạch số 395/KH-UBND thực hiện Quyết định số 1881/QĐ-TTg ngày 20/11/2020 ...").
_DATE_AFTER_NUMBER = regex.compile(
    r"(?<=^\p{L}+(?:[ \t]+\p{L}+){0,4}?(?:[ \t]+số)?[ \t]*:?[ \t]*\d[^\s,;]*)[ \t]+ngày[ \t]+\d{1,2}"
    r"(?:[ \t]*[/.\-][ \t]*\d{1,2}[ \t]*[/.\-][ \t]*\d{4}|[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4})(?!\d)")
# A bracket closing a reported plan's name that gives its number and date, no part of the name:
# "Kế hoạch khuyến công trên địa bàn Đồng Nai năm 2020 (Kế hoạch 2557 ngày 6-3-2020)"; or the short name
# the report calls it by after: "Kế hoạch tổ chức bình chọn ... năm 2023 (Kế hoạch)".
_NUMBER_IN_BRACKETS = regex.compile(
    r"[ \t]*\((?:Kế[ \t]+hoạch|Quyết[ \t]+định|Nghị[ \t]+quyết)(?:(?:[ \t]+số)?[ \t]*:?[ \t]*\d[^()\n]{0,60})?\)[ \t]*\Z")
# The rule a header draws under its title ("... TRÊN ĐỊA BÀN TỈNH SƠN LA ---------").
_RULE_AFTER = regex.compile(r"[ \t]*[-–_=*]{3,}[ \t]*$")


def find_signer(text: str, facts: dict[str, str]) -> str | None:
    """The name under the last signature title, else the table's "Người ký"."""
    names = [m[_SIGNER] for m in signatures(text)]
    if names:
        return names[-1]
    written = " ".join(facts.get("signer", "").replace("|", " ").split())
    return written if written and _NAME.fullmatch(written) else None


def signatures(text: str) -> list[regex.Match]:
    """The `_SIGNATURE` matches of ``text`` in order (as ``finditer`` gives them), tried only
    at the start of the lines that hold a signature title word."""
    found: list[regex.Match] = []
    pos = 0
    for line_start in lines_holding(text, _SIGNATURE_WORDS):
        if line_start >= pos and (m := _SIGNATURE.match(text, line_start)):
            found.append(m)
            pos = m.end()
    return found


def place_dates(text: str, end: int) -> Iterator[regex.Match]:
    """The `_PLACE_DATE` matches of ``text[:end]`` in order (as ``finditer`` gives them, and as
    lazily), tried only at the start of the table cell (the line, or its part after the last
    "|" there) holding the comma before each "ngày" (those cells come in order: the "ngày" do)."""
    pos, tried = 0, -1
    for day in occurrences(text, "ngày", end):
        cell_start = _comma_cell(text, day)
        if cell_start != tried and cell_start >= pos and (m := _PLACE_DATE.match(text, cell_start, end)):
            yield m
            pos = m.end()
        tried = cell_start


def _comma_cell(text: str, pos: int) -> int:
    """Start of the line holding the last character before ``pos`` that is not a space, tab
    or newline (a `_PLACE_DATE` match ends with a comma there), or past the first "|" of the
    last run of pipes and blanks between them (where a match after a pipe starts)."""
    last = pos - 1
    while last > 0 and text[last] in " \t\n":
        last -= 1
    line_start = text.rfind("\n", 0, last) + 1
    pipe = text.rfind("|", line_start, last)
    if pipe == -1:
        return line_start
    run = pipe
    while run > line_start and text[run - 1] in " \t|":
        run -= 1
    return line_start if run == line_start else text.index("|", run) + 1


@document_cache()
def reported_plan(text: str) -> regex.Match | None:
    """``_REPORTED_PLAN.search(text)``, looked for only in the stretches between its breaks
    that hold a reporting verb before a plan (`_REPORTING`)."""
    verbs = heapq.merge(*((m.start() for m in verb.finditer(text)) for verb in _REPORTING))
    return search_in_runs(_REPORTED_PLAN, text, verbs, _REPORT_BREAKS)


def year_plan(text: str) -> regex.Match | None:
    """``_YEAR_PLAN.search(text)``, looked for only in the stretches between its breaks that
    hold a year (`_YEAR`)."""
    return search_in_runs(_YEAR_PLAN, text, (m.start() for m in _YEAR.finditer(text)), _YEAR_PLAN_BREAKS)


def search_in_runs(pattern: regex.Pattern, text: str, anchors: Iterable[int], breaks: str) -> regex.Match | None:
    """``pattern.search(text)`` for a pattern whose every match lies in a run of text free of
    the characters ``breaks`` and holds one of the offsets ``anchors`` (in order): only the
    runs holding an anchor are searched."""
    searched = 0
    for at in anchors:
        if at < searched:
            continue
        start, searched = run_around(text, at, breaks)
        if m := pattern.search(text, start, searched):
            return m
    return None


def run_around(text: str, pos: int, breaks: str) -> tuple[int, int]:
    """Offsets of the run of text free of the characters ``breaks`` around ``pos``."""
    before, after = _break_patterns(breaks)
    start = before.search(text, 0, pos)
    end = after.search(text, pos)
    return start.end() if start else 0, end.start() if end else len(text)


@cache
def _break_patterns(breaks: str) -> tuple[regex.Pattern, regex.Pattern]:
    """Patterns finding the last of the characters ``breaks`` before an offset, the first after it
    (a full stop: not that of "TP.", `_ABBREVIATION_DOT`)."""
    any_break = f"[{regex.escape(breaks)}]"
    if "." in breaks:
        any_break = f"(?!{_ABBREVIATION_DOT}){any_break}"
    return regex.compile(f"(?r){any_break}"), regex.compile(any_break)


def is_report(number: DocNumber | None, title: str | None) -> bool:
    """Whether the document is a report, its title's year the one it reports on: its number's code is "BC"
    ("88/BC-SCT") or its title opens "BÁO CÁO" (`_REPORT_TITLE`)."""
    return (number is not None and number.type_code == "BC") or (title is not None and _REPORT_TITLE.match(title) is not None)


def find_period(title: str | None, text: str, doc_type: str | None = None,
                report: bool | None = None) -> tuple[int | None, int | None]:
    """(start, end) years of the programme: from the title when there is one (a plan's
    whatever its case: "KẾ HOẠCH\nKHUYẾN CÔNG NĂM 2024" is 2024-2024; "đến năm 2020" an end
    without a start; a news headline's "năm 2011": "Kết quả hoạt động khuyến công năm 2011"),
    else the first period after the text's preamble ("giai đoạn 2021-2025", else "10 năm (2012 -
    2022)"; a title without one has none: the text's are those of the documents it cites; but
    a news article's headline seldom names the period its text reports on), else the first
    plan's year it names (a news article's lede's year, `lede_period`, before it; a programme's earlier year it names
    before that plan, `_earlier_programme_year`), else, for a news article, the year of a lede opening with its full
    date (`dated_lede_year`), else the end year of the programme it names (`until_plan_period`). Figures outside `YEARS`
    ("giai đoạn 1000-1005") are no period. A text of no known type (``khac``) opening with its
    time takes it first (`opening_period`); "Từ năm 2005 đến 2009" is a period after the
    others (`_FROM_YEAR_TO_YEAR`), and a ``khac`` text's opening year (`_OPENING_YEAR`) after
    them. ``report``: the title is a report's (`is_report`; None: its title tells), its year the one it reports
    on, as a plan's."""
    year_titled = (doc_type in _YEAR_TITLED or (is_report(None, title) if report is None else report)
                   or bool(title and _ALLOTTING_TITLE.match(title)))
    if title and ((period := title_period(title.lower(), year_titled)) != (None, None) or doc_type != "bai_viet"):
        return period  # a news article's headline without a period: its text's first
    body = after_preamble(text)
    if doc_type == "khac" and (opening := opening_period(text, body)):
        return opening  # a text without a headline: its lede's opening frames it
    if doc_type == "bai_viet" and (lede := lede_period(text, alone=True)):
        return lede  # "UBND tỉnh này vừa phê duyệt hơn 2,7 tỷ đồng kinh phí ... năm 2019.", a look back after it
    for pattern in (_PERIOD, _YEARS_IN_BRACKETS, _FROM_YEAR_TO_YEAR):
        if m := pattern.search(text, body):
            if checked := checked_period(int(m["start"]), int(m["end"])):
                return checked
    if doc_type == "khac" and (m := _OPENING_YEAR.match(text, BLANKS.match(text, body).end())) and (
            year := int(m["year"])) in YEARS:
        return year, year  # the year it reports on: "Năm 2025, công tác khuyến công ..."
    if doc_type == "bai_viet" and (lede := lede_period(text)):
        return lede  # a report's lede frames it before any plan its text goes on to name
    if (m := year_plan(text)) and (year := int(m[_PLAN_YEAR])) in YEARS:
        if doc_type == "bai_viet" and (earlier := _earlier_programme_year(text, body, m.start(), year)):
            return earlier, earlier  # "... từ nguồn kinh phí khuyến công quốc gia năm 2024 ..." before "... đăng ký đề
        return year, last_year_joined(text, m.end(), year)  # án khuyến công năm 2025"
    if doc_type == "khac":  # "Kinh phí thực hiện khuyến công đợt 2 năm 2018 ...", "... bình chọn sản phẩm CNNT tiêu biểu năm 2022"
        for pattern in (_LEDE_PROGRAMME_YEAR, _LEDE_CONTEST_YEAR):
            if (m := pattern.search(text, body)) and (year := int(m["year"])) in YEARS:
                return year, year
    if doc_type == "bai_viet" and (dated := dated_lede_year(text)):
        return dated, dated  # "Ngày 21/11/2024, Trung tâm ... tổ chức bế giảng lớp ...", nothing else naming a year
    return until_plan_period(text) if doc_type == "bai_viet" else (None, None)


def last_year_joined(text: str, end: int, year: int) -> int:
    """The year a plan's ``year`` (ending at ``end``) is joined to by "và" or a comma when it is
    the next one ("... đề án KCQG ... năm 2022 và năm 2023" is 2022-2023), else ``year``."""
    m = _AND_YEAR.match(text, end)
    return year + 1 if m and int(m["year"]) == year + 1 else year


# A second year joined to a plan's: "năm 2022 và năm 2023", "năm 2022, 2023".
_AND_YEAR = regex.compile(r"[ \t]*(?:,|và)[ \t]+(?:năm[ \t]+)?(?P<year>\d{4})(?!\d)")


def opening_period(text: str, body: int) -> tuple[int | None, int] | None:
    """The period a text of no known type opens with, from ``body`` on:
    the year of the months it reports on (`_OPENING_MONTHS`: "Tính đến hết 6 tháng đầu năm
    2014, ..." is 2014-2014), or the end year of the programme it is about
    (`_OPENING_UNTIL_PLAN`: "Theo đó, đến năm 2020 Chương trình khuyến công thành phố ..." is
    (None, 2020)); None when it opens with neither."""
    start = BLANKS.match(text, body).end()  # neither pattern runs past a line's end
    if (m := _OPENING_MONTHS.match(text, start)) and (year := int(m["year"])) in YEARS:
        return year, year
    if (m := _OPENING_UNTIL_PLAN.match(text, start)) and (year := int(m["year"])) in YEARS:
        return None, year
    return None


def until_plan_period(text: str) -> tuple[int | None, int | None]:
    """The end year of the first programme a news report names by it (`_UNTIL_PLAN`: "Chương
    trình khuyến công quốc gia đến năm 2012" is (None, 2012); an untitled document's is a cited
    one's), else (None, None)."""
    if (m := until_plan(text)) and (year := int(m["year"])) in YEARS:
        return None, year
    return None, None


# The year a dated lede's review names: "Ngày 5/1/2025, Sở Công Thương tổ chức tổng kết năm 2024: ...".
_LEDE_REVIEW_YEAR = regex.compile(r"(?<!\p{L})(?:tổng|sơ)[ \t]+kết[^.;:\n]{0,50}?(?<!\p{L})năm[ \t]+(?P<year>\d{4})(?!\d)",
                                  regex.I)


def dated_lede_year(text: str) -> int | None:
    """The year of a news report's lede opening with its full date (`_LEDE_DATE_YEAR`): the year of the review it names
    (`_LEDE_REVIEW_YEAR`: "Ngày 5/1/2025, Sở Công Thương tổ chức tổng kết năm 2024: ..." is 2024), else the date's (not
    another year it names, "từ năm 2010"); None for another lede."""
    news = news_headline(text)
    if news is None or (dated := _LEDE_DATE_YEAR.match(news[1])) is None:
        return None
    named = _LEDE_REVIEW_YEAR.search(news[1], dated.end())
    year = int(named["year"] if named else dated["year"])
    return year if year in YEARS else None


def _earlier_programme_year(text: str, start: int, end: int, year: int) -> int | None:
    """The year of the first programme a news report's text names from ``start`` to ``end``
    (`_LEDE_PROGRAMME_YEAR`: "từ nguồn kinh phí khuyến công quốc gia năm 2024"), when earlier than the plan's ``year``
    named after it (a closing call to register for the next year): the year it reports on; else None."""
    m = _LEDE_PROGRAMME_YEAR.search(text, start, end)
    return int(m["year"]) if m and int(m["year"]) in YEARS and int(m["year"]) < year else None


def lede_period(text: str, alone: bool = False) -> tuple[int | None, int] | None:
    """The period a news report's lede names, or None: its year of what is to be done or of its
    plan (`_LEDE_YEAR`: "năm 2023, hoạt động khuyến công sẽ ..." is 2023-2023), the year its plan
    runs to (`_LEDE_UNTIL`: "Từ nay đến năm 2010, Hưng Yên sẽ hỗ trợ ..." is (None, 2010)), or the
    year of the programme it names (`_LEDE_PROGRAMME_YEAR`: "vừa cấp cho hoạt động khuyến công năm
    2019 số tiền ..."), or of the contest round it names (`_LEDE_CONTEST_YEAR`), or of the event it reports held
    (`_LEDE_EVENT_YEAR`: "vừa tổ chức Hội nghị Khuyến công ... năm 2023"), to the next year when its plan is joined
    to it ("... tổng kết công tác khuyến công năm 2023 và triển khai kế hoạch năm 2024" is 2023-2024). ``alone``: only
    a lede reporting a plan or its money approved, allotted or issued or an event held (`_LEDE_APPROVING`), that names
    no other years ("giai đoạn 2021-2025", "năm 2018 và 2019"; the next year's plan joined to its year aside,
    `_next_plan_years`), its plan's, its programme's or its contest's year."""
    if news := news_headline(text):
        if alone and (len(set(_ANY_YEAR.findall(news[1])) - _next_plan_years(news[1])) > 1
                      or not _LEDE_APPROVING.search(news[1])):
            return None
        for pattern in _LEDE_ONE_YEARS if alone else _LEDE_YEARS:
            if (m := pattern.search(news[1])) and (year := int(m["year"])) in YEARS:
                if pattern is _LEDE_UNTIL:
                    return None, year
                return year, year + 1 if _next_year_joined(news[1], m.end(), year) else year
    return None


def _next_plan_years(text: str) -> set[str]:
    """The years of ``text`` that are the next year's plan joined to a year (`_AND_NEXT_YEAR`: "Hội nghị tổng kết công tác
    khuyến công năm 2023 và triển khai kế hoạch năm 2024" names 2024 so), as written: no other year of a lede."""
    return {nxt["year"] for m in _TITLE_YEAR.finditer(text) if (nxt := _next_year_joined(text, m.end(), int(m["year"])))}


def _next_year_joined(text: str, end: int, year: int) -> regex.Match | None:
    """The next year's plan or tasks joined to ``year``, a year ending at ``end`` (`_AND_NEXT_YEAR`, "năm 2023 và kế
    hoạch năm 2024"), or None."""
    nxt = _AND_NEXT_YEAR.match(text, end)
    return nxt if nxt and int(nxt["year"]) == year + 1 else None


def until_plan(text: str) -> regex.Match | None:
    """``_UNTIL_PLAN.search(text)``, looked for only in the stretches between the breaks of
    `_YEAR_PLAN` that hold an end year (`_UNTIL_YEAR`)."""
    return search_in_runs(_UNTIL_PLAN, text, (m.start() for m in _UNTIL_YEAR.finditer(text)), _YEAR_PLAN_BREAKS)


def after_preamble(text: str) -> int:
    """Where the text after its preamble starts (0 without one): the periods of the
    documents a preamble cites are not the text's."""
    if anchors := decision_anchors(text):
        return anchors[0].end()
    preamble = open_preamble(text)
    return preamble[1] if preamble else 0


def title_period(title: str, plan: bool) -> tuple[int | None, int | None]:
    """`find_period` of a title in lower case; ``plan``: the title of a plan, whose "năm
    2024" is its year without the word "kế hoạch" before it (or a year closing it, `_TITLE_LAST_YEAR`)."""
    if m := _PERIOD.search(title):
        return checked_period(int(m[_PERIOD_START]), int(m[_PERIOD_END])) or (None, None)
    if m := _UNTIL_YEAR.search(title):
        year = int(m["year"])
        return (None, year) if year in YEARS else (None, None)
    if plan and (m := _TITLE_YEAR.search(title)) and (year := int(m["year"])) in YEARS and _next_year_joined(
            title, m.end(), year):
        return year, year + 1  # "kết quả ... năm 2023 và kế hoạch năm 2024"
    m = year_plan(title) or (_TITLE_YEAR.search(title) or _TITLE_LAST_YEAR.search(title) if plan else None)
    return (year, last_year_joined(title, m.end(), year)) if m and (year := int(m["year"])) in YEARS else (None, None)


# A year closing a headline without "năm": "Tôn vinh 110 sản phẩm công nghiệp nông thôn tiêu biểu quốc gia 2019"
# (not a number's: "45/2012").
_TITLE_LAST_YEAR = regex.compile(r"(?<![\d/.\-–])[ \t](?P<year>(?:19|20)\d\d)[ \t]*$")


# What a report's (a plan's) year may be joined to: the next year's plan or tasks, "năm 2023 và kế hoạch năm 2024",
# "năm 2023, phương hướng nhiệm vụ năm 2024".
_AND_NEXT_YEAR = regex.compile(
    r"[ \t]*(?:,[ \t]*|[ \t]+và[ \t]+)(?:(?:triển[ \t]+khai|dự[ \t]+kiến|đề[ \t]+xuất|xây[ \t]+dựng)[ \t]+)?"
    r"(?:kế[ \t]+hoạch|phương[ \t]+hướng|nhiệm[ \t]+vụ|dự[ \t]+toán|mục[ \t]+tiêu|chương[ \t]+trình)"
    r"(?:[ \t,]+\p{L}+){0,5}?[ \t]+năm[ \t]+(?P<year>\d{4})(?!\d)")


def checked_period(start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` when both are years (`YEARS`) and ``end`` is at most
    `MAX_PERIOD_YEARS` after ``start``."""
    return (start, end) if 0 <= end - start <= MAX_PERIOD_YEARS and start in YEARS and end in YEARS else None


def extract_metadata(ctx: Context) -> Metadata:
    text = ctx.text
    end = header_end(text)
    facts = table_facts(ctx)
    directive, heading = find_directive(text), type_heading(text, end)
    number = find_number(text, end, facts, heading)
    doc_type = find_doc_type(heading, directive, text, facts, number)
    if number is None and doc_type == "quyet_dinh":
        number = annexed_number(ctx)
    dated = heading_date(heading, text)
    issued_date = (find_issued_date(text, end, directive) or (dated.date if dated else None)
                   or parse_date(facts.get("issued_date", "")))
    if issued_date is None and doc_type in _DATELINED:
        issued_date = dateline_date(text)
    year = issued_date.year if issued_date else None
    block = issuer_block(text, end)
    local = local_body(" ".join(block), year) if block else None  # "UBND huyện Thạch Hà"
    issuer = local or find_issuer(text, end, block, directive, facts, number)
    title = find_title(heading, text, doc_type, facts, dated)
    start_year, end_year = find_period(title, text, doc_type, is_report(number, title))
    province = local_province(text, year) if local else document_province(issuer, text, title, doc_type)
    if province is None and doc_type == "bai_viet" and facts.get("site"):
        province = find_province(facts["site"])  # a news page naming none: its department's site's
    return build(Metadata, {
        "doc_type": doc_type,
        "number": number.number if number else None,
        "issued_date": issued_date,
        "issuer": with_province(issuer, province),
        "province": province,
        "signer": find_signer(text, facts),
        "title": title,
        "period_start": start_year,
        "period_end": end_year,
    })
