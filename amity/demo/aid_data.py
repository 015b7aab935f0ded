"""Demo aid portfolio for `amity demo`: the items, their money and the organizations they
need, as plain data and one deterministic generator. `demo/aid.py` loads it through the
services.

What is real and what is not:

- The figures the two seed pages report are reproduced exactly (the tests prove it):
  Dong Nai's foreign-NGO funding commitments of 109,841 billion VND in 2023, +70.8 % on
  2022 (64,310 billion VND); Yen Bai's 47 programs, projects and non-project aid items
  disbursing USD 4.4 million in 2022, and its 34 items under way on 15 August 2023 with
  USD 15,297,070 committed. Yen Bai merged into Lao Cai on 1 July 2025, so its items belong
  to the Lao Cai union and keep their pre-2025 districts.
- Everything else is INVENTED for the demo: the items, titles, amounts, dates, decision
  numbers and which organization funds what. The NGOs are real (see `data.py`) but these
  are NOT their real projects. The FDI enterprises are generic, made-up descriptions
  ("a Korean-invested footwear maker in Nhon Trach"), not real companies. The aid owners
  are the kind of provincial departments that own such aid; naming one here does not
  mean it owned such an item.
- The exchange rates (`rates.csv`) are approximations from memory of the State Bank of
  Viet Nam's central rate for the US dollar and its cross rates, on the first business
  day of each month of 2019-2024; they were not checked against the published tables.
  The US dollar months of 2022 and August 2023 agree with the seed pages' own
  conversions (USD 4.4 million ≈ 102 billion VND; USD 15,297,070 ≈ 362.08 billion VND).
  Money dated 2025 or later is in VND, as the table ends in December 2024.

Decisions are dated after 17 September 2020 (Decree 80/2020/ND-CP), the oldest legal
basis the model offers; those from 8 December 2025 use Decree 313/2025/ND-CP.
"""

from __future__ import annotations

import datetime
import random
from decimal import Decimal

RATES_SOURCE = (
    "State Bank of Viet Nam central rate (USD) and cross rates, first business day of "
    "each month (approximated for the demo)"
)

# ---------------------------------------------------------------------------------------
# The seed pages' figures
# ---------------------------------------------------------------------------------------

DONG_NAI_COMMITMENTS_VND = {2022: 64_310_000_000, 2023: 109_841_000_000}
YEN_BAI_ACTIVE_YEAR = 2022
YEN_BAI_ACTIVE_ITEMS = 47
YEN_BAI_DISBURSED_USD = 4_400_000
YEN_BAI_UNDER_WAY_DAY = datetime.date(2023, 8, 15)
YEN_BAI_UNDER_WAY_ITEMS = 34
YEN_BAI_UNDER_WAY_COMMITTED_USD = 15_297_070

DECREE_313_FROM = datetime.date(2025, 12, 8)

# ---------------------------------------------------------------------------------------
# Organizations the items need besides the NGOs of `data.py`
# ---------------------------------------------------------------------------------------


def _org(union, key, name, name_en, name_zh_hans, kind, country, type_, fields=()):
    return {
        "union": union,
        "key": key,
        "name": name,
        "name_vi": name,
        "name_en": name_en,
        "name_zh_hans": name_zh_hans,
        "kind": kind,
        "country": country,
        "organisation_type": type_,
        "fields": list(fields),
    }


_ENT, _AGENCY = "enterprise", "vietnamese_agency"

ORGANIZATIONS: list[dict] = [
    # Generic FDI enterprises in Dong Nai (made up; IATI type 72: private sector in the
    # aid recipient country).
    _org(
        "dong-nai",
        "fdi-footwear-kr",
        "Doanh nghiệp FDI sản xuất giày (vốn Hàn Quốc) tại Nhơn Trạch",
        "Korean-invested footwear maker in Nhon Trach (FDI enterprise)",
        "仁泽韩资制鞋企业(外资企业)",
        _ENT,
        "KR",
        "72",
        ["11220", "16040"],
    ),
    _org(
        "dong-nai",
        "fdi-electronics-jp",
        "Doanh nghiệp FDI linh kiện điện tử (vốn Nhật Bản) tại Biên Hòa",
        "Japanese-invested electronic components maker in Bien Hoa (FDI enterprise)",
        "边和日资电子元件企业(外资企业)",
        _ENT,
        "JP",
        "72",
        ["12230", "11220"],
    ),
    _org(
        "dong-nai",
        "fdi-textile-tw",
        "Doanh nghiệp FDI dệt may (vốn Đài Loan) tại Trảng Bom",
        "Taiwanese-invested textile maker in Trang Bom (FDI enterprise)",
        "庄蓬台资纺织企业(外资企业)",
        _ENT,
        "TW",
        "72",
        ["11220", "16010"],
    ),
    _org(
        "dong-nai",
        "fdi-machinery-de",
        "Doanh nghiệp FDI cơ khí chính xác (vốn Đức) tại Long Thành",
        "German-invested precision engineering firm in Long Thanh (FDI enterprise)",
        "隆城德资精密机械企业(外资企业)",
        _ENT,
        "DE",
        "72",
        ["11330"],
    ),
    # Aid owners (IATI type 11: local government; 10: government).
    _org(
        "dong-nai",
        "dn-health",
        "Sở Y tế Đồng Nai",
        "Dong Nai Department of Health",
        "同奈卫生厅",
        _AGENCY,
        "VN",
        "11",
    ),
    _org(
        "dong-nai",
        "dn-education",
        "Sở Giáo dục và Đào tạo Đồng Nai",
        "Dong Nai Department of Education and Training",
        "同奈教育培训厅",
        _AGENCY,
        "VN",
        "11",
    ),
    _org(
        "dong-nai",
        "dn-red-cross",
        "Hội Chữ thập đỏ Đồng Nai",
        "Dong Nai Red Cross Society",
        "同奈红十字会",
        _AGENCY,
        "VN",
        "15",
    ),
    _org(
        "lao-cai",
        "yb-health",
        "Sở Y tế tỉnh Yên Bái",
        "Yen Bai Department of Health",
        "安沛省卫生厅",
        _AGENCY,
        "VN",
        "11",
    ),
    _org(
        "lao-cai",
        "yb-education",
        "Sở Giáo dục và Đào tạo tỉnh Yên Bái",
        "Yen Bai Department of Education and Training",
        "安沛省教育培训厅",
        _AGENCY,
        "VN",
        "11",
    ),
    _org(
        "lao-cai",
        "yb-agriculture",
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Yên Bái",
        "Yen Bai Department of Agriculture and Rural Development",
        "安沛省农业与农村发展厅",
        _AGENCY,
        "VN",
        "11",
    ),
    _org(
        "lao-cai",
        "yb-labour",
        "Sở Lao động – Thương binh và Xã hội tỉnh Yên Bái",
        "Yen Bai Department of Labour, Invalids and Social Affairs",
        "安沛省劳动荣军与社会厅",
        _AGENCY,
        "VN",
        "11",
    ),
    _org(
        "lao-cai",
        "lc-education",
        "Sở Giáo dục và Đào tạo tỉnh Lào Cai",
        "Lao Cai Department of Education and Training",
        "老街省教育培训厅",
        _AGENCY,
        "VN",
        "11",
    ),
    _org("vufo", "moh", "Bộ Y tế", "Ministry of Health", "卫生部", _AGENCY, "VN", "10"),
    _org(
        "vufo",
        "vwu",
        "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
        "Central Committee of the Viet Nam Women's Union",
        "越南妇女联合会中央委员会",
        _AGENCY,
        "VN",
        "15",
    ),
]

# ---------------------------------------------------------------------------------------
# Items
# ---------------------------------------------------------------------------------------

UBND_DONG_NAI = "Ủy ban nhân dân tỉnh Đồng Nai"
UBND_YEN_BAI = "Ủy ban nhân dân tỉnh Yên Bái"
UBND_LAO_CAI = "Ủy ban nhân dân tỉnh Lào Cai"
VUFO = "Liên hiệp các tổ chức hữu nghị Việt Nam"
MOH = "Bộ Y tế"
VWU = "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"

C, D, P = "commitment", "disbursement", "planned_disbursement"
NEW, OLD = "2025", "pre2025"


