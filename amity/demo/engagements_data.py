"""Demo engagements and partnerships for `amity demo`, as plain data. `demo/engagements.py`
loads them through the services.

What is real and what is not:

- From the seed pages: the Conference on the deployment of people-to-people diplomacy
  tasks in 2024 held by the Dong Nai union on 2 February 2024, with the people the page
  names (diacritics added to their names: Lương Thanh Tùng, Nguyễn Thành Trí, Võ Văn
  Phi) and the 2023 results it reports; the national union's (VUFO) working visit to
  Yen Bai on 15 August 2023, led by Ambassador Nguyễn Phương Nga and received by Ngô
  Hạnh Phúc (the Chinese page writes both names two ways), with what the province asked
  for; and Yen Bai's friendship relations with Vientiane and Xaignabouli (Laos),
  Val-de-Marne (France), Yunnan (China) and Mimasaka (Japan). Yen Bai merged into Lao
  Cai on 1 July 2025, so those relations belong to the Lao Cai union, and events before
  that day are placed in the units of their day (`pre2025:15`, Yen Bai province, which
  rolls up into today's Lao Cai, `2025:15`).
- INVENTED for the demo: every follow-up's owner, due date and status; the partnerships'
  types and signed dates (each partnership's notes say so); the training course's
  attendees count and list, the aid-promotion meeting's and the international
  conference's participants, the conference itself and its approval decision. The
  training course, the aid-promotion meeting and the Yunnan delegation retell the
  portal's invented stories (`portal_data.py`) and are linked to them. Real NGOs of
  `data.py` appear as participants only to show participants taken from the registry:
  that does NOT mean they attended these events.

Dates are ISO days, or whole numbers of days from the day the demo is loaded (the
international conference, so that its Decision 06/2020 report is always coming due in
the demo). Places are (structure, code) of `amity/geo` units. A participant's `org` is
the key of one of its union's organizations in `data.py` (NGOS) or `aid_data.py`
(ORGANIZATIONS).
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------
# Partnerships (Lao Cai, formerly Yen Bai's): the partner's own name is the title
# ---------------------------------------------------------------------------------------

_INVENTED_DATE = "Ngày ký do bản demo giả định, chưa đối chiếu với văn bản ký kết."
_YEN_BAI = "Quan hệ của tỉnh Yên Bái, nay thuộc tỉnh Lào Cai (từ ngày 1/7/2025)."

PARTNERSHIPS: list[dict] = [
    {
        "union": "lao-cai",
        "key": "vientiane",
        "title": "ແຂວງວຽງຈັນ",
        "title_vi": "Tỉnh Viêng Chăn",
        "title_en": "Vientiane Province",
        "title_zh_hans": "万象省",
        "country": "LA",
        "type": "sister",
        "signed_date": "2009-07-18",
        "notes": f"{_YEN_BAI} {_INVENTED_DATE}",
    },
    {
        "union": "lao-cai",
        "key": "xaignabouli",
        "title": "ແຂວງໄຊຍະບູລີ",
        "title_vi": "Tỉnh Xay-nha-bu-ly",
        "title_en": "Xaignabouli Province",
        "title_zh_hans": "沙耶武里省",
        "country": "LA",
        "type": "sister",
        "signed_date": "2012-09-05",
        "notes": f"{_YEN_BAI} {_INVENTED_DATE}",
    },
    {
        "union": "lao-cai",
        "key": "val-de-marne",
        "title": "Département du Val-de-Marne",
        "title_vi": "Tỉnh Val-de-Marne",
        "title_en": "Val-de-Marne Department",
        "title_zh_hans": "马恩河谷省",
        "country": "FR",
        "type": "friendship",
        "signed_date": "1996-11-20",
        "notes": f"{_YEN_BAI} {_INVENTED_DATE}",
    },
    {
        "union": "lao-cai",
        "key": "yunnan",
        "title": "云南省",
        "title_vi": "Tỉnh Vân Nam",
        "title_en": "Yunnan Province",
        "title_zh_hans": "云南省",
        "country": "CN",
        "type": "friendship",
        "signed_date": "2015-06-10",
        "notes": f"{_YEN_BAI} {_INVENTED_DATE}",
    },
    {
        "union": "lao-cai",
        "key": "mimasaka",
        "title": "美作市",
        "title_vi": "Thành phố Mimasaka",
        "title_en": "Mimasaka City",
        "title_zh_hans": "美作市",
        "country": "JP",
        "type": "friendship",
        "signed_date": "2018-10-01",
        "notes": f"{_YEN_BAI} {_INVENTED_DATE}",
    },
]

# ---------------------------------------------------------------------------------------
# Engagements
# ---------------------------------------------------------------------------------------

_PACCOM = "Ban Điều phối viện trợ nhân dân (PACCOM), VUFO"
_DN_NGO_DIVISION = "Ban Công tác phi chính phủ nước ngoài, Liên hiệp tỉnh Đồng Nai"


def _engagement(**fields) -> dict:
    return {
        "title_vi": fields["title"],
        "end": None,
        "place": None,
        "country": None,
        "venue": "",
        "partnership": None,
        "approval": None,
        "topic": "",
        "attendees_count": None,
        "materials": "",
        "outcomes": "",
        "article": None,
        "participants": [],
        "follow_ups": [],
        **fields,
    }


def _person(side: str, name: str, position: str, organization_name: str = "") -> dict:
    return {
        "side": side,
        "name": name,
        "position": position,
        "organization_name": organization_name,
    }


def _org(side: str, key: str, position: str = "") -> dict:
    return {"side": side, "org": key, "position": position}


def _named(side: str, organization_name: str, position: str = "") -> dict:
    return {"side": side, "organization_name": organization_name, "position": position}


def _task(title: str, owner: str, due, status: str) -> dict:
    return {"title": title, "owner": owner, "due": due, "status": status}


ENGAGEMENTS: list[dict] = [
    # Seed page 000: Dong Nai, 2 February 2024.
    _engagement(
        union="dong-nai",
        key="dong-nai-people-diplomacy-2024",
        kind="conference",
        title="Hội nghị triển khai nhiệm vụ công tác đối ngoại nhân dân năm 2024",
        title_en="Conference on the deployment of people-to-people diplomacy tasks in 2024",
        title_zh_hans="2024年民间外交工作任务部署会议",
        start="2024-02-02",
        place=("pre2025", "75"),
        venue="Thành phố Biên Hòa",
        outcomes=(
            "Ban Công tác phi chính phủ nước ngoài báo cáo kết quả năm 2023: tổng giá trị cam "
            "kết tài trợ hơn 109,841 tỷ đồng, tăng 70,8% so với năm 2022, đạt 158% kế hoạch. "
            "Phó Chủ tịch UBND tỉnh Võ Văn Phi trao Cờ thi đua của UBND tỉnh năm 2023 cho Ban."
        ),
        article="dong-nai-2023-results",
        participants=[
            _person("ours", "Nguyễn Thành Trí", "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh"),
            _person(
                "ours",
                "Lương Thanh Tùng",
                "Ủy viên Thường trực, Phó Trưởng ban Công tác phi chính phủ nước ngoài",
            ),
            _person(
                "ours",
                "Võ Văn Phi",
                "Phó Chủ tịch",
                organization_name="Ủy ban nhân dân tỉnh Đồng Nai",
            ),
            _org("ours", "dn-health", "Đại diện lãnh đạo"),
            _org("ours", "dn-education", "Đại diện lãnh đạo"),
            _org("ours", "dn-red-cross", "Đại diện lãnh đạo"),
        ],
        follow_ups=[
            _task(
                "Trình UBND tỉnh kế hoạch công tác đối ngoại nhân dân năm 2024",
                "Văn phòng Liên hiệp tỉnh Đồng Nai",
                "2024-03-15",
                "done",
            ),
        ],
    ),
    # Seed page 002: VUFO in Yen Bai, 15 August 2023; what the province asked for.
    _engagement(
        union="vufo",
        key="yen-bai-working-visit-2023",
        kind="working_visit",
        title="Đoàn công tác VUFO làm việc với tỉnh Yên Bái về công tác đối ngoại nhân dân",
        title_en="VUFO working visit to Yen Bai province on people-to-people diplomacy",
        title_zh_hans="越南友好组织联合会代表团赴安沛省开展民间外交工作访问",
        start="2023-08-15",
        place=("pre2025", "15"),
        venue="Thành phố Yên Bái",
        outcomes=(
            "Tỉnh báo cáo: năm 2022 thực hiện 47 chương trình, dự án và khoản viện trợ phi dự "
            "án, giải ngân 4,4 triệu USD (khoảng 102 tỷ đồng); hiện có 34 chương trình, dự án "
            "và khoản viện trợ phi dự án đang thực hiện, tổng cam kết 15.297.070 USD (khoảng "
            "362,08 tỷ đồng). Tỉnh duy trì quan hệ hữu nghị với Viêng Chăn, Xay-nha-bu-ly "
            "(Lào), Val-de-Marne (Pháp), Vân Nam (Trung Quốc) và Mimasaka (Nhật Bản). Chủ tịch "
            "VUFO đề nghị tỉnh bảo đảm cơ chế, chính sách, biên chế cho Liên hiệp tỉnh và tổ "
            "chức hội nghị xúc tiến vận động viện trợ."
        ),
        article="yen-bai-working-visit",
        participants=[
            _person(
                "ours",
                "Nguyễn Phương Nga",
                "Đại sứ, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam",
            ),
            _person(
                "theirs",
                "Ngô Hạnh Phúc",
                "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, Chủ tịch Liên hiệp các "
                "tổ chức hữu nghị tỉnh Yên Bái",
                organization_name="Ủy ban nhân dân tỉnh Yên Bái",
            ),
            _named("theirs", "Lãnh đạo một số sở, ngành tỉnh Yên Bái"),
        ],
        follow_ups=[
            _task(
                "Lào Cai (Yên Bái cũ) đề nghị VUFO giới thiệu, kết nối tỉnh với các tổ chức phi "
                "chính phủ nước ngoài mới",
                _PACCOM,
                "2023-12-31",
                "in_progress",
            ),
            _task(
                "Vận động các tổ chức phi chính phủ nước ngoài đang hoạt động tại tỉnh mở rộng "
                "địa bàn, tăng mức viện trợ",
                _PACCOM,
                "2024-06-30",
                "open",
            ),
            _task(
                "Mời tỉnh tham gia đoàn công tác của VUFO hoặc của Ủy ban công tác về các tổ "
                "chức phi chính phủ nước ngoài đi tìm hiểu đối tác, vận động viện trợ",
                _PACCOM,
                "2024-03-31",
                "done",
            ),
            _task(
                "Phối hợp với Bộ Nội vụ thống nhất mô hình tổ chức và cơ chế hoạt động của Liên "
                "hiệp các tổ chức hữu nghị địa phương",
                "Ban Tổ chức cán bộ, VUFO",
                "2024-12-31",
                "open",
            ),
            _task(
                "Tập huấn cho cán bộ tỉnh về Nghị định 80/2020/NĐ-CP, Quyết định 06/2020/QĐ-TTg, "
                "Nghị định 58/2022/NĐ-CP và Thông tư 23/2022/TT-BTC",
                _PACCOM,
                "2024-05-31",
                "in_progress",
            ),
            _task(
                "Phát lời kêu gọi hỗ trợ tỉnh khắc phục hậu quả thiên tai tại huyện Mù Cang Chải",
                _PACCOM,
                "2023-08-31",
                "done",
            ),
        ],
    ),
    # The portal's training story (18 May 2023, Hanoi).
    _engagement(
        union="vufo",
        key="decree-80-training-north-2023",
        kind="training",
        title="Tập huấn Nghị định 80/2020/NĐ-CP cho cán bộ các tỉnh phía Bắc",
        title_en="Training on Decree 80/2020/ND-CP for the northern provinces",
        title_zh_hans="北部各省干部第80/2020/ND-CP号法令培训班",
        start="2023-05-18",
        place=("pre2025", "01"),
        venue="Hà Nội",
        topic=(
            "Quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính "
            "thức của các cơ quan, tổ chức, cá nhân nước ngoài (Nghị định 80/2020/NĐ-CP)"
        ),
        attendees_count=124,
        materials=(
            "Nghị định 80/2020/NĐ-CP; Thông tư 23/2022/TT-BTC; Nghị định 58/2022/NĐ-CP; "
            "Quyết định 06/2020/QĐ-TTg; các mẫu biểu thường dùng."
        ),
        outcomes=(
            "Các địa phương nêu khó khăn về xác định thẩm quyền phê duyệt các khoản viện trợ "
            "nhỏ và chế độ báo cáo định kỳ; giảng viên giải đáp từng trường hợp."
        ),
        article="decree-80-training-north",
        participants=[
            _named("ours", _PACCOM, "Giảng viên"),
            _org("theirs", "moh", "Chuyên viên Vụ Kế hoạch – Tài chính"),
            _org("theirs", "vwu", "Chuyên viên Ban Đối ngoại"),
            _named("theirs", "Liên hiệp các tổ chức hữu nghị tỉnh Yên Bái", "Cán bộ"),
            _named("theirs", "Sở Kế hoạch và Đầu tư tỉnh Yên Bái", "Chuyên viên"),
            _named("theirs", "Sở Tài chính tỉnh Lào Cai", "Chuyên viên"),
            _named("theirs", "Sở Ngoại vụ tỉnh Lào Cai", "Chuyên viên"),
            _named("theirs", "Liên hiệp các tổ chức hữu nghị tỉnh Hà Giang", "Cán bộ"),
            _named("theirs", "Sở Kế hoạch và Đầu tư tỉnh Điện Biên", "Chuyên viên"),
        ],
        follow_ups=[
            _task("Gửi tài liệu tập huấn cho các tỉnh tham dự", _PACCOM, "2023-05-31", "done"),
        ],
    ),
    # The portal's story of Dong Nai's 2024 aid-promotion meeting (26 September 2024).
    _engagement(
        union="dong-nai",
        key="dong-nai-aid-promotion-2024",
        kind="aid_promotion",
        title="Hội nghị xúc tiến vận động viện trợ phi chính phủ nước ngoài tỉnh Đồng Nai năm 2024",
        title_en="Dong Nai's 2024 conference to promote foreign NGO aid",
        title_zh_hans="同奈省2024年外国非政府组织援助促进会议",
        start="2024-09-26",
        place=("pre2025", "75"),
        venue="Thành phố Biên Hòa",
        outcomes=(
            "9 tổ chức và doanh nghiệp ký biên bản ghi nhớ hoặc thư cam kết tài trợ cho các dự "
            "án giáo dục, y tế và nhà ở; các tổ chức kiến nghị đơn giản hóa thủ tục đối với "
            "các khoản viện trợ nhỏ."
        ),
        article="dong-nai-aid-promotion-2024",
        participants=[
            _named("ours", _DN_NGO_DIVISION, "Ban tổ chức"),
            _org("ours", "dn-health"),
            _org("ours", "dn-education"),
            _named("ours", "Sở Kế hoạch và Đầu tư tỉnh Đồng Nai"),
            _named("ours", "Ban Quản lý các khu công nghiệp Đồng Nai"),
            _org("theirs", "habitat", "Đại diện"),
            _org("theirs", "hi", "Đại diện"),
            _org("theirs", "orbis", "Đại diện"),
            _org("theirs", "tzu-chi", "Đại diện"),
            _org("theirs", "saigon-children", "Đại diện"),
            _org("theirs", "fdi-footwear-kr", "Đại diện"),
            _org("theirs", "fdi-electronics-jp", "Đại diện"),
        ],
        follow_ups=[
            _task(
                "Gửi danh mục dự án kêu gọi tài trợ năm 2025 tới các tổ chức tham dự",
                _DN_NGO_DIVISION,
                "2024-11-30",
                "done",
            ),
            _task(
                "Hoàn tất hồ sơ phê duyệt các khoản viện trợ đã ký cam kết tại hội nghị",
                _DN_NGO_DIVISION,
                "2025-03-31",
                "in_progress",
            ),
        ],
    ),
    # An international workshop a few days before the demo is loaded: its Decision
    # 06/2020 report is due within the alerts' horizon.
    _engagement(
        union="dong-nai",
        key="dong-nai-disability-workshop",
        kind="conference",
        title=(
            "Hội thảo quốc tế về hợp tác với các tổ chức phi chính phủ nước ngoài trong hỗ trợ "
            "người khuyết tật"
        ),
        title_en=(
            "International workshop on cooperation with foreign NGOs for persons with disabilities"
        ),
        title_zh_hans="与外国非政府组织开展助残合作国际研讨会",
        start=-6,
        end=-5,
        place=("2025", "26041"),
        venue="Phường Trấn Biên",
        approval={
            "approving_authority": "Chủ tịch Ủy ban nhân dân thành phố Đồng Nai",
            "decision_number": "2318/QĐ-UBND",
            "decision_date": -41,
        },
        outcomes=(
            "Các tổ chức chia sẻ kinh nghiệm phục hồi chức năng dựa vào cộng đồng và hướng "
            "nghiệp cho người khuyết tật; đề xuất ba dự án cho giai đoạn tới."
        ),
        participants=[
            _named("ours", _DN_NGO_DIVISION, "Ban tổ chức"),
            _org("ours", "dn-health", "Đại diện lãnh đạo"),
            _org("ours", "dn-red-cross"),
            _org("theirs", "hi", "Đại diện"),
            _org("theirs", "vnah", "Đại diện"),
            _org("theirs", "operation-smile", "Đại diện"),
        ],
        follow_ups=[
            _task(
                "Gửi báo cáo kết quả hội thảo theo Quyết định 06/2020/QĐ-TTg",
                _DN_NGO_DIVISION,
                10,
                "open",
            ),
        ],
    ),
    # The portal's story of the Yunnan delegation in Lao Cai (14 November 2024).
    _engagement(
        union="lao-cai",
        key="yunnan-delegation-2024",
        kind="incoming",
        title="Đón đoàn Hiệp hội hữu nghị đối ngoại nhân dân tỉnh Vân Nam",
        title_en=(
            "Delegation of the Yunnan People's Association for Friendship with Foreign Countries"
        ),
        title_zh_hans="接待云南省人民对外友好协会代表团",
        start="2024-11-14",
        place=("pre2025", "10"),
        venue="Thành phố Lào Cai",
        partnership="yunnan",
        outcomes=(
            "Hai bên thống nhất phối hợp tổ chức các chương trình giao lưu văn hóa, trại hè "
            "thanh niên và hội thảo về hợp tác địa phương nhân 75 năm quan hệ ngoại giao Việt "
            "Nam – Trung Quốc (2025)."
        ),
        article="lao-cai-yunnan-delegation",
        participants=[
            _named("ours", "Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai", "Lãnh đạo Liên hiệp"),
            _org("ours", "lc-education", "Đại diện"),
            _named("theirs", "云南省人民对外友好协会", "代表团"),
        ],
        follow_ups=[
            _task(
                "Phối hợp tổ chức trại hè thanh niên Việt – Trung năm 2025",
                "Văn phòng Liên hiệp tỉnh Lào Cai",
                "2025-07-31",
                "done",
            ),
            _task(
                "Thống nhất với phía Vân Nam chương trình hội thảo về hợp tác địa phương",
                "Văn phòng Liên hiệp tỉnh Lào Cai",
                "2025-10-31",
                "open",
            ),
        ],
    ),
]
