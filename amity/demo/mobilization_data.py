"""Demo mobilization, as plain data: Dong Nai's 2019–2025 program with the aid items it
produced, its calls for sponsorship with pledges from foreign NGOs and FDI enterprises,
its coordination plans with the Department of Finance (before 1 March 2025 the
Department of Planning and Investment) and the Industrial Zones Authority; and the Lao
Cai union's appeal after typhoon Yagi's floods in Mu Cang Chai (Yen Bai province until
1 July 2025).

What is real and what is not: the program's approving decision (294/QĐ-UBND of
22 January 2020), the coordination with the two agencies from 7 July 2020, the merger of
the planning departments into the finance departments on 1 March 2025 and typhoon Yagi
(September 2024) are public facts; the calls, pledges, receipts, tasks, amounts and the
two people named are INVENTED for the demo. The NGOs are real (`data.py`) but these are
NOT their real pledges; the FDI enterprises are the generic ones of `aid_data.py`.

Days written as integers are counted from the day the demo is loaded (negative: before
it), so that the portal always has open calls and the alerts always have something
overdue; money dated so is in VND, since the demo rate table ends in December 2024.
Money in another currency is dated inside the table (2019–2024), so that it converts at
the rate of its own month. Organizations are keys of the demo registry (`data.NGOS`,
`aid_data.ORGANIZATIONS`) or of `AGENCIES` below, of the record's union."""

# Provincial agencies the plans are made with (IATI type 11: local government).
AGENCIES = [
    {
        "key": "dn-finance",
        "union": "dong-nai",
        "name": "Sở Tài chính tỉnh Đồng Nai",
        "name_vi": "Sở Tài chính tỉnh Đồng Nai",
        "name_en": "Dong Nai Department of Finance",
        "name_zh_hans": "同奈省财政厅",
        "kind": "vietnamese_agency",
        "country": "VN",
        "organisation_type": "11",
        "fields": [],
    },
    {
        "key": "dn-iza",
        "union": "dong-nai",
        "name": "Ban Quản lý các Khu công nghiệp tỉnh Đồng Nai",
        "name_vi": "Ban Quản lý các Khu công nghiệp tỉnh Đồng Nai",
        "name_en": "Dong Nai Industrial Zones Authority",
        "name_zh_hans": "同奈省工业区管理委员会",
        "kind": "vietnamese_agency",
        "country": "VN",
        "organisation_type": "11",
        "fields": [],
    },
]

UBND_DONG_NAI = "Ủy ban nhân dân tỉnh Đồng Nai"

PROGRAM = {
    "union": "dong-nai",
    "title": "Chương trình vận động viện trợ phi chính phủ nước ngoài và xúc tiến hợp tác "
    "tỉnh Đồng Nai giai đoạn 2019–2025",
    "title_en": "Programme on foreign non-governmental aid mobilization and cooperation "
    "promotion in Dong Nai province, 2019–2025",
    "title_zh_hans": "同奈省2019–2025年外国非政府援助动员与合作促进计划",
    "start_year": 2019,
    "end_year": 2025,
    "decision_number": "294/QĐ-UBND",
    "decision_date": "2020-01-22",
    "decision_authority": UBND_DONG_NAI,
    "goals": "Triển khai Chương trình quốc gia về xúc tiến vận động viện trợ phi chính phủ "
    "nước ngoài giai đoạn 2019–2025 (Quyết định số 1225/QĐ-TTg của Thủ tướng Chính phủ) tại "
    "tỉnh Đồng Nai: vận động viện trợ cho y tế, giáo dục, nhà ở và nước sạch, người khuyết "
    "tật và trẻ em có hoàn cảnh khó khăn ở các xã còn khó khăn; mở rộng quan hệ với các tổ "
    "chức phi chính phủ nước ngoài và vận động doanh nghiệp FDI trong các khu công nghiệp "
    "tham gia trách nhiệm xã hội; giá trị cam kết viện trợ năm sau cao hơn năm trước.",
}

