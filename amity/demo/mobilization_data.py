"""Demo mobilization, as plain data: Dong Nai's 2019–2025 program, its calls for
sponsorship with pledges from NGOs and FDI enterprises, its coordination plans with the
Department of Finance and the Industrial Zones Authority, and the Lao Cai union's appeal
after typhoon Yagi's floods in Mu Cang Chai (Yen Bai province until 2025).

Decision numbers, amounts and people are illustrative. Days written as integers are
counted from the day the demo is loaded (negative: before it), so that the portal always
has open calls and the alerts always have something overdue. Organizations are keys of
the demo registry (`data.NGOS`, `aid_data.ORGANIZATIONS`) or of `AGENCIES` below."""

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
        "organisation_type": "10",
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
        "organisation_type": "10",
        "fields": [],
    },
]

PROGRAM = {
    "union": "dong-nai",
    "title": "Chương trình vận động viện trợ phi chính phủ nước ngoài tỉnh Đồng Nai giai đoạn "
    "2019–2025",
    "title_en": "Dong Nai programme for mobilizing foreign non-governmental aid, 2019–2025",
    "title_zh_hans": "同奈省2019–2025年外国非政府援助动员计划",
    "start_year": 2019,
    "end_year": 2025,
    "decision_number": "1125/QĐ-UBND",
    "decision_date": "2019-04-12",
    "decision_authority": "Ủy ban nhân dân tỉnh Đồng Nai",
    "goals": "Vận động viện trợ cho giáo dục, y tế, nước sạch và an sinh xã hội ở các xã khó "
    "khăn; mở rộng quan hệ với các tổ chức phi chính phủ nước ngoài và doanh nghiệp FDI.",
}