def _item(
    union: str,
    key: str,
    kind: str,
    titles: tuple[str, str, str],
    *,
    donors: list[str | tuple[str, str]],
    localities: list[tuple[str, int | str]],
    sectors: list[tuple[str, int | str]],
    status: str,
    money: list[tuple[str, str, str, str]] = (),
    decision: tuple[str, str, str] | None = None,
    actual: tuple[str | None, str | None] = (None, None),
    planned: tuple[str | None, str | None] | None = None,
    structure: str = NEW,
    parent: str | None = None,
    owner: str | None = None,
    spending_nature: str = "",
    implementer: str = "",
    beneficiaries: tuple[int | None, str] = (None, ""),
    note: str = "",
) -> dict:
    """One item. `money` rows are (type, ISO date, amount, currency); `localities` are
    (unit code in `structure`, share %), `sectors` (DAC code, share %); `donors` are
    organization keys (funding) or (key, role)."""
    title, title_en, title_zh_hans = titles
    planned = planned or actual
    basis_day = datetime.date.fromisoformat(decision[1] if decision else planned[0] or "2026-01-01")
    return {
        "union": union,
        "key": key,
        "kind": kind,
        "parent": parent,
        "title": title,
        "title_vi": title,
        "title_en": title_en,
        "title_zh_hans": title_zh_hans,
        "owner": owner,
        "donors": [(d, "funding") if isinstance(d, str) else tuple(d) for d in donors],
        "structure": structure,
        "localities": [(code, Decimal(share)) for code, share in localities],
        "sectors": [(code, Decimal(share)) for code, share in sectors],
        "status": status,
        "note": note,
        "decision": decision,
        "legal_basis": "313/2025/ND-CP" if basis_day >= DECREE_313_FROM else "80/2020/ND-CP",
        "planned_start": planned[0],
        "planned_end": planned[1],
        "actual_start": actual[0],
        "actual_end": actual[1],
        "spending_nature": spending_nature,
        "implementer": implementer,
        "beneficiaries_count": beneficiaries[0],
        "beneficiaries_description": beneficiaries[1],
        "transactions": [(t, day, Decimal(amount), cur) for t, day, amount, cur in money],
    }


# ---- Dong Nai -------------------------------------------------------------------------
# Communes of today's Dong Nai (2025 structure) that lay in the Dong Nai province of 2022
# and 2023; the Binh Phuoc communes that joined in 2025 appear only in newer items.
# The VND commitments marked "balance" were chosen so that each year's commitments add
# up exactly to the seed page's figure at this rate table (the tests check it).

_DN = "dong-nai"


def _dn(key, kind, titles, **kw):
    decision = kw.pop("decision", None)
    if decision and len(decision) == 2:
        decision = (*decision, UBND_DONG_NAI)
    return _item(_DN, key, kind, titles, decision=decision, **kw)