# The demo aid items (`aid_data.items()` keys) mobilized under the program: its programs
# and projects. The one-off non-project aid (Tet gifts, scholarships, wheelchairs) and
# the items never approved stay outside, so the union's commitments exceed the program's.
PROGRAM_ITEMS = [
    "dn-eye",
    "dn-eye-training",
    "dn-eye-clinics",
    "dn-smile",
    "dn-smile-2022",
    "dn-smile-2023",
    "dn-fdi",
    "dn-fdi-classrooms",
    "dn-fdi-health-stations",
    "dn-fdi-boarding",
    "dn-fdi-school-cam-my",
    "dn-housing",
    "dn-housing-2023",
    "dn-rehab",
    "dn-livelihood-disability",
    "dn-scholarships-classrooms",
    "dn-family-care",
    "dn-early-childhood",
    "dn-child-nutrition",
    "dn-school-toilets-2022",
    "dn-school-toilets-2023",
    "dn-houses-workers",
    "dn-houses-workers-2023",
    "dn-housing-bu-dang",
]

CONTACT = {
    "contact_name": "Ban Công tác phi chính phủ nước ngoài, Liên hiệp các tổ chức hữu nghị "
    "tỉnh Đồng Nai",
    "contact_email": "ngo@dufo.example",
    "contact_phone": "0251 3822 000",
}