# Deadlines in days from today; sectors by DAC code; localities by 2025 commune code.
CALLS = [
    {
        "key": "kindergarten",
        "status": "published",
        "deadline": 75,
        "sector": "11240",
        "locality": "26170",
        "amount": "60000",
        "currency": "USD",
        "audience": "any",
        "title": "Xây dựng 6 phòng học Trường Mẫu giáo xã Trị An",
        "title_en": "Six classrooms for the Tri An commune kindergarten",
        "title_zh_hans": "为治安乡幼儿园建造六间教室",
        "description": "Trường hiện học nhờ nhà văn hóa ấp; 180 trẻ cần phòng học kiên cố.",
        "description_en": "The school borrows the hamlet's hall; 180 children need solid "
        "classrooms.",
        "description_zh_hans": "学校目前借用村文化馆上课,180名儿童需要坚固的教室。",
    },
    {
        "key": "water",
        "status": "published",
        "deadline": 45,
        "sector": "14030",
        "locality": "26116",
        "amount": "1800000000",
        "currency": "VND",
        "audience": "ngo",
        "title": "Hệ thống nước sạch cho 300 hộ dân xã Tân Phú",
        "title_en": "Clean water for 300 households in Tan Phu commune",
        "title_zh_hans": "为新富乡300户居民提供清洁用水",
        "description": "Giếng khoan, bồn lọc và đường ống đến từng hộ.",
        "description_en": "A borehole, a filter tank and pipes to every household.",
        "description_zh_hans": "打井、过滤水箱和通往每户的管道。",
    },
    {
        "key": "health-station",
        "status": "published",
        "deadline": 30,
        "sector": "12220",
        "locality": "26425",
        "amount": "45000",
        "currency": "USD",
        "audience": "enterprise",
        "title": "Nâng cấp Trạm Y tế xã Xuân Lộc",
        "title_en": "Upgrading the Xuan Loc commune health station",
        "title_zh_hans": "春禄乡卫生站升级",
        "description": "Trang thiết bị khám chữa bệnh và phòng sơ cứu.",
        "description_en": "Medical equipment and a first-aid room.",
        "description_zh_hans": "医疗设备和急救室。",
    },
    {
        "key": "scholarships",
        "status": "published",
        "deadline": 90,
        "sector": "11220",
        "locality": "26485",
        "amount": "600000000",
        "currency": "VND",
        "audience": "enterprise",
        "title": "Học bổng cho học sinh nghèo vượt khó xã Nhơn Trạch",
        "title_en": "Scholarships for pupils of poor families in Nhon Trach commune",
        "title_zh_hans": "仁泽乡贫困学生奖学金",
        "description": "200 suất học bổng mỗi năm học, mỗi suất 3 triệu đồng.",
        "description_en": "200 scholarships a school year, 3 million dong each.",
        "description_zh_hans": "每学年200份奖学金,每份300万越南盾。",
    },
    {
        "key": "library",
        "status": "published",
        "deadline": -10,  # past its deadline and still published: the alerts say so
        "sector": "11220",
        "locality": "26368",
        "amount": "200000000",
        "currency": "VND",
        "audience": "any",
        "title": "Tủ sách thư viện cho các trường tiểu học xã Long Thành",
        "title_en": "Library books for the primary schools of Long Thanh commune",
        "title_zh_hans": "为隆城乡小学配备图书",
        "description": "",
        "description_en": "",
        "description_zh_hans": "",
    },
    {
        "key": "housing",
        "status": "draft",
        "deadline": 120,
        "sector": "16030",
        "locality": "26368",
        "amount": "25000",
        "currency": "USD",
        "audience": "any",
        "title": "Nhà tình thương cho hộ nghèo xã Long Thành",
        "title_en": "Homes for poor households in Long Thanh commune",
        "title_zh_hans": "为隆城乡贫困户建爱心房",
        "description": "",
        "description_en": "",
        "description_zh_hans": "",
    },
    {
        "key": "wheelchairs",
        "status": "closed",
        "deadline": -30,
        "sector": "16010",
        "locality": None,
        "amount": "15000",
        "currency": "USD",
        "audience": "ngo",
        "title": "Xe lăn cho người khuyết tật",
        "title_en": "Wheelchairs for people with disabilities",
        "title_zh_hans": "为残疾人提供轮椅",
        "description": "",
        "description_en": "",
        "description_zh_hans": "",
    },
]

CONTACT = {
    "contact_name": "Bà Nguyễn Thị Hồng",
    "contact_email": "lienhiep@dongnai.example",
    "contact_phone": "0251 3822 000",
}

# (call key, donor key, amount, currency, day from today, conditions). In dong: the
# demo's rate table ends in 2024, and a pledge of these days would convert at an old rate.
CALL_PLEDGES = [
    ("kindergarten", "fdi-electronics-jp", "500000000", "VND", -12, "Gắn biển tên doanh nghiệp."),
    ("water", "habitat", "600000000", "VND", -20, ""),
    ("health-station", "fdi-footwear-kr", "1100000000", "VND", -8, "Bàn giao trước Tết."),
    ("scholarships", "fdi-textile-tw", "300000000", "VND", -5, ""),
    ("scholarships", "saigon-children", "150000000", "VND", -3, "Ưu tiên học sinh nữ."),
]
# The call taken up, with the pledge that became its aid item.
TAKEN_UP = ("health-station", "fdi-footwear-kr")