DONG_NAI: list[dict] = [
    _dn(
        "dn-eye",
        "program",
        (
            "Chương trình chăm sóc mắt cộng đồng và phòng chống mù lòa tỉnh Đồng Nai giai đoạn "
            "2022–2025",
            "Community eye care and blindness prevention programme, Dong Nai, 2022–2025",
            "同奈省社区眼保健和防盲计划(2022–2025年)",
        ),
        donors=["orbis"],
        owner="dn-health",
        localities=[("26068", 40), ("26080", 30), ("26206", 30)],
        sectors=[("12220", 60), ("12281", 40)],
        status="completed",
        decision=("1021/QĐ-UBND", "2022-03-18"),
        actual=("2022-04-15", "2025-12-31"),
        planned=("2022-04-01", "2025-12-31"),
        spending_nature="recurrent",
        implementer="owner",
        beneficiaries=(45000, "Người dân được khám sàng lọc mắt"),
        money=[
            (C, "2022-03-25", "180000", "USD"),
            (D, "2022-06-15", "60000", "USD"),
            (C, "2023-03-06", "150000", "USD"),
            (D, "2023-06-15", "90000", "USD"),
            (D, "2024-06-14", "100000", "USD"),
            (D, "2025-06-16", "1850000000", "VND"),
        ],
    ),
    _dn(
        "dn-eye-training",
        "project",
        (
            "Đào tạo bác sĩ và điều dưỡng nhãn khoa cho y tế cơ sở",
            "Training eye doctors and nurses for primary health care",
            "为基层医疗机构培训眼科医生和护士",
        ),
        parent="dn-eye",
        donors=["orbis"],
        owner="dn-health",
        localities=[("26068", 50), ("26080", 50)],
        sectors=[("12281", 100)],
        status="completed",
        decision=("1187/QĐ-UBND", "2022-04-08"),
        actual=("2022-05-01", "2023-12-31"),
        spending_nature="recurrent",
        implementer="owner",
        beneficiaries=(120, "Bác sĩ và điều dưỡng"),
        money=[
            (C, "2022-04-20", "300000", "USD"),
            (D, "2022-07-12", "120000", "USD"),
            (D, "2023-03-14", "150000", "USD"),
            (D, "2023-10-10", "30000", "USD"),
        ],
    ),
    _dn(
        "dn-eye-clinics",
        "project",
        (
            "Trang bị phòng khám mắt cho các trung tâm y tế khu vực",
            "Equipping eye clinics at area health centres",
            "为区域医疗中心配备眼科诊室",
        ),
        parent="dn-eye",
        donors=["orbis"],
        owner="dn-health",
        localities=[("26206", 50), ("26425", 50)],
        sectors=[("12230", 100)],
        status="completed",
        decision=("402/QĐ-UBND", "2023-02-06"),
        actual=("2023-03-01", "2024-06-30"),
        spending_nature="investment",
        implementer="owner",
        money=[
            (C, "2023-02-15", "350000", "USD"),
            (D, "2023-05-10", "200000", "USD"),
            (D, "2024-02-20", "150000", "USD"),
        ],
    ),
    _dn(
        "dn-smile",
        "program",
        (
            "Chương trình phẫu thuật miễn phí cho trẻ em dị tật khe hở môi, vòm miệng tại Đồng Nai "
            "2022–2024",
            "Free surgery for children with cleft lip and palate in Dong Nai, 2022–2024",
            "同奈省唇腭裂儿童免费手术计划(2022–2024年)",
        ),
        donors=["operation-smile"],
        owner="dn-health",
        localities=[("26068", 100)],
        sectors=[("12220", 100)],
        status="completed",
        decision=("2204/QĐ-UBND", "2022-07-25"),
        actual=("2022-09-01", "2024-12-31"),
        implementer="donor",
    ),
    _dn(
        "dn-smile-2022",
        "project",
        ("Đợt phẫu thuật nụ cười năm 2022", "2022 cleft surgery mission", "2022年唇腭裂手术活动"),
        parent="dn-smile",
        donors=["operation-smile"],
        owner="dn-health",
        localities=[("26068", 100)],
        sectors=[("12220", 100)],
        status="completed",
        decision=("2391/QĐ-UBND", "2022-08-05"),
        actual=("2022-10-15", "2022-10-25"),
        spending_nature="recurrent",
        implementer="donor",
        beneficiaries=(150, "Trẻ em được phẫu thuật"),
        money=[(C, "2022-08-10", "200000", "USD"), (D, "2022-10-20", "200000", "USD")],
    ),
    _dn(
        "dn-smile-2023",
        "project",
        ("Đợt phẫu thuật nụ cười năm 2023", "2023 cleft surgery mission", "2023年唇腭裂手术活动"),
        parent="dn-smile",
        donors=["operation-smile"],
        owner="dn-health",
        localities=[("26068", 100)],
        sectors=[("12220", 100)],
        status="completed",
        decision=("2315/QĐ-UBND", "2023-08-01"),
        actual=("2023-10-14", "2023-10-24"),
        spending_nature="recurrent",
        implementer="donor",
        beneficiaries=(165, "Trẻ em được phẫu thuật"),
        money=[(C, "2023-08-08", "220000", "USD"), (D, "2023-10-18", "220000", "USD")],
    ),
    _dn(
        "dn-fdi",
        "program",
        (
            "Chương trình doanh nghiệp FDI đồng hành cùng trường học và trạm y tế vùng khó khăn "
            "giai đoạn 2022–2024",
            "FDI enterprises supporting schools and health stations in disadvantaged areas, "
            "2022–2024",
            "外资企业帮扶困难地区学校和卫生站计划(2022–2024年)",
        ),
        donors=["fdi-footwear-kr", "fdi-electronics-jp", "fdi-textile-tw"],
        owner="dn-education",
        localities=[("26116", 30), ("26134", 20), ("26173", 25), ("26341", 25)],
        sectors=[("11220", 60), ("12230", 40)],
        status="completed",
        decision=("1405/QĐ-UBND", "2022-05-09"),
        actual=("2022-06-01", "2024-06-30"),
    ),
    _dn(
        "dn-fdi-classrooms",
        "project",
        (
            "Xây dựng phòng học cho điểm trường xã Tà Lài",
            "Classrooms for the Ta Lai commune school site",
            "为困难地区教学点建设教室",
        ),
        parent="dn-fdi",
        donors=["fdi-footwear-kr"],
        owner="dn-education",
        localities=[("26134", 100)],
        sectors=[("11220", 100)],
        status="completed",
        decision=("1466/QĐ-UBND", "2022-05-16"),
        actual=("2022-06-01", "2023-05-31"),
        spending_nature="investment",
        implementer="owner",
        money=[
            (C, "2022-05-20", "400000000", "KRW"),
            (D, "2022-09-15", "250000000", "KRW"),
            (D, "2023-01-10", "150000000", "KRW"),
        ],
    ),
    _dn(
        "dn-fdi-health-stations",
        "project",
        (
            "Trang thiết bị y tế cho trạm y tế xã Phú Lý và xã Tân Phú",
            "Medical equipment for the Phu Ly and Tan Phu commune health stations",
            "为乡卫生站配备医疗设备",
        ),
        parent="dn-fdi",
        donors=["fdi-electronics-jp"],
        owner="dn-health",
        localities=[("26173", 50), ("26116", 50)],
        sectors=[("12230", 100)],
        status="completed",
        decision=("951/QĐ-UBND", "2023-04-04"),
        actual=("2023-05-01", "2023-09-30"),
        spending_nature="investment",
        implementer="donor",
        money=[(C, "2023-04-12", "30000000", "JPY"), (D, "2023-07-05", "30000000", "JPY")],
    ),
    _dn(
        "dn-fdi-boarding",
        "project",
        (
            "Nhà bán trú cho học sinh dân tộc thiểu số xã Phú Lý",
            "Boarding house for ethnic-minority pupils in Phu Ly commune",
            "为少数民族学生修建半寄宿宿舍",
        ),
        parent="dn-fdi",
        donors=["fdi-textile-tw"],
        owner="dn-education",
        localities=[("26173", 100)],
        sectors=[("11220", 100)],
        status="completed",
        decision=("688/QĐ-UBND", "2023-03-02"),
        actual=("2023-04-01", "2024-03-31"),
        spending_nature="investment",
        implementer="owner",
        beneficiaries=(240, "Học sinh bán trú"),
        money=[
            (C, "2023-03-08", "8366250000", "VND"),  # balance of 2023
            (D, "2023-06-15", "5000000000", "VND"),
            (D, "2023-12-15", "3366250000", "VND"),
        ],
    ),
    _dn(
        "dn-fdi-school-cam-my",
        "project",
        (
            "Cải tạo trường tiểu học xã Cẩm Mỹ",
            "Renovating a primary school in Cam My commune",
            "修缮锦美乡小学",
        ),
        parent="dn-fdi",
        donors=["fdi-footwear-kr"],
        owner="dn-education",
        localities=[("26341", 100)],
        sectors=[("11220", 100)],
        status="completed",
        decision=("1702/QĐ-UBND", "2023-06-12"),
        actual=("2023-07-01", "2024-01-31"),
        spending_nature="investment",
        implementer="owner",
        money=[(C, "2023-06-20", "500000000", "KRW"), (D, "2023-09-12", "500000000", "KRW")],
    ),
    _dn(
        "dn-housing",
        "project",
        (
            "Nhà ở an toàn và nước sạch cho hộ nghèo xã Phú Lý và xã Trị An",
            "Safe housing and clean water for poor households in Phu Ly and Tri An communes",
            "为贫困户提供安全住房和清洁用水",
        ),
        donors=["habitat"],
        localities=[("26173", 60), ("26170", 40)],
        sectors=[("16040", 60), ("14030", 40)],
        status="completed",
        decision=("388/QĐ-UBND", "2022-02-14"),
        actual=("2022-03-15", "2023-12-31"),
        spending_nature="investment",
        implementer="donor",
        beneficiaries=(180, "Hộ nghèo"),
        money=[
            (C, "2022-02-21", "450000", "USD"),
            (D, "2022-06-10", "200000", "USD"),
            (D, "2023-04-20", "250000", "USD"),
        ],
    ),
    _dn(
        "dn-housing-2023",
        "project",
        (
            "Nhà ở an toàn cho hộ nghèo xã Xuân Lộc và xã Cẩm Mỹ",
            "Safe housing for poor households in Xuan Loc and Cam My communes",
            "为春禄乡和锦美乡贫困户提供安全住房",
        ),
        donors=["habitat"],
        localities=[("26425", 50), ("26341", 50)],
        sectors=[("16040", 100)],
        status="completed",
        decision=("1190/QĐ-UBND", "2023-04-28"),
        actual=("2023-06-01", "2024-09-30"),
        spending_nature="investment",
        implementer="donor",
        money=[
            (C, "2023-05-08", "400000", "USD"),
            (D, "2023-08-14", "200000", "USD"),
            (D, "2024-03-11", "200000", "USD"),
        ],
    ),
    _dn(
        "dn-rehab",
        "project",
        (
            "Phục hồi chức năng dựa vào cộng đồng cho người khuyết tật",
            "Community-based rehabilitation for people with disabilities",
            "为残疾人提供社区康复服务",
        ),
        donors=["hi"],
        owner="dn-health",
        localities=[("26248", 40), ("26299", 30), ("26368", 30)],
        sectors=[("12220", 60), ("16010", 40)],
        status="under_way",
        decision=("59/QĐ-UBND", "2023-01-09"),
        actual=("2023-02-01", None),
        planned=("2023-02-01", "2026-12-31"),
        spending_nature="recurrent",
        implementer="owner",
        beneficiaries=(2600, "Người khuyết tật và gia đình"),
        money=[
            (C, "2023-01-16", "500000", "EUR"),
            (D, "2023-04-15", "150000", "EUR"),
            (C, "2024-02-19", "200000", "EUR"),
            (D, "2024-03-20", "150000", "EUR"),
            (D, "2025-03-17", "4500000000", "VND"),
            (P, "2026-03-16", "4000000000", "VND"),
        ],
    ),
    _dn(
        "dn-livelihood-disability",
        "project",
        (
            "Hỗ trợ sinh kế cho người khuyết tật",
            "Livelihood support for people with disabilities",
            "残疾人生计支持",
        ),
        donors=["hi"],
        localities=[("26248", 50), ("26368", 50)],
        sectors=[("16020", 70), ("16010", 30)],
        status="completed",
        decision=("1815/QĐ-UBND", "2022-06-20"),
        actual=("2022-07-15", "2023-07-14"),
        spending_nature="recurrent",
        implementer="donor",
        money=[
            (C, "2022-06-27", "180000", "EUR"),
            (D, "2022-08-22", "90000", "EUR"),
            (D, "2023-02-20", "90000", "EUR"),
        ],
    ),
    _dn(
        "dn-biodiversity",
        "project",
        (
            "Bảo tồn đa dạng sinh học và sinh kế vùng đệm Khu Dự trữ sinh quyển Đồng Nai",
            "Biodiversity conservation and buffer-zone livelihoods in the Dong Nai Biosphere "
            "Reserve",
            "同奈生物圈保护区生物多样性保护和缓冲区生计",
        ),
        donors=["wwf"],
        localities=[("26122", 40), ("26119", 30), ("26170", 30)],
        sectors=[("41030", 70), ("31120", 30)],
        status="under_way",
        decision=("1349/QĐ-UBND", "2023-05-15"),
        actual=("2023-07-01", None),
        planned=("2023-07-01", "2027-06-30"),
        spending_nature="recurrent",
        implementer="donor",
        money=[
            (C, "2023-05-22", "800000", "USD"),
            (D, "2023-09-11", "150000", "USD"),
            (D, "2024-05-15", "250000", "USD"),
            (D, "2025-05-15", "4500000000", "VND"),
        ],
    ),
    _dn(
        "dn-scholarships-classrooms",
        "project",
        (
            "Học bổng và sửa chữa phòng học cho học sinh khó khăn",
            "Scholarships and classroom repairs for disadvantaged pupils",
            "为困难学生提供奖学金并修缮教室",
        ),
        donors=["saigon-children"],
        owner="dn-education",
        localities=[("26116", 50), ("26206", 50)],
        sectors=[("11220", 100)],
        status="completed",
        decision=("1977/QĐ-UBND", "2022-07-11"),
        actual=("2022-08-15", "2023-06-30"),
        implementer="donor",
        money=[(C, "2022-07-18", "80000", "USD"), (D, "2022-09-06", "80000", "USD")],
    ),
    _dn(
        "dn-wheelchairs",
        "non_project",
        (
            "Xe lăn và dụng cụ chỉnh hình cho người khuyết tật",
            "Wheelchairs and orthopaedic devices for people with disabilities",
            "为残疾人提供轮椅和矫形器具",
        ),
        donors=["vnah"],
        owner="dn-red-cross",
        localities=[("26068", 50), ("26425", 50)],
        sectors=[("16010", 100)],
        status="completed",
        decision=("710/QĐ-UBND", "2023-03-13"),
        actual=("2023-04-01", "2023-08-31"),
        implementer="donor",
        beneficiaries=(900, "Người khuyết tật"),
        money=[(C, "2023-03-20", "180000", "USD"), (D, "2023-06-12", "180000", "USD")],
    ),
    _dn(
        "dn-family-care",
        "project",
        (
            "Chăm sóc trẻ em có hoàn cảnh đặc biệt dựa vào gia đình",
            "Family-based care for children in special circumstances",
            "以家庭为基础照顾特殊困难儿童",
        ),
        donors=["holt"],
        localities=[("26068", 40), ("26005", 30), ("26020", 30)],
        sectors=[("16010", 100)],
        status="completed",
        decision=("161/QĐ-UBND", "2022-01-17"),
        actual=("2022-02-07", "2023-12-31"),
        spending_nature="recurrent",
        implementer="owner",
        money=[
            (C, "2022-01-24", "120000", "USD"),
            (D, "2022-03-15", "60000", "USD"),
            (D, "2023-03-15", "60000", "USD"),
        ],
    ),
    _dn(
        "dn-early-childhood",
        "project",
        (
            "Phát triển sớm cho trẻ mầm non có hoàn cảnh khó khăn",
            "Early childhood development for disadvantaged young children",
            "困难幼儿早期发展",
        ),
        donors=["wwo"],
        owner="dn-education",
        localities=[("26485", 50), ("26368", 50)],
        sectors=[("11240", 100)],
        status="completed",
        decision=("2577/QĐ-UBND", "2022-09-05"),
        actual=("2022-10-01", "2023-09-30"),
        spending_nature="recurrent",
        implementer="owner",
        money=[
            (C, "2022-09-12", "100000", "USD"),
            (D, "2022-11-14", "50000", "USD"),
            (D, "2023-05-15", "50000", "USD"),
        ],
    ),
    _dn(
        "dn-child-nutrition",
        "project",
        (
            "Dinh dưỡng và chăm sóc sức khỏe ban đầu cho trẻ em",
            "Nutrition and primary health care for children",
            "儿童营养和初级卫生保健",
        ),
        donors=["cncf"],
        owner="dn-health",
        localities=[("26248", 50), ("26041", 50)],
        sectors=[("12240", 60), ("12220", 40)],
        status="completed",
        decision=("1780/QĐ-UBND", "2023-07-03"),
        actual=("2023-08-01", "2024-07-31"),
        spending_nature="recurrent",
        implementer="donor",
        money=[
            (C, "2023-07-10", "150000", "USD"),
            (D, "2023-10-05", "75000", "USD"),
            (D, "2024-04-08", "75000", "USD"),
        ],
    ),
    _dn(
        "dn-school-toilets-2022",
        "project",
        (
            "Nhà vệ sinh và nước sạch cho trường học xã La Ngà",
            "Toilets and clean water for schools in La Nga commune",
            "为拉雅乡学校修建厕所和清洁用水设施",
        ),
        donors=["enfants-du-dragon"],
        owner="dn-education",
        localities=[("26227", 100)],
        sectors=[("14030", 100)],
        status="completed",
        decision=("2860/QĐ-UBND", "2022-10-03"),
        actual=("2022-11-01", "2023-04-30"),
        spending_nature="investment",
        implementer="donor",
        money=[(C, "2022-10-10", "120000", "EUR"), (D, "2022-12-05", "120000", "EUR")],
    ),
    _dn(
        "dn-school-toilets-2023",
        "project",
        (
            "Nhà vệ sinh và nước sạch cho trường học xã Định Quán",
            "Toilets and clean water for schools in Dinh Quan commune",
            "为定馆乡学校修建厕所和清洁用水设施",
        ),
        donors=["enfants-du-dragon"],
        owner="dn-education",
        localities=[("26206", 100)],
        sectors=[("14030", 100)],
        status="completed",
        decision=("2611/QĐ-UBND", "2023-09-11"),
        actual=("2023-10-01", "2024-03-31"),
        spending_nature="investment",
        implementer="donor",
        money=[(C, "2023-09-18", "150000", "EUR"), (D, "2023-12-05", "150000", "EUR")],
    ),
    _dn(
        "dn-mechatronics",
        "project",
        (
            "Đào tạo nghề cơ điện tử cho thanh niên",
            "Mechatronics vocational training for young people",
            "青年机电一体化职业培训",
        ),
        donors=["fdi-machinery-de"],
        localities=[("26368", 50), ("26485", 50)],
        sectors=[("11330", 100)],
        status="completed",
        decision=("2790/QĐ-UBND", "2023-10-09"),
        actual=("2023-11-01", "2024-12-31"),
        spending_nature="recurrent",
        implementer="donor",
        beneficiaries=(300, "Thanh niên học nghề"),
        money=[
            (C, "2023-10-16", "250000", "EUR"),
            (D, "2024-01-15", "120000", "EUR"),
            (D, "2024-09-16", "130000", "EUR"),
        ],
    ),
    _dn(
        "dn-houses-workers",
        "project",
        (
            "Xây dựng nhà tình thương cho hộ nghèo và công nhân khó khăn năm 2022",
            "Homes for poor households and workers in hardship, 2022",
            "2022年为贫困户和困难工人建造爱心房",
        ),
        donors=["fdi-footwear-kr", "fdi-textile-tw"],
        owner="dn-red-cross",
        localities=[("26248", 30), ("26299", 20), ("26425", 25), ("26341", 25)],
        sectors=[("16040", 100)],
        status="completed",
        decision=("1599/QĐ-UBND", "2022-06-06"),
        actual=("2022-07-01", "2023-06-30"),
        spending_nature="investment",
        implementer="owner",
        beneficiaries=(200, "Hộ được hỗ trợ nhà ở"),
        money=[
            (C, "2022-06-15", "12191239400", "VND"),  # balance of 2022
            (D, "2022-09-20", "6000000000", "VND"),
            (D, "2023-03-20", "6191239400", "VND"),
        ],
    ),
    _dn(
        "dn-houses-workers-2023",
        "project",
        (
            "Xây dựng nhà tình thương cho hộ nghèo và công nhân khó khăn năm 2023",
            "Homes for poor households and workers in hardship, 2023",
            "2023年为贫困户和困难工人建造爱心房",
        ),
        donors=["fdi-footwear-kr", "fdi-electronics-jp"],
        owner="dn-red-cross",
        localities=[("26116", 30), ("26206", 30), ("26485", 40)],
        sectors=[("16040", 100)],
        status="completed",
        decision=("1288/QĐ-UBND", "2023-05-08"),
        actual=("2023-06-01", "2024-05-31"),
        spending_nature="investment",
        implementer="owner",
        beneficiaries=(70, "Hộ được hỗ trợ nhà ở"),
        money=[
            (C, "2023-05-15", "4000000000", "VND"),
            (D, "2023-08-21", "2500000000", "VND"),
            (D, "2024-02-26", "1500000000", "VND"),
        ],
    ),
    _dn(
        "dn-tet-2023",
        "non_project",
        (
            "Trao tặng gạo và nhu yếu phẩm cho hộ nghèo dịp Tết Quý Mão 2023",
            "Rice and essentials for poor households for the 2023 Lunar New Year",
            "2023年春节向贫困户捐赠大米和生活必需品",
        ),
        donors=["tzu-chi"],
        owner="dn-red-cross",
        localities=[("26425", 30), ("26341", 40), ("26116", 30)],
        sectors=[("16010", 100)],
        status="completed",
        decision=("3398/QĐ-UBND", "2022-12-12"),
        actual=("2023-01-05", "2023-01-15"),
        implementer="donor",
        beneficiaries=(5000, "Hộ nghèo"),
        money=[(C, "2022-12-20", "3000000000", "VND"), (D, "2023-01-10", "3000000000", "VND")],
    ),
    _dn(
        "dn-tet-2024",
        "non_project",
        (
            "Trao tặng gạo và nhu yếu phẩm cho hộ nghèo dịp Tết Giáp Thìn 2024",
            "Rice and essentials for poor households for the 2024 Lunar New Year",
            "2024年春节向贫困户捐赠大米和生活必需品",
        ),
        donors=["tzu-chi"],
        owner="dn-red-cross",
        localities=[("26425", 30), ("26341", 40), ("26116", 30)],
        sectors=[("16010", 100)],
        status="completed",
        decision=("3502/QĐ-UBND", "2023-12-11"),
        actual=("2024-01-22", "2024-02-02"),
        implementer="donor",
        beneficiaries=(5500, "Hộ nghèo"),
        money=[(C, "2023-12-18", "3500000000", "VND"), (D, "2024-01-25", "3500000000", "VND")],
    ),
    _dn(
        "dn-scholarships-workers-2022",
        "non_project",
        (
            "Học bổng cho con em công nhân có hoàn cảnh khó khăn năm học 2022–2023",
            "Scholarships for workers' children in hardship, school year 2022–2023",
            "2022–2023学年困难工人子女奖学金",
        ),
        donors=["fdi-textile-tw"],
        localities=[("26248", 50), ("26005", 50)],
        sectors=[("11220", 100)],
        status="completed",
        decision=("2266/QĐ-UBND", "2022-08-15"),
        actual=("2022-09-05", "2022-09-05"),
        implementer="donor",
        money=[(C, "2022-08-22", "1500000000", "VND"), (D, "2022-09-05", "1500000000", "VND")],
    ),
    _dn(
        "dn-scholarships-workers-2023",
        "non_project",
        (
            "Học bổng cho con em công nhân có hoàn cảnh khó khăn năm học 2023–2024",
            "Scholarships for workers' children in hardship, school year 2023–2024",
            "2023–2024学年困难工人子女奖学金",
        ),
        donors=["fdi-textile-tw"],
        localities=[("26248", 50), ("26005", 50)],
        sectors=[("11220", 100)],
        status="completed",
        decision=("2398/QĐ-UBND", "2023-08-14"),
        actual=("2023-09-05", "2023-09-05"),
        implementer="donor",
        money=[(C, "2023-08-21", "1800000000", "VND"), (D, "2023-09-05", "1800000000", "VND")],
    ),
    _dn(
        "dn-scholarships-jp-2023",
        "non_project",
        (
            "Học bổng cho học sinh nghèo vượt khó thành phố Biên Hòa năm 2023",
            "Scholarships for needy pupils in Bien Hoa, 2023",
            "2023年边和贫困学生奖学金",
        ),
        donors=["fdi-electronics-jp"],
        localities=[("26068", 60), ("26041", 40)],
        sectors=[("11220", 100)],
        status="completed",
        decision=("2705/QĐ-UBND", "2023-09-25"),
        actual=("2023-10-16", "2023-10-16"),
        implementer="donor",
        money=[(C, "2023-10-02", "2000000000", "VND"), (D, "2023-10-16", "2000000000", "VND")],
    ),
    # After the 2025 merger: former Binh Phuoc communes, money in VND.
    _dn(
        "dn-housing-bu-dang",
        "project",
        (
            "Nhà ở an toàn cho hộ đồng bào dân tộc thiểu số xã Bù Đăng và xã Bù Gia Mập",
            "Safe housing for ethnic-minority households in Bu Dang and Bu Gia Map communes",
            "为布登乡和布嘉默乡少数民族家庭提供安全住房",
        ),
        donors=["habitat"],
        localities=[("25396", 50), ("25222", 50)],
        sectors=[("16040", 100)],
        status="under_way",
        decision=("3120/QĐ-UBND", "2025-09-08", "Ủy ban nhân dân Thành phố Đồng Nai"),
        actual=("2025-10-01", None),
        planned=("2025-10-01", "2027-03-31"),
        spending_nature="investment",
        implementer="donor",
        money=[
            (C, "2025-09-15", "7200000000", "VND"),
            (D, "2025-12-10", "2400000000", "VND"),
            (P, "2027-01-15", "2400000000", "VND"),
        ],
    ),
    _dn(
        "dn-mental-health",
        "project",
        (
            "Chăm sóc sức khỏe tâm thần cho công nhân khu công nghiệp",
            "Mental health care for industrial-zone workers",
            "工业区工人心理健康关怀",
        ),
        donors=["hi"],
        localities=[("26068", 50), ("26485", 50)],
        sectors=[("12340", 100)],
        status="under_appraisal",
        planned=("2026-07-01", "2028-06-30"),
    ),
    _dn(
        "dn-playground",
        "project",
        (
            "Xây dựng khu vui chơi cho con em công nhân khu công nghiệp Nhơn Trạch",
            "Playground for workers' children near the Nhon Trach industrial zones",
            "为仁泽工业区工人子女修建游乐场",
        ),
        donors=["fdi-footwear-kr"],
        localities=[("26485", 100)],
        sectors=[("16065", 100)],
        status="rejected",
        planned=("2024-06-01", "2024-12-31"),
        note="Hồ sơ chưa có phương án bàn giao và duy trì công trình sau khi hoàn thành.",
    ),
    _dn(
        "dn-river-plastics",
        "project",
        (
            "Thu gom và xử lý rác thải nhựa ven sông Đồng Nai",
            "Collecting and treating plastic waste along the Dong Nai river",
            "同奈河沿岸塑料垃圾收集和处理",
        ),
        donors=["wwf"],
        localities=[("26068", 50), ("26041", 50)],
        sectors=[("14050", 100)],
        status="cancelled",
        decision=("1822/QĐ-UBND", "2024-07-15"),
        planned=("2024-09-01", "2026-08-31"),
        note="Nhà tài trợ thông báo không thu xếp được nguồn vốn.",
    ),
]


