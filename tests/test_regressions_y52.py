"""Re-reading audit Y52 (six long texts of 2021-2025: programmes, yearly plans, a report; provinces before the 2025
mergers), mended in part."""

from khuyencong_extract.pipeline import extract_text


def test_a_programmes_money_by_source_and_the_provinces_by_year():
    # E4, E5 (and E1 with them): the counterpart money is the total's last item, the local money keeps its source though
    # its parts name the province's and the districts', and the province's money by year adds up to the province's
    text = ("III. KINH PHÍ THỰC HIỆN\nTổng kinh phí thực hiện Chương trình là 34.600 triệu đồng (Ba mươi bốn tỷ, sáu trăm "
            "triệu\nđồng), bao gồm:\n- Ngân sách trung ương (kinh phí khuyến công quốc gia): 9.000 triệu đồng;\n"
            "- Ngân sách địa phương: 8.600 triệu đồng, trong đó ngân sách tỉnh 7.500 triệu đồng, ngân\nsách cấp huyện "
            "1.100 triệu đồng;\n- Vốn đối ứng của cơ sở công nghiệp nông thôn: 17.000 triệu đồng.\nKinh phí ngân sách "
            "tỉnh theo từng năm: năm 2021 là 1.300 triệu đồng, năm 2022 là 1.400 triệu\nđồng, năm 2023 là 1.500 triệu "
            "đồng, năm 2024 là 1.600 triệu đồng, năm 2025 là 1.700 triệu\nđồng.\n")
    budget = extract_text(text).budget
    assert [(b.amount_vnd // 10**6, b.funding_source, b.part_of) for b in budget] == [
        (34600, None, None), (9000, "quốc gia", 0), (8600, "địa phương", 0), (7500, "địa phương", 2),
        (1100, "địa phương", 2), (17000, "đối ứng", 0)] + [(1300 + 100 * k, "địa phương", 3) for k in range(5)]


def test_the_whole_split_by_source_within_another_clause_names_none():
    # "Theo Chương trình khuyến công địa phương ..., với tổng kinh phí 610 triệu đồng ... Trong đó, kinh phí khuyến
    # công địa phương hỗ trợ 195 triệu đồng": the total holds the firm's money, its source is no one's
    text = ("Theo Chương trình khuyến công địa phương năm 2018, Trung tâm được giao phối hợp với Công ty Cổ phần Godere "
            "thực hiện đầu tư cụm máy móc thiết bị, với tổng kinh phí 610 triệu đồng để chế biến cà phê bột. Trong đó, "
            "kinh phí khuyến công địa phương hỗ trợ 195 triệu đồng, còn lại là vốn đối ứng của doanh nghiệp.")
    assert extract_text(text).budget[0].funding_source is None


def test_work_not_carried_out_in_the_year_before_a_plans_own():
    # E7: in a plan for 2022, a project of 2021 not carried out is not done, though 2021 is before the plan's period
    text = ("KẾ HOẠCH\nKhuyến công địa phương năm 2022\nII. KẾT QUẢ THỰC HIỆN NĂM 2021\nNăm 2021, Sở Công Thương đã chỉ đạo "
            "Trung tâm Khuyến công triển khai 9/10 đề án khuyến công địa phương được giao, 01 đề án không thực hiện "
            "được do cơ sở không đủ vốn đối ứng. Kinh phí đã giải ngân 1.920 triệu đồng, đạt 87% kế hoạch.\n"
            "III. NỘI DUNG KẾ HOẠCH NĂM 2022\nTổ chức 10 lớp đào tạo nghề.\n")
    assert [(t.value, t.achieved) for t in extract_text(text).targets][:2] == [(9, True), (1, False)]


def test_trainees_counted_by_a_classifier_of_a_classifier():
    # E14
    targets = extract_text("Tổ chức 10 lớp tập huấn cho 400 lượt chủ cơ sở công nghiệp nông thôn.").targets
    assert [(t.value, t.unit) for t in targets] == [(10, "lớp"), (400, "lượt chủ cơ sở")]


def test_the_partners_after_the_lead_agencys_apposition():
    # E9: "Là cơ quan thường trực, chủ trì, phối hợp với ..., Ủy ban nhân dân các huyện ... tổ chức ...": the heading's
    text = ("V. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương\nLà cơ quan thường trực, chủ trì, phối hợp với các sở, ban ngành, Ủy "
            "ban nhân dân các huyện, thành phố tổ chức thực hiện Chương trình.\n2. Sở Tài chính\nBố trí kinh phí.\n")
    assert [(d.agency_id, d.role) for d in extract_text(text).duties] == [("so_cong_thuong", "lead"),
                                                                          ("so_tai_chinh", "execute")]


def test_a_second_proposal_a_body_gives_in_its_document():
    # E10: "... và Sở Tài chính tại Công văn số 402/STC-HCSN ..."
    text = ("QUYẾT ĐỊNH\nTheo đề nghị của Sở Công Thương tại Tờ trình số 118/TTr-SCT ngày 07 tháng 02 năm 2023 và Sở Tài "
            "chính tại Công văn số 402/STC-HCSN ngày 13 tháng 02 năm 2023.\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch.\n")
    assert [(c.number, c.role, c.issuer) for c in extract_text(text).citations] == [
        ("118/TTr-SCT", "proposal", "Sở Công Thương"), ("402/STC-HCSN", "proposal", "Sở Tài chính")]


def test_splits_of_the_local_money_by_year_and_by_content_in_a_clean_copy():
    # E2, E6: each split adds up to the local 15.000, a blank line after each lead-in
    text = ("III. KINH PHÍ THỰC HIỆN\n\n1. Tổng kinh phí thực hiện Chương trình giai đoạn 2021-2025 dự kiến là 52.500 "
            "triệu đồng, trong đó:\n\n- Kinh phí khuyến công quốc gia: 12.000 triệu đồng;\n- Kinh phí khuyến công địa "
            "phương (ngân sách tỉnh): 15.000 triệu đồng;\n- Vốn đối ứng của các cơ sở công nghiệp nông thôn và các nguồn "
            "vốn hợp pháp khác: 25.500 triệu đồng.\n\n2. Kinh phí khuyến công địa phương phân theo từng năm:\n\n"
            "- Năm 2021: 2.500 triệu đồng;\n- Năm 2022: 2.800 triệu đồng;\n- Năm 2023: 3.000 triệu đồng;\n"
            "- Năm 2024: 3.200 triệu đồng;\n- Năm 2025: 3.500 triệu đồng.\n\n3. Kinh phí khuyến công địa phương phân "
            "theo nội dung:\n\n- Đào tạo nghề, truyền nghề: 1.800 triệu đồng;\n- Nâng cao năng lực quản lý: 700 triệu "
            "đồng;\n- Hỗ trợ ứng dụng máy móc thiết bị: 7.500 triệu đồng;\n- Phát triển sản phẩm công nghiệp nông thôn "
            "tiêu biểu: 2.500 triệu đồng;\n- Hỗ trợ phát triển cụm công nghiệp: 1.500 triệu đồng;\n- Thông tin, tuyên "
            "truyền: 500 triệu đồng;\n- Nâng cao năng lực quản lý và tổ chức thực hiện chương trình: 500 triệu đồng.\n")
    parents = [b.part_of for b in extract_text(text).budget]
    assert parents == [None, 0, 0, 0] + [2] * 5 + [2] * 7


def test_progress_against_the_programme_as_parts_of_its_wholes():
    # E8: "N/M <noun>, đạt P%" (the share written agreeing with N/M) reports N as done, and the share with it
    text = ("3. Kết quả 3 năm thực hiện Chương trình khuyến công giai đoạn 2021-2025\n"
            "So với mục tiêu Chương trình giai đoạn 2021-2025:\n"
            "- Hỗ trợ ứng dụng máy móc thiết bị: 31/50 cơ sở, đạt 62%;\n"
            "- Đào tạo nghề, truyền nghề: 640/1.200 lao động, đạt 53,3%;\n"
            "- Tập huấn nâng cao năng lực quản lý: 6/10 lớp, đạt 60%.\n")
    targets = extract_text(text).targets
    assert [(t.value, t.unit, t.achieved) for t in targets] == [
        (31, "cơ sở", True), (62, "%", True), (640, "lao động", True), (53.3, "%", True), (6, "lớp", True),
        (60, "%", True)]


def test_a_share_not_agreeing_with_its_fraction_nor_a_plans_reports_nothing():
    # a share that is no N/M of the figure before it says nothing of it; a plan's fraction and share stay a plan
    for line in ("- Hỗ trợ ứng dụng máy móc thiết bị: 31/50 cơ sở, đạt 90%;\n",
                 "Phấn đấu đến năm 2025 hỗ trợ 45/50 cơ sở, đạt 90%.\n"):
        targets = extract_text("KẾ HOẠCH KHUYẾN CÔNG NĂM 2025\n" + line).targets
        assert [(t.value, t.achieved) for t in targets][:2] == [(targets[0].value, False), (90, False)]


def test_the_share_of_the_plan_an_estimate_of_spending_reached():
    # E8, related: the 96,3% is done as the 5.650 it is the share of is
    document = extract_text("Ước giải ngân cả năm 5.650 triệu đồng, đạt 96,3% kế hoạch.\n")
    assert [(b.amount_vnd, b.achieved) for b in document.budget] == [(5_650_000_000, True)]
    assert [(t.value, t.unit, t.achieved) for t in document.targets] == [(96.3, "%", True)]


def test_a_lettered_items_one_project_and_the_plans_sixteen():
    # E13: "... nông thôn: 01 đề án" is a count (a colon after "thôn" ends a noun, no hamlet's number), so the five
    # items add up to the 16 projects
    text = ("1. Tổng kinh phí khuyến công địa phương năm 2023 là 3.200 triệu đồng, để thực hiện 16 đề án, nhiệm vụ khuyến "
            "công, cụ thể:\na) Hỗ trợ ứng dụng máy móc thiết bị tiên tiến: 10 đề án, kinh phí 2.000 triệu đồng.\n"
            "b) Đào tạo nghề, truyền nghề: 03 đề án, kinh phí 360 triệu đồng.\n"
            "c) Tập huấn thương mại điện tử cho cơ sở công nghiệp nông thôn: 01 đề án, kinh phí 90 triệu đồng.\n"
            "d) Tổ chức hội chợ: 01 đề án, kinh phí 500 triệu đồng.\n"
            "đ) Nhiệm vụ khác: 01 nhiệm vụ, kinh phí 150 triệu đồng.\n")
    targets = extract_text(text).targets
    assert [(t.value, t.unit, t.part_of) for t in targets] == [
        (16, "đề án", None), (10, "đề án", 0), (3, "đề án", 0), (1, "đề án", 0), (1, "đề án", 0), (1, "nhiệm vụ", 0)]


def test_a_hamlets_number_after_its_label_is_no_count():
    # ... while a label's colon still makes a reference: "Thôn: 12" opening its line (no count of xã); the same words
    # closing a noun do not ("cho các cơ sở ở nông thôn: 12 cơ sở")
    assert extract_text("Địa điểm thực hiện:\nThôn: 12 xã Cư Ni, huyện Ea Kar.\n").targets == []
    targets = extract_text("Hỗ trợ máy móc cho các cơ sở ở nông thôn: 12 cơ sở.\n").targets
    assert [(t.value, t.unit) for t in targets] == [(12, "cơ sở")]


def test_a_yearly_plan_written_inline_splits_a_count_already_split_by_trade():
    # E12: the machines' plan by year adds up to the 30 as its split by trade does
    text = ("2. Mục tiêu cụ thể\na) Hỗ trợ 30 cơ sở công nghiệp nông thôn ứng dụng máy móc thiết bị tiên tiến, trong đó "
            "10 cơ sở chế biến nông sản, 12 cơ sở chế biến gỗ, lâm sản và 8 cơ sở sản xuất hàng thủ công mỹ nghệ.\n"
            "II. NỘI DUNG VÀ KẾ HOẠCH THỰC HIỆN\n2. Hỗ trợ ứng dụng máy móc thiết bị tiên tiến\n"
            "Kế hoạch thực hiện theo từng năm: năm 2021: 5 cơ sở; năm 2022: 6 cơ sở; năm 2023: 6 cơ sở;\n"
            "năm 2024: 6 cơ sở; năm 2025: 7 cơ sở.\n")
    targets = extract_text(text).targets
    assert [(t.value, t.part_of) for t in targets] == [
        (30, None), (10, 0), (12, 0), (8, 0), (5, 0), (6, 0), (6, 0), (6, 0), (7, 0)]


def test_an_inline_yearly_list_not_adding_up_is_no_split():
    text = ("a) Hỗ trợ 30 cơ sở ứng dụng máy móc thiết bị.\n"
            "Kế hoạch thực hiện theo từng năm: năm 2021: 5 cơ sở; năm 2022: 6 cơ sở; năm 2023: 6 cơ sở.\n")
    assert [t.part_of for t in extract_text(text).targets] == [None, None, None, None]


def test_goals_then_contents_in_an_articles_numbered_points():
    # E11: the programme inside Điều 1 is numbered 1.-5.; its goal's 08 cơ sở is repeated by its contents' 08 cơ sở
    text = ("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Chương trình khuyến công tỉnh Hậu Giang giai đoạn 2021-2025, như sau:\n"
            "1. Mục tiêu\na) Mục tiêu chung\nPhát triển công nghiệp nông thôn.\nb) Mục tiêu cụ thể\n"
            "- Hỗ trợ 08 cơ sở áp dụng sản xuất sạch hơn, tiết kiệm năng lượng.\n"
            "2. Nội dung\ng) Sản xuất sạch hơn\nHỗ trợ ứng dụng giải pháp tiết kiệm năng lượng cho 08 cơ sở.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n")
    targets = extract_text(text).targets
    assert [(t.value, t.restates) for t in targets] == [(8, None), (8, 0)]


def test_an_articles_points_of_other_kinds_repeat_nothing():
    # ... not points of one kind, as projects listed one by one
    text = ("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt các đề án khuyến công năm 2024, như sau:\n"
            "1. Đề án đào tạo nghề mây tre đan tại xã A: tổ chức 01 lớp cho 30 lao động.\n"
            "2. Đề án đào tạo nghề mây tre đan tại xã B: tổ chức 01 lớp cho 30 lao động.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n")
    assert [t.restates for t in extract_text(text).targets] == [None, None, None, None]


def test_a_plans_projects_under_a_lettered_item_holding_their_whole():
    # E3: the dash items under "a) ...: 10 đề án, kinh phí 2.000 triệu đồng." are its parts, one wrapped after its
    # colon too; the lettered items are the 3.200's
    text = ("1. Tổng kinh phí khuyến công địa phương năm 2023 là 3.200 triệu đồng, để thực hiện 16 đề án, cụ thể:\n"
            "a) Hỗ trợ ứng dụng máy móc thiết bị tiên tiến: 3 đề án, kinh phí 600 triệu đồng.\n"
            "- Hỗ trợ ứng dụng máy đóng chai nước mắm tại Cơ sở nước mắm Thành Hải: 200 triệu đồng;\n"
            "- Hỗ trợ ứng dụng máy CNC chạm khắc gỗ tại Cơ sở mộc mỹ nghệ Phúc Lộc, thị xã Ba Đồn:\n"
            "220 triệu đồng;\n"
            "- Hỗ trợ ứng dụng lò sấy gỗ tại Công ty TNHH Lâm sản Tuyên Hóa: 180 triệu đồng.\n"
            "b) Đào tạo nghề, truyền nghề: 13 đề án, kinh phí 2.500 triệu đồng.\n"
            "c) Chi quản lý, kiểm tra, giám sát, nghiệm thu đề án: 100 triệu đồng.\n")
    budget = extract_text(text).budget
    assert [(b.amount_vnd // 1_000_000, b.part_of) for b in budget] == [
        (3200, None), (600, 0), (200, 1), (220, 1), (180, 1), (2500, 0), (100, 0)]
    assert {b.funding_source for b in budget} == {"địa phương"}


def test_dash_items_under_a_lettered_item_without_an_amount_are_not_the_item_befores():
    # a lettered item holding no amount heads its own dash items: they are no parts of the item before it
    text = ("1. Kinh phí thực hiện năm 2023 là 1.000 triệu đồng, cụ thể:\n"
            "a) Hỗ trợ ứng dụng máy móc thiết bị: kinh phí 500 triệu đồng.\n"
            "b) Đào tạo nghề tại các huyện.\n"
            "- Lớp nghề mây tre đan: 250 triệu đồng;\n- Lớp nghề mộc: 250 triệu đồng.\n")
    assert [b.part_of for b in extract_text(text).budget] == [None, 0, 0, 0]