APPEAL = {
    "union": "lao-cai",
    "title": "Cứu trợ đồng bào Mù Cang Chải khắc phục hậu quả lũ quét do bão Yagi",
    "title_en": "Relief for Mu Cang Chai after the flash floods of typhoon Yagi",
    "title_zh_hans": "救助木冈寨受台风摩羯引发山洪灾害的同胞",
    "description": "Lũ quét tháng 9/2024 cuốn trôi nhà cửa, đường sá và ruộng bậc thang ở huyện "
    "Mù Cang Chải (tỉnh Yên Bái; từ năm 2025 thuộc tỉnh Lào Cai).",
    "description_en": "The flash floods of September 2024 swept away homes, roads and terraced "
    "fields in Mu Cang Chai district (Yen Bai province; part of Lao Cai province since 2025).",
    "description_zh_hans": "2024年9月的山洪冲毁了木冈寨县(原安沛省,2025年起属老街省)的房屋、"
    "道路和梯田。",
    "event_date": "2024-09-10",
    "target_amount": "3000000000",
    "currency": "VND",
    "start_date": "2024-09-12",
    "end_date": "2024-12-31",
    # 2025 communes of the old Mu Cang Chai district
    "localities": ["04456", "04462", "04465", "04474", "04489", "04492"],
}

# (donor key, donor's name, amount, currency, date)
APPEAL_PLEDGES = [
    ("plan", "", "500000000", "VND", "2024-09-14"),
    ("save-the-children", "", "30000", "USD", "2024-09-15"),
    ("habitat", "", "400000000", "VND", "2024-09-16"),
]
# (donor key or None, donor's name, amount, currency, date, note)
APPEAL_RECEIPTS = [
    ("plan", "", "500000000", "VND", "2024-09-20", "Honours the pledge of 14 September."),
    ("world-vision", "", "20000", "USD", "2024-09-25", ""),
    ("care", "", "10000", "EUR", "2024-10-02", ""),
    ("good-neighbors", "", "150000000", "VND", "2024-10-10", ""),
    (None, "Nguyễn Văn Hùng", "5000000", "VND", "2024-09-18", ""),
    (None, "陈美玲", "500", "USD", "2024-09-22", "Kiều bào tại Đài Loan (Trung Quốc)."),
]

PLANS = [
    {
        "union": "dong-nai",
        "partner": "dn-finance",
        "title": "Kế hoạch phối hợp vận động, quản lý và sử dụng viện trợ phi chính phủ nước ngoài",
        "title_en": "Plan for coordinating the mobilization, management and use of foreign "
        "non-governmental aid",
        "title_zh_hans": "外国非政府援助动员、管理和使用协调计划",
        "start_date": "2025-03-01",
        "signed_date": "2025-02-20",
        "notes": "Ký với Sở Kế hoạch và Đầu tư; từ 1/3/2025 Sở hợp nhất vào Sở Tài chính, "
        "nên Sở Tài chính là bên phối hợp.",
        # (title, owner, due in days from today or None, status)
        "tasks": [
            (
                "Rà soát danh mục dự án kêu gọi tài trợ",
                "Phòng Hợp tác quốc tế, Sở Tài chính",
                -20,
                "open",
            ),
            (
                "Tổ chức hội nghị xúc tiến viện trợ",
                "Liên hiệp các tổ chức hữu nghị tỉnh",
                40,
                "in_progress",
            ),
            ("Báo cáo tình hình tiếp nhận viện trợ 6 tháng", "Sở Tài chính", -120, "done"),
        ],
    },
    {
        "union": "dong-nai",
        "partner": "dn-iza",
        "title": "Kế hoạch phối hợp vận động doanh nghiệp FDI tham gia công tác xã hội",
        "title_en": "Plan for engaging FDI enterprises in social work",
        "title_zh_hans": "动员外资企业参与社会工作协调计划",
        "start_date": "2024-06-01",
        "signed_date": "2024-05-20",
        "notes": "",
        "tasks": [
            (
                "Giới thiệu danh mục kêu gọi tài trợ tới các doanh nghiệp FDI",
                "Ban Quản lý các Khu công nghiệp",
                -5,
                "open",
            ),
            (
                "Khảo sát nhu cầu hỗ trợ của các xã",
                "Liên hiệp các tổ chức hữu nghị tỉnh",
                -200,
                "done",
            ),
            ("Gặp mặt doanh nghiệp FDI cuối năm", "Ban Quản lý các Khu công nghiệp", 20, "open"),
        ],
    },
]