# ---- Lao Cai: the former Yen Bai province --------------------------------------------
# 47 items with a 2022 disbursement (USD 4.4 million in all) and 34 under way on 15 Aug
# 2023 (USD 15,297,070 committed): 25 in both sets (two programs among them), 22 that had
# ended by then, 9 that started in 2023. Generated from themes x districts with a fixed
# seed, so every run makes the same items.

_LC = "lao-cai"

# Pre-2025 districts of Yen Bai (province code 15 before 1 July 2025); Tram Tau is left
# out only because its Chinese name is not certain here.
YEN_BAI_DISTRICTS = [
    ("132", "thành phố Yên Bái", "Yen Bai city", "安沛市"),
    ("133", "thị xã Nghĩa Lộ", "Nghia Lo town", "义路市"),
    ("135", "huyện Lục Yên", "Luc Yen district", "陆安县"),
    ("136", "huyện Văn Yên", "Van Yen district", "文安县"),
    ("137", "huyện Mù Cang Chải", "Mu Cang Chai district", "木江界县"),
    ("138", "huyện Trấn Yên", "Tran Yen district", "镇安县"),
    ("140", "huyện Văn Chấn", "Van Chan district", "文振县"),
    ("141", "huyện Yên Bình", "Yen Binh district", "安平县"),
]