# Calls for sponsorship of the Dong Nai union. `deadline`: days from today, or a date;
# `sector`: DAC code; `locality`: commune code in the 2025 structure (province 75), or
# None for the whole province; `program`: one of the program's years' calls.
CALLS = [
    {
        "key": "kindergarten",
        "status": "published",
        "deadline": 75,
        "program": False,
        "sector": "11240",
        "locality": "26170",
        "amount": "60000",
        "currency": "USD",
        "audience": "any",
        "title": "Xây dựng 6 phòng học Trường Mẫu giáo xã Trị An",
        "title_en": "Six classrooms for the Tri An commune kindergarten",
        "title_zh_hans": "为治安乡幼儿园建造六间教室",
        "description": "Trường đang học nhờ nhà văn hóa ấp; 180 trẻ từ 3 đến 5 tuổi cần 6 "
        "phòng học kiên cố, bếp ăn và sân chơi.",
        "description_en": "The school borrows the hamlet's community hall; 180 children aged "
        "3 to 5 need six solid classrooms, a kitchen and a playground.",
        "description_zh_hans": "该校目前借用村文化馆上课；180名3至5岁儿童需要六间坚固的教室、"
        "一个厨房和一个游乐场。",
    },
    {
        "key": "water",
        "status": "published",
        "deadline": 45,
        "program": False,
        "sector": "14030",
        "locality": "26116",
        "amount": "1800000000",
        "currency": "VND",
        "audience": "ngo",
        "title": "Hệ thống nước sạch cho 300 hộ dân xã Tân Phú",
        "title_en": "Clean water for 300 households in Tan Phu commune",
        "title_zh_hans": "为新富乡300户居民提供清洁用水",
        "description": "Giếng khoan, bồn lọc và đường ống dẫn nước đến từng hộ ở ba ấp "
        "đồng bào dân tộc thiểu số, nơi giếng đào bị nhiễm phèn vào mùa khô.",
        "description_en": "A borehole, a filter tank and pipes to every household in three "
        "ethnic-minority hamlets, whose dug wells turn acid in the dry season.",
        "description_zh_hans": "为三个少数民族村打井、建过滤水箱并铺设通往每户的管道；"
        "那里的土井在旱季受明矾污染。",
    },
    {
        "key": "scholarships",
        "status": "published",
        "deadline": 90,
        "program": False,
        "sector": "11320",
        "locality": "26485",
        "amount": "600000000",
        "currency": "VND",
        "audience": "enterprise",
        "title": "Học bổng cho học sinh nghèo vượt khó xã Nhơn Trạch",
        "title_en": "Scholarships for pupils of poor families in Nhon Trach commune",
        "title_zh_hans": "仁泽乡贫困学生奖学金",
        "description": "200 suất học bổng mỗi năm học, mỗi suất 3 triệu đồng, cho học sinh "
        "trung học có hoàn cảnh khó khăn, nhiều em là con công nhân khu công nghiệp.",
        "description_en": "200 scholarships a school year, 3 million dong each, for secondary "
        "pupils of poor families, many of them industrial-zone workers' children.",
        "description_zh_hans": "每学年200份奖学金，每份300万越南盾，资助家庭困难的中学生，"
        "其中许多是工业区工人的子女。",
    },
    {
        "key": "library",
        "status": "published",
        "deadline": -10,  # past its deadline and still published: the alerts say so
        "program": False,
        "sector": "11220",
        "locality": "26368",
        "amount": "200000000",
        "currency": "VND",
        "audience": "any",
        "title": "Tủ sách thư viện cho các trường tiểu học xã Long Thành",
        "title_en": "Library books for the primary schools of Long Thanh commune",
        "title_zh_hans": "为隆城乡小学配备图书",
        "description": "Sách thiếu nhi, tủ sách và góc đọc cho 5 trường tiểu học.",
        "description_en": "Children's books, bookcases and reading corners for five primary "
        "schools.",
        "description_zh_hans": "为五所小学配备儿童读物、书柜和阅读角。",
    },
    {
        "key": "housing",
        "status": "draft",
        "deadline": 120,
        "program": False,
        "sector": "16040",
        "locality": "26368",
        "amount": "25000",
        "currency": "USD",
        "audience": "any",
        "title": "Nhà tình thương cho hộ nghèo xã Long Thành",
        "title_en": "Homes for poor households in Long Thanh commune",
        "title_zh_hans": "为隆城乡贫困户建爱心房",
        "description": "10 căn nhà tình thương, mỗi căn 60 triệu đồng; xã đang lập danh sách "
        "hộ được hỗ trợ.",
        "description_en": "Ten homes at 60 million dong each; the commune is drawing up the "
        "list of households.",
        "description_zh_hans": "建10套爱心房，每套6000万越南盾；乡政府正在拟定受助户名单。",
    },
    # The program's years: taken up in 2024, and one closed.
    {
        "key": "health-station",
        "status": "published",
        "deadline": "2024-11-30",
        "program": True,
        "sector": "12230",
        "locality": "26425",
        "amount": "45000",
        "currency": "USD",
        "audience": "enterprise",
        "title": "Nâng cấp Trạm Y tế xã Xuân Lộc",
        "title_en": "Upgrading the Xuan Loc commune health station",
        "title_zh_hans": "春禄乡卫生站升级",
        "description": "Sửa chữa nhà trạm, trang bị máy siêu âm, máy điện tim và phòng sơ cứu "
        "cho trạm y tế phục vụ 25.000 dân.",
        "description_en": "Repairs, an ultrasound scanner, an ECG machine and a first-aid room "
        "for the health station serving 25,000 people.",
        "description_zh_hans": "为服务2.5万居民的卫生站维修站房，配备超声仪、心电图机和急救室。",
    },
    {
        "key": "wheelchairs",
        "status": "closed",
        "deadline": "2024-06-30",
        "program": True,
        "sector": "16010",
        "locality": None,
        "amount": "15000",
        "currency": "USD",
        "audience": "ngo",
        "title": "Xe lăn cho người khuyết tật nặng",
        "title_en": "Wheelchairs for people with severe disabilities",
        "title_zh_hans": "为重度残疾人提供轮椅",
        "description": "150 xe lăn cho người khuyết tật nặng trong tỉnh. Đã đóng: nhu cầu đã "
        "được đáp ứng từ đợt trao tặng xe lăn năm 2023.",
        "description_en": "150 wheelchairs for people with severe disabilities in the "
        "province. Closed: the 2023 wheelchair donation met the need.",
        "description_zh_hans": "为全省重度残疾人提供150辆轮椅。"
        "已关闭：2023年的轮椅捐赠已满足需求。",
    },
]