# (key, Vietnamese, English, Chinese, kind, sectors, donors, owner, spending nature)
YEN_BAI_THEMES = [
    (
        "nutrition",
        "Cải thiện dinh dưỡng cho trẻ em dưới 5 tuổi",
        "Better nutrition for children under five",
        "改善五岁以下儿童营养",
        "project",
        [("12240", 70), ("12220", 30)],
        ["world-vision", "save-the-children", "good-neighbors"],
        "yb-health",
        "recurrent",
    ),
    (
        "wash",
        "Nước sạch và vệ sinh trường học",
        "Clean water and sanitation in schools",
        "学校清洁用水和卫生设施",
        "project",
        [("14030", 100)],
        ["plan", "habitat", "world-vision"],
        "yb-education",
        "investment",
    ),
    (
        "livelihoods",
        "Sinh kế bền vững cho phụ nữ dân tộc thiểu số",
        "Sustainable livelihoods for ethnic-minority women",
        "少数民族妇女可持续生计",
        "project",
        [("31120", 60), ("15170", 40)],
        ["care", "helvetas", "snv"],
        "yb-agriculture",
        "recurrent",
    ),
    (
        "preschool",
        "Giáo dục mầm non hòa nhập",
        "Inclusive early childhood education",
        "全纳学前教育",
        "project",
        [("11240", 100)],
        ["plan", "aide-et-action", "save-the-children"],
        "yb-education",
        "recurrent",
    ),
    (
        "protection",
        "Phòng chống bạo lực giới và bảo vệ trẻ em",
        "Preventing gender-based violence and protecting children",
        "预防性别暴力和保护儿童",
        "project",
        [("15180", 60), ("16010", 40)],
        ["plan", "hagar", "world-vision"],
        "yb-labour",
        "recurrent",
    ),
    (
        "drr",
        "Giảm nhẹ rủi ro thiên tai dựa vào cộng đồng",
        "Community-based disaster risk reduction",
        "社区减灾",
        "project",
        [("43060", 100)],
        ["care", "plan", "habitat"],
        "yb-agriculture",
        "recurrent",
    ),
    (
        "vocational",
        "Dạy nghề và tạo việc làm cho thanh niên",
        "Vocational training and jobs for young people",
        "青年职业培训与就业",
        "project",
        [("11330", 70), ("16020", 30)],
        ["helvetas", "aide-et-action", "hagar"],
        "yb-labour",
        "recurrent",
    ),
    (
        "mothers",
        "Chăm sóc sức khỏe bà mẹ và trẻ sơ sinh",
        "Maternal and newborn health care",
        "孕产妇和新生儿保健",
        "project",
        [("13020", 50), ("12220", 50)],
        ["save-the-children", "good-neighbors", "world-vision"],
        "yb-health",
        "recurrent",
    ),
    (
        "climate",
        "Nông nghiệp thích ứng với biến đổi khí hậu",
        "Climate-smart agriculture",
        "气候智能型农业",
        "project",
        [("31120", 70), ("41010", 30)],
        ["snv", "helvetas", "care"],
        "yb-agriculture",
        "recurrent",
    ),
    (
        "schools",
        "Xây dựng điểm trường và nhà bán trú cho học sinh",
        "School sites and boarding houses for pupils",
        "修建教学点和学生寄宿宿舍",
        "project",
        [("11220", 100)],
        ["good-neighbors", "world-vision", "plan"],
        "yb-education",
        "investment",
    ),
    (
        "equipment",
        "Trao tặng trang thiết bị cho trạm y tế xã",
        "Equipment for commune health stations",
        "向乡卫生站捐赠设备",
        "non_project",
        [("12230", 100)],
        ["good-neighbors", "world-vision", "save-the-children"],
        "yb-health",
        "investment",
    ),
    (
        "scholarships",
        "Học bổng cho học sinh nghèo vượt khó",
        "Scholarships for needy pupils",
        "贫困学生奖学金",
        "non_project",
        [("11220", 100)],
        ["aide-et-action", "good-neighbors", "plan"],
        "yb-education",
        "recurrent",
    ),
]

_YB_PROGRAMS = {
    # district code: (key, donor, titles)
    "140": (
        "yb-adp-van-chan",
        "world-vision",
        (
            "Chương trình phát triển vùng huyện Văn Chấn",
            "Area development programme, Van Chan district",
            "文振县区域发展计划",
        ),
    ),
    "137": (
        "yb-children-mu-cang-chai",
        "plan",
        (
            "Chương trình phát triển cộng đồng lấy trẻ em làm trọng tâm huyện Mù Cang Chải",
            "Child-centred community development programme, Mu Cang Chai district",
            "木江界县以儿童为中心的社区发展计划",
        ),
    ),
}

_GROUPS = {"both": 23, "ended": 22, "started_2023": 9}  # + the 2 programs in "both"


def _day(start: datetime.date, end: datetime.date, rng: random.Random) -> datetime.date:
    return start + datetime.timedelta(days=rng.randint(0, (end - start).days))


def _round(value: float, step: int) -> int:
    return max(step, int(round(value / step)) * step)


def _split_exact(total: int, weights: list[float], step: int) -> list[int]:
    """`total` split by `weights` into multiples of `step`; the last takes the rest."""
    scale = total / sum(weights)
    parts = [_round(w * scale, step) for w in weights[:-1]]
    parts.append(total - sum(parts))
    assert parts[-1] > 0, parts
    return parts


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def _yen_bai_dates(group: str, kind: str, rng: random.Random):
    """When an item of `group` ran: (actual start, actual end or None)."""
    d = datetime.date
    if group == "ended" and kind == "non_project":  # a delivery within 2022
        start = _day(d(2022, 1, 10), d(2022, 10, 31), rng)
        return start, start + datetime.timedelta(days=rng.randint(20, 90))
    if group == "ended":
        start = _day(d(2020, 11, 16), d(2022, 3, 31), rng)
        return start, _day(
            max(start + datetime.timedelta(days=200), d(2022, 6, 30)), d(2023, 7, 31), rng
        )
    if group == "both":
        start = _day(d(2020, 11, 16), d(2022, 5, 31), rng)
        end = _day(d(2023, 9, 30), d(2025, 12, 31), rng)
        return start, (end if rng.random() < 0.4 else None)
    start = _day(d(2023, 1, 9), d(2023, 8, 1), rng)  # started in 2023
    end = _day(d(2024, 6, 30), d(2025, 12, 31), rng)
    return start, (end if rng.random() < 0.5 else None)