# (call key, donor key, amount, currency, day: days from today or a date, conditions)
CALL_PLEDGES = [
    ("kindergarten", "fdi-electronics-jp", "500000000", "VND", -12, "Gắn biển tên doanh nghiệp."),
    ("water", "habitat", "600000000", "VND", -20, "Cộng đồng góp công lắp đặt đường ống."),
    ("scholarships", "fdi-textile-tw", "300000000", "VND", -5, ""),
    ("scholarships", "saigon-children", "150000000", "VND", -3, "Ưu tiên học sinh nữ."),
    ("health-station", "fdi-footwear-kr", "45000", "USD", "2024-10-15", "Bàn giao trước Tết."),
]
# The call taken up, with the donor whose pledge became its aid item.
TAKEN_UP = ("health-station", "fdi-footwear-kr")

APPEAL = {
    "union": "lao-cai",
    "title": "Kêu gọi cứu trợ đồng bào huyện Mù Cang Chải khắc phục hậu quả lũ quét, sạt lở "
    "đất do bão số 3 (Yagi)",
    "title_en": "Appeal for the people of Mu Cang Chai after the flash floods and landslides "
    "of typhoon Yagi",
    "title_zh_hans": "救助木冈寨县受3号台风（摩羯）引发山洪和山体滑坡灾害同胞的呼吁",
    "description": "Ngày 9–10/9/2024, hoàn lưu bão số 3 (Yagi) gây lũ quét và sạt lở đất "
    "ở huyện Mù Cang Chải (tỉnh Yên Bái; từ ngày 1/7/2025 thuộc tỉnh Lào Cai), cuốn trôi nhà "
    "cửa, đường sá và ruộng bậc thang. Tiền cứu trợ dùng để làm lại nhà, mua lương thực và "
    "giống cây trồng cho các hộ bị thiệt hại.",
    "description_en": "On 9–10 September 2024 the remnants of typhoon Yagi brought flash floods "
    "and landslides to Mu Cang Chai district (Yen Bai province; part of Lao Cai province since "
    "1 July 2025), sweeping away homes, roads and terraced fields. The money rebuilds homes and "
    "buys food and seed for the families who lost them.",
    "description_zh_hans": "2024年9月9日至10日，3号台风（摩羯）的残余环流在木冈寨县（原安沛省，"
    "2025年7月1日起属老街省）引发山洪和山体滑坡，冲毁房屋、道路和梯田。救助款用于重建房屋，"
    "并为受灾家庭购买粮食和种子。",
    "event_date": "2024-09-10",
    "target_amount": "3000000000",
    "currency": "VND",
    "start_date": "2024-09-12",
    "end_date": "2024-12-31",
    # The 2025 communes (province 15, Lao Cai) of the former Mu Cang Chai district.
    "localities": ["04456", "04462", "04465", "04474", "04489", "04492"],
}

# (donor key, amount, currency, date)
APPEAL_PLEDGES = [
    ("plan", "500000000", "VND", "2024-09-13"),
    ("save-the-children", "30000", "USD", "2024-09-14"),
    ("habitat", "400000000", "VND", "2024-09-16"),
    ("care", "10000", "EUR", "2024-09-17"),
]
# (donor key, or None for a person named instead, donor's name, amount, currency, date,
# note). A receipt from a donor who pledged honours that pledge.
APPEAL_RECEIPTS = [
    ("plan", "", "500000000", "VND", "2024-09-20", "Chuyển khoản vào tài khoản tiếp nhận cứu trợ."),
    ("save-the-children", "", "15000", "USD", "2024-09-27", "Đợt 1."),
    ("world-vision", "", "20000", "USD", "2024-09-25", ""),
    ("care", "", "10000", "EUR", "2024-10-02", ""),
    ("good-neighbors", "", "150000000", "VND", "2024-10-10", "Hàng hóa quy đổi thành tiền."),
    (None, "Nguyễn Văn Hùng", "5000000", "VND", "2024-09-18", "Cựu giáo viên, Hà Nội."),
    (None, "陈美玲", "500", "USD", "2024-09-22", "Doanh nhân Đài Loan (Trung Quốc) tại Lào Cai."),
]