def yen_bai_items() -> list[dict]:
    """The former Yen Bai province's items (see above), programs before their projects."""
    rng = random.Random(20230815)
    combos = [(t, d) for t in YEN_BAI_THEMES for d in YEN_BAI_DISTRICTS]
    rng.shuffle(combos)
    specs = []
    for (code, (key, donor, titles)), start in zip(
        _YB_PROGRAMS.items(), (datetime.date(2020, 11, 16), datetime.date(2021, 1, 18)), strict=True
    ):
        specs.append(
            {
                "group": "both",
                "key": key,
                "kind": "program",
                "titles": titles,
                "donor": donor,
                "owner": None,
                "code": code,
                "parent": None,
                "sectors": [("43010", 100)],
                "nature": "",
                "start": start,
                "end": None,
            }
        )
    for group, count in _GROUPS.items():
        for _ in range(count):
            theme, district = combos.pop()
            t_key, t_vi, t_en, t_zh, kind, sectors, donors, owner, nature = theme
            code, d_vi, d_en, d_zh = district
            program = _YB_PROGRAMS.get(code) if group == "both" and kind == "project" else None
            start, end = _yen_bai_dates(group, kind, rng)
            specs.append(
                {
                    "group": group,
                    "key": f"yb-{t_key}-{code}",
                    "kind": kind,
                    "titles": (f"{t_vi} tại {d_vi}", f"{t_en}, {d_en}", f"{d_zh}{t_zh}"),
                    "donor": program[1] if program else donors[len(specs) % len(donors)],
                    "owner": owner,
                    "code": code,
                    "parent": program[0] if program else None,
                    "sectors": sectors,
                    "nature": nature,
                    "start": start,
                    "end": end,
                }
            )

    # 2022 disbursements: USD 4.4 million over the 47 active items.
    active = [s for s in specs if s["group"] in ("both", "ended")]
    weights = [(3.0 if s["kind"] == "program" else 1.0) * rng.uniform(0.5, 1.5) for s in active]
    for spec, amount in zip(active, _split_exact(YEN_BAI_DISBURSED_USD, weights, 100), strict=True):
        spec["d2022"] = amount
    # Commitments of the 34 under way on 15 Aug 2023: USD 15,297,070 in all.
    under_way = [s for s in specs if s["group"] in ("both", "started_2023")]
    weights = [
        s["d2022"] * rng.uniform(3.0, 4.5) if "d2022" in s else rng.uniform(150_000, 450_000)
        for s in under_way
    ]
    committed = _split_exact(YEN_BAI_UNDER_WAY_COMMITTED_USD, weights, 10)
    for spec, amount in zip(under_way, committed, strict=True):
        spec["committed"] = amount
    for spec in specs:
        if spec["group"] == "ended":
            spec["committed"] = _round(spec["d2022"] * rng.uniform(1.2, 2.0), 100)

    items, decision_no = [], 180
    for spec in specs:
        start, end, kind = spec["start"], spec["end"], spec["kind"]
        decided = max(
            start - datetime.timedelta(days=rng.randint(20, 60)), datetime.date(2020, 10, 1)
        )
        decision_no += rng.randint(40, 160)
        items.append(
            _item(
                _LC,
                spec["key"],
                kind,
                spec["titles"],
                donors=[spec["donor"]],
                owner=spec["owner"],
                parent=spec["parent"],
                structure=OLD,
                localities=[(spec["code"], 100)],
                sectors=spec["sectors"],
                status="completed" if end else "under_way",
                decision=(f"{decision_no}/QĐ-UBND", decided.isoformat(), UBND_YEN_BAI),
                actual=(_iso(start), _iso(end)),
                planned=(_iso(start), _iso(end) or "2026-12-31"),
                spending_nature=spec["nature"],
                implementer="donor" if kind == "non_project" else "owner",
                money=_yen_bai_money(spec, decided, rng),
            )
        )
    assert len({i["title"] for i in items}) == len(items)
    return items


def _yen_bai_money(spec, decided, rng) -> list[tuple[str, str, str, str]]:
    start, end, committed = spec["start"], spec["end"], spec["committed"]
    rows = []
    # Commitments: at the agreement, and for some a second phase, none after 15 Aug 2023.
    first_day = decided + datetime.timedelta(days=rng.randint(5, 15))
    if rng.random() < 0.35 and spec["group"] == "both":
        second = _round(committed * rng.uniform(0.25, 0.4), 10)
        rows.append((C, first_day, committed - second))
        rows.append((C, _day(datetime.date(2023, 1, 9), datetime.date(2023, 7, 31), rng), second))
    else:
        rows.append((C, first_day, committed))
    # Disbursements: 2022's fixed share, the rest of the commitment spread over the
    # other years the item ran (while it ran).
    last = end or datetime.date(2025, 12, 31)
    if "d2022" in spec:
        lo = max(start, datetime.date(2022, 1, 10))
        hi = min(last, datetime.date(2022, 12, 15))
        amounts = [spec["d2022"]]
        if spec["d2022"] >= 40_000 and (hi - lo).days > 120:
            half = _round(spec["d2022"] * rng.uniform(0.35, 0.65), 100)
            amounts = [half, spec["d2022"] - half]
        # Most of 2022's money moved before the dong weakened in the last quarter.
        hi_main = min(hi, datetime.date(2022, 9, 30)) if hi > datetime.date(2022, 4, 1) else hi
        for amount in amounts:
            rows.append((D, _day(lo, max(lo, hi_main), rng), amount))
    rest = committed - spec.get("d2022", 0)
    for year, share in ((2021, 0.2), (2023, 0.4), (2024, 0.3)):
        lo = max(start, datetime.date(year, 1, 10))
        hi = min(last, datetime.date(year, 12, 15))
        if lo < hi and rest > 0:
            amount = _round(rest * share, 100)
            if amount < rest:
                rows.append((D, _day(lo, hi, rng), amount))
                rest -= amount
    rows.sort(key=lambda r: (r[1], r[0]))
    return [(t, day.isoformat(), str(amount), "USD") for t, day, amount in rows]


def _lc(key, kind, titles, **kw):
    return _item(_LC, key, kind, titles, **kw)


LAO_CAI_OTHERS: list[dict] = [
    # Not under way on 15 Aug 2023: it started a few days later.
    _lc(
        "yb-flood-mu-cang-chai-2023",
        "non_project",
        (
            "Cứu trợ khẩn cấp sau lũ quét tháng 8/2023 tại huyện Mù Cang Chải",
            "Emergency relief after the August 2023 flash floods in Mu Cang Chai district",
            "2023年8月木江界县山洪后紧急救援",
        ),
        donors=["world-vision"],
        owner="yb-labour",
        structure=OLD,
        localities=[("137", 100)],
        sectors=[("72010", 100)],
        status="completed",
        decision=("1890/QĐ-UBND", "2023-08-17", UBND_YEN_BAI),
        actual=("2023-08-20", "2023-10-31"),
        implementer="donor",
        beneficiaries=(1200, "Hộ bị thiệt hại do lũ"),
        money=[(C, "2023-08-18", "150000", "USD"), (D, "2023-08-25", "150000", "USD")],
    ),
    _lc(
        "yb-yagi-2024",
        "non_project",
        (
            "Cứu trợ khẩn cấp sau bão Yagi tại huyện Lục Yên và huyện Văn Yên",
            "Emergency relief after Typhoon Yagi in Luc Yen and Van Yen districts",
            "台风“摩羯”过后陆安县和文安县紧急救援",
        ),
        donors=["care"],
        structure=OLD,
        localities=[("135", 50), ("136", 50)],
        sectors=[("72010", 100)],
        status="completed",
        decision=("2105/QĐ-UBND", "2024-09-14", UBND_YEN_BAI),
        actual=("2024-09-16", "2024-12-31"),
        implementer="donor",
        money=[
            (C, "2024-09-15", "250000", "USD"),
            (D, "2024-09-20", "150000", "USD"),
            (D, "2024-11-15", "100000", "USD"),
        ],
    ),
    # The former Lao Cai province (pre-2025 code 10).
    _lc(
        "lc-bilingual-bac-ha",
        "project",
        (
            "Giáo dục song ngữ dựa trên tiếng mẹ đẻ tại huyện Bắc Hà",
            "Mother-tongue-based bilingual education in Bac Ha district",
            "北河县母语双语教育",
        ),
        donors=["aide-et-action"],
        structure=OLD,
        localities=[("085", 100)],
        sectors=[("11220", 100)],
        status="completed",
        decision=("3712/QĐ-UBND", "2020-10-20", UBND_LAO_CAI),
        actual=("2020-11-16", "2021-12-31"),
        spending_nature="recurrent",
        implementer="owner",
        money=[
            (C, "2020-10-30", "180000", "USD"),
            (D, "2021-01-18", "90000", "USD"),
            (D, "2021-08-16", "90000", "USD"),
        ],
    ),
    _lc(
        "lc-tourism-sa-pa",
        "project",
        (
            "Du lịch cộng đồng bền vững tại thị xã Sa Pa",
            "Sustainable community-based tourism in Sa Pa town",
            "沙坝市社可持续社区旅游",
        ),
        donors=["helvetas"],
        structure=OLD,
        localities=[("088", 60), ("082", 40)],
        sectors=[("33210", 100)],
        status="completed",
        decision=("2230/QĐ-UBND", "2023-09-05", UBND_LAO_CAI),
        actual=("2023-10-02", "2025-06-30"),
        spending_nature="recurrent",
        implementer="owner",
        money=[
            (C, "2023-09-12", "320000", "USD"),
            (D, "2023-11-15", "100000", "USD"),
            (D, "2024-05-15", "120000", "USD"),
            (D, "2025-03-17", "2500000000", "VND"),
        ],
    ),
    # Since the merger: communes of today's Lao Cai.
    _lc(
        "lc-water-y-ty",
        "project",
        (
            "Nước sạch cho điểm trường xã Y Tý và xã Mù Cang Chải",
            "Clean water for school sites in Y Ty and Mu Cang Chai communes",
            "为伊提乡和木江界乡教学点提供清洁用水",
        ),
        donors=["plan"],
        owner="lc-education",
        localities=[("02701", 50), ("04456", 50)],
        sectors=[("14030", 100)],
        status="under_way",
        decision=("2870/QĐ-UBND", "2025-09-22", UBND_LAO_CAI),
        actual=("2025-10-15", None),
        planned=("2025-10-15", "2027-06-30"),
        spending_nature="investment",
        implementer="owner",
        money=[
            (C, "2025-09-29", "6500000000", "VND"),
            (D, "2025-11-20", "2000000000", "VND"),
            (P, "2026-12-15", "2500000000", "VND"),
        ],
    ),
    _lc(
        "lc-landslide-warning",
        "project",
        (
            "Cảnh báo sớm sạt lở đất dựa vào cộng đồng tại các xã vùng cao",
            "Community early warning of landslides in upland communes",
            "高山乡社区山体滑坡预警",
        ),
        donors=["care"],
        localities=[("04474", 40), ("04606", 30), ("03037", 30)],
        sectors=[("43060", 100)],
        status="approved",
        decision=("512/QĐ-UBND", "2026-02-10", UBND_LAO_CAI),
        planned=("2026-12-01", "2028-11-30"),
    ),
    _lc(
        "lc-cinnamon",
        "project",
        (
            "Chuỗi giá trị quế hữu cơ cho hộ dân tộc thiểu số",
            "Organic cinnamon value chain for ethnic-minority households",
            "少数民族家庭有机肉桂价值链",
        ),
        donors=["snv"],
        localities=[("04399", 50), ("04381", 50)],
        sectors=[("31162", 100)],
        status="proposed",
        planned=("2027-01-01", "2029-12-31"),
    ),
    _lc(
        "lc-football-field",
        "project",
        (
            "Sân bóng cho trẻ em xã Bắc Hà",
            "Football pitch for children in Bac Ha commune",
            "北河乡儿童足球场",
        ),
        donors=["good-neighbors"],
        localities=[("02839", 100)],
        sectors=[("16065", 100)],
        status="rejected",
        planned=("2026-03-01", "2026-10-31"),
        note="Không thuộc danh mục ưu tiên vận động viện trợ của tỉnh.",
    ),
]


# ---- VUFO (national) -----------------------------------------------------------------

_V = "vufo"


def _v(key, kind, titles, **kw):
    return _item(_V, key, kind, titles, **kw)


VUFO_ITEMS: list[dict] = [
    _v(
        "v-cataract",
        "project",
        (
            "Phòng chống mù lòa do đục thủy tinh thể tại các tỉnh miền núi phía Bắc",
            "Preventing cataract blindness in the northern mountain provinces",
            "北部山区省份白内障致盲防治",
        ),
        donors=["fred-hollows"],
        owner="moh",
        localities=[("15", 40), ("08", 30), ("11", 30)],
        sectors=[("12220", 100)],
        status="completed",
        decision=("812/QĐ-BYT", "2021-02-22", MOH),
        actual=("2021-04-01", "2023-12-31"),
        spending_nature="recurrent",
        implementer="owner",
        money=[
            (C, "2021-03-15", "1200000", "AUD"),
            (D, "2021-06-14", "400000", "AUD"),
            (D, "2022-06-13", "400000", "AUD"),
            (D, "2023-06-12", "400000", "AUD"),
        ],
    ),
    _v(
        "v-children-communities",
        "program",
        (
            "Phát triển cộng đồng và giáo dục cho trẻ em vùng khó khăn",
            "Community development and education for children in disadvantaged areas",
            "困难地区儿童社区发展与教育",
        ),
        donors=["good-neighbors"],
        localities=[("19", 40), ("25", 30), ("15", 30)],
        sectors=[("11220", 60), ("16010", 40)],
        status="under_way",
        decision=("215/QĐ-LHHN", "2022-03-28", VUFO),
        actual=("2022-05-02", None),
        planned=("2022-05-02", "2027-04-30"),
        spending_nature="recurrent",
        implementer="donor",
        money=[
            (C, "2022-04-11", "2000000000", "KRW"),
            (D, "2022-09-15", "800000000", "KRW"),
            (D, "2023-09-05", "700000000", "KRW"),
            (D, "2025-09-08", "5200000000", "VND"),
        ],
    ),
    _v(
        "v-aid-management-training",
        "project",
        (
            "Bồi dưỡng cán bộ về quản lý viện trợ phi chính phủ nước ngoài",
            "Training officials in managing foreign non-governmental aid",
            "外国非政府援助管理干部培训",
        ),
        donors=["kas"],
        localities=[("01", 40), ("79", 30), ("48", 30)],
        sectors=[("15119", 100)],
        status="completed",
        decision=("98/QĐ-LHHN", "2023-02-13", VUFO),
        actual=("2023-03-01", "2024-12-31"),
        spending_nature="recurrent",
        implementer="donor",
        beneficiaries=(600, "Cán bộ các sở, ngành và liên hiệp hữu nghị tỉnh"),
        money=[
            (C, "2023-02-20", "120000", "EUR"),
            (D, "2023-05-10", "60000", "EUR"),
            (D, "2024-04-10", "60000", "EUR"),
        ],
    ),
    _v(
        "v-women-economic-rights",
        "project",
        (
            "Thúc đẩy quyền kinh tế của phụ nữ dân tộc thiểu số",
            "Advancing ethnic-minority women's economic rights",
            "促进少数民族妇女的经济权利",
        ),
        donors=["oxfam"],
        owner="vwu",
        localities=[("15", 50), ("14", 50)],
        sectors=[("15170", 60), ("31120", 40)],
        status="completed",
        decision=("1460/QĐ-ĐCT", "2021-11-08", VWU),
        actual=("2021-12-01", "2024-11-30"),
        spending_nature="recurrent",
        implementer="owner",
        money=[
            (C, "2021-11-15", "800000", "EUR"),
            (D, "2022-03-14", "250000", "EUR"),
            (D, "2023-03-13", "300000", "EUR"),
            (D, "2024-03-11", "250000", "EUR"),
        ],
    ),
    _v(
        "v-ncd-primary-care",
        "project",
        (
            "Tăng cường phòng chống bệnh không lây nhiễm tại y tế cơ sở",
            "Stronger prevention of non-communicable diseases in primary health care",
            "加强基层非传染性疾病防治",
        ),
        donors=["path"],
        owner="moh",
        localities=[("01", 50), ("46", 50)],
        sectors=[("12350", 100)],
        status="under_way",
        decision=("2017/QĐ-BYT", "2023-06-05", MOH),
        actual=("2023-07-03", None),
        planned=("2023-07-03", "2026-12-31"),
        spending_nature="recurrent",
        implementer="owner",
        money=[
            (C, "2023-06-12", "900000", "USD"),
            (D, "2023-10-09", "300000", "USD"),
            (D, "2024-10-07", "300000", "USD"),
            (P, "2026-10-05", "7000000000", "VND"),
        ],
    ),
    _v(
        "v-civic-space",
        "project",
        (
            "Nâng cao năng lực các hội hữu nghị địa phương",
            "Strengthening local friendship associations",
            "加强地方友好协会能力",
        ),
        donors=["asia-foundation"],
        localities=[("01", 50), ("79", 50)],
        sectors=[("15150", 100)],
        status="identified",
        planned=("2027-01-01", "2028-12-31"),
    ),
]


def items() -> list[dict]:
    """Every demo item, programs before their projects."""
    return [*DONG_NAI, *yen_bai_items(), *LAO_CAI_OTHERS, *VUFO_ITEMS]


# Yearly mobilization targets (the "kế hoạch năm" the reports measure against). Dong
# Nai's 2023 target makes its 109.841 billion the seed page's 158 % of the plan.
TARGETS = [
    # (union, year, amount, currency)
    ("dong-nai", 2022, "60000000000", "VND"),
    ("dong-nai", 2023, "69500000000", "VND"),
    ("dong-nai", 2024, "75000000000", "VND"),
    ("dong-nai", 2025, "80000000000", "VND"),
    ("lao-cai", 2022, "4000000", "USD"),
    ("lao-cai", 2023, "4200000", "USD"),
    ("lao-cai", 2024, "4500000", "USD"),
    ("vufo", 2023, "30000000000", "VND"),
]