PLANS = [
    {
        "union": "dong-nai",
        "partner": "dn-finance",
        "title": "Kế hoạch phối hợp trong công tác vận động, quản lý và sử dụng viện trợ phi "
        "chính phủ nước ngoài trên địa bàn tỉnh Đồng Nai",
        "title_en": "Plan for coordinating the mobilization, management and use of foreign "
        "non-governmental aid in Dong Nai province",
        "title_zh_hans": "同奈省外国非政府援助动员、管理和使用协调计划",
        "start_date": "2020-07-07",
        "signed_date": "2020-07-07",
        "notes": "Ký ngày 07/7/2020 với Sở Kế hoạch và Đầu tư. Từ ngày 01/3/2025 Sở Kế hoạch "
        "và Đầu tư hợp nhất vào Sở Tài chính, nên Sở Tài chính kế thừa nhiệm vụ và là bên phối "
        "hợp của kế hoạch. (Signed on 7 July 2020 with the Department of Planning and "
        "Investment, merged into the Department of Finance on 1 March 2025.)",
        # (task, owner, due: days from today or None, status)
        "tasks": [
            (
                "Rà soát, cập nhật danh mục dự án kêu gọi vận động viện trợ năm sau",
                "Sở Tài chính",
                -20,
                "open",
            ),
            (
                "Góp ý hồ sơ dự án Nâng cấp Trạm Y tế xã Xuân Lộc",
                "Sở Tài chính",
                -7,
                "in_progress",
            ),
            (
                "Tổng hợp báo cáo tiếp nhận, giải ngân viện trợ phi chính phủ nước ngoài 6 "
                "tháng đầu năm",
                "Sở Tài chính",
                -150,
                "done",
            ),
            (
                "Tổ chức hội nghị xúc tiến vận động viện trợ phi chính phủ nước ngoài",
                "Liên hiệp các tổ chức hữu nghị tỉnh",
                40,
                "in_progress",
            ),
        ],
    },
    {
        "union": "dong-nai",
        "partner": "dn-iza",
        "title": "Kế hoạch phối hợp vận động doanh nghiệp FDI trong các khu công nghiệp tham "
        "gia công tác xã hội và tài trợ các dự án cộng đồng",
        "title_en": "Plan for engaging FDI enterprises of the industrial zones in social work "
        "and in sponsoring community projects",
        "title_zh_hans": "动员工业区外资企业参与社会工作和资助社区项目的协调计划",
        "start_date": "2020-07-07",
        "signed_date": "2020-07-07",
        "notes": "",
        "tasks": [
            (
                "Giới thiệu danh mục kêu gọi tài trợ tới các doanh nghiệp FDI trong khu công "
                "nghiệp",
                "Ban Quản lý các Khu công nghiệp tỉnh",
                -5,
                "open",
            ),
            (
                "Khảo sát nhu cầu hỗ trợ của công nhân và các xã có khu công nghiệp",
                "Liên hiệp các tổ chức hữu nghị tỉnh",
                -200,
                "done",
            ),
            (
                "Lập danh sách doanh nghiệp FDI có chương trình trách nhiệm xã hội",
                "Ban Quản lý các Khu công nghiệp tỉnh",
                -60,
                "cancelled",
            ),
            (
                "Gặp mặt doanh nghiệp FDI tham gia công tác xã hội cuối năm",
                "Ban Quản lý các Khu công nghiệp tỉnh",
                20,
                "open",
            ),
        ],
    },
]
