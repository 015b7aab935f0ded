"""Demo texts of the public portal (read by `demo/portal.py`): the national portal of the
Vietnam Union of Friendship Organizations (VUFO) with the Dong Nai and Lao Cai sections,
their categories, articles and home banners, in Vietnamese (the original), English and
Simplified Chinese.

Plain data only. The two seed stories are retold here in all three languages with their
published facts: Dong Nai's results of foreign NGO aid work in 2023 (2 February 2024; the
English text writes the amount correctly, "more than VND 109.841 billion", where the seed
page left the Vietnamese decimal comma in) and VUFO's working visit to Yen Bai
(15 August 2023). Every other story is INVENTED for the demo: events, dates, figures and
quotes are plausible but are not reports of what happened. People named outside the seed
stories are made up; organizations are described, not named, so no real NGO is credited
with a project it did not run.

Bodies use only <p>, <h2>, <h3>, <ul>, <li>, <strong>, <em> and the placeholders
{{image:0}} / {{image:1}}, which the loader replaces with the article's drawn pictures.
"""

LANGUAGES = ["vi", "en", "zh-hans"]

# ---------------------------------------------------------------------------------------
# Sections: the national portal first, then the provinces nested under it
# ---------------------------------------------------------------------------------------

SECTIONS = [
    {
        "key": "vufo",
        "union": "vufo",
        "slug": "",
        "title": {
            "vi": "Liên hiệp các tổ chức hữu nghị Việt Nam",
            "en": "Vietnam Union of Friendship Organizations",
            "zh-hans": "越南友好组织联合会",
        },
        "intro": {
            "vi": (
                "Tin tức về công tác đối ngoại nhân dân và công tác phi chính phủ nước ngoài của "
                "Liên hiệp các tổ chức hữu nghị Việt Nam và các tỉnh, thành phố."
            ),
            "en": (
                "News of people-to-people diplomacy and foreign NGO work from the Vietnam Union of "
                "Friendship Organizations and the provincial unions."
            ),
            "zh-hans": (
                "越南友好组织联合会及各省市友好组织联合会的民间外交和外国非政府组织工作新闻。"
            ),
        },
    },
    {
        "key": "dong-nai",
        "union": "dong-nai",
        "slug": "dong-nai",
        "title": {
            "vi": "Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai",
            "en": "Dong Nai Union of Friendship Organizations",
            "zh-hans": "同奈省友好组织联合会",
        },
        "intro": {
            "vi": (
                "Hoạt động đối ngoại nhân dân, vận động và quản lý viện trợ phi chính phủ nước "
                "ngoài tại Đồng Nai."
            ),
            "en": (
                "People-to-people diplomacy and the mobilization and management of foreign NGO aid "
                "in Dong Nai."
            ),
            "zh-hans": "同奈省的民间外交以及外国非政府组织援助的动员和管理工作。",
        },
    },
    {
        "key": "lao-cai",
        "union": "lao-cai",
        "slug": "lao-cai",
        "title": {
            "vi": "Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai",
            "en": "Lao Cai Union of Friendship Organizations",
            "zh-hans": "老街省友好组织联合会",
        },
        "intro": {
            "vi": (
                "Giao lưu hữu nghị vùng biên giới và hợp tác với các tổ chức phi chính phủ nước "
                "ngoài tại Lào Cai."
            ),
            "en": "Border friendship exchanges and cooperation with foreign NGOs in Lao Cai.",
            "zh-hans": "老街省的边境友好交流以及与外国非政府组织的合作。",
        },
    },
]

# ---------------------------------------------------------------------------------------
# Categories (news indexes). No slug may equal a section's slug or a public page's slug.
# ---------------------------------------------------------------------------------------

CATEGORIES = [
    {
        "key": "vufo-news",
        "section": "vufo",
        "slug": {"vi": "tin-tuc", "en": "news", "zh-hans": "news"},
        "title": {"vi": "Tin tức", "en": "News", "zh-hans": "新闻"},
        "intro": {
            "vi": "Tin tức hoạt động của Liên hiệp các tổ chức hữu nghị Việt Nam.",
            "en": "News of the Vietnam Union of Friendship Organizations.",
            "zh-hans": "越南友好组织联合会的活动新闻。",
        },
    },
    {
        "key": "vufo-ngo",
        "section": "vufo",
        "slug": {"vi": "cong-tac-pcpnn", "en": "ngo-work", "zh-hans": "ngo-work"},
        "title": {
            "vi": "Công tác phi chính phủ nước ngoài",
            "en": "Foreign NGO work",
            "zh-hans": "外国非政府组织工作",
        },
        "intro": {
            "vi": (
                "Vận động, điều phối và quản lý viện trợ của các tổ chức phi chính phủ nước ngoài "
                "tại Việt Nam."
            ),
            "en": (
                "Mobilizing, coordinating and managing the aid of foreign non-governmental "
                "organizations in Vietnam."
            ),
            "zh-hans": "在越南动员、协调和管理外国非政府组织的援助。",
        },
    },
    {
        "key": "vufo-diplomacy",
        "section": "vufo",
        "slug": {
            "vi": "doi-ngoai-nhan-dan",
            "en": "people-diplomacy",
            "zh-hans": "people-diplomacy",
        },
        "title": {
            "vi": "Đối ngoại nhân dân",
            "en": "People-to-people diplomacy",
            "zh-hans": "民间外交",
        },
        "intro": {
            "vi": "Giao lưu hữu nghị, đoàn ra, đoàn vào và hợp tác nhân dân với bạn bè quốc tế.",
            "en": (
                "Friendship exchanges, delegations and people-to-people cooperation with friends "
                "abroad."
            ),
            "zh-hans": "与国际友人的友好交流、代表团往来和民间合作。",
        },
    },
    {
        "key": "dong-nai-news",
        "section": "dong-nai",
        "slug": {"vi": "tin-hoat-dong", "en": "activities", "zh-hans": "activities"},
        "title": {"vi": "Tin hoạt động", "en": "Activities", "zh-hans": "工作动态"},
        "intro": {
            "vi": "Hoạt động đối ngoại nhân dân của Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai.",
            "en": (
                "The people-to-people diplomacy of the Dong Nai Union of Friendship Organizations."
            ),
            "zh-hans": "同奈省友好组织联合会的民间外交活动。",
        },
    },
    {
        "key": "dong-nai-ngo",
        "section": "dong-nai",
        "slug": {"vi": "vien-tro-pcpnn", "en": "ngo-aid", "zh-hans": "ngo-aid"},
        "title": {
            "vi": "Viện trợ phi chính phủ nước ngoài",
            "en": "Foreign NGO aid",
            "zh-hans": "外国非政府组织援助",
        },
        "intro": {
            "vi": (
                "Vận động viện trợ, dự án và kết quả hợp tác với các tổ chức phi chính phủ nước "
                "ngoài tại Đồng Nai."
            ),
            "en": (
                "Aid mobilization, projects and results of cooperation with foreign NGOs in Dong "
                "Nai."
            ),
            "zh-hans": "同奈省援助动员、援助项目以及与外国非政府组织合作的成果。",
        },
    },
    {
        "key": "lao-cai-news",
        "section": "lao-cai",
        "slug": {"vi": "tin-hoat-dong", "en": "activities", "zh-hans": "activities"},
        "title": {"vi": "Tin hoạt động", "en": "Activities", "zh-hans": "工作动态"},
        "intro": {
            "vi": "Giao lưu hữu nghị và hoạt động đối ngoại nhân dân của Lào Cai.",
            "en": "Friendship exchanges and people-to-people diplomacy in Lao Cai.",
            "zh-hans": "老街省的友好交流和民间外交活动。",
        },
    },
    {
        "key": "lao-cai-ngo",
        "section": "lao-cai",
        "slug": {"vi": "vien-tro-pcpnn", "en": "ngo-aid", "zh-hans": "ngo-aid"},
        "title": {
            "vi": "Viện trợ phi chính phủ nước ngoài",
            "en": "Foreign NGO aid",
            "zh-hans": "外国非政府组织援助",
        },
        "intro": {
            "vi": (
                "Các dự án, khoản viện trợ và hoạt động cứu trợ của các tổ chức phi chính phủ nước "
                "ngoài tại Lào Cai."
            ),
            "en": "Projects, aid and relief from foreign NGOs in Lao Cai.",
            "zh-hans": "外国非政府组织在老街省的项目、援助和救灾活动。",
        },
    },
]

# ---------------------------------------------------------------------------------------
# Articles. The first one's category also receives the unpublished page the loader adds.
# ---------------------------------------------------------------------------------------

ARTICLES = [
    # --- Seed story 1: Dong Nai, 2 February 2024 -----------------------------------------
    {
        "key": "dong-nai-2023-results",
        "category": "dong-nai-ngo",
        "published_at": "2024-02-02T09:30:00",
        "author": "Ban Thông tin",
        "tags": {
            "vi": ["Đồng Nai", "viện trợ PCPNN", "đối ngoại nhân dân", "doanh nghiệp FDI"],
            "en": ["Dong Nai", "NGO aid", "people-to-people diplomacy", "FDI enterprises"],
            "zh-hans": ["同奈", "非政府组织援助", "民间外交", "外资企业"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Các đại biểu đứng chụp ảnh chung trước phông hội nghị",
                    "en": "Delegates standing together in front of the conference backdrop",
                    "zh-hans": "代表们在会议背景板前合影",
                },
                "caption": {
                    "vi": (
                        "Đại biểu dự Hội nghị triển khai nhiệm vụ công tác đối ngoại nhân dân năm "
                        "2024 của tỉnh Đồng Nai chụp ảnh lưu niệm"
                    ),
                    "en": (
                        "Delegates at Dong Nai's conference on people-to-people diplomacy tasks "
                        "for 2024 pose for a group photo"
                    ),
                    "zh-hans": "出席同奈省2024年民间外交工作部署会议的代表合影留念",
                },
            },
            {
                "alt": {
                    "vi": (
                        "Lãnh đạo tỉnh trao cờ thi đua cho đại diện Ban Công tác phi chính phủ "
                        "nước ngoài"
                    ),
                    "en": (
                        "A provincial leader hands an emulation flag to a representative of the "
                        "NGO affairs division"
                    ),
                    "zh-hans": "省领导向外国非政府组织工作处代表颁发锦旗",
                },
                "caption": {
                    "vi": (
                        "Phó Chủ tịch UBND tỉnh Đồng Nai Võ Văn Phi trao Cờ thi đua năm 2023 cho "
                        "Ban Công tác phi chính phủ nước ngoài"
                    ),
                    "en": (
                        "Vice Chairman of the Dong Nai People's Committee Vo Van Phi presents the "
                        "2023 Emulation Flag to the NGO affairs division"
                    ),
                    "zh-hans": (
                        "同奈省人民委员会副主席武文飞向外国非政府组织工作处颁发2023年度竞赛锦旗"
                    ),
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "ket-qua-cong-tac-van-dong-vien-tro-pcpnn-nam-2023",
                "title": "Kết quả công tác vận động viện trợ PCPNN năm 2023",
                "lead": (
                    "Năm 2023, Đồng Nai vận động được các khoản cam kết tài trợ của các tổ chức "
                    "phi chính phủ nước ngoài với tổng giá trị hơn 109,841 tỷ đồng, tăng 70,8% so "
                    "với năm 2022 và đạt 158% kế hoạch."
                ),
                "body": (
                    "<p>Ngày 2/2/2024, tại Hội nghị triển khai nhiệm vụ công tác đối ngoại nhân "
                    "dân năm 2024 do Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai tổ chức, ông "
                    "Lương Thanh Tùng, Ủy viên Thường trực, Phó Trưởng ban Công tác phi chính phủ "
                    "nước ngoài của Liên hiệp, đã thông tin về kết quả công tác phi chính phủ nước "
                    "ngoài năm 2023 và chia sẻ một số kinh nghiệm.</p>"
                    "<p>Với vai trò là ban chuyên môn về công tác vận động viện trợ phi chính phủ "
                    "nước ngoài, năm 2023 Ban đã tham mưu Liên hiệp triển khai công tác này trên "
                    "địa bàn tỉnh và đạt kết quả nổi bật: tổng giá trị cam kết tài trợ <strong>hơn "
                    "109,841 tỷ đồng</strong>, tăng 70,8% so với cùng kỳ năm 2022, đạt 158% chỉ "
                    "tiêu kế hoạch.</p>"
                    "{{image:0}}"
                    "<h2>Sự lãnh đạo sát sao của tỉnh</h2>"
                    "<p>Kết quả này có được nhờ sự lãnh đạo, chỉ đạo sát sao của Tỉnh ủy, Ủy ban "
                    "nhân dân tỉnh với nhiều văn bản hướng dẫn cụ thể, tạo cơ chế, chính sách "
                    "thống nhất và thuận lợi cho công tác phi chính phủ nước ngoài. Tỉnh đã sớm "
                    "ban hành văn bản triển khai Chỉ thị 12-CT/TW của Ban Bí thư về công tác đối "
                    "ngoại nhân dân. Bên cạnh <em>Chương trình vận động viện trợ và xúc tiến hợp "
                    "tác phi chính phủ nước ngoài tỉnh Đồng Nai giai đoạn 2019–2025</em>, hằng năm "
                    "Ủy ban nhân dân tỉnh phê duyệt kế hoạch của Liên hiệp và cấp kinh phí thực "
                    "hiện Chương trình.</p>"
                    "<h2>Phối hợp chặt chẽ giữa các sở, ngành</h2>"
                    "<p>Sự phối hợp của các sở, ngành, đoàn thể, địa phương và đơn vị thụ hưởng "
                    "giữ vai trò rất quan trọng. Các kế hoạch phối hợp giữa Liên hiệp với nhiều "
                    "sở, ngành được duy trì, nổi bật là kế hoạch phối hợp với Sở Kế hoạch và Đầu "
                    "tư và Ban Quản lý các khu công nghiệp Đồng Nai. Nhiều doanh nghiệp đã thực "
                    "hiện trách nhiệm xã hội qua danh mục dự án kêu gọi tài trợ gửi tới các tổ "
                    "chức phi chính phủ nước ngoài và doanh nghiệp FDI, góp phần đa dạng hóa nguồn "
                    "viện trợ và tăng cường giao lưu nhân dân.</p>"
                    "{{image:1}}"
                    "<p>Ban thường xuyên liên hệ, cung cấp thông tin và giới thiệu nhu cầu vận "
                    "động viện trợ tới các tổ chức và nhà tài trợ; tổ chức các đoàn công tác làm "
                    "việc trực tiếp với địa phương, tổ chức phi chính phủ nước ngoài, doanh nghiệp "
                    "FDI; mở các lớp tập huấn về đối ngoại nhân dân và vận động viện trợ, các buổi "
                    "xúc tiến viện trợ để lắng nghe và tháo gỡ khó khăn trong triển khai dự án. "
                    "Nhờ vậy, nhiều dự án được triển khai nhanh, nhiều tổ chức duy trì hợp tác "
                    "thường xuyên với tỉnh.</p>"
                    "<p>Khép lại năm 2023, giá trị cam kết tài trợ tăng mạnh so với năm 2022, tạo "
                    "ấn tượng tích cực và niềm tin để nhiều tổ chức phi chính phủ nước ngoài tiếp "
                    "tục quan tâm, ưu tiên cho Đồng Nai.</p>"
                ),
            },
            "en": {
                "slug": "results-of-foreign-ngo-aid-mobilization-in-2023",
                "title": "Results of foreign NGO aid mobilization in 2023",
                "lead": (
                    "In 2023 Dong Nai mobilized funding commitments from foreign non-governmental "
                    "organizations worth more than VND 109.841 billion, 70.8% more than in 2022 "
                    "and 158% of the year's plan."
                ),
                "body": (
                    "<p>On 2 February 2024, at the conference on people-to-people diplomacy tasks "
                    "for 2024 held by the Dong Nai Union of Friendship Organizations (DUFO), Mr "
                    "Luong Thanh Tung, member of the Standing Committee and Deputy Head of the "
                    "Division of Foreign Non-Governmental Affairs, reported on the results of the "
                    "province's NGO work in 2023 and shared some of the lessons learned.</p>"
                    "<p>As the division specialized in mobilizing foreign non-governmental aid, it "
                    "advised DUFO throughout 2023 and achieved outstanding results: funding "
                    "commitments totalling <strong>more than VND 109.841 billion</strong>, an "
                    "increase of 70.8% on 2022 and 158% of the planned target.</p>"
                    "{{image:0}}"
                    "<h2>Close leadership from the province</h2>"
                    "<p>These results owe much to the close leadership of the Provincial Party "
                    "Committee and the Provincial People's Committee, whose detailed guidance "
                    "created consistent and favourable mechanisms for NGO work. The province was "
                    "quick to issue its plan for Directive 12-CT/TW of the Party Secretariat on "
                    "people-to-people diplomacy. Besides the <em>Program on foreign "
                    "non-governmental aid mobilization and cooperation promotion in Dong Nai "
                    "province for 2019–2025</em>, the Provincial People's Committee approves "
                    "DUFO's plan every year and funds the Program's activities.</p>"
                    "<h2>Coordination with departments and enterprises</h2>"
                    "<p>Close coordination with departments, mass organizations, localities and "
                    "beneficiaries played a very important role. DUFO maintained its coordination "
                    "plans with many departments, notably with the Department of Planning and "
                    "Investment and the Dong Nai Industrial Zones Authority. Many businesses took "
                    "up their social responsibility through lists of projects calling for "
                    "sponsorship from NGOs and FDI enterprises, diversifying the province's "
                    "sources of aid and strengthening exchanges between peoples.</p>"
                    "{{image:1}}"
                    "<p>The division keeps in regular contact with NGOs and donors, sharing "
                    "information and presenting the province's needs; it organizes working "
                    "delegations to localities, NGOs and FDI enterprises, runs training courses on "
                    "people-to-people diplomacy and aid mobilization, and holds aid-promotion "
                    "meetings to resolve difficulties in carrying out projects. As a result many "
                    "projects started quickly, and many NGOs keep working with the province year "
                    "after year.</p>"
                    "<p>Closing 2023 with commitments well above those of 2022, Dong Nai has built "
                    "the trust that leads many foreign NGOs to keep giving the province "
                    "priority.</p>"
                ),
            },
            "zh-hans": {
                "slug": "results-of-foreign-ngo-aid-mobilization-in-2023",
                "title": "同奈省2023年外国非政府组织援助动员工作成果",
                "lead": (
                    "2023年，同奈省动员外国非政府组织援助承诺总额超过1098.41亿越南盾，"
                    "比2022年增长70.8%，完成年度计划的158%。"
                ),
                "body": (
                    "<p>2024年2月2日，在同奈省友好组织联合会举办的2024年民间外交工作部署会议上，"
                    "联合会常务委员、"
                    "外国非政府组织工作处副处长梁清松通报了2023年外国非政府组织工作成果，"
                    "并分享了相关经验。</p>"
                    "<p>作为负责动员外国非政府组织援助的专门机构，"
                    "该处2023年协助联合会在全省开展外国非政府组织工作，取得突出成绩："
                    "援助承诺总额<strong>超过1098.41亿越南盾</strong>，比2022年同期增长70.8%，"
                    "完成计划指标的158%。</p>"
                    "{{image:0}}"
                    "<h2>省领导的密切指导</h2>"
                    "<p>取得上述成绩，得益于省委、省人民委员会的密切领导和指导，"
                    "以及一系列具体指导文件所形成的统一、有利的机制和政策。"
                    "全省及早出台了落实中央书记处关于民间外交工作的第12-CT/TW号指示的计划。"
                    "除《2019—2025年同奈省外国非政府组织援助动员与合作促进计划》外，"
                    "省人民委员会每年批准联合会的工作计划并拨付经费。</p>"
                    "<h2>各部门与企业的密切配合</h2>"
                    "<p>各厅局、团体、地方和受益单位的密切配合发挥了十分重要的作用。"
                    "联合会与多个部门保持协调计划，"
                    "特别是与计划投资厅和同奈省工业区管理委员会的协调。"
                    "许多企业通过向外国非政府组织和外资企业发布征集赞助的项目清单履行社会责任，"
                    "使全省援助来源更加多元。</p>"
                    "{{image:1}}"
                    "<p>该处定期与非政府组织和捐助方联系，提供信息并介绍援助需求；"
                    "组织工作组赴地方、非政府组织和外资企业开展工作；"
                    "举办民间外交和援助动员培训班以及援助促进会议，及时解决项目实施中的困难。因此，"
                    "许多项目得以迅速落实，许多组织与同奈省保持长期合作。</p>"
                ),
            },
        },
    },
    # --- Seed story 2: VUFO in Yen Bai, 15 August 2023 ----------------------------------
    {
        "key": "yen-bai-working-visit",
        "category": "vufo-news",
        "published_at": "2023-08-15T10:00:00",
        "author": "Ban Thông tin",
        "tags": {
            "vi": ["Yên Bái", "viện trợ PCPNN", "đối ngoại nhân dân", "tập huấn", "tỉnh kết nghĩa"],
            "en": [
                "Yen Bai",
                "NGO aid",
                "people-to-people diplomacy",
                "training",
                "sister provinces",
            ],
            "zh-hans": ["安沛", "非政府组织援助", "民间外交", "培训", "友好省份"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Đại biểu ngồi quanh bàn họp dài trong phòng làm việc",
                    "en": "Delegates seated around a long table in a meeting room",
                    "zh-hans": "代表们围坐在会议室的长桌旁",
                },
                "caption": {
                    "vi": "Quang cảnh buổi làm việc giữa đoàn VUFO và tỉnh Yên Bái ngày 15/8/2023",
                    "en": (
                        "The VUFO delegation's working session with Yen Bai province on 15 August "
                        "2023"
                    ),
                    "zh-hans": "越南友好组织联合会代表团与安沛省于2023年8月15日举行工作会议",
                },
            },
            {
                "alt": {
                    "vi": "Một nữ đại biểu phát biểu tại bàn họp",
                    "en": "A woman delegate speaking at the meeting table",
                    "zh-hans": "一位女代表在会议桌旁发言",
                },
                "caption": {
                    "vi": (
                        "Đại sứ Nguyễn Phương Nga, Chủ tịch VUFO, phát biểu tại buổi làm việc với "
                        "tỉnh Yên Bái"
                    ),
                    "en": (
                        "VUFO President Ambassador Nguyen Phuong Nga speaks at the working session "
                        "in Yen Bai"
                    ),
                    "zh-hans": "越南友好组织联合会主席阮芳娥大使在安沛省工作会议上讲话",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "yen-bai-mong-muon-vufo-ket-noi-vien-tro-pcpnn-va-tap-huan-can-bo",
                "title": (
                    "Yên Bái mong muốn VUFO kết nối viện trợ PCPNN và tập huấn nghiệp vụ cho cán bộ"
                ),
                "lead": (
                    "Chiều 15/8/2023, đoàn công tác của Liên hiệp các tổ chức hữu nghị Việt Nam do "
                    "Đại sứ Nguyễn Phương Nga, Chủ tịch Liên hiệp, dẫn đầu đã làm việc với tỉnh "
                    "Yên Bái về công tác đối ngoại nhân dân."
                ),
                "body": (
                    "<p>Tiếp đoàn có ông Ngô Hạnh Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ "
                    "tịch Ủy ban nhân dân tỉnh, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Yên "
                    "Bái, cùng lãnh đạo một số sở, ngành của tỉnh.</p>"
                    "{{image:0}}"
                    "<h2>Đề nghị kết nối các tổ chức phi chính phủ mới</h2>"
                    "<p>Ông Ngô Hạnh Phúc đề nghị VUFO tiếp tục quan tâm giới thiệu, hỗ trợ Yên "
                    "Bái tiếp cận nguồn viện trợ của các tổ chức phi chính phủ nước ngoài mới; vận "
                    "động các tổ chức đang hoạt động tại tỉnh mở rộng địa bàn, tăng mức viện trợ; "
                    "tạo điều kiện để tỉnh tham gia các đoàn công tác của VUFO hoặc của Ủy ban "
                    "công tác về các tổ chức phi chính phủ nước ngoài đi tìm hiểu đối tác và vận "
                    "động viện trợ.</p>"
                    "<p>Tỉnh cũng đề nghị VUFO phối hợp với Bộ Nội vụ và các bộ, ngành liên quan "
                    "thống nhất mô hình tổ chức và cơ chế hoạt động của Liên hiệp các tổ chức hữu "
                    "nghị địa phương, đồng thời tổ chức các lớp tập huấn triển khai Nghị định "
                    "80/2020/NĐ-CP, Quyết định 06/2020/QĐ-TTg, Nghị định 58/2022/NĐ-CP và Thông tư "
                    "23/2022/TT-BTC.</p>"
                    "{{image:1}}"
                    "<h2>VUFO sẵn sàng đồng hành</h2>"
                    "<p>Phát biểu tại buổi làm việc, Đại sứ Nguyễn Phương Nga đánh giá cao những "
                    "nỗ lực của Yên Bái trong công tác đối ngoại, hợp tác quốc tế và vận động viện "
                    "trợ phi chính phủ nước ngoài. Để củng cố hoạt động của Liên hiệp tỉnh, Chủ "
                    "tịch VUFO đề nghị tỉnh tham khảo mô hình của các tỉnh lân cận, chủ động kết "
                    "nối đối tác và bảo đảm cơ chế, chính sách, biên chế cho Liên hiệp. Tỉnh cần "
                    "tiếp tục theo dõi sát hoạt động của các tổ chức đang thực hiện dự án trên địa "
                    "bàn và có thể tổ chức hội nghị xúc tiến, vận động viện trợ; VUFO sẵn sàng mở "
                    "các lớp tập huấn về công tác phi chính phủ nước ngoài.</p>"
                    "<p>Trước thiệt hại do thiên tai gây ra tại huyện Mù Cang Chải đầu tháng 8, "
                    "Đại sứ cho biết VUFO sẽ phát lời kêu gọi hỗ trợ để giúp tỉnh khắc phục hậu "
                    "quả.</p>"
                    "<h2>Quan hệ hữu nghị và những con số</h2>"
                    "<p>Theo báo cáo của Ủy ban nhân dân tỉnh, Yên Bái đang duy trì quan hệ hữu "
                    "nghị, hợp tác với các tỉnh Viêng Chăn và Xay-nha-bu-ly (Lào), tỉnh "
                    "Val-de-Marne (Pháp), tỉnh Vân Nam (Trung Quốc) và thành phố Mimasaka (Nhật "
                    "Bản).</p>"
                    "<ul>"
                    "<li>Năm 2022, tỉnh thực hiện 47 chương trình, dự án và khoản viện trợ phi dự "
                    "án, tổng giải ngân 4,4 triệu USD, tương đương khoảng 102 tỷ đồng.</li>"
                    "<li>Hiện có 34 chương trình, dự án và khoản viện trợ phi dự án đang thực "
                    "hiện, tổng giá trị cam kết 15.297.070 USD, tương đương khoảng 362,08 tỷ "
                    "đồng.</li>"
                    "</ul>"
                    "<p>Các tổ chức phi chính phủ nước ngoài trên địa bàn tỉnh chấp hành nghiêm "
                    "pháp luật Việt Nam về quản lý, sử dụng viện trợ.</p>"
                ),
            },
            "en": {
                "slug": "yen-bai-asks-vufo-to-connect-ngo-aid-and-train-its-staff",
                "title": (
                    "Yen Bai asks VUFO to connect it with foreign NGO aid and to train its staff"
                ),
                "lead": (
                    "On the afternoon of 15 August 2023 a delegation of the Vietnam Union of "
                    "Friendship Organizations led by its President, Ambassador Nguyen Phuong Nga, "
                    "held a working session with Yen Bai province on people-to-people diplomacy."
                ),
                "body": (
                    "<p>The delegation was received by Mr Ngo Hanh Phuc, member of the Standing "
                    "Board of the Provincial Party Committee, Vice Chairman of the Provincial "
                    "People's Committee and Chairman of the Yen Bai Union of Friendship "
                    "Organizations, together with leaders of several provincial departments.</p>"
                    "{{image:0}}"
                    "<h2>New NGOs, one model for provincial unions</h2>"
                    "<p>Mr Ngo Hanh Phuc asked VUFO to keep introducing Yen Bai to new foreign "
                    "non-governmental organizations and to help it obtain their aid, to encourage "
                    "the NGOs already in the province to widen their areas and raise their "
                    "support, and to let the province join the working delegations of VUFO or of "
                    "the Committee for Foreign Non-Governmental Organization Affairs that visit "
                    "NGOs and mobilize aid.</p>"
                    "<p>He also asked VUFO to work with the Ministry of Home Affairs and other "
                    "ministries to unify the model and working mechanism of the provincial "
                    "friendship unions, and to run training courses on Decree 80/2020/ND-CP, "
                    "Decision 06/2020/QD-TTg, Decree 58/2022/ND-CP and Circular 23/2022/TT-BTC.</p>"
                    "{{image:1}}"
                    "<h2>VUFO stands ready to help</h2>"
                    "<p>Ambassador Nguyen Phuong Nga praised Yen Bai's efforts in external "
                    "relations, international cooperation and appeals for foreign NGO aid. To "
                    "strengthen the provincial union she suggested learning from the models of "
                    "neighbouring provinces, reaching out to partners, and giving the union the "
                    "mechanisms, policies and staff it needs. The province should keep following "
                    "the NGOs carrying out projects in its districts closely, and could hold "
                    "meetings to promote and mobilize aid; VUFO is ready to organize training on "
                    "NGO work.</p>"
                    "<p>Turning to the damage caused by the natural disaster in Mu Cang Chai "
                    "district in early August, the Ambassador said VUFO would launch an appeal to "
                    "help the province overcome the consequences.</p>"
                    "<h2>Partners and figures</h2>"
                    "<p>According to the Provincial People's Committee, Yen Bai maintains "
                    "friendship and cooperation with Vientiane and Xaignabouli provinces in Laos, "
                    "Val-de-Marne in France, Yunnan province in China and the city of Mimasaka in "
                    "Japan.</p>"
                    "<ul>"
                    "<li>In 2022 the province carried out 47 programs, projects and non-project "
                    "aid items, disbursing USD 4.4 million (about VND 102 billion).</li>"
                    "<li>34 programs, projects and non-project aid items are now under way, with "
                    "USD 15,297,070 committed (about VND 362.08 billion).</li>"
                    "</ul>"
                    "<p>The NGOs working in the province strictly comply with Vietnamese law on "
                    "the management and use of aid.</p>"
                ),
            },
            "zh-hans": {
                "slug": "yen-bai-asks-vufo-to-connect-ngo-aid-and-train-its-staff",
                "title": "安沛省希望越南友好组织联合会对接外国非政府组织援助并为干部开展培训",
                "lead": (
                    "2023年8月15日下午，"
                    "越南友好组织联合会主席阮芳娥大使率代表团就民间外交工作对安沛省进行工作访问。"
                ),
                "body": (
                    "<p>省委常委、省人民委员会副主席、"
                    "省友好组织联合会主席吴幸福以及安沛省部分厅局领导接待了代表团。</p>"
                    "{{image:0}}"
                    "<h2>希望对接新的外国非政府组织</h2>"
                    "<p>吴幸福副主席建议，"
                    "越南友好组织联合会继续关注引进和支持安沛省获得新的外国非政府组织援助，"
                    "动员在省内开展活动的外国非政府组织扩大范围、加大援助力度，"
                    "并为安沛省参加联合会或外国非政府组织工作委员会的工作代表团创造条件，"
                    "走访了解外国非政府组织，研究动员援助。</p>"
                    "<p>他还建议联合会与内务部及相关部委合作，"
                    "统一地方友好组织联合会的模式和运行机制，同时举办实施第80/2020/ND-CP号法令、"
                    "第06/2020/QD-TTg号决定、第58/2022/ND-CP号法令和第23/2022/TT-BTC号通知的培训班"
                    "。</p>"
                    "{{image:1}}"
                    "<h2>联合会随时提供支持</h2>"
                    "<p>阮芳娥大使高度评价安沛省在对外工作、"
                    "对外合作以及呼吁外国非政府组织援助等方面所做的努力。"
                    "她建议安沛省借鉴邻近省份的经验和模式，主动联系合作伙伴，"
                    "并为省友好组织联合会的运作提供机制、政策和编制保障。联合会随时准备举办培训班，"
                    "帮助干部掌握非政府组织工作知识。</p>"
                    "<p>针对8月初木江界县自然灾害造成的损失，阮芳娥大使表示，联合会将发出援助呼吁，"
                    "支持安沛省克服灾害后果。</p>"
                    "<h2>友好关系与援助数据</h2>"
                    "<p>安沛省与老挝万象省和沙耶武里省、法国马恩河谷省、"
                    "中国云南省以及日本美作市保持友好合作关系。</p>"
                    "<ul>"
                    "<li>2022年，安沛省实施了47个计划、项目和非项目援助，支出总额440万美元，"
                    "约合1020亿越南盾。</li>"
                    "<li>目前全省有34个计划、项目和非项目援助正在实施，"
                    "承诺援助总额为15,297,070美元，约合3620.8亿越南盾。</li>"
                    "</ul>"
                    "<p>在该省开展活动的外国非政府组织严格遵守越南关于援助管理和使用的法律规定。"
                    "</p>"
                ),
            },
        },
    },
    # --- National: news -----------------------------------------------------------------
    {
        "key": "vufo-73rd-anniversary",
        "category": "vufo-news",
        "published_at": "2023-11-17T15:00:00",
        "author": "Trần Thu Hà",
        "tags": {
            "vi": ["VUFO", "đối ngoại nhân dân", "ngày truyền thống"],
            "en": ["VUFO", "people-to-people diplomacy", "anniversary"],
            "zh-hans": ["越南友好组织联合会", "民间外交", "成立纪念日"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Cán bộ nhiều thế hệ trò chuyện trong phòng khánh tiết",
                    "en": "Staff of several generations talking in a reception hall",
                    "zh-hans": "几代干部在接待厅里交谈",
                },
                "caption": {
                    "vi": (
                        "Cán bộ các thời kỳ của VUFO gặp mặt nhân kỷ niệm 73 năm Ngày truyền thống"
                    ),
                    "en": "VUFO staff past and present meet on the union's 73rd anniversary",
                    "zh-hans": "越南友好组织联合会历届干部在成立73周年之际欢聚一堂",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "ky-niem-73-nam-ngay-truyen-thong-lien-hiep-cac-to-chuc-huu-nghi-viet-nam",
                "title": "Kỷ niệm 73 năm Ngày truyền thống Liên hiệp các tổ chức hữu nghị Việt Nam",
                "lead": (
                    "Ngày 17/11/2023, Liên hiệp các tổ chức hữu nghị Việt Nam gặp mặt kỷ niệm 73 "
                    "năm Ngày truyền thống (17/11/1950 – 17/11/2023) với cán bộ các thời kỳ, đại "
                    "diện các hội hữu nghị và các tổ chức phi chính phủ nước ngoài."
                ),
                "body": (
                    "<p>Phát biểu tại buổi gặp mặt, lãnh đạo Liên hiệp điểm lại chặng đường 73 năm "
                    "xây dựng và phát triển, trong đó công tác đối ngoại nhân dân luôn song hành "
                    "với đối ngoại Đảng và ngoại giao Nhà nước, góp phần tăng cường hiểu biết, "
                    "tình hữu nghị giữa nhân dân Việt Nam và nhân dân các nước.</p>"
                    "{{image:0}}"
                    "<p>Năm 2023, Liên hiệp và các hội thành viên đã tổ chức nhiều hoạt động giao "
                    "lưu nhân kỷ niệm các ngày lễ lớn của Việt Nam và các nước, đón và cử nhiều "
                    "đoàn công tác, đồng thời phối hợp với các địa phương vận động nguồn viện trợ "
                    "phi chính phủ nước ngoài cho các lĩnh vực y tế, giáo dục, môi trường và an "
                    "sinh xã hội.</p>"
                    "<p>Các cán bộ lão thành chia sẻ nhiều kỷ niệm về những năm tháng làm công tác "
                    "hữu nghị, mong muốn thế hệ trẻ tiếp tục giữ gìn truyền thống, đổi mới cách "
                    "làm để đối ngoại nhân dân ngày càng thiết thực, hiệu quả.</p>"
                ),
            },
            "en": {
                "slug": "vufo-marks-73-years-since-its-founding",
                "title": "VUFO marks 73 years since its founding",
                "lead": (
                    "On 17 November 2023 the Vietnam Union of Friendship Organizations celebrated "
                    "the 73rd anniversary of its Traditional Day (17 November 1950) with former "
                    "and current staff, friendship associations and foreign NGOs."
                ),
                "body": (
                    "<p>The union's leaders looked back on 73 years in which people-to-people "
                    "diplomacy has worked alongside Party external relations and State diplomacy "
                    "to deepen understanding and friendship between the people of Vietnam and "
                    "those of other countries.</p>"
                    "{{image:0}}"
                    "<p>In 2023 the union and its member associations held many exchanges to mark "
                    "national days of Vietnam and its partners, received and sent many "
                    "delegations, and worked with the provinces to mobilize foreign NGO aid for "
                    "health, education, the environment and social protection.</p>"
                    "<p>Veteran staff shared memories of their years in friendship work and "
                    "encouraged the younger generation to keep the tradition while finding new "
                    "ways to make people-to-people diplomacy practical and effective.</p>"
                ),
            },
            "zh-hans": {
                "slug": "vufo-marks-73-years-since-its-founding",
                "title": "越南友好组织联合会举行成立73周年纪念活动",
                "lead": (
                    "2023年11月17日，越南友好组织联合会与历届干部、"
                    "各友好协会和外国非政府组织代表欢聚一堂，"
                    "纪念联合会传统日73周年（1950年11月17日—2023年11月17日）。"
                ),
                "body": (
                    "<p>联合会领导回顾了73年来的建设和发展历程。"
                    "民间外交始终与党的对外工作和国家外交相辅相成，"
                    "为增进越南人民与各国人民之间的了解和友谊作出了贡献。</p>"
                    "{{image:0}}"
                    "<p>2023年，联合会及其成员协会围绕越南和各国的重要节日举办了多项交流活动，"
                    "接待和派出多个代表团，并与各地方合作，为医疗、教育、"
                    "环境和社会保障等领域动员外国非政府组织援助。</p>"
                    "<p>老干部们分享了从事友好工作的难忘经历，希望年轻一代继承优良传统，"
                    "创新工作方式，使民间外交更加务实高效。</p>"
                ),
            },
        },
    },
    {
        "key": "vufo-yagi-appeal",
        "category": "vufo-news",
        "published_at": "2024-09-12T16:00:00",
        "author": "Ban Thông tin",
        "tags": {
            "vi": ["bão Yagi", "thiên tai", "viện trợ PCPNN", "Lào Cai", "Yên Bái"],
            "en": ["Typhoon Yagi", "disaster relief", "NGO aid", "Lao Cai", "Yen Bai"],
            "zh-hans": ["台风“摩羯”", "救灾", "非政府组织援助", "老街", "安沛"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Nước lũ ngập một con đường ven núi",
                    "en": "Floodwater covering a road at the foot of the mountains",
                    "zh-hans": "洪水淹没了山脚下的道路",
                },
                "caption": {
                    "vi": (
                        "Mưa lũ sau bão Yagi gây ngập nhiều khu dân cư ở các tỉnh miền núi phía "
                        "Bắc tháng 9/2024"
                    ),
                    "en": (
                        "Floods after Typhoon Yagi swamped many villages in the northern mountain "
                        "provinces in September 2024"
                    ),
                    "zh-hans": "2024年9月台风“摩羯”过后，北部山区多个村庄被洪水淹没",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "vufo-keu-goi-ho-tro-khac-phuc-hau-qua-bao-yagi",
                "title": (
                    "VUFO kêu gọi các tổ chức phi chính phủ nước ngoài hỗ trợ khắc phục hậu quả "
                    "bão Yagi"
                ),
                "lead": (
                    "Trước thiệt hại nặng nề do bão số 3 (Yagi) và mưa lũ sau bão gây ra tại các "
                    "tỉnh miền Bắc, Liên hiệp các tổ chức hữu nghị Việt Nam đã gửi thư kêu gọi tới "
                    "các tổ chức phi chính phủ nước ngoài và bạn bè quốc tế."
                ),
                "body": (
                    "<p>Bão Yagi đổ bộ vào vùng ven biển Quảng Ninh – Hải Phòng ngày 7/9/2024, sau "
                    "đó gây mưa lớn, lũ quét và sạt lở đất nghiêm trọng tại nhiều tỉnh miền núi, "
                    "trong đó có Lào Cai, Yên Bái, Cao Bằng và Tuyên Quang. Nhiều tuyến đường bị "
                    "chia cắt, nhà cửa, trường học và hoa màu bị hư hại.</p>"
                    "{{image:0}}"
                    "<h2>Những nhu cầu cấp thiết</h2>"
                    "<ul>"
                    "<li>Lương thực, nước uống sạch, thuốc men và bộ dụng cụ vệ sinh cho các hộ "
                    "phải sơ tán.</li>"
                    "<li>Chỗ ở tạm và vật liệu sửa chữa nhà cửa.</li>"
                    "<li>Sách vở, đồ dùng học tập và sửa chữa lớp học để học sinh sớm trở lại "
                    "trường.</li>"
                    "<li>Giống cây trồng, vật nuôi giúp người dân khôi phục sinh kế.</li>"
                    "</ul>"
                    "<p>Ban Điều phối viện trợ nhân dân (PACCOM) thuộc Liên hiệp đầu mối tiếp nhận "
                    "thông tin, phối hợp với các tỉnh cập nhật nhu cầu hằng ngày và giới thiệu địa "
                    "bàn để tránh chồng chéo giữa các nhà tài trợ.</p>"
                    "<p>Liên hiệp trân trọng cảm ơn các tổ chức, cá nhân đã nhanh chóng chia sẻ "
                    "khó khăn với người dân vùng bão lũ và mong tiếp tục nhận được sự đồng hành "
                    "trong giai đoạn tái thiết.</p>"
                ),
            },
            "en": {
                "slug": "vufo-appeals-to-foreign-ngos-after-typhoon-yagi",
                "title": "VUFO appeals to foreign NGOs for help after Typhoon Yagi",
                "lead": (
                    "Faced with the heavy damage caused by Typhoon Yagi and the floods that "
                    "followed in the northern provinces, the Vietnam Union of Friendship "
                    "Organizations has written to foreign NGOs and friends abroad asking for their "
                    "support."
                ),
                "body": (
                    "<p>Typhoon Yagi made landfall on the coast of Quang Ninh and Hai Phong on 7 "
                    "September 2024, then brought heavy rain, flash floods and landslides to many "
                    "mountain provinces, among them Lao Cai, Yen Bai, Cao Bang and Tuyen Quang. "
                    "Many roads were cut, and homes, schools and crops were damaged.</p>"
                    "{{image:0}}"
                    "<h2>The most urgent needs</h2>"
                    "<ul>"
                    "<li>Food, safe drinking water, medicine and hygiene kits for evacuated "
                    "households.</li>"
                    "<li>Temporary shelter and materials to repair houses.</li>"
                    "<li>Books, school supplies and classroom repairs so that children can return "
                    "to school.</li>"
                    "<li>Seeds and livestock to help families restore their livelihoods.</li>"
                    "</ul>"
                    "<p>The union's People's Aid Coordinating Committee (PACCOM) is the focal "
                    "point for information; it updates the provinces' needs daily and suggests "
                    "areas to donors so that their efforts do not overlap.</p>"
                    "<p>The union thanks the organizations and individuals who were quick to stand "
                    "by the people in the flooded areas, and hopes for their continued support "
                    "during reconstruction.</p>"
                ),
            },
            "zh-hans": {
                "slug": "vufo-appeals-to-foreign-ngos-after-typhoon-yagi",
                "title": "越南友好组织联合会呼吁外国非政府组织援助台风“摩羯”灾区",
                "lead": (
                    "针对台风“摩羯”及其引发的洪水给北部各省造成的严重损失，"
                    "越南友好组织联合会致信外国非政府组织和国际友人，呼吁提供援助。"
                ),
                "body": (
                    "<p>台风“摩羯”于2024年9月7日在广宁、海防沿海登陆，随后给老街、安沛、高平、"
                    "宣光等多个山区省份带来强降雨、山洪和山体滑坡。许多道路中断，房屋、"
                    "学校和农作物受损。</p>"
                    "{{image:0}}"
                    "<h2>当前最迫切的需求</h2>"
                    "<ul>"
                    "<li>为转移安置的家庭提供粮食、清洁饮用水、药品和卫生用品包。</li>"
                    "<li>临时住所和房屋修缮材料。</li>"
                    "<li>书本、学习用品以及教室修缮，帮助学生尽快返校。</li>"
                    "<li>种子和牲畜，帮助群众恢复生计。</li>"
                    "</ul>"
                    "<p>联合会下属的人民援助协调委员会（PACCOM）作为信息联络点，"
                    "每天与各省更新需求，并向捐助方推荐援助地点，避免重复援助。</p>"
                ),
            },
        },
    },
    {
        "key": "vufo-yagi-pledges",
        "category": "vufo-news",
        "published_at": "2024-10-08T09:00:00",
        "author": "Phạm Ngọc Lan",
        "tags": {
            "vi": ["bão Yagi", "thiên tai", "viện trợ PCPNN", "Lào Cai"],
            "en": ["Typhoon Yagi", "disaster relief", "NGO aid", "Lao Cai"],
        },
        "images": [],
        "text": {
            "vi": {
                "slug": "cac-to-chuc-pcpnn-chung-tay-ho-tro-nguoi-dan-vung-bao-lu",
                "title": (
                    "Các tổ chức phi chính phủ nước ngoài chung tay hỗ trợ người dân vùng bão lũ"
                ),
                "lead": (
                    "Một tháng sau bão Yagi, nhiều tổ chức phi chính phủ nước ngoài đã cam kết và "
                    "triển khai hỗ trợ khẩn cấp, tập trung vào các tỉnh chịu thiệt hại nặng như "
                    "Lào Cai, Yên Bái và Cao Bằng."
                ),
                "body": (
                    "<p>Theo tổng hợp của Ban Điều phối viện trợ nhân dân (PACCOM), các khoản hỗ "
                    "trợ khẩn cấp chủ yếu gồm tiền mặt cho các hộ mất nhà cửa, bộ dụng cụ vệ sinh, "
                    "bình lọc nước, chăn màn và đồ dùng học tập. Nhiều tổ chức đã có mặt tại hiện "
                    "trường ngay trong tuần đầu sau bão.</p>"
                    "<p>Hai cuộc họp điều phối với các tổ chức phi chính phủ nước ngoài và đại "
                    "diện các tỉnh được tổ chức trực tuyến vào ngày 17/9 và 1/10/2024, giúp các "
                    "nhà tài trợ phân chia địa bàn và tránh chồng chéo.</p>"
                    "<h2>Chuyển sang giai đoạn phục hồi</h2>"
                    "<p>Từ tháng 10, trọng tâm hỗ trợ chuyển sang sửa chữa nhà ở và lớp học, khôi "
                    "phục công trình nước sinh hoạt và cung cấp giống cây trồng cho vụ đông. Liên "
                    "hiệp đề nghị các tỉnh sớm gửi danh mục nhu cầu phục hồi kèm địa chỉ cụ thể để "
                    "giới thiệu tới các tổ chức.</p>"
                    "<p>Các khoản viện trợ được tiếp nhận và quản lý theo quy định về viện trợ "
                    "không hoàn lại không thuộc hỗ trợ phát triển chính thức, bảo đảm công khai, "
                    "minh bạch và đến đúng người thụ hưởng.</p>"
                ),
            },
            "en": {
                "slug": "foreign-ngos-join-hands-with-flood-hit-communities",
                "title": "Foreign NGOs join hands with flood-hit communities",
                "lead": (
                    "A month after Typhoon Yagi, many foreign NGOs have pledged and delivered "
                    "emergency support, focused on the hardest-hit provinces such as Lao Cai, Yen "
                    "Bai and Cao Bang."
                ),
                "body": (
                    "<p>According to the People's Aid Coordinating Committee (PACCOM), emergency "
                    "support has mostly taken the form of cash for families who lost their homes, "
                    "hygiene kits, water filters, blankets and mosquito nets, and school supplies. "
                    "Many organizations were on the ground within the first week after the "
                    "storm.</p>"
                    "<p>Two online coordination meetings with foreign NGOs and provincial "
                    "representatives, on 17 September and 1 October 2024, helped donors divide the "
                    "areas between them and avoid duplication.</p>"
                    "<h2>Moving on to recovery</h2>"
                    "<p>From October the focus shifts to repairing houses and classrooms, "
                    "restoring water supply schemes and providing seed for the winter crop. The "
                    "union has asked the provinces to send their lists of recovery needs, with "
                    "exact locations, so that it can present them to NGOs.</p>"
                    "<p>All aid is received and managed under the rules on non-refundable aid "
                    "outside official development assistance, so that it is public, transparent "
                    "and reaches the intended beneficiaries.</p>"
                ),
            },
        },
    },
    {
        "key": "vufo-75th-anniversary",
        "category": "vufo-news",
        "published_at": "2025-11-17T10:00:00",
        "author": "Trần Thu Hà",
        "tags": {
            "vi": ["VUFO", "đối ngoại nhân dân", "ngày truyền thống"],
            "en": ["VUFO", "people-to-people diplomacy", "anniversary"],
            "zh-hans": ["越南友好组织联合会", "民间外交", "成立纪念日"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Sân khấu lễ kỷ niệm với phông nền đỏ và những lẵng hoa",
                    "en": "The ceremony stage with a red backdrop and baskets of flowers",
                    "zh-hans": "纪念大会舞台，红色背景板前摆放着花篮",
                },
                "caption": {
                    "vi": "Lễ kỷ niệm 75 năm Ngày truyền thống VUFO tại Hà Nội sáng 17/11/2025",
                    "en": (
                        "The ceremony for VUFO's 75th anniversary in Hanoi on the morning of 17 "
                        "November 2025"
                    ),
                    "zh-hans": "2025年11月17日上午在河内举行的越南友好组织联合会成立75周年纪念大会",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "le-ky-niem-75-nam-ngay-truyen-thong-vufo",
                "title": (
                    "Lễ kỷ niệm 75 năm Ngày truyền thống Liên hiệp các tổ chức hữu nghị Việt Nam"
                ),
                "lead": (
                    "Sáng 17/11/2025, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam long "
                    "trọng tổ chức Lễ kỷ niệm 75 năm Ngày truyền thống (17/11/1950 – 17/11/2025)."
                ),
                "body": (
                    "<p>Dự buổi lễ có đại diện lãnh đạo các bộ, ngành, Liên hiệp các tổ chức hữu "
                    "nghị các tỉnh, thành phố, các hội hữu nghị song phương, đại sứ quán các nước "
                    "và nhiều tổ chức phi chính phủ nước ngoài.</p>"
                    "{{image:0}}"
                    "<p>Diễn văn kỷ niệm nhấn mạnh, qua 75 năm, đối ngoại nhân dân đã trở thành "
                    "một trong ba trụ cột của nền đối ngoại toàn diện, hiện đại, góp phần vun đắp "
                    "tình hữu nghị, tranh thủ sự ủng hộ của nhân dân thế giới và huy động nguồn "
                    "lực cho phát triển. Riêng công tác phi chính phủ nước ngoài, hằng năm các tổ "
                    "chức phi chính phủ nước ngoài giải ngân hàng trăm triệu USD cho các chương "
                    "trình, dự án tại Việt Nam.</p>"
                    "<h2>Hướng tới giai đoạn mới</h2>"
                    "<p>Trong bối cảnh các địa phương vừa hoàn thành sắp xếp đơn vị hành chính, "
                    "Liên hiệp xác định tiếp tục kiện toàn tổ chức, đổi mới phương thức hoạt động, "
                    "đẩy mạnh chuyển đổi số trong quản lý viện trợ và thông tin đối ngoại.</p>"
                    "<p>Nhân dịp này, nhiều tập thể và cá nhân trong và ngoài nước được trao Kỷ "
                    "niệm chương “Vì hòa bình, hữu nghị giữa các dân tộc”.</p>"
                ),
            },
            "en": {
                "slug": "vufo-celebrates-its-75th-anniversary",
                "title": "VUFO celebrates its 75th anniversary",
                "lead": (
                    "On the morning of 17 November 2025 the Vietnam Union of Friendship "
                    "Organizations held a ceremony in Hanoi to mark the 75th anniversary of its "
                    "Traditional Day (17 November 1950 – 17 November 2025)."
                ),
                "body": (
                    "<p>The ceremony was attended by leaders of ministries, the provincial "
                    "friendship unions, bilateral friendship associations, embassies and many "
                    "foreign NGOs.</p>"
                    "{{image:0}}"
                    "<p>The commemorative speech stressed that over 75 years people-to-people "
                    "diplomacy has become one of the three pillars of Vietnam's comprehensive and "
                    "modern diplomacy, nurturing friendship, winning the support of people around "
                    "the world and mobilizing resources for development. In NGO work alone, "
                    "foreign NGOs disburse hundreds of millions of US dollars every year for "
                    "programs and projects in Vietnam.</p>"
                    "<h2>Towards a new stage</h2>"
                    "<p>With the provinces having just completed the reorganization of "
                    "administrative units, the union will continue to strengthen its organization, "
                    "renew its working methods and push the digital transformation of aid "
                    "management and external information.</p>"
                    "<p>Many organizations and individuals from Vietnam and abroad received the "
                    "insignia “For peace and friendship among nations”.</p>"
                ),
            },
            "zh-hans": {
                "slug": "vufo-celebrates-its-75th-anniversary",
                "title": "越南友好组织联合会隆重举行成立75周年纪念大会",
                "lead": (
                    "2025年11月17日上午，"
                    "越南友好组织联合会在河内隆重举行传统日75周年（1950年11月17日—2025年11月17日）"
                    "纪念大会。"
                ),
                "body": (
                    "<p>各部委领导、各省市友好组织联合会、双边友好协会、"
                    "各国驻越使馆以及众多外国非政府组织的代表出席了纪念大会。</p>"
                    "{{image:0}}"
                    "<p>纪念讲话强调，75年来，民间外交已成为越南全面、现代外交的三大支柱之一，"
                    "为巩固友谊、争取世界人民支持和动员发展资源作出了贡献。在非政府组织工作方面，"
                    "外国非政府组织每年为在越南的计划和项目拨付数亿美元援助。</p>"
                    "<h2>迈向新阶段</h2>"
                    "<p>在各地刚刚完成行政单位调整的背景下，联合会将继续健全组织，创新工作方式，"
                    "推进援助管理和对外信息工作的数字化转型。</p>"
                    "<p>借此机会，多个国内外集体和个人荣获“为了各民族间的和平与友谊”纪念章。</p>"
                ),
            },
        },
    },
    {
        "key": "vufo-2025-review",
        "category": "vufo-news",
        "published_at": "2025-12-22T14:00:00",
        "author": "Ban Thông tin",
        "tags": {
            "vi": ["VUFO", "đối ngoại nhân dân", "hội nghị", "viện trợ PCPNN"],
            "en": ["VUFO", "people-to-people diplomacy", "conference", "NGO aid"],
            "zh-hans": ["越南友好组织联合会", "民间外交", "会议", "非政府组织援助"],
        },
        "images": [],
        "text": {
            "vi": {
                "slug": "tong-ket-cong-tac-nam-2025-doi-ngoai-nhan-dan-di-vao-thuc-chat",
                "title": "Tổng kết công tác năm 2025: đối ngoại nhân dân đi vào thực chất",
                "lead": (
                    "Hội nghị tổng kết công tác năm 2025 của Liên hiệp các tổ chức hữu nghị Việt "
                    "Nam đánh giá năm qua là năm hoạt động sôi nổi, nhiều dấu ấn, và đề ra các "
                    "nhiệm vụ trọng tâm cho năm 2026."
                ),
                "body": (
                    "<p>Năm 2025, Liên hiệp và các hội thành viên đã tổ chức nhiều hoạt động quy "
                    "mô lớn nhân kỷ niệm 50 năm Giải phóng miền Nam, thống nhất đất nước, 80 năm "
                    "Quốc khánh và 75 năm Ngày truyền thống của Liên hiệp, thu hút đông đảo bạn bè "
                    "quốc tế tham gia.</p>"
                    "<h2>Công tác phi chính phủ nước ngoài</h2>"
                    "<p>Các tổ chức phi chính phủ nước ngoài tiếp tục đồng hành với Việt Nam trong "
                    "khắc phục hậu quả bão Yagi, phát triển y tế cơ sở, giáo dục vùng cao và thích "
                    "ứng với biến đổi khí hậu. Liên hiệp đã hỗ trợ các địa phương sau sắp xếp kiện "
                    "toàn đầu mối quản lý viện trợ và cập nhật thông tin về các dự án đang triển "
                    "khai.</p>"
                    "<h2>Nhiệm vụ năm 2026</h2>"
                    "<ul>"
                    "<li>Đổi mới nội dung, phương thức đối ngoại nhân dân theo hướng thực chất, "
                    "hiệu quả.</li>"
                    "<li>Tổ chức các hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt "
                    "Nam – Thái Lan.</li>"
                    "<li>Nâng cao chất lượng vận động, điều phối viện trợ và số hóa dữ liệu viện "
                    "trợ.</li>"
                    "<li>Tăng cường tập huấn nghiệp vụ cho cán bộ làm công tác hữu nghị ở địa "
                    "phương.</li>"
                    "</ul>"
                ),
            },
            "en": {
                "slug": "2025-in-review-people-to-people-diplomacy-gets-practical",
                "title": "2025 in review: people-to-people diplomacy gets practical",
                "lead": (
                    "The Vietnam Union of Friendship Organizations' year-end conference called "
                    "2025 a busy year with many highlights and set the main tasks for 2026."
                ),
                "body": (
                    "<p>In 2025 the union and its member associations held many large events to "
                    "mark 50 years since the liberation of the South and national reunification, "
                    "the 80th National Day and the union's own 75th anniversary, with wide "
                    "participation from friends abroad.</p>"
                    "<h2>Foreign NGO work</h2>"
                    "<p>Foreign NGOs continued to stand with Vietnam in recovering from Typhoon "
                    "Yagi, strengthening primary health care, supporting education in the "
                    "highlands and adapting to climate change. The union helped the reorganized "
                    "provinces set up their aid-management focal points and bring the records of "
                    "ongoing projects up to date.</p>"
                    "<h2>Tasks for 2026</h2>"
                    "<ul>"
                    "<li>Renew the content and methods of people-to-people diplomacy so that it is "
                    "practical and effective.</li>"
                    "<li>Hold events for the 50th anniversary of diplomatic relations between "
                    "Vietnam and Thailand.</li>"
                    "<li>Improve the mobilization and coordination of aid and digitize aid "
                    "records.</li>"
                    "<li>Train more of the staff doing friendship work in the provinces.</li>"
                    "</ul>"
                ),
            },
            "zh-hans": {
                "slug": "2025-in-review-people-to-people-diplomacy-gets-practical",
                "title": "2025年工作总结：民间外交走向务实",
                "lead": (
                    "越南友好组织联合会2025年工作总结会议认为，过去一年活动丰富、亮点纷呈，"
                    "并确定了2026年的重点任务。"
                ),
                "body": (
                    "<p>2025年，联合会及其成员协会围绕南方解放和国家统一50周年、"
                    "国庆80周年以及联合会成立75周年举办了多项大型活动，吸引了众多国际友人参加。</p>"
                    "<h2>外国非政府组织工作</h2>"
                    "<p>外国非政府组织继续在台风“摩羯”灾后恢复、基层医疗、"
                    "山区教育和应对气候变化等方面与越南携手同行。"
                    "联合会帮助调整后的各地方健全援助管理联络机构，更新在建项目信息。</p>"
                    "<h2>2026年任务</h2>"
                    "<ul>"
                    "<li>创新民间外交的内容和方式，使其更加务实高效。</li>"
                    "<li>举办越南—泰国建交50周年纪念活动。</li>"
                    "<li>提高援助动员和协调质量，推进援助数据数字化。</li>"
                    "<li>加强对地方友好工作干部的业务培训。</li>"
                    "</ul>"
                ),
            },
        },
    },
    # --- National: foreign NGO work -----------------------------------------------------
    {
        "key": "decree-80-training-north",
        "category": "vufo-ngo",
        "published_at": "2023-05-18T08:30:00",
        "author": "Lê Quang Vinh",
        "tags": {
            "vi": ["Nghị định 80/2020/NĐ-CP", "tập huấn", "viện trợ PCPNN"],
            "en": ["Decree 80/2020/ND-CP", "training", "NGO aid"],
            "zh-hans": ["第80/2020/ND-CP号法令", "培训", "非政府组织援助"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Học viên ghi chép trong một lớp học",
                    "en": "Participants taking notes in a classroom",
                    "zh-hans": "学员在教室里做笔记",
                },
                "caption": {
                    "vi": (
                        "Học viên lớp tập huấn Nghị định 80/2020/NĐ-CP dành cho các tỉnh phía Bắc, "
                        "tháng 5/2023"
                    ),
                    "en": (
                        "Participants in the Decree 80/2020/ND-CP course for the northern "
                        "provinces, May 2023"
                    ),
                    "zh-hans": "2023年5月北部各省第80/2020/ND-CP号法令培训班学员",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "tap-huan-nghi-dinh-80-2020-nd-cp-cho-can-bo-cac-tinh-phia-bac",
                "title": "Tập huấn Nghị định 80/2020/NĐ-CP cho cán bộ các tỉnh phía Bắc",
                "lead": (
                    "Ngày 18/5/2023, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức "
                    "lớp tập huấn về quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ "
                    "phát triển chính thức cho hơn 120 cán bộ các tỉnh phía Bắc."
                ),
                "body": (
                    "<p>Học viên là cán bộ Liên hiệp các tổ chức hữu nghị, Sở Kế hoạch và Đầu tư, "
                    "Sở Tài chính, Sở Ngoại vụ và một số huyện có nhiều dự án viện trợ.</p>"
                    "{{image:0}}"
                    "<h2>Nội dung tập huấn</h2>"
                    "<ul>"
                    "<li>Trình tự thẩm định, phê duyệt và tiếp nhận viện trợ theo Nghị định "
                    "80/2020/NĐ-CP.</li>"
                    "<li>Quản lý tài chính nhà nước đối với viện trợ theo Thông tư "
                    "23/2022/TT-BTC.</li>"
                    "<li>Đăng ký và quản lý hoạt động của các tổ chức phi chính phủ nước ngoài "
                    "theo Nghị định 58/2022/NĐ-CP.</li>"
                    "<li>Tổ chức hội nghị, hội thảo quốc tế theo Quyết định 06/2020/QĐ-TTg.</li>"
                    "</ul>"
                    "<p>Trong phần trao đổi, nhiều địa phương nêu khó khăn về xác định thẩm quyền "
                    "phê duyệt đối với các khoản viện trợ nhỏ và chế độ báo cáo định kỳ. Giảng "
                    "viên đã giải đáp từng trường hợp và giới thiệu các mẫu biểu thường dùng.</p>"
                    "<p>Các lớp tương tự sẽ được tổ chức cho các tỉnh miền Trung và miền Nam trong "
                    "năm 2023.</p>"
                ),
            },
            "en": {
                "slug": "decree-80-2020-training-for-northern-provinces",
                "title": "Training on Decree 80/2020/ND-CP for the northern provinces",
                "lead": (
                    "On 18 May 2023 in Hanoi, the Vietnam Union of Friendship Organizations "
                    "trained more than 120 officials from the northern provinces on managing and "
                    "using non-refundable aid outside official development assistance."
                ),
                "body": (
                    "<p>Participants came from the provincial friendship unions, the Departments "
                    "of Planning and Investment, Finance and Foreign Affairs, and districts with "
                    "many aid projects.</p>"
                    "{{image:0}}"
                    "<h2>What the course covered</h2>"
                    "<ul>"
                    "<li>Appraising, approving and receiving aid under Decree 80/2020/ND-CP.</li>"
                    "<li>State financial management of aid under Circular 23/2022/TT-BTC.</li>"
                    "<li>Registering and managing the activities of foreign NGOs under Decree "
                    "58/2022/ND-CP.</li>"
                    "<li>Organizing international conferences and seminars under Decision "
                    "06/2020/QD-TTg.</li>"
                    "</ul>"
                    "<p>In the discussion, several provinces raised difficulties in deciding who "
                    "approves small aid items and in periodic reporting. The trainers answered "
                    "each case and presented the forms most often used.</p>"
                    "<p>Similar courses will be held for the central and southern provinces later "
                    "in 2023.</p>"
                ),
            },
            "zh-hans": {
                "slug": "decree-80-2020-training-for-northern-provinces",
                "title": "越南友好组织联合会为北部各省干部举办第80/2020/ND-CP号法令培训班",
                "lead": (
                    "2023年5月18日，越南友好组织联合会在河内为北部各省120多名干部举办培训班，"
                    "讲解非官方发展援助类无偿援助的管理和使用。"
                ),
                "body": (
                    "<p>学员来自各省友好组织联合会、计划投资厅、财政厅、"
                    "外务厅以及援助项目较多的县。</p>"
                    "{{image:0}}"
                    "<h2>培训内容</h2>"
                    "<ul>"
                    "<li>按照第80/2020/ND-CP号法令审查、批准和接收援助的程序。</li>"
                    "<li>按照第23/2022/TT-BTC号通知对援助实施国家财政管理。</li>"
                    "<li>按照第58/2022/ND-CP号法令对外国非政府组织进行登记和管理。</li>"
                    "<li>按照第06/2020/QD-TTg号决定举办国际会议和研讨会。</li>"
                    "</ul>"
                    "<p>在交流环节，多个地方提出了小额援助审批权限和定期报告方面的困难，"
                    "讲师逐一解答并介绍了常用表格。</p>"
                ),
            },
        },
    },
    {
        "key": "ngo-annual-meeting-2023",
        "category": "vufo-ngo",
        "published_at": "2023-12-12T09:00:00",
        "author": "Phạm Ngọc Lan",
        "tags": {
            "vi": ["viện trợ PCPNN", "hội nghị", "VUFO"],
            "en": ["NGO aid", "conference", "VUFO"],
            "zh-hans": ["非政府组织援助", "会议", "越南友好组织联合会"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Đại diện các tổ chức quốc tế trò chuyện bên tách trà",
                    "en": "Representatives of international organizations talking over tea",
                    "zh-hans": "国际组织代表边喝茶边交谈",
                },
                "caption": {
                    "vi": (
                        "Đại diện các tổ chức phi chính phủ nước ngoài trao đổi bên lề cuộc gặp "
                        "mặt thường niên năm 2023"
                    ),
                    "en": (
                        "Foreign NGO representatives talk on the sidelines of the 2023 annual "
                        "meeting"
                    ),
                    "zh-hans": "外国非政府组织代表在2023年度见面会间隙交流",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "gap-mat-thuong-nien-cac-to-chuc-pcpnn-nam-2023",
                "title": "Gặp mặt thường niên các tổ chức phi chính phủ nước ngoài năm 2023",
                "lead": (
                    "Ngày 12/12/2023, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam gặp mặt "
                    "thường niên đại diện hơn 200 tổ chức phi chính phủ nước ngoài đang hoạt động "
                    "tại Việt Nam."
                ),
                "body": (
                    "<p>Phát biểu khai mạc, lãnh đạo Liên hiệp cảm ơn các tổ chức đã đồng hành với "
                    "Việt Nam trong năm qua, đặc biệt trong các lĩnh vực y tế, giáo dục, bảo vệ "
                    "môi trường, thích ứng biến đổi khí hậu và hỗ trợ các nhóm yếu thế.</p>"
                    "{{image:0}}"
                    "<p>Tại phần thảo luận, đại diện các tổ chức đề nghị tiếp tục rút ngắn thời "
                    "gian phê duyệt dự án, hướng dẫn thống nhất giữa các địa phương và mở rộng "
                    "hình thức báo cáo trực tuyến. Đại diện Ủy ban công tác về các tổ chức phi "
                    "chính phủ nước ngoài thông tin về việc thực hiện Nghị định 58/2022/NĐ-CP sau "
                    "hơn một năm có hiệu lực.</p>"
                    "<p>Nhân dịp này, Liên hiệp trao Kỷ niệm chương “Vì hòa bình, hữu nghị giữa "
                    "các dân tộc” cho một số đại diện tổ chức có nhiều đóng góp.</p>"
                ),
            },
            "en": {
                "slug": "annual-meeting-with-foreign-ngos-2023",
                "title": "Annual meeting with foreign NGOs, 2023",
                "lead": (
                    "On 12 December 2023 in Hanoi, the Vietnam Union of Friendship Organizations "
                    "held its annual meeting with representatives of more than 200 foreign NGOs "
                    "working in Vietnam."
                ),
                "body": (
                    "<p>Opening the meeting, the union's leaders thanked the organizations for "
                    "standing with Vietnam over the past year, particularly in health, education, "
                    "environmental protection, climate change adaptation and support for "
                    "vulnerable groups.</p>"
                    "{{image:0}}"
                    "<p>In the discussion, NGO representatives asked for shorter project approval "
                    "times, consistent guidance across provinces and more online reporting. A "
                    "representative of the Committee for Foreign Non-Governmental Organization "
                    "Affairs reported on how Decree 58/2022/ND-CP has been applied in its first "
                    "year.</p>"
                    "<p>The union presented the insignia “For peace and friendship among nations” "
                    "to several representatives of organizations for their contributions.</p>"
                ),
            },
            "zh-hans": {
                "slug": "annual-meeting-with-foreign-ngos-2023",
                "title": "2023年外国非政府组织年度见面会",
                "lead": (
                    "2023年12月12日，"
                    "越南友好组织联合会在河内与在越南开展活动的200多个外国非政府组织代表举行年度见"
                    "面会。"
                ),
                "body": (
                    "<p>联合会领导在开幕致辞中感谢各组织过去一年与越南携手同行，特别是在医疗、"
                    "教育、环境保护、应对气候变化和支持弱势群体等领域提供的援助。</p>"
                    "{{image:0}}"
                    "<p>在讨论环节，各组织代表建议继续缩短项目审批时间，统一各地方的指导意见，"
                    "并扩大在线报告方式。"
                    "外国非政府组织工作委员会代表介绍了第58/2022/ND-CP号法令实施一年多来的情况。"
                    "</p>"
                    "<p>"
                    "联合会还向多位作出突出贡献的组织代表颁发了“为了各民族间的和平与友谊”纪念章。"
                    "</p>"
                ),
            },
        },
    },
    {
        "key": "ngo-registration-guidance",
        "category": "vufo-ngo",
        "published_at": "2024-06-20T09:00:00",
        "author": "Nguyễn Minh Châu",
        "tags": {
            "vi": ["Nghị định 58/2022/NĐ-CP", "tập huấn", "viện trợ PCPNN"],
            "en": ["Decree 58/2022/ND-CP", "training", "NGO aid"],
            "zh-hans": ["第58/2022/ND-CP号法令", "培训", "非政府组织援助"],
        },
        "images": [],
        "text": {
            "vi": {
                "slug": "huong-dan-dang-ky-va-bao-cao-theo-nghi-dinh-58-2022-nd-cp",
                "title": (
                    "Hướng dẫn các tổ chức phi chính phủ nước ngoài về đăng ký và báo cáo theo "
                    "Nghị định 58/2022/NĐ-CP"
                ),
                "lead": (
                    "Ngày 20/6/2024, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức buổi hướng "
                    "dẫn cho đại diện các tổ chức phi chính phủ nước ngoài về thủ tục đăng ký, gia "
                    "hạn và chế độ báo cáo."
                ),
                "body": (
                    "<p>Nghị định 58/2022/NĐ-CP quy định ba loại giấy đăng ký: giấy đăng ký hoạt "
                    "động, giấy đăng ký lập văn phòng dự án và giấy đăng ký lập văn phòng đại "
                    "diện. Mỗi loại có hồ sơ, thời hạn và phạm vi hoạt động riêng.</p>"
                    "<h2>Những điểm cần lưu ý</h2>"
                    "<ul>"
                    "<li>Nộp hồ sơ gia hạn trước khi giấy đăng ký hết hạn để không bị gián đoạn "
                    "hoạt động.</li>"
                    "<li>Thông báo khi thay đổi trưởng đại diện, trụ sở hoặc địa bàn hoạt "
                    "động.</li>"
                    "<li>Gửi báo cáo định kỳ hằng năm về hoạt động và kết quả các chương trình, dự "
                    "án.</li>"
                    "</ul>"
                    "<p>Về tài chính, các khoản viện trợ dành cho cơ quan nhà nước được quản lý "
                    "theo Thông tư 23/2022/TT-BTC; cán bộ hướng dẫn cách lập kế hoạch, ghi thu, "
                    "ghi chi và quyết toán.</p>"
                    "<p>Đại diện các tổ chức đánh giá cao buổi hướng dẫn và đề nghị Liên hiệp duy "
                    "trì đầu mối hỏi đáp thường xuyên.</p>"
                ),
            },
            "en": {
                "slug": "guidance-on-registration-and-reporting-under-decree-58-2022",
                "title": (
                    "Guidance for foreign NGOs on registration and reporting under Decree "
                    "58/2022/ND-CP"
                ),
                "lead": (
                    "On 20 June 2024 the Vietnam Union of Friendship Organizations briefed "
                    "representatives of foreign NGOs on registration, renewal and reporting."
                ),
                "body": (
                    "<p>Decree 58/2022/ND-CP provides for three kinds of registration certificate: "
                    "for operations, for a project office and for a representative office. Each "
                    "has its own dossier, term and scope of activity.</p>"
                    "<h2>Points to remember</h2>"
                    "<ul>"
                    "<li>Apply for renewal before a certificate expires, so that work is not "
                    "interrupted.</li>"
                    "<li>Give notice of a change of chief representative, office address or "
                    "working area.</li>"
                    "<li>Send the annual report on activities and on the results of programs and "
                    "projects.</li>"
                    "</ul>"
                    "<p>On finance, aid to State agencies is managed under Circular "
                    "23/2022/TT-BTC; officials explained how to plan, record revenue and "
                    "expenditure, and settle accounts.</p>"
                    "<p>The organizations welcomed the briefing and asked the union to keep a "
                    "regular help desk.</p>"
                ),
            },
            "zh-hans": {
                "slug": "guidance-on-registration-and-reporting-under-decree-58-2022",
                "title": "指导外国非政府组织按照第58/2022/ND-CP号法令办理登记和报告",
                "lead": (
                    "2024年6月20日，越南友好组织联合会为外国非政府组织代表讲解登记、"
                    "延期和报告制度。"
                ),
                "body": (
                    "<p>第58/2022/ND-CP号法令规定了三类登记证：活动登记证、"
                    "设立项目办公室登记证和设立代表处登记证，各有不同的申请材料、期限和活动范围。"
                    "</p>"
                    "<h2>注意事项</h2>"
                    "<ul>"
                    "<li>在登记证到期前提交延期申请，以免活动中断。</li>"
                    "<li>更换首席代表、办公地址或活动地区时应及时通报。</li>"
                    "<li>每年报送活动情况以及计划、项目成果报告。</li>"
                    "</ul>"
                    "<p>在财务方面，向国家机关提供的援助按照第23/2022/TT-BTC号通知进行管理。</p>"
                ),
            },
        },
    },
    {
        "key": "ngo-agent-orange-support",
        "category": "vufo-ngo",
        "published_at": "2024-08-09T10:00:00",
        "author": "Lê Quang Vinh",
        "tags": {
            "vi": ["chất độc da cam", "viện trợ PCPNN", "y tế", "Đồng Nai"],
            "en": ["Agent Orange", "NGO aid", "health", "Dong Nai"],
        },
        "images": [],
        "text": {
            "vi": {
                "slug": "hoi-thao-chia-se-kinh-nghiem-ho-tro-nan-nhan-chat-doc-da-cam",
                "title": "Hội thảo chia sẻ kinh nghiệm hỗ trợ nạn nhân chất độc da cam",
                "lead": (
                    "Nhân kỷ niệm 63 năm thảm họa da cam ở Việt Nam (10/8/1961 – 10/8/2024), Liên "
                    "hiệp các tổ chức hữu nghị Việt Nam tổ chức hội thảo để các tổ chức phi chính "
                    "phủ nước ngoài và các địa phương chia sẻ kinh nghiệm hỗ trợ nạn nhân."
                ),
                "body": (
                    "<p>Hội thảo giới thiệu các mô hình đã được kiểm chứng: phục hồi chức năng dựa "
                    "vào cộng đồng, chăm sóc tại nhà, dạy nghề và hỗ trợ vốn sinh kế cho gia đình "
                    "nạn nhân, cung cấp xe lăn và dụng cụ trợ giúp.</p>"
                    "<p>Đại diện Đồng Nai, địa phương có điểm nóng ô nhiễm dioxin tại sân bay Biên "
                    "Hòa, chia sẻ cách phối hợp giữa hội nạn nhân, ngành y tế và các nhà tài trợ "
                    "để lập danh sách, theo dõi và hỗ trợ từng trường hợp.</p>"
                    "<h2>Kiến nghị</h2>"
                    "<ul>"
                    "<li>Ưu tiên các dự án dài hạn thay cho hỗ trợ một lần.</li>"
                    "<li>Gắn hỗ trợ nạn nhân với chương trình hòa nhập cho người khuyết tật.</li>"
                    "<li>Chia sẻ dữ liệu giữa các nhà tài trợ để tránh trùng lặp đối tượng.</li>"
                    "</ul>"
                ),
            },
            "en": {
                "slug": "workshop-on-supporting-agent-orange-victims",
                "title": "Workshop shares experience in supporting Agent Orange victims",
                "lead": (
                    "Marking 63 years since the Agent Orange disaster began in Vietnam (10 August "
                    "1961), the Vietnam Union of Friendship Organizations held a workshop where "
                    "foreign NGOs and provinces shared their experience in supporting victims."
                ),
                "body": (
                    "<p>The workshop presented models that have proved themselves: community-based "
                    "rehabilitation, home care, vocational training and livelihood loans for "
                    "victims' families, and the supply of wheelchairs and assistive devices.</p>"
                    "<p>Representatives of Dong Nai, home to the dioxin hotspot at Bien Hoa "
                    "airbase, explained how the victims' association, the health sector and donors "
                    "work together to list, follow and support each person.</p>"
                    "<h2>Recommendations</h2>"
                    "<ul>"
                    "<li>Favour long-term projects over one-off support.</li>"
                    "<li>Link support for victims with inclusion programs for people with "
                    "disabilities.</li>"
                    "<li>Share data between donors so that the same people are not counted "
                    "twice.</li>"
                    "</ul>"
                ),
            },
        },
    },
    {
        "key": "ngo-health-partnership",
        "category": "vufo-ngo",
        "published_at": "2025-04-15T09:00:00",
        "author": "Nguyễn Minh Châu",
        "tags": {
            "vi": ["y tế", "viện trợ PCPNN", "hội nghị", "Lào Cai"],
            "en": ["health", "NGO aid", "conference", "Lao Cai"],
            "zh-hans": ["医疗卫生", "非政府组织援助", "会议", "老街"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Bác sĩ khám mắt cho một cụ bà tại trạm y tế",
                    "en": "A doctor examining an elderly woman's eyes at a health station",
                    "zh-hans": "医生在卫生站为一位老奶奶检查眼睛",
                },
                "caption": {
                    "vi": (
                        "Khám mắt cho người cao tuổi tại một trạm y tế xã miền núi, mô hình được "
                        "giới thiệu tại hội nghị hợp tác y tế năm 2025"
                    ),
                    "en": (
                        "Eye checks for older people at a mountain commune health station, one of "
                        "the models shown at the 2025 health conference"
                    ),
                    "zh-hans": "山区乡卫生站为老年人检查眼睛，这是2025年医疗合作会议介绍的模式之一",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "hoi-nghi-hop-tac-y-te-voi-cac-to-chuc-pcpnn-uu-tien-vung-sau-vung-xa",
                "title": (
                    "Hội nghị hợp tác y tế với các tổ chức phi chính phủ nước ngoài: ưu tiên vùng "
                    "sâu, vùng xa"
                ),
                "lead": (
                    "Hội nghị tổ chức tại Hà Nội ngày 15/4/2025 đã giới thiệu nhu cầu hỗ trợ y tế "
                    "cơ sở của 14 tỉnh miền núi tới các tổ chức phi chính phủ nước ngoài."
                ),
                "body": (
                    "<p>Các địa phương, trong đó có Lào Cai, trình bày danh mục nhu cầu cụ thể: "
                    "trang thiết bị cho trạm y tế xã, đào tạo nhân viên y tế thôn bản, chăm sóc "
                    "sức khỏe bà mẹ – trẻ em, dinh dưỡng và khám chữa bệnh về mắt.</p>"
                    "{{image:0}}"
                    "<p>Các tổ chức chia sẻ kinh nghiệm tổ chức khám lưu động, phẫu thuật đục thủy "
                    "tinh thể và phát hiện sớm khuyết tật ở trẻ em. Nhiều ý kiến nhấn mạnh việc "
                    "đào tạo tại chỗ để kết quả dự án được duy trì sau khi kết thúc tài trợ.</p>"
                    "<p>Sau hội nghị, Liên hiệp sẽ phối hợp tổ chức các chuyến khảo sát để các tổ "
                    "chức quan tâm làm việc trực tiếp với địa phương.</p>"
                ),
            },
            "en": {
                "slug": "health-cooperation-conference-puts-remote-areas-first",
                "title": "Health cooperation conference with foreign NGOs puts remote areas first",
                "lead": (
                    "A conference in Hanoi on 15 April 2025 presented the primary health care "
                    "needs of 14 mountain provinces to foreign NGOs."
                ),
                "body": (
                    "<p>The provinces, Lao Cai among them, presented specific needs: equipment for "
                    "commune health stations, training for village health workers, maternal and "
                    "child health, nutrition, and eye care.</p>"
                    "{{image:0}}"
                    "<p>Organizations shared their experience of mobile clinics, cataract surgery "
                    "and early detection of disability in children. Many stressed on-the-job "
                    "training, so that results last after the funding ends.</p>"
                    "<p>After the conference the union will arrange field visits so that "
                    "interested organizations can work directly with the provinces.</p>"
                ),
            },
            "zh-hans": {
                "slug": "health-cooperation-conference-puts-remote-areas-first",
                "title": "与外国非政府组织的医疗合作会议：优先支持偏远地区",
                "lead": (
                    "2025年4月15日在河内举行的会议向外国非政府组织介绍了14个山区省份的基层医疗援助"
                    "需求。"
                ),
                "body": (
                    "<p>包括老街省在内的各地方介绍了具体需求：乡卫生站设备、村医培训、妇幼保健、"
                    "营养以及眼科诊疗。</p>"
                    "{{image:0}}"
                    "<p>各组织分享了巡回义诊、白内障手术和儿童残疾早期发现等方面的经验。"
                    "许多意见强调开展现场培训，使项目成果在援助结束后得以延续。</p>"
                    "<p>会后，联合会将组织实地考察，让有意向的组织与地方直接对接。</p>"
                ),
            },
        },
    },
    # --- National: people-to-people diplomacy -------------------------------------------
    {
        "key": "korea-delegation",
        "category": "vufo-diplomacy",
        "published_at": "2023-10-10T09:00:00",
        "author": "Hoàng Minh Đức",
        "tags": {
            "vi": ["Hàn Quốc", "đối ngoại nhân dân", "viện trợ PCPNN"],
            "en": ["Korea", "people-to-people diplomacy", "NGO aid"],
            "zh-hans": ["韩国", "民间外交", "非政府组织援助"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Hai trưởng đoàn trao quà lưu niệm cho nhau",
                    "en": "Two heads of delegation exchanging souvenirs",
                    "zh-hans": "两位团长互赠纪念品",
                },
                "caption": {
                    "vi": (
                        "Trưởng đoàn VUFO trao quà lưu niệm cho đối tác Hàn Quốc tại Seoul, tháng "
                        "10/2023"
                    ),
                    "en": (
                        "The head of the VUFO delegation presents a souvenir to Korean partners in "
                        "Seoul, October 2023"
                    ),
                    "zh-hans": (
                        "2023年10月，越南友好组织联合会代表团团长在首尔向韩国合作伙伴赠送纪念品"
                    ),
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "doan-cong-tac-vufo-tham-va-lam-viec-tai-han-quoc",
                "title": "Đoàn công tác VUFO thăm và làm việc tại Hàn Quốc",
                "lead": (
                    "Từ ngày 2 đến 7/10/2023, đoàn công tác của Liên hiệp các tổ chức hữu nghị "
                    "Việt Nam đã làm việc với các tổ chức hữu nghị, tổ chức phi chính phủ và cộng "
                    "đồng người Việt tại Seoul và Busan."
                ),
                "body": (
                    "<p>Chuyến công tác nhằm tăng cường quan hệ với các đối tác hữu nghị Hàn Quốc "
                    "và giới thiệu nhu cầu hợp tác của các địa phương Việt Nam tới các tổ chức phi "
                    "chính phủ Hàn Quốc đang hoặc sẽ hoạt động tại Việt Nam.</p>"
                    "{{image:0}}"
                    "<p>Tại các buổi làm việc, phía Hàn Quốc quan tâm đến các lĩnh vực giáo dục, y "
                    "tế, phát triển nông thôn và hỗ trợ phụ nữ. Hai bên thống nhất sẽ tổ chức các "
                    "đoàn khảo sát tới Lào Cai và Đồng Nai trong năm 2024.</p>"
                    "<p>Đoàn cũng gặp gỡ đại diện cộng đồng người Việt, sinh viên Việt Nam tại Hàn "
                    "Quốc và cảm ơn những đóng góp của bà con cho quan hệ hữu nghị giữa hai "
                    "nước.</p>"
                ),
            },
            "en": {
                "slug": "vufo-delegation-visits-korea",
                "title": "VUFO delegation visits Korea",
                "lead": (
                    "From 2 to 7 October 2023 a delegation of the Vietnam Union of Friendship "
                    "Organizations met friendship organizations, NGOs and the Vietnamese community "
                    "in Seoul and Busan."
                ),
                "body": (
                    "<p>The visit aimed to strengthen ties with Korean friendship partners and to "
                    "present the cooperation needs of Vietnamese provinces to Korean NGOs working, "
                    "or planning to work, in Vietnam.</p>"
                    "{{image:0}}"
                    "<p>The Korean side showed interest in education, health, rural development "
                    "and support for women. Both sides agreed to organize survey visits to Lao Cai "
                    "and Dong Nai in 2024.</p>"
                    "<p>The delegation also met representatives of the Vietnamese community and "
                    "Vietnamese students in Korea, and thanked them for their contribution to "
                    "friendship between the two countries.</p>"
                ),
            },
            "zh-hans": {
                "slug": "vufo-delegation-visits-korea",
                "title": "越南友好组织联合会代表团访问韩国",
                "lead": (
                    "2023年10月2日至7日，越南友好组织联合会代表团在首尔和釜山与友好组织、"
                    "非政府组织以及越南侨胞进行交流。"
                ),
                "body": (
                    "<p>此次访问旨在加强与韩国友好伙伴的联系，"
                    "并向正在或计划在越南开展活动的韩国非政府组织介绍越南各地方的合作需求。</p>"
                    "{{image:0}}"
                    "<p>韩方对教育、医疗、农村发展和妇女支持等领域表示关注。"
                    "双方商定2024年组织考察团赴老街省和同奈省考察。</p>"
                    "<p>代表团还会见了在韩越南侨胞和留学生代表，感谢他们为两国友好关系作出的贡献。"
                    "</p>"
                ),
            },
        },
    },
    {
        "key": "japan-exchange",
        "category": "vufo-diplomacy",
        "published_at": "2024-04-25T14:00:00",
        "author": "Hoàng Minh Đức",
        "tags": {
            "vi": ["Nhật Bản", "đối ngoại nhân dân", "giao lưu hữu nghị"],
            "en": ["Japan", "people-to-people diplomacy", "friendship exchange"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Đại biểu hai nước cùng viết thư pháp bên bàn dài",
                    "en": "Guests from both countries writing calligraphy at a long table",
                    "zh-hans": "两国代表在长桌旁一起书写书法",
                },
                "caption": {
                    "vi": (
                        "Đại biểu Nhật Bản và Việt Nam giao lưu thư pháp tại buổi gặp mặt hữu nghị "
                        "tháng 4/2024"
                    ),
                    "en": (
                        "Japanese and Vietnamese guests share calligraphy at the friendship "
                        "meeting in April 2024"
                    ),
                    "zh-hans": "2024年4月友好见面会上日越代表进行书法交流",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "giao-luu-huu-nghi-voi-cac-hoi-huu-nghi-nhat-ban-viet-nam",
                "title": "Giao lưu hữu nghị với các hội hữu nghị Nhật Bản – Việt Nam",
                "lead": (
                    "Ngày 25/4/2024, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam và Hội "
                    "Hữu nghị Việt Nam – Nhật Bản đón đoàn đại biểu các hội hữu nghị Nhật Bản – "
                    "Việt Nam từ nhiều địa phương của Nhật Bản."
                ),
                "body": (
                    "<p>Sau năm kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản "
                    "(1973–2023), hai bên khẳng định giao lưu nhân dân là nền tảng vững chắc cho "
                    "quan hệ Đối tác chiến lược toàn diện giữa hai nước.</p>"
                    "{{image:0}}"
                    "<p>Đoàn đã thăm một trường trung cấp nghề có chương trình hợp tác với đối tác "
                    "Nhật Bản, giao lưu văn hóa với sinh viên Hà Nội và trao đổi về chương trình "
                    "giao lưu thanh niên năm 2025.</p>"
                    "<p>Các đại biểu cũng bày tỏ mong muốn hỗ trợ người lao động, thực tập sinh "
                    "Việt Nam tại Nhật Bản hòa nhập tốt hơn với cộng đồng địa phương.</p>"
                ),
            },
            "en": {
                "slug": "friendship-exchange-with-japan-vietnam-friendship-associations",
                "title": "Friendship exchange with Japan–Vietnam friendship associations",
                "lead": (
                    "On 25 April 2024 in Hanoi, the Vietnam Union of Friendship Organizations and "
                    "the Vietnam–Japan Friendship Association welcomed a delegation of "
                    "Japan–Vietnam friendship associations from many parts of Japan."
                ),
                "body": (
                    "<p>After the 50th anniversary of diplomatic relations between Vietnam and "
                    "Japan (1973–2023), both sides agreed that exchanges between peoples are a "
                    "solid foundation for the two countries' Comprehensive Strategic "
                    "Partnership.</p>"
                    "{{image:0}}"
                    "<p>The delegation visited a vocational school that cooperates with Japanese "
                    "partners, took part in a cultural exchange with Hanoi students and discussed "
                    "a youth exchange program for 2025.</p>"
                    "<p>The guests also said they wished to help Vietnamese workers and technical "
                    "interns in Japan settle into their local communities.</p>"
                ),
            },
        },
    },
    {
        "key": "laos-friendship-2024",
        "category": "vufo-diplomacy",
        "published_at": "2024-07-18T09:00:00",
        "author": "Ban Thông tin",
        "tags": {
            "vi": ["Lào", "đối ngoại nhân dân", "tỉnh kết nghĩa"],
            "en": ["Laos", "people-to-people diplomacy", "sister provinces"],
            "zh-hans": ["老挝", "民间外交", "友好省份"],
        },
        "images": [],
        "text": {
            "vi": {
                "slug": "ky-niem-47-nam-hiep-uoc-huu-nghi-va-hop-tac-viet-nam-lao",
                "title": "Gặp mặt kỷ niệm 47 năm ký Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào",
                "lead": (
                    "Ngày 18/7/2024, Hội Hữu nghị Việt Nam – Lào phối hợp với Liên hiệp các tổ "
                    "chức hữu nghị Việt Nam tổ chức gặp mặt kỷ niệm 47 năm ngày ký Hiệp ước Hữu "
                    "nghị và Hợp tác giữa hai nước (18/7/1977 – 18/7/2024)."
                ),
                "body": (
                    "<p>Tham dự buổi gặp mặt có đại diện Đại sứ quán Lào, lưu học sinh Lào đang "
                    "học tập tại Hà Nội và nhiều cựu chuyên gia, cựu quân tình nguyện Việt Nam "
                    "từng công tác tại Lào.</p>"
                    "<p>Các đại biểu nhắc lại quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp "
                    "tác toàn diện giữa hai nước, được vun đắp từ khi thiết lập quan hệ ngoại giao "
                    "ngày 5/9/1962.</p>"
                    "<h2>Kết nghĩa giữa các địa phương</h2>"
                    "<p>Nhiều tỉnh của Việt Nam duy trì quan hệ kết nghĩa với các tỉnh của Lào, "
                    "như Yên Bái với Viêng Chăn và Xay-nha-bu-ly. Các hoạt động giao lưu văn hóa, "
                    "thể thao, đào tạo cán bộ và hỗ trợ lưu học sinh góp phần làm cho quan hệ hai "
                    "nước ngày càng gắn bó.</p>"
                ),
            },
            "en": {
                "slug": "47th-anniversary-of-the-vietnam-laos-treaty-of-friendship",
                "title": (
                    "47th anniversary of the Vietnam–Laos Treaty of Friendship and Cooperation"
                ),
                "lead": (
                    "On 18 July 2024 the Vietnam–Laos Friendship Association and the Vietnam Union "
                    "of Friendship Organizations marked 47 years since the two countries signed "
                    "their Treaty of Friendship and Cooperation (18 July 1977)."
                ),
                "body": (
                    "<p>The meeting brought together representatives of the Lao Embassy, Lao "
                    "students in Hanoi and many Vietnamese former experts and volunteer soldiers "
                    "who once served in Laos.</p>"
                    "<p>Speakers recalled the great friendship, special solidarity and "
                    "comprehensive cooperation between the two countries, built up since "
                    "diplomatic relations were established on 5 September 1962.</p>"
                    "<h2>Sister provinces</h2>"
                    "<p>Many Vietnamese provinces are twinned with provinces of Laos, such as Yen "
                    "Bai with Vientiane and Xaignabouli. Cultural and sports exchanges, staff "
                    "training and support for students keep bringing the two countries closer.</p>"
                ),
            },
            "zh-hans": {
                "slug": "47th-anniversary-of-the-vietnam-laos-treaty-of-friendship",
                "title": "纪念越老友好合作条约签署47周年见面会",
                "lead": (
                    "2024年7月18日，越南—老挝友好协会与越南友好组织联合会举行见面会，"
                    "纪念两国友好合作条约签署47周年（1977年7月18日—2024年7月18日）。"
                ),
                "body": (
                    "<p>老挝驻越南大使馆代表、"
                    "在河内学习的老挝留学生以及许多曾在老挝工作的越南专家和志愿军老战士出席了见面会"
                    "。</p>"
                    "<p>与会代表回顾了自1962年9月5日建交以来两国之间伟大的友谊、"
                    "特殊的团结和全面的合作。</p>"
                    "<h2>地方结好</h2>"
                    "<p>越南许多省份与老挝省份建立了友好关系，如安沛省与万象省、沙耶武里省。"
                    "文化体育交流、干部培训和支持留学生等活动使两国关系日益紧密。</p>"
                ),
            },
        },
    },
    {
        "key": "youth-peace-forum",
        "category": "vufo-diplomacy",
        "published_at": "2025-03-26T10:00:00",
        "author": "Trần Thu Hà",
        "tags": {
            "vi": ["thanh niên", "đối ngoại nhân dân", "giao lưu hữu nghị"],
            "en": ["youth", "people-to-people diplomacy", "friendship exchange"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Sinh viên nhiều quốc tịch cùng cầm biểu tượng chim bồ câu",
                    "en": "Students of many nationalities holding up a dove emblem",
                    "zh-hans": "来自多国的学生一起举着和平鸽标志",
                },
                "caption": {
                    "vi": (
                        "Thanh niên Việt Nam và sinh viên quốc tế tại diễn đàn văn hóa hòa bình ở "
                        "Hà Nội, tháng 3/2025"
                    ),
                    "en": (
                        "Vietnamese youth and international students at the peace culture forum in "
                        "Hanoi, March 2025"
                    ),
                    "zh-hans": "2025年3月越南青年与国际学生在河内和平文化论坛上",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "thanh-nien-lan-toa-van-hoa-hoa-binh-qua-giao-luu-huu-nghi",
                "title": "Thanh niên lan tỏa văn hóa hòa bình qua giao lưu hữu nghị",
                "lead": (
                    "Ngày 26/3/2025, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức diễn đàn giao "
                    "lưu giữa thanh niên Việt Nam và sinh viên quốc tế đang học tập tại Hà Nội với "
                    "chủ đề văn hóa hòa bình."
                ),
                "body": (
                    "<p>Diễn đàn diễn ra trong không khí cả nước chuẩn bị kỷ niệm 50 năm Giải "
                    "phóng miền Nam, thống nhất đất nước. Các bạn trẻ lắng nghe câu chuyện của "
                    "những nhân chứng từng tham gia phong trào đoàn kết quốc tế với Việt Nam.</p>"
                    "{{image:0}}"
                    "<p>Sinh viên quốc tế chia sẻ cảm nhận về đất nước, con người Việt Nam và đề "
                    "xuất các dự án tình nguyện chung như dạy ngoại ngữ cho trẻ em vùng cao, trồng "
                    "cây và làm sạch môi trường.</p>"
                    "<p>Ban tổ chức cho biết sẽ duy trì diễn đàn hằng năm và mở rộng tới các địa "
                    "phương có đông sinh viên quốc tế.</p>"
                ),
            },
            "en": {
                "slug": "young-people-spread-a-culture-of-peace",
                "title": "Young people spread a culture of peace through friendship exchanges",
                "lead": (
                    "On 26 March 2025 the Vietnam Union of Friendship Organizations held a forum "
                    "on the culture of peace for young Vietnamese and international students in "
                    "Hanoi."
                ),
                "body": (
                    "<p>The forum took place as the country prepared to mark 50 years since the "
                    "liberation of the South and national reunification. The young participants "
                    "heard from witnesses of the international solidarity movement with "
                    "Vietnam.</p>"
                    "{{image:0}}"
                    "<p>International students spoke about their impressions of Vietnam and its "
                    "people and proposed joint volunteer projects, such as teaching languages to "
                    "children in the highlands, planting trees and clean-ups.</p>"
                    "<p>The organizers plan to hold the forum every year and to take it to other "
                    "cities with many international students.</p>"
                ),
            },
        },
    },
    {
        "key": "people-diplomacy-seminar-2026",
        "category": "vufo-diplomacy",
        "published_at": "2026-03-10T15:00:00",
        "author": "Ban Thông tin",
        "tags": {
            "vi": ["đối ngoại nhân dân", "hội nghị", "VUFO"],
            "en": ["people-to-people diplomacy", "conference", "VUFO"],
            "zh-hans": ["民间外交", "会议", "越南友好组织联合会"],
        },
        "images": [],
        "text": {
            "vi": {
                "slug": "toa-dam-cac-yeu-to-tac-dong-den-doi-ngoai-nhan-dan-trong-boi-canh-moi",
                "title": (
                    "Tọa đàm về các yếu tố tác động đến hoạt động đối ngoại nhân dân trong bối "
                    "cảnh mới"
                ),
                "lead": (
                    "Ngày 10/3/2026, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức "
                    "tọa đàm về các yếu tố tác động đến hoạt động đối ngoại nhân dân thế giới "
                    "trong bối cảnh mới, trong khuôn khổ một đề tài nghiên cứu cấp quốc gia."
                ),
                "body": (
                    "<p>Các chuyên gia nhận định đối ngoại nhân dân trên thế giới đang chịu tác "
                    "động mạnh của cạnh tranh địa chính trị, chuyển đổi số, mạng xã hội và vai trò "
                    "ngày càng lớn của các chủ thể phi nhà nước.</p>"
                    "<h2>Khuyến nghị cho Việt Nam</h2>"
                    "<ul>"
                    "<li>Đa dạng hóa đối tác, chú trọng các tổ chức xã hội, học giả và giới "
                    "trẻ.</li>"
                    "<li>Đẩy mạnh thông tin đối ngoại trên nền tảng số bằng nhiều ngôn ngữ.</li>"
                    "<li>Phát huy vai trò của cộng đồng người Việt ở nước ngoài.</li>"
                    "<li>Tăng cường phối hợp giữa trung ương và địa phương trong vận động viện "
                    "trợ.</li>"
                    "</ul>"
                    "<p>Kết quả tọa đàm sẽ được tổng hợp để hoàn thiện báo cáo đề tài trong năm "
                    "2026.</p>"
                ),
            },
            "en": {
                "slug": "seminar-on-what-shapes-people-to-people-diplomacy-today",
                "title": (
                    "Seminar on the factors shaping people-to-people diplomacy in a new context"
                ),
                "lead": (
                    "On 10 March 2026 in Hanoi, the Vietnam Union of Friendship Organizations held "
                    "a seminar on the factors affecting people-to-people diplomacy around the "
                    "world, as part of a national research project."
                ),
                "body": (
                    "<p>Experts said that people-to-people diplomacy worldwide is strongly "
                    "affected by geopolitical competition, the digital transformation, social "
                    "media and the growing role of non-State actors.</p>"
                    "<h2>Recommendations for Vietnam</h2>"
                    "<ul>"
                    "<li>Diversify partners, with more attention to civil society, scholars and "
                    "young people.</li>"
                    "<li>Do more external information work on digital platforms and in many "
                    "languages.</li>"
                    "<li>Draw on the Vietnamese community abroad.</li>"
                    "<li>Coordinate central and provincial efforts to mobilize aid.</li>"
                    "</ul>"
                    "<p>The seminar's findings will feed into the project's final report in "
                    "2026.</p>"
                ),
            },
            "zh-hans": {
                "slug": "seminar-on-what-shapes-people-to-people-diplomacy-today",
                "title": "新背景下影响民间外交活动的因素座谈会",
                "lead": (
                    "2026年3月10日，"
                    "越南友好组织联合会在河内主持召开“新背景下世界民间外交活动的影响因素”座谈会，"
                    "此次活动属于一项国家级课题框架内的活动。"
                ),
                "body": (
                    "<p>专家们认为，当前世界民间外交受到地缘政治竞争、数字化转型、"
                    "社交媒体以及非国家行为体作用日益增强等因素的深刻影响。</p>"
                    "<h2>对越南的建议</h2>"
                    "<ul>"
                    "<li>实现合作伙伴多元化，重视社会组织、学者和青年。</li>"
                    "<li>利用数字平台，以多种语言加强对外信息工作。</li>"
                    "<li>发挥海外越南人社群的作用。</li>"
                    "<li>加强中央与地方在援助动员方面的协调。</li>"
                    "</ul>"
                ),
            },
        },
    },
    # --- Dong Nai: foreign NGO aid ------------------------------------------------------
    {
        "key": "dong-nai-fdi-sponsorship",
        "category": "dong-nai-ngo",
        "published_at": "2023-06-14T14:30:00",
        "author": "Nguyễn Thị Thanh Hương",
        "tags": {
            "vi": ["Đồng Nai", "doanh nghiệp FDI", "viện trợ PCPNN", "giáo dục"],
            "en": ["Dong Nai", "FDI enterprises", "NGO aid", "education"],
            "zh-hans": ["同奈", "外资企业", "非政府组织援助", "教育"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Đại diện doanh nghiệp xem danh mục dự án tại hội nghị",
                    "en": "Business representatives reading a list of projects at a meeting",
                    "zh-hans": "企业代表在会上查看项目清单",
                },
                "caption": {
                    "vi": (
                        "Doanh nghiệp FDI tìm hiểu danh mục dự án kêu gọi tài trợ của Đồng Nai, "
                        "tháng 6/2023"
                    ),
                    "en": (
                        "FDI enterprises study Dong Nai's list of projects seeking sponsorship, "
                        "June 2023"
                    ),
                    "zh-hans": "2023年6月外资企业了解同奈省征集赞助的项目清单",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "dong-nai-keu-goi-doanh-nghiep-fdi-tai-tro-cac-du-an-an-sinh",
                "title": "Đồng Nai kêu gọi doanh nghiệp FDI tài trợ các dự án an sinh",
                "lead": (
                    "Ngày 14/6/2023, Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai phối hợp với Ban "
                    "Quản lý các khu công nghiệp Đồng Nai giới thiệu danh mục 32 dự án kêu gọi tài "
                    "trợ tới các doanh nghiệp có vốn đầu tư nước ngoài."
                ),
                "body": (
                    "<p>Buổi gặp mặt thu hút đại diện gần 80 doanh nghiệp FDI đến từ Hàn Quốc, "
                    "Nhật Bản, Đài Loan (Trung Quốc), Singapore và châu Âu đang hoạt động tại các "
                    "khu công nghiệp của tỉnh.</p>"
                    "{{image:0}}"
                    "<h2>Danh mục dự án</h2>"
                    "<ul>"
                    "<li>Xây mới, sửa chữa phòng học và nhà vệ sinh tại các trường vùng sâu.</li>"
                    "<li>Học bổng cho học sinh nghèo vượt khó và con em công nhân.</li>"
                    "<li>Nhà tình thương cho hộ nghèo và nạn nhân chất độc da cam.</li>"
                    "<li>Công trình nước sạch cho các xã còn khó khăn về nguồn nước.</li>"
                    "</ul>"
                    "<p>Theo kế hoạch phối hợp giữa hai cơ quan, Liên hiệp sẽ hướng dẫn doanh "
                    "nghiệp thủ tục tiếp nhận, theo dõi tiến độ và thông báo kết quả sử dụng tài "
                    "trợ, bảo đảm minh bạch và đúng mục đích.</p>"
                    "<p>Nhiều doanh nghiệp đã đăng ký tìm hiểu thực tế các dự án giáo dục và nước "
                    "sạch ngay sau buổi gặp.</p>"
                ),
            },
            "en": {
                "slug": "dong-nai-calls-on-fdi-enterprises-to-sponsor-social-projects",
                "title": "Dong Nai calls on FDI enterprises to sponsor social projects",
                "lead": (
                    "On 14 June 2023 the Dong Nai Union of Friendship Organizations and the Dong "
                    "Nai Industrial Zones Authority presented a list of 32 projects seeking "
                    "sponsorship to foreign-invested enterprises."
                ),
                "body": (
                    "<p>The meeting drew nearly 80 FDI enterprises from Korea, Japan, Taiwan "
                    "(China), Singapore and Europe that operate in the province's industrial "
                    "zones.</p>"
                    "{{image:0}}"
                    "<h2>The projects</h2>"
                    "<ul>"
                    "<li>New and repaired classrooms and toilets at schools in remote areas.</li>"
                    "<li>Scholarships for poor pupils and for workers' children.</li>"
                    "<li>Houses for poor families and for Agent Orange victims.</li>"
                    "<li>Clean water schemes for communes still short of water.</li>"
                    "</ul>"
                    "<p>Under the two agencies' coordination plan, the union will guide "
                    "enterprises through the procedures, follow progress and report how the "
                    "sponsorship was used, so that it is transparent and goes where it was meant "
                    "to go.</p>"
                    "<p>Several enterprises signed up to visit the education and clean water "
                    "projects right after the meeting.</p>"
                ),
            },
            "zh-hans": {
                "slug": "dong-nai-calls-on-fdi-enterprises-to-sponsor-social-projects",
                "title": "同奈省呼吁外资企业赞助社会保障项目",
                "lead": (
                    "2023年6月14日，"
                    "同奈省友好组织联合会与同奈省工业区管理委员会向外资企业介绍了32个征集赞助的项目"
                    "。"
                ),
                "body": (
                    "<p>来自韩国、日本、中国台湾、新加坡和欧洲、"
                    "在该省工业区经营的近80家外资企业代表参加了见面会。</p>"
                    "{{image:0}}"
                    "<p>项目涵盖偏远地区学校教室和卫生间的新建与修缮、贫困学生和工人子女奖学金、"
                    "贫困户和橙剂受害者住房以及缺水乡的清洁用水工程。</p>"
                    "<p>根据两机构的协调计划，联合会将指导企业办理接收手续，"
                    "跟踪进度并通报赞助资金使用结果，确保公开透明、用途正确。</p>"
                ),
            },
        },
    },
    {
        "key": "dong-nai-clean-water",
        "category": "dong-nai-ngo",
        "published_at": "2024-05-09T10:00:00",
        "author": "Lương Văn Khánh",
        "tags": {
            "vi": ["Đồng Nai", "nước sạch", "viện trợ PCPNN"],
            "en": ["Dong Nai", "clean water", "NGO aid"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Bể chứa nước và đường ống mới bên một con đường làng",
                    "en": "A new water tank and pipes beside a village road",
                    "zh-hans": "村道旁新建的蓄水池和管道",
                },
                "caption": {
                    "vi": (
                        "Công trình cấp nước sạch tại xã Phú Lý, huyện Vĩnh Cửu, Đồng Nai, bàn "
                        "giao tháng 5/2024"
                    ),
                    "en": (
                        "The clean water scheme in Phu Ly commune, Vinh Cuu district, Dong Nai, "
                        "handed over in May 2024"
                    ),
                    "zh-hans": "2024年5月移交的同奈省永久县富里乡清洁供水工程",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "ban-giao-cong-trinh-nuoc-sach-tai-xa-phu-ly",
                "title": "Bàn giao công trình nước sạch cho người dân xã Phú Lý",
                "lead": (
                    "Ngày 9/5/2024, công trình cấp nước sạch do một tổ chức phi chính phủ nước "
                    "ngoài tài trợ đã được bàn giao cho xã Phú Lý, huyện Vĩnh Cửu, tỉnh Đồng Nai, "
                    "phục vụ khoảng 350 hộ dân."
                ),
                "body": (
                    "<p>Phú Lý là xã vùng sâu, có đông đồng bào dân tộc thiểu số sinh sống. Trước "
                    "đây, nhiều hộ phải dùng nước giếng đào bị nhiễm phèn, nhất là vào mùa khô.</p>"
                    "{{image:0}}"
                    "<p>Công trình gồm giếng khoan, trạm xử lý, bể chứa và hơn 6 km đường ống dẫn "
                    "đến từng cụm dân cư, với tổng giá trị viện trợ khoảng 2,1 tỷ đồng. Ủy ban "
                    "nhân dân xã thành lập tổ quản lý vận hành và thu phí ở mức thấp để bảo "
                    "dưỡng.</p>"
                    "<p>Dự án được vận động theo Chương trình vận động viện trợ phi chính phủ nước "
                    "ngoài của tỉnh; Liên hiệp các tổ chức hữu nghị tỉnh phối hợp với địa phương "
                    "theo dõi từ khâu khảo sát đến nghiệm thu.</p>"
                ),
            },
            "en": {
                "slug": "clean-water-scheme-handed-over-in-phu-ly-commune",
                "title": "Clean water scheme handed over to the people of Phu Ly commune",
                "lead": (
                    "On 9 May 2024 a clean water scheme funded by a foreign NGO was handed over to "
                    "Phu Ly commune, Vinh Cuu district, Dong Nai province, serving some 350 "
                    "households."
                ),
                "body": (
                    "<p>Phu Ly is a remote commune where many ethnic minority families live. Until "
                    "now many households relied on dug wells with alum-contaminated water, "
                    "especially in the dry season.</p>"
                    "{{image:0}}"
                    "<p>The scheme includes a borehole, a treatment plant, a storage tank and more "
                    "than 6 km of pipes to each cluster of houses, for aid worth about VND 2.1 "
                    "billion. The commune has set up a team to run it and charges a low fee for "
                    "maintenance.</p>"
                    "<p>The project was mobilized under the province's foreign NGO aid program; "
                    "the Dong Nai Union of Friendship Organizations followed it with the commune "
                    "from the survey to the final acceptance.</p>"
                ),
            },
        },
    },
    {
        "key": "dong-nai-aid-promotion-2024",
        "category": "dong-nai-ngo",
        "published_at": "2024-09-26T09:00:00",
        "author": "Nguyễn Thị Thanh Hương",
        "tags": {
            "vi": ["Đồng Nai", "viện trợ PCPNN", "hội nghị", "doanh nghiệp FDI"],
            "en": ["Dong Nai", "NGO aid", "conference", "FDI enterprises"],
            "zh-hans": ["同奈", "非政府组织援助", "会议", "外资企业"],
        },
        "images": [],
        "text": {
            "vi": {
                "slug": "hoi-nghi-xuc-tien-van-dong-vien-tro-pcpnn-tinh-dong-nai-nam-2024",
                "title": (
                    "Hội nghị xúc tiến vận động viện trợ phi chính phủ nước ngoài tỉnh Đồng Nai "
                    "năm 2024"
                ),
                "lead": (
                    "Ngày 26/9/2024, tại thành phố Biên Hòa, Liên hiệp các tổ chức hữu nghị tỉnh "
                    "Đồng Nai tổ chức hội nghị xúc tiến vận động viện trợ với sự tham dự của các "
                    "tổ chức phi chính phủ nước ngoài, doanh nghiệp FDI và các sở, ngành."
                ),
                "body": (
                    "<p>Hội nghị dành một phút mặc niệm các nạn nhân của bão Yagi ở các tỉnh phía "
                    "Bắc và phát động quyên góp ủng hộ đồng bào vùng bão lũ.</p>"
                    "<p>Các địa phương trình bày nhu cầu hỗ trợ trong các lĩnh vực giáo dục, y tế, "
                    "nước sạch, hỗ trợ người khuyết tật và nạn nhân chất độc da cam. Đại diện các "
                    "tổ chức phi chính phủ nước ngoài chia sẻ kinh nghiệm triển khai dự án tại "
                    "Đồng Nai và kiến nghị đơn giản hóa thủ tục đối với các khoản viện trợ nhỏ.</p>"
                    "<h2>Kết quả bước đầu</h2>"
                    "<p>Tại hội nghị, 9 tổ chức và doanh nghiệp đã ký biên bản ghi nhớ hoặc thư "
                    "cam kết tài trợ cho các dự án giáo dục, y tế và nhà ở. Liên hiệp sẽ phối hợp "
                    "với các sở, ngành hoàn tất hồ sơ phê duyệt theo quy định.</p>"
                ),
            },
            "en": {
                "slug": "dong-nai-aid-promotion-conference-2024",
                "title": "Dong Nai's 2024 conference to promote foreign NGO aid",
                "lead": (
                    "On 26 September 2024 in Bien Hoa city, the Dong Nai Union of Friendship "
                    "Organizations held an aid-promotion conference with foreign NGOs, FDI "
                    "enterprises and provincial departments."
                ),
                "body": (
                    "<p>The conference held a minute of silence for the victims of Typhoon Yagi in "
                    "the northern provinces and launched a collection for the flood-hit areas.</p>"
                    "<p>Localities presented their needs in education, health, clean water and "
                    "support for people with disabilities and Agent Orange victims. Foreign NGOs "
                    "shared their experience of working in Dong Nai and asked for simpler "
                    "procedures for small aid items.</p>"
                    "<h2>First results</h2>"
                    "<p>Nine organizations and enterprises signed memoranda of understanding or "
                    "letters of commitment for education, health and housing projects. The union "
                    "will work with the departments to complete the approval files as required.</p>"
                ),
            },
            "zh-hans": {
                "slug": "dong-nai-aid-promotion-conference-2024",
                "title": "同奈省2024年外国非政府组织援助促进会议",
                "lead": (
                    "2024年9月26日，同奈省友好组织联合会在边和市举行援助促进会议，外国非政府组织、"
                    "外资企业和省直各部门代表出席。"
                ),
                "body": (
                    "<p>会议为北部各省台风“摩羯”遇难者默哀一分钟，并发起为灾区群众募捐活动。</p>"
                    "<p>各地方介绍了在教育、医疗、"
                    "清洁用水以及支持残疾人和橙剂受害者等领域的援助需求。"
                    "外国非政府组织代表分享了在同奈省实施项目的经验，并建议简化小额援助的手续。</p>"
                    "<p>会上，9个组织和企业签署了谅解备忘录或援助承诺书，涉及教育、医疗和住房项目。"
                    "</p>"
                ),
            },
        },
    },
    {
        "key": "dong-nai-2024-results",
        "category": "dong-nai-ngo",
        "published_at": "2025-01-20T15:00:00",
        "author": "Ban Thông tin",
        "tags": {
            "vi": ["Đồng Nai", "viện trợ PCPNN", "tập huấn"],
            "en": ["Dong Nai", "NGO aid", "training"],
            "zh-hans": ["同奈", "非政府组织援助", "培训"],
        },
        "images": [],
        "text": {
            "vi": {
                "slug": "dong-nai-nhin-lai-cong-tac-vien-tro-pcpnn-nam-2024",
                "title": "Đồng Nai nhìn lại công tác viện trợ phi chính phủ nước ngoài năm 2024",
                "lead": (
                    "Năm 2024, công tác vận động viện trợ phi chính phủ nước ngoài của Đồng Nai "
                    "tiếp tục được duy trì ổn định, với nhiều dự án mới trong các lĩnh vực giáo "
                    "dục, y tế và nước sạch."
                ),
                "body": (
                    "<p>Trong năm, Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai đã tổ chức 3 lớp "
                    "tập huấn về đối ngoại nhân dân và vận động viện trợ cho cán bộ cấp huyện, xã; "
                    "6 đoàn công tác làm việc với các tổ chức và doanh nghiệp; một hội nghị xúc "
                    "tiến viện trợ.</p>"
                    "<h2>Những điểm nổi bật</h2>"
                    "<ul>"
                    "<li>Các dự án nước sạch vùng sâu hoàn thành đúng tiến độ.</li>"
                    "<li>Doanh nghiệp FDI tham gia ngày càng nhiều vào các dự án học bổng và nhà "
                    "ở.</li>"
                    "<li>Việc theo dõi, báo cáo dự án được thực hiện đầy đủ hơn nhờ phối hợp với "
                    "các sở, ngành.</li>"
                    "</ul>"
                    "<p>Năm 2025 là năm cuối của Chương trình vận động viện trợ giai đoạn "
                    "2019–2025. Liên hiệp sẽ tổng kết Chương trình và tham mưu xây dựng định hướng "
                    "cho giai đoạn mới.</p>"
                ),
            },
            "en": {
                "slug": "dong-nai-looks-back-on-ngo-aid-in-2024",
                "title": "Dong Nai looks back on its foreign NGO aid work in 2024",
                "lead": (
                    "In 2024 Dong Nai kept up steady work in mobilizing foreign NGO aid, with many "
                    "new projects in education, health and clean water."
                ),
                "body": (
                    "<p>During the year the Dong Nai Union of Friendship Organizations ran 3 "
                    "training courses on people-to-people diplomacy and aid mobilization for "
                    "district and commune officials, sent 6 working delegations to organizations "
                    "and enterprises, and held one aid-promotion conference.</p>"
                    "<h2>Highlights</h2>"
                    "<ul>"
                    "<li>Clean water projects in remote areas were finished on schedule.</li>"
                    "<li>More and more FDI enterprises joined scholarship and housing "
                    "projects.</li>"
                    "<li>Project monitoring and reporting became more complete thanks to "
                    "coordination with the departments.</li>"
                    "</ul>"
                    "<p>2025 is the last year of the 2019–2025 aid-mobilization program. The union "
                    "will review the program and advise on the direction for the next period.</p>"
                ),
            },
            "zh-hans": {
                "slug": "dong-nai-looks-back-on-ngo-aid-in-2024",
                "title": "同奈省回顾2024年外国非政府组织援助工作",
                "lead": (
                    "2024年，同奈省外国非政府组织援助动员工作保持稳定，在教育、"
                    "医疗和清洁用水领域新增多个项目。"
                ),
                "body": (
                    "<p>一年来，同奈省友好组织联合会为县、乡干部举办了3期民间外交和援助动员培训班，"
                    "派出6个工作组与各组织和企业对接，并举办了一次援助促进会议。</p>"
                    "<p>2025年是2019—2025年援助动员计划的最后一年。联合会将对该计划进行总结，"
                    "并为新阶段的方向提出建议。</p>"
                ),
            },
        },
    },
    # --- Dong Nai: activities -----------------------------------------------------------
    {
        "key": "dong-nai-training-2023",
        "category": "dong-nai-news",
        "published_at": "2023-04-20T08:00:00",
        "author": "Lương Văn Khánh",
        "tags": {
            "vi": ["Đồng Nai", "tập huấn", "đối ngoại nhân dân", "Nghị định 80/2020/NĐ-CP"],
            "en": ["Dong Nai", "training", "people-to-people diplomacy", "Decree 80/2020/ND-CP"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Giảng viên trình bày trước lớp học đông người",
                    "en": "A trainer presenting to a full room",
                    "zh-hans": "讲师在座无虚席的教室里授课",
                },
                "caption": {
                    "vi": (
                        "Lớp tập huấn đối ngoại nhân dân và vận động viện trợ tại Biên Hòa, tháng "
                        "4/2023"
                    ),
                    "en": (
                        "The course on people-to-people diplomacy and aid mobilization in Bien "
                        "Hoa, April 2023"
                    ),
                    "zh-hans": "2023年4月在边和市举办的民间外交与援助动员培训班",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "tap-huan-doi-ngoai-nhan-dan-va-van-dong-vien-tro-cho-can-bo-dong-nai",
                "title": "Tập huấn đối ngoại nhân dân và vận động viện trợ cho cán bộ Đồng Nai",
                "lead": (
                    "Ngày 20/4/2023, Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai mở lớp tập huấn "
                    "cho khoảng 150 cán bộ các huyện, thành phố, các sở, ngành và đại diện doanh "
                    "nghiệp."
                ),
                "body": (
                    "<p>Lớp tập huấn nhằm nâng cao nhận thức về công tác đối ngoại nhân dân theo "
                    "Chỉ thị 12-CT/TW và trang bị kỹ năng xây dựng, quản lý dự án viện trợ.</p>"
                    "{{image:0}}"
                    "<p>Học viên được giới thiệu các quy định của Nghị định 80/2020/NĐ-CP về quản "
                    "lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính "
                    "thức, cách viết đề xuất dự án, lập dự toán và báo cáo kết quả.</p>"
                    "<p>Đại diện một số địa phương chia sẻ kinh nghiệm phối hợp với các tổ chức "
                    "phi chính phủ nước ngoài trong các dự án xây trường, cấp nước sạch và hỗ trợ "
                    "sinh kế.</p>"
                ),
            },
            "en": {
                "slug": "dong-nai-trains-officials-in-people-diplomacy-and-aid-mobilization",
                "title": (
                    "Dong Nai trains officials in people-to-people diplomacy and aid mobilization"
                ),
                "lead": (
                    "On 20 April 2023 the Dong Nai Union of Friendship Organizations trained some "
                    "150 officials from districts, departments and enterprises."
                ),
                "body": (
                    "<p>The course aimed to raise awareness of people-to-people diplomacy under "
                    "Directive 12-CT/TW and to give participants the skills to design and manage "
                    "aid projects.</p>"
                    "{{image:0}}"
                    "<p>Participants learned the rules of Decree 80/2020/ND-CP on non-refundable "
                    "aid outside official development assistance, and how to write project "
                    "proposals, draw up budgets and report results.</p>"
                    "<p>Several districts shared their experience of working with foreign NGOs on "
                    "school building, clean water and livelihood projects.</p>"
                ),
            },
        },
    },
    {
        "key": "dong-nai-korea-ngo-delegation",
        "category": "dong-nai-news",
        "published_at": "2024-03-19T10:30:00",
        "author": "Nguyễn Thị Thanh Hương",
        "tags": {
            "vi": ["Đồng Nai", "Hàn Quốc", "viện trợ PCPNN", "giáo dục"],
            "en": ["Dong Nai", "Korea", "NGO aid", "education"],
            "zh-hans": ["同奈", "韩国", "非政府组织援助", "教育"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Đoàn khách nước ngoài thăm một lớp học cùng cán bộ địa phương",
                    "en": "Foreign visitors and local officials visiting a classroom",
                    "zh-hans": "外国客人与地方干部参观一间教室",
                },
                "caption": {
                    "vi": (
                        "Đoàn các tổ chức phi chính phủ Hàn Quốc khảo sát một trường tiểu học ở "
                        "Đồng Nai, tháng 3/2024"
                    ),
                    "en": "Korean NGOs survey a primary school in Dong Nai, March 2024",
                    "zh-hans": "2024年3月韩国非政府组织代表团考察同奈省一所小学",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "dong-nai-don-doan-cac-to-chuc-phi-chinh-phu-han-quoc",
                "title": "Đồng Nai đón đoàn các tổ chức phi chính phủ Hàn Quốc",
                "lead": (
                    "Từ ngày 18 đến 19/3/2024, đoàn đại diện 5 tổ chức phi chính phủ Hàn Quốc đã "
                    "đến khảo sát nhu cầu hỗ trợ giáo dục và y tế tại Đồng Nai."
                ),
                "body": (
                    "<p>Chuyến khảo sát nằm trong kế hoạch được thống nhất giữa Liên hiệp các tổ "
                    "chức hữu nghị Việt Nam và các đối tác Hàn Quốc từ tháng 10/2023.</p>"
                    "{{image:0}}"
                    "<p>Đoàn đã đến thăm các trường tiểu học ở huyện Định Quán và Tân Phú, một "
                    "trạm y tế xã và làm việc với Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai "
                    "cùng các sở Giáo dục và Đào tạo, Y tế.</p>"
                    "<p>Phía Hàn Quốc cho biết sẽ xem xét hỗ trợ xây dựng thư viện trường học, "
                    "trang thiết bị phòng học ngoại ngữ và chương trình khám sức khỏe cho học sinh "
                    "ngay trong năm học 2024–2025.</p>"
                ),
            },
            "en": {
                "slug": "dong-nai-welcomes-a-delegation-of-korean-ngos",
                "title": "Dong Nai welcomes a delegation of Korean NGOs",
                "lead": (
                    "On 18 and 19 March 2024 representatives of five Korean NGOs surveyed "
                    "education and health needs in Dong Nai."
                ),
                "body": (
                    "<p>The survey was part of the plan agreed between the Vietnam Union of "
                    "Friendship Organizations and its Korean partners in October 2023.</p>"
                    "{{image:0}}"
                    "<p>The delegation visited primary schools in Dinh Quan and Tan Phu districts "
                    "and a commune health station, and met the Dong Nai Union of Friendship "
                    "Organizations and the Departments of Education and Training and of Health.</p>"
                    "<p>The Korean side said it would consider funding school libraries, language "
                    "classroom equipment and health checks for pupils in the 2024–2025 school "
                    "year.</p>"
                ),
            },
            "zh-hans": {
                "slug": "dong-nai-welcomes-a-delegation-of-korean-ngos",
                "title": "同奈省接待韩国非政府组织代表团",
                "lead": (
                    "2024年3月18日至19日，5个韩国非政府组织的代表赴同奈省考察教育和医疗援助需求。"
                ),
                "body": (
                    "<p>此次考察是越南友好组织联合会与韩国伙伴于2023年10月商定计划的一部分。</p>"
                    "{{image:0}}"
                    "<p>代表团参观了定馆县和新富县的小学以及一个乡卫生站，"
                    "并与同奈省友好组织联合会以及教育培训厅、卫生厅进行了座谈。</p>"
                    "<p>韩方表示将考虑在2024—2025学年援助建设学校图书馆、"
                    "外语教室设备以及学生健康检查项目。</p>"
                ),
            },
        },
    },
    {
        "key": "dong-nai-agent-orange-gifts",
        "category": "dong-nai-news",
        "published_at": "2024-07-25T16:00:00",
        "author": "Lương Văn Khánh",
        "tags": {
            "vi": ["Đồng Nai", "chất độc da cam", "doanh nghiệp FDI"],
            "en": ["Dong Nai", "Agent Orange", "FDI enterprises"],
            "zh-hans": ["同奈", "橙剂", "外资企业"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Cán bộ trao túi quà cho một người ngồi xe lăn",
                    "en": "An official handing a gift bag to a person in a wheelchair",
                    "zh-hans": "工作人员向一位坐轮椅的人赠送礼品袋",
                },
                "caption": {
                    "vi": "Trao quà cho nạn nhân chất độc da cam tại Biên Hòa nhân dịp 27/7/2024",
                    "en": "Gifts for Agent Orange victims in Bien Hoa on 27 July 2024",
                    "zh-hans": "2024年7月27日之际在边和市向橙剂受害者赠送礼物",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "tham-tang-qua-nan-nhan-chat-doc-da-cam-tai-dong-nai",
                "title": "Thăm, tặng quà nạn nhân chất độc da cam tại Đồng Nai",
                "lead": (
                    "Nhân kỷ niệm 77 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2024), Liên "
                    "hiệp các tổ chức hữu nghị tỉnh Đồng Nai cùng các doanh nghiệp FDI đã trao 300 "
                    "suất quà cho nạn nhân chất độc da cam."
                ),
                "body": (
                    "<p>Các suất quà gồm nhu yếu phẩm và tiền mặt, được trao tại thành phố Biên "
                    "Hòa và các huyện Trảng Bom, Long Thành. Kinh phí do 7 doanh nghiệp có vốn đầu "
                    "tư nước ngoài và một tổ chức phi chính phủ nước ngoài đóng góp.</p>"
                    "{{image:0}}"
                    "<p>Đại diện Hội Nạn nhân chất độc da cam/dioxin tỉnh cảm ơn sự quan tâm của "
                    "các nhà tài trợ và mong muốn tiếp tục nhận được hỗ trợ cho các mô hình sinh "
                    "kế và phục hồi chức năng lâu dài.</p>"
                ),
            },
            "en": {
                "slug": "gifts-for-agent-orange-victims-in-dong-nai",
                "title": "Visits and gifts for Agent Orange victims in Dong Nai",
                "lead": (
                    "To mark the 77th War Invalids and Martyrs Day (27 July), the Dong Nai Union "
                    "of Friendship Organizations and FDI enterprises gave 300 gifts to Agent "
                    "Orange victims."
                ),
                "body": (
                    "<p>The gifts of essentials and cash were handed over in Bien Hoa city and in "
                    "Trang Bom and Long Thanh districts. They were funded by seven "
                    "foreign-invested enterprises and one foreign NGO.</p>"
                    "{{image:0}}"
                    "<p>The provincial Association of Victims of Agent Orange/Dioxin thanked the "
                    "donors and hoped for continued support for long-term livelihood and "
                    "rehabilitation projects.</p>"
                ),
            },
            "zh-hans": {
                "slug": "gifts-for-agent-orange-victims-in-dong-nai",
                "title": "同奈省看望慰问橙剂受害者",
                "lead": (
                    "在荣军烈士节77周年（7月27日）之际，"
                    "同奈省友好组织联合会与外资企业向橙剂受害者赠送了300份礼物。"
                ),
                "body": (
                    "<p>礼物包括生活必需品和现金，在边和市以及隆城县等地发放，"
                    "经费由7家外资企业和一个外国非政府组织捐助。</p>"
                    "{{image:0}}"
                    "<p>省橙剂/二恶英受害者协会代表感谢捐助方的关心，"
                    "希望继续获得对长期生计和康复项目的援助。</p>"
                ),
            },
        },
    },
    {
        "key": "dong-nai-environment-day",
        "category": "dong-nai-news",
        "published_at": "2025-06-05T11:00:00",
        "author": "Nguyễn Thị Thanh Hương",
        "tags": {
            "vi": ["Đồng Nai", "môi trường", "doanh nghiệp FDI"],
            "en": ["Dong Nai", "environment", "FDI enterprises"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Tình nguyện viên trồng cây non ven bìa rừng",
                    "en": "Volunteers planting saplings at the edge of a forest",
                    "zh-hans": "志愿者在林边种植树苗",
                },
                "caption": {
                    "vi": (
                        "Tình nguyện viên trồng cây tại Khu Bảo tồn thiên nhiên – văn hóa Đồng Nai "
                        "ngày 5/6/2025"
                    ),
                    "en": (
                        "Volunteers plant trees in the Dong Nai Culture and Nature Reserve on 5 "
                        "June 2025"
                    ),
                    "zh-hans": "2025年6月5日志愿者在同奈自然文化保护区植树",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "trong-cay-huong-ung-ngay-moi-truong-the-gioi-tai-dong-nai",
                "title": "Trồng cây hưởng ứng Ngày Môi trường thế giới tại Đồng Nai",
                "lead": (
                    "Ngày 5/6/2025, hơn 200 tình nguyện viên từ các doanh nghiệp FDI, tổ chức quốc "
                    "tế và đoàn thanh niên đã trồng 3.000 cây xanh tại Khu Bảo tồn thiên nhiên – "
                    "văn hóa Đồng Nai."
                ),
                "body": (
                    "<p>Hoạt động do Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai phối hợp với Ban "
                    "quản lý Khu bảo tồn tổ chức, hưởng ứng Ngày Môi trường thế giới.</p>"
                    "{{image:0}}"
                    "<p>Các loài cây bản địa như sao, dầu, gõ được chọn trồng ở vùng đệm để phục "
                    "hồi rừng. Các doanh nghiệp tham gia cam kết tài trợ chăm sóc cây trong ba năm "
                    "đầu.</p>"
                    "<p>Bên lề buổi trồng cây, các tình nguyện viên quốc tế được giới thiệu về đa "
                    "dạng sinh học của khu bảo tồn và các dự án bảo vệ rừng có sự tham gia của "
                    "cộng đồng.</p>"
                ),
            },
            "en": {
                "slug": "tree-planting-for-world-environment-day-in-dong-nai",
                "title": "Tree planting for World Environment Day in Dong Nai",
                "lead": (
                    "On 5 June 2025 more than 200 volunteers from FDI enterprises, international "
                    "organizations and the youth union planted 3,000 trees in the Dong Nai Culture "
                    "and Nature Reserve."
                ),
                "body": (
                    "<p>The event was organized by the Dong Nai Union of Friendship Organizations "
                    "with the reserve's management board to mark World Environment Day.</p>"
                    "{{image:0}}"
                    "<p>Native species were planted in the buffer zone to restore the forest. The "
                    "participating enterprises pledged to fund the care of the trees for their "
                    "first three years.</p>"
                    "<p>The international volunteers also learned about the reserve's biodiversity "
                    "and its community-based forest protection projects.</p>"
                ),
            },
        },
    },
    {
        "key": "dong-nai-people-diplomacy-2026",
        "category": "dong-nai-news",
        "published_at": "2026-01-28T09:30:00",
        "author": "Ban Thông tin",
        "tags": {
            "vi": ["Đồng Nai", "đối ngoại nhân dân", "hội nghị", "viện trợ PCPNN"],
            "en": ["Dong Nai", "people-to-people diplomacy", "conference", "NGO aid"],
            "zh-hans": ["同奈", "民间外交", "会议", "非政府组织援助"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Hội trường hội nghị với các đại biểu ngồi theo hàng",
                    "en": "A conference hall with delegates seated in rows",
                    "zh-hans": "代表们成排就座的会议大厅",
                },
                "caption": {
                    "vi": (
                        "Hội nghị triển khai nhiệm vụ đối ngoại nhân dân năm 2026 của Liên hiệp "
                        "các tổ chức hữu nghị Đồng Nai"
                    ),
                    "en": (
                        "The Dong Nai union's conference on people-to-people diplomacy tasks for "
                        "2026"
                    ),
                    "zh-hans": "同奈省友好组织联合会2026年民间外交工作部署会议",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "dong-nai-trien-khai-nhiem-vu-doi-ngoai-nhan-dan-nam-2026",
                "title": "Đồng Nai triển khai nhiệm vụ đối ngoại nhân dân năm 2026",
                "lead": (
                    "Ngày 28/1/2026, Liên hiệp các tổ chức hữu nghị Đồng Nai tổ chức hội nghị tổng "
                    "kết năm 2025, đánh giá Chương trình vận động viện trợ giai đoạn 2019–2025 và "
                    "triển khai nhiệm vụ năm 2026."
                ),
                "body": (
                    "<p>Sau 7 năm thực hiện, Chương trình vận động viện trợ và xúc tiến hợp tác "
                    "phi chính phủ nước ngoài giai đoạn 2019–2025 đã góp phần đưa nhiều dự án giáo "
                    "dục, y tế, nước sạch và an sinh xã hội đến với người dân, đồng thời mở rộng "
                    "quan hệ với các tổ chức và doanh nghiệp FDI.</p>"
                    "{{image:0}}"
                    "<h2>Trọng tâm năm 2026</h2>"
                    "<ul>"
                    "<li>Tham mưu xây dựng chương trình vận động viện trợ cho giai đoạn "
                    "2026–2030.</li>"
                    "<li>Kiện toàn đội ngũ cán bộ làm công tác đối ngoại nhân dân ở cấp xã sau sắp "
                    "xếp.</li>"
                    "<li>Duy trì kêu gọi tài trợ tới các tổ chức phi chính phủ nước ngoài và doanh "
                    "nghiệp FDI.</li>"
                    "<li>Số hóa hồ sơ dự án viện trợ để theo dõi và báo cáo kịp thời.</li>"
                    "</ul>"
                ),
            },
            "en": {
                "slug": "dong-nai-sets-its-people-diplomacy-tasks-for-2026",
                "title": "Dong Nai sets its people-to-people diplomacy tasks for 2026",
                "lead": (
                    "On 28 January 2026 the Dong Nai Union of Friendship Organizations reviewed "
                    "2025 and the 2019–2025 aid-mobilization program, and set its tasks for 2026."
                ),
                "body": (
                    "<p>Over seven years the program on foreign non-governmental aid mobilization "
                    "and cooperation promotion for 2019–2025 brought many education, health, clean "
                    "water and social projects to local people, and widened the union's ties with "
                    "NGOs and FDI enterprises.</p>"
                    "{{image:0}}"
                    "<h2>Priorities for 2026</h2>"
                    "<ul>"
                    "<li>Advise on an aid-mobilization program for 2026–2030.</li>"
                    "<li>Strengthen the staff doing people-to-people diplomacy in the reorganized "
                    "communes.</li>"
                    "<li>Keep calling on foreign NGOs and FDI enterprises for sponsorship.</li>"
                    "<li>Digitize aid project records for timely monitoring and reporting.</li>"
                    "</ul>"
                ),
            },
            "zh-hans": {
                "slug": "dong-nai-sets-its-people-diplomacy-tasks-for-2026",
                "title": "同奈省部署2026年民间外交工作",
                "lead": (
                    "2026年1月28日，同奈省友好组织联合会举行会议，总结2025年工作，"
                    "评估2019—2025年援助动员计划，并部署2026年任务。"
                ),
                "body": (
                    "<p>七年来，"
                    "2019—2025年外国非政府组织援助动员与合作促进计划为当地群众带来了许多教育、"
                    "医疗、清洁用水和社会保障项目，并拓展了与外国非政府组织和外资企业的关系。</p>"
                    "{{image:0}}"
                    "<h2>2026年工作重点</h2>"
                    "<ul>"
                    "<li>参与制定2026—2030年援助动员计划。</li>"
                    "<li>健全调整后各乡的民间外交干部队伍。</li>"
                    "<li>继续向外国非政府组织和外资企业征集赞助。</li>"
                    "<li>推进援助项目档案数字化，及时跟踪和报告。</li>"
                    "</ul>"
                ),
            },
        },
    },
    # --- Lao Cai: activities ------------------------------------------------------------
    {
        "key": "lao-cai-hekou-exchange",
        "category": "lao-cai-news",
        "published_at": "2023-03-22T16:00:00",
        "author": "Hoàng Văn Sơn",
        "tags": {
            "vi": ["Lào Cai", "Trung Quốc", "giao lưu hữu nghị", "đối ngoại nhân dân"],
            "en": ["Lao Cai", "China", "friendship exchange", "people-to-people diplomacy"],
            "zh-hans": ["老街", "中国", "友好交流", "民间外交"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Nghệ sĩ hai bên biểu diễn múa trên sân khấu ngoài trời",
                    "en": "Dancers from both sides performing on an open-air stage",
                    "zh-hans": "双方演员在露天舞台上表演舞蹈",
                },
                "caption": {
                    "vi": "Chương trình văn nghệ giao lưu hữu nghị Lào Cai – Hà Khẩu, tháng 3/2023",
                    "en": "The Lao Cai–Hekou friendship performance, March 2023",
                    "zh-hans": "2023年3月老街—河口友好交流文艺演出",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "giao-luu-huu-nghi-nhan-dan-bien-gioi-lao-cai-ha-khau",
                "title": "Giao lưu hữu nghị nhân dân biên giới Lào Cai – Hà Khẩu",
                "lead": (
                    "Ngày 22/3/2023, Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai phối hợp với "
                    "huyện tự trị dân tộc Dao Hà Khẩu (Vân Nam, Trung Quốc) tổ chức chương trình "
                    "giao lưu hữu nghị nhân dân hai bên biên giới."
                ),
                "body": (
                    "<p>Đây là hoạt động giao lưu trực tiếp đầu tiên giữa nhân dân hai bên sau "
                    "thời gian gián đoạn vì dịch COVID-19, thu hút đông đảo người dân thành phố "
                    "Lào Cai và Hà Khẩu tham gia.</p>"
                    "{{image:0}}"
                    "<p>Chương trình gồm biểu diễn văn nghệ, giao hữu bóng đá, kéo co và giới "
                    "thiệu ẩm thực của các dân tộc hai bên. Tại buổi gặp gỡ, đại diện hai bên trao "
                    "đổi về tăng cường giao lưu thanh niên, hợp tác du lịch và tạo thuận lợi cho "
                    "cư dân biên giới qua lại.</p>"
                    "<p>Hai bên thống nhất duy trì giao lưu hằng năm, góp phần xây dựng đường biên "
                    "giới hòa bình, hữu nghị, hợp tác và phát triển.</p>"
                ),
            },
            "en": {
                "slug": "lao-cai-and-hekou-border-friendship-exchange",
                "title": "Lao Cai and Hekou hold a border friendship exchange",
                "lead": (
                    "On 22 March 2023 the Lao Cai Union of Friendship Organizations and Hekou Yao "
                    "Autonomous County (Yunnan, China) held a friendship exchange for the people "
                    "on both sides of the border."
                ),
                "body": (
                    "<p>It was the first face-to-face exchange between the two communities since "
                    "the COVID-19 pandemic, and drew many residents of Lao Cai city and Hekou.</p>"
                    "{{image:0}}"
                    "<p>The program included performances, a friendly football match, tug of war "
                    "and food from the ethnic groups on both sides. Representatives discussed "
                    "youth exchanges, tourism cooperation and easier crossings for border "
                    "residents.</p>"
                    "<p>Both sides agreed to hold the exchange every year, helping to keep the "
                    "border one of peace, friendship, cooperation and development.</p>"
                ),
            },
            "zh-hans": {
                "slug": "lao-cai-and-hekou-border-friendship-exchange",
                "title": "老街与河口举行边境人民友好交流活动",
                "lead": (
                    "2023年3月22日，"
                    "老街省友好组织联合会与中国云南省河口瑶族自治县联合举办边境两侧人民友好交流活动"
                    "。"
                ),
                "body": (
                    "<p>这是新冠疫情后两地人民首次面对面交流，吸引了老街市和河口县众多群众参加。"
                    "</p>"
                    "{{image:0}}"
                    "<p>活动包括文艺演出、足球友谊赛、拔河比赛以及两侧各民族美食展示。"
                    "双方代表就加强青年交流、旅游合作以及便利边民往来等问题交换了意见。</p>"
                    "<p>双方商定每年举办交流活动，共同建设和平、友好、合作、发展的边境线。</p>"
                ),
            },
        },
    },
    {
        "key": "lao-cai-yunnan-delegation",
        "category": "lao-cai-news",
        "published_at": "2024-11-14T10:00:00",
        "author": "Hoàng Văn Sơn",
        "tags": {
            "vi": ["Lào Cai", "Trung Quốc", "tỉnh kết nghĩa", "giao lưu hữu nghị"],
            "en": ["Lao Cai", "China", "sister provinces", "friendship exchange"],
            "zh-hans": ["老街", "中国", "友好省份", "友好交流"],
        },
        "images": [],
        "text": {
            "vi": {
                "slug": "lao-cai-don-doan-hiep-hoi-huu-nghi-nhan-dan-van-nam",
                "title": "Lào Cai đón đoàn Hiệp hội hữu nghị đối ngoại nhân dân tỉnh Vân Nam",
                "lead": (
                    "Ngày 14/11/2024, Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai đón và làm việc "
                    "với đoàn Hiệp hội hữu nghị đối ngoại nhân dân tỉnh Vân Nam (Trung Quốc)."
                ),
                "body": (
                    "<p>Hai bên điểm lại kết quả giao lưu nhân dân trong năm 2024, trong đó có các "
                    "hoạt động giao lưu biên giới, trao đổi đoàn thanh niên, sinh viên và hợp tác "
                    "trong lĩnh vực y tế, giáo dục.</p>"
                    "<p>Hướng tới kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam – Trung "
                    "Quốc (18/1/1950 – 18/1/2025) và Năm giao lưu nhân văn Việt – Trung 2025, hai "
                    "bên thống nhất phối hợp tổ chức các chương trình giao lưu văn hóa, trại hè "
                    "thanh niên và hội thảo về hợp tác địa phương.</p>"
                    "<p>Phía Vân Nam cũng thăm hỏi, chia sẻ với những thiệt hại mà Lào Cai phải "
                    "gánh chịu trong bão Yagi và mong muốn hỗ trợ tỉnh trong khôi phục sinh kế cho "
                    "người dân.</p>"
                ),
            },
            "en": {
                "slug": "lao-cai-welcomes-the-yunnan-peoples-friendship-association",
                "title": (
                    "Lao Cai welcomes the Yunnan People's Association for Friendship with Foreign "
                    "Countries"
                ),
                "lead": (
                    "On 14 November 2024 the Lao Cai Union of Friendship Organizations received a "
                    "delegation of the Yunnan People's Association for Friendship with Foreign "
                    "Countries (China)."
                ),
                "body": (
                    "<p>The two sides reviewed the year's people-to-people exchanges, including "
                    "border exchanges, youth and student delegations, and cooperation in health "
                    "and education.</p>"
                    "<p>Looking ahead to the 75th anniversary of Vietnam–China diplomatic "
                    "relations (18 January 1950 – 18 January 2025) and the 2025 Vietnam–China Year "
                    "of Humanistic Exchange, they agreed to organize cultural exchanges, a youth "
                    "summer camp and a seminar on cooperation between localities.</p>"
                    "<p>The Yunnan guests expressed their sympathy for the damage Lao Cai suffered "
                    "from Typhoon Yagi and offered to help restore people's livelihoods.</p>"
                ),
            },
            "zh-hans": {
                "slug": "lao-cai-welcomes-the-yunnan-peoples-friendship-association",
                "title": "老街省接待云南省人民对外友好协会代表团",
                "lead": (
                    "2024年11月14日，"
                    "老街省友好组织联合会接待了中国云南省人民对外友好协会代表团并举行工作会谈。"
                ),
                "body": (
                    "<p>双方回顾了2024年的民间交流成果，包括边境交流、"
                    "青年和学生代表团互访以及医疗、教育领域的合作。</p>"
                    "<p>面向越中建交75周年（1950年1月18日—2025年1月18日）和2025年“越中人文交流年”，"
                    "双方商定联合举办文化交流、青年夏令营和地方合作研讨会。</p>"
                    "<p>云南方面对老街省在台风“摩羯”中遭受的损失表示慰问，"
                    "并表示愿意援助当地群众恢复生计。</p>"
                ),
            },
        },
    },
    {
        "key": "lao-cai-union-after-merger",
        "category": "lao-cai-news",
        "published_at": "2025-07-15T14:00:00",
        "author": "Ban Thông tin",
        "tags": {
            "vi": ["Lào Cai", "Yên Bái", "tỉnh kết nghĩa", "viện trợ PCPNN"],
            "en": ["Lao Cai", "Yen Bai", "sister provinces", "NGO aid"],
            "zh-hans": ["老街", "安沛", "友好省份", "非政府组织援助"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Cán bộ hai cơ quan cùng xem bản đồ tỉnh mới",
                    "en": "Staff of the two offices looking at a map of the new province",
                    "zh-hans": "两个机构的工作人员一起查看新省份地图",
                },
                "caption": {
                    "vi": (
                        "Cán bộ Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai sau hợp nhất rà soát "
                        "địa bàn các dự án viện trợ, tháng 7/2025"
                    ),
                    "en": (
                        "Staff of the merged Lao Cai union review where aid projects are located, "
                        "July 2025"
                    ),
                    "zh-hans": "2025年7月合并后的老街省友好组织联合会工作人员梳理援助项目分布",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": (
                    "lien-hiep-cac-to-chuc-huu-nghi-tinh-lao-cai-trien-khai-nhiem-vu-sau-hop-nhat"
                ),
                "title": (
                    "Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai triển khai nhiệm vụ sau hợp nhất"
                ),
                "lead": (
                    "Từ ngày 1/7/2025, tỉnh Yên Bái và tỉnh Lào Cai hợp nhất thành tỉnh Lào Cai; "
                    "Liên hiệp các tổ chức hữu nghị của hai tỉnh cũng được sắp xếp thành một tổ "
                    "chức thống nhất."
                ),
                "body": (
                    "<p>Tại hội nghị triển khai nhiệm vụ ngày 15/7/2025, lãnh đạo Liên hiệp cho "
                    "biết việc bàn giao hồ sơ, tài liệu và danh mục các chương trình, dự án viện "
                    "trợ đang thực hiện tại địa bàn Yên Bái cũ đã hoàn tất.</p>"
                    "{{image:0}}"
                    "<h2>Kế thừa quan hệ đối tác của cả hai tỉnh</h2>"
                    "<p>Tỉnh Lào Cai mới kế thừa quan hệ hữu nghị, hợp tác của cả hai tỉnh: với "
                    "tỉnh Vân Nam và huyện Hà Khẩu (Trung Quốc), các tỉnh Viêng Chăn và "
                    "Xay-nha-bu-ly (Lào), tỉnh Val-de-Marne (Pháp) và thành phố Mimasaka (Nhật "
                    "Bản). Liên hiệp sẽ gửi thư thông báo tới các đối tác và các tổ chức phi chính "
                    "phủ nước ngoài đang hoạt động trên địa bàn.</p>"
                    "<p>Trước mắt, Liên hiệp tập trung bảo đảm các dự án viện trợ không bị gián "
                    "đoạn, hướng dẫn chính quyền cấp xã mới về quy trình tiếp nhận và quản lý viện "
                    "trợ.</p>"
                ),
            },
            "en": {
                "slug": "lao-cai-union-sets-to-work-after-the-merger",
                "title": (
                    "The Lao Cai Union of Friendship Organizations sets to work after the merger"
                ),
                "lead": (
                    "On 1 July 2025 Yen Bai and Lao Cai provinces merged into the province of Lao "
                    "Cai, and their two friendship unions became one."
                ),
                "body": (
                    "<p>At a meeting on 15 July 2025 the union's leaders said that the files, "
                    "documents and lists of ongoing aid programs and projects in the former Yen "
                    "Bai province had all been handed over.</p>"
                    "{{image:0}}"
                    "<h2>The partners of both provinces</h2>"
                    "<p>The new Lao Cai keeps the friendships and cooperation of both former "
                    "provinces: Yunnan province and Hekou county (China), Vientiane and "
                    "Xaignabouli provinces (Laos), Val-de-Marne (France) and the city of Mimasaka "
                    "(Japan). The union will write to these partners and to the foreign NGOs "
                    "working in the province.</p>"
                    "<p>Its first concern is that no aid project is interrupted, and that the new "
                    "commune authorities know how to receive and manage aid.</p>"
                ),
            },
            "zh-hans": {
                "slug": "lao-cai-union-sets-to-work-after-the-merger",
                "title": "合并后的老街省友好组织联合会部署工作",
                "lead": (
                    "自2025年7月1日起，安沛省与老街省合并为老街省，"
                    "两省友好组织联合会也合并为统一的组织。"
                ),
                "body": (
                    "<p>在2025年7月15日的工作部署会议上，联合会领导表示，"
                    "原安沛省在建援助计划和项目的档案、资料和清单已全部移交完毕。</p>"
                    "{{image:0}}"
                    "<h2>继承两省的友好关系</h2>"
                    "<p>新的老街省继承了两省的友好合作关系：中国云南省和河口县、"
                    "老挝万象省和沙耶武里省、法国马恩河谷省以及日本美作市。"
                    "联合会将致函各合作伙伴和在省内开展活动的外国非政府组织。</p>"
                    "<p>当前，联合会着力确保各援助项目不中断，"
                    "并指导新的乡级政府掌握援助接收和管理程序。</p>"
                ),
            },
        },
    },
    {
        "key": "lao-cai-new-year-ngo-meeting",
        "category": "lao-cai-news",
        "published_at": "2026-03-03T10:00:00",
        "author": "Vũ Thị Mai",
        "tags": {
            "vi": ["Lào Cai", "viện trợ PCPNN", "hội nghị"],
            "en": ["Lao Cai", "NGO aid", "conference"],
        },
        "images": [],
        "text": {
            "vi": {
                "slug": "gap-mat-cac-to-chuc-pcpnn-dau-xuan-binh-ngo-2026",
                "title": (
                    "Lào Cai gặp mặt các tổ chức phi chính phủ nước ngoài đầu xuân Bính Ngọ 2026"
                ),
                "lead": (
                    "Ngày 3/3/2026, Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai tổ chức gặp mặt "
                    "đầu xuân với đại diện 24 tổ chức phi chính phủ nước ngoài đang hoạt động trên "
                    "địa bàn tỉnh."
                ),
                "body": (
                    "<p>Lãnh đạo tỉnh cảm ơn các tổ chức đã đồng hành cùng Lào Cai trong khắc phục "
                    "hậu quả thiên tai, phát triển giáo dục, y tế và sinh kế cho đồng bào các dân "
                    "tộc vùng cao.</p>"
                    "<p>Năm 2026, tỉnh ưu tiên kêu gọi hỗ trợ cho các xã vùng cao bị ảnh hưởng "
                    "nặng bởi thiên tai, các trường bán trú, nước sạch và phòng chống sạt lở đất "
                    "dựa vào cộng đồng.</p>"
                    "<p>Các tổ chức đề nghị tỉnh tiếp tục hướng dẫn thủ tục sau khi sắp xếp chính "
                    "quyền hai cấp và sớm thông báo đầu mối tại các xã mới.</p>"
                ),
            },
            "en": {
                "slug": "lao-cai-new-year-meeting-with-foreign-ngos-2026",
                "title": "Lao Cai's New Year meeting with foreign NGOs, 2026",
                "lead": (
                    "On 3 March 2026 the Lao Cai Union of Friendship Organizations held its New "
                    "Year meeting with representatives of 24 foreign NGOs working in the province."
                ),
                "body": (
                    "<p>Provincial leaders thanked the organizations for standing with Lao Cai in "
                    "recovering from natural disasters and in developing education, health and "
                    "livelihoods for the highland ethnic communities.</p>"
                    "<p>In 2026 the province will give priority to highland communes badly hit by "
                    "disasters, boarding schools, clean water and community-based landslide "
                    "prevention.</p>"
                    "<p>The organizations asked the province to keep explaining procedures under "
                    "the new two-level local government and to name the contact people in the new "
                    "communes soon.</p>"
                ),
            },
        },
    },
    {
        "key": "lao-cai-training-2026",
        "category": "lao-cai-news",
        "published_at": "2026-04-16T08:30:00",
        "author": "Vũ Thị Mai",
        "tags": {
            "vi": ["Lào Cai", "tập huấn", "viện trợ PCPNN"],
            "en": ["Lao Cai", "training", "NGO aid"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Cán bộ xã thảo luận nhóm bên bàn",
                    "en": "Commune officials in a group discussion around a table",
                    "zh-hans": "乡干部围坐在桌旁分组讨论",
                },
                "caption": {
                    "vi": (
                        "Cán bộ các xã vùng cao thảo luận tại lớp tập huấn quản lý viện trợ ở Lào "
                        "Cai, tháng 4/2026"
                    ),
                    "en": (
                        "Highland commune officials in discussion at the aid-management course in "
                        "Lao Cai, April 2026"
                    ),
                    "zh-hans": "2026年4月老街省援助管理培训班上高山乡干部分组讨论",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "tap-huan-quan-ly-vien-tro-pcpnn-cho-can-bo-cap-xa",
                "title": "Tập huấn quản lý viện trợ phi chính phủ nước ngoài cho cán bộ cấp xã",
                "lead": (
                    "Ngày 16/4/2026, Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai phối hợp với Liên "
                    "hiệp các tổ chức hữu nghị Việt Nam tập huấn cho hơn 180 cán bộ cấp xã về quản "
                    "lý viện trợ phi chính phủ nước ngoài."
                ),
                "body": (
                    "<p>Sau khi sắp xếp chính quyền địa phương hai cấp, nhiều nhiệm vụ về tiếp "
                    "nhận và theo dõi dự án viện trợ được giao cho cấp xã. Phần lớn học viên mới "
                    "đảm nhận công việc này lần đầu.</p>"
                    "{{image:0}}"
                    "<p>Học viên được hướng dẫn quy trình đề xuất, thẩm định, phê duyệt, tiếp nhận "
                    "và báo cáo viện trợ, cách làm việc với các tổ chức phi chính phủ nước ngoài "
                    "và những điểm cần lưu ý khi đón đoàn khảo sát.</p>"
                    "<p>Liên hiệp sẽ lập nhóm hỗ trợ trực tuyến để cán bộ các xã trao đổi nghiệp "
                    "vụ thường xuyên.</p>"
                ),
            },
            "en": {
                "slug": "aid-management-training-for-commune-officials",
                "title": "Training in foreign NGO aid management for commune officials",
                "lead": (
                    "On 16 April 2026 the Lao Cai Union of Friendship Organizations and VUFO "
                    "trained more than 180 commune officials in managing foreign NGO aid."
                ),
                "body": (
                    "<p>Since local government was reorganized into two levels, communes have "
                    "taken on much of the work of receiving and monitoring aid projects. Most "
                    "participants were new to this work.</p>"
                    "{{image:0}}"
                    "<p>They learned how aid is proposed, appraised, approved, received and "
                    "reported, how to work with foreign NGOs and what to keep in mind when hosting "
                    "survey visits.</p>"
                    "<p>The union will set up an online help group so that commune officials can "
                    "ask questions and share practice.</p>"
                ),
            },
        },
    },
    # --- Lao Cai: foreign NGO aid -------------------------------------------------------
    {
        "key": "lao-cai-boarding-school",
        "category": "lao-cai-ngo",
        "published_at": "2023-10-26T10:00:00",
        "author": "Hoàng Văn Sơn",
        "tags": {
            "vi": ["Lào Cai", "giáo dục", "viện trợ PCPNN"],
            "en": ["Lao Cai", "education", "NGO aid"],
            "zh-hans": ["老街", "教育", "非政府组织援助"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Học sinh dân tộc thiểu số trước dãy nhà nội trú mới",
                    "en": "Ethnic minority pupils in front of a new dormitory",
                    "zh-hans": "少数民族学生站在新宿舍楼前",
                },
                "caption": {
                    "vi": (
                        "Nhà bán trú mới của một trường tiểu học ở huyện Si Ma Cai, Lào Cai, tháng "
                        "10/2023"
                    ),
                    "en": (
                        "The new dormitory of a primary school in Si Ma Cai district, Lao Cai, "
                        "October 2023"
                    ),
                    "zh-hans": "2023年10月老街省高山地区一所小学的新寄宿楼",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "ban-giao-nha-ban-tru-cho-hoc-sinh-si-ma-cai",
                "title": "Bàn giao nhà bán trú cho học sinh Si Ma Cai",
                "lead": (
                    "Ngày 26/10/2023, một tổ chức phi chính phủ nước ngoài đã bàn giao nhà bán trú "
                    "8 phòng cho một trường tiểu học ở huyện Si Ma Cai, tỉnh Lào Cai, giúp hơn 120 "
                    "học sinh có chỗ ở an toàn."
                ),
                "body": (
                    "<p>Trước đây, nhiều học sinh người Mông phải đi bộ hàng giờ đến trường hoặc ở "
                    "trong các phòng tạm chật hẹp. Công trình mới có phòng ở, nhà vệ sinh, nhà tắm "
                    "nước nóng và bếp ăn, với tổng giá trị viện trợ khoảng 2,4 tỷ đồng.</p>"
                    "{{image:0}}"
                    "<p>Ngoài xây dựng, dự án còn tập huấn cho giáo viên về chăm sóc học sinh bán "
                    "trú và cung cấp chăn, đệm, áo ấm cho mùa đông.</p>"
                    "<p>Liên hiệp các tổ chức hữu nghị tỉnh cho biết sẽ tiếp tục vận động các tổ "
                    "chức hỗ trợ nhà bán trú cho các trường vùng cao còn khó khăn.</p>"
                ),
            },
            "en": {
                "slug": "new-dormitory-for-pupils-in-si-ma-cai",
                "title": "New dormitory handed over to pupils in Si Ma Cai",
                "lead": (
                    "On 26 October 2023 a foreign NGO handed over an eight-room dormitory to a "
                    "primary school in Si Ma Cai district, Lao Cai province, giving more than 120 "
                    "pupils a safe place to stay."
                ),
                "body": (
                    "<p>Many Hmong pupils used to walk for hours to school or stay in cramped "
                    "temporary rooms. The new building has bedrooms, toilets, hot showers and a "
                    "kitchen, for aid worth about VND 2.4 billion.</p>"
                    "{{image:0}}"
                    "<p>Besides the building, the project trained teachers to look after boarding "
                    "pupils and provided blankets, mattresses and warm clothes for the winter.</p>"
                    "<p>The provincial friendship union will keep appealing to NGOs for "
                    "dormitories at other highland schools in need.</p>"
                ),
            },
            "zh-hans": {
                "slug": "new-dormitory-for-pupils-in-si-ma-cai",
                "title": "老街省高山小学生喜迎新寄宿楼",
                "lead": (
                    "2023年10月26日，"
                    "一家外国非政府组织向老街省高山地区一所小学移交了一栋8间房的寄宿楼，"
                    "使120多名学生有了安全的住处。"
                ),
                "body": (
                    "<p>过去，许多苗族学生要步行几个小时上学，或住在狭窄的临时房屋里。"
                    "新建筑设有宿舍、卫生间、热水淋浴间和厨房，援助总额约24亿越南盾。</p>"
                    "{{image:0}}"
                    "<p>除建设外，项目还为教师开展寄宿学生照料培训，并提供过冬用的被子、"
                    "床垫和保暖衣物。</p>"
                ),
            },
        },
    },
    {
        "key": "lao-cai-maternal-health",
        "category": "lao-cai-ngo",
        "published_at": "2024-03-14T09:00:00",
        "author": "Vũ Thị Mai",
        "tags": {
            "vi": ["Lào Cai", "y tế", "viện trợ PCPNN"],
            "en": ["Lao Cai", "health", "NGO aid"],
        },
        "images": [],
        "text": {
            "vi": {
                "slug": "du-an-cham-soc-suc-khoe-ba-me-tre-em-tai-bat-xat",
                "title": "Dự án chăm sóc sức khỏe bà mẹ – trẻ em tại Bát Xát",
                "lead": (
                    "Một dự án do tổ chức phi chính phủ nước ngoài tài trợ sẽ đào tạo cô đỡ thôn "
                    "bản và trang bị dụng cụ cho các trạm y tế xã ở huyện Bát Xát, tỉnh Lào Cai, "
                    "trong giai đoạn 2024–2026."
                ),
                "body": (
                    "<p>Dự án được Ủy ban nhân dân tỉnh phê duyệt theo Nghị định 80/2020/NĐ-CP, "
                    "triển khai tại 8 xã vùng cao có tỷ lệ phụ nữ sinh con tại nhà còn cao.</p>"
                    "<ul>"
                    "<li>Đào tạo và đào tạo lại 40 cô đỡ thôn bản.</li>"
                    "<li>Trang bị dụng cụ đỡ đẻ và chăm sóc sơ sinh cho các trạm y tế xã.</li>"
                    "<li>Truyền thông về khám thai, dinh dưỡng và tiêm chủng bằng tiếng dân "
                    "tộc.</li>"
                    "</ul>"
                    "<p>Liên hiệp các tổ chức hữu nghị tỉnh phối hợp với Sở Y tế theo dõi tiến độ "
                    "và đánh giá kết quả hằng năm.</p>"
                ),
            },
            "en": {
                "slug": "maternal-and-child-health-project-in-bat-xat",
                "title": "Maternal and child health project in Bat Xat",
                "lead": (
                    "A project funded by a foreign NGO will train village midwives and equip "
                    "commune health stations in Bat Xat district, Lao Cai province, from 2024 to "
                    "2026."
                ),
                "body": (
                    "<p>Approved by the Provincial People's Committee under Decree 80/2020/ND-CP, "
                    "the project covers eight highland communes where many women still give birth "
                    "at home.</p>"
                    "<ul>"
                    "<li>Training and refresher training for 40 village midwives.</li>"
                    "<li>Delivery and newborn care kits for commune health stations.</li>"
                    "<li>Messages on antenatal checks, nutrition and vaccination in ethnic "
                    "minority languages.</li>"
                    "</ul>"
                    "<p>The provincial friendship union and the Department of Health will follow "
                    "progress and assess results every year.</p>"
                ),
            },
        },
    },
    {
        "key": "lao-cai-yagi-relief",
        "category": "lao-cai-ngo",
        "published_at": "2024-09-20T17:00:00",
        "author": "Hoàng Văn Sơn",
        "tags": {
            "vi": ["Lào Cai", "bão Yagi", "thiên tai", "viện trợ PCPNN"],
            "en": ["Lao Cai", "Typhoon Yagi", "disaster relief", "NGO aid"],
            "zh-hans": ["老街", "台风“摩羯”", "救灾", "非政府组织援助"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Người dân nhận hàng cứu trợ bên đường đất sạt lở",
                    "en": "Villagers receiving relief supplies beside a landslide-damaged road",
                    "zh-hans": "村民在滑坡受损的道路旁领取救灾物资",
                },
                "caption": {
                    "vi": (
                        "Hàng cứu trợ của các tổ chức phi chính phủ nước ngoài đến với người dân "
                        "huyện Bảo Yên, Lào Cai, tháng 9/2024"
                    ),
                    "en": (
                        "Relief from foreign NGOs reaches families in Bao Yen district, Lao Cai, "
                        "September 2024"
                    ),
                    "zh-hans": "2024年9月外国非政府组织的救灾物资送到老街省保安县群众手中",
                },
            },
            {
                "alt": {
                    "vi": "Tình nguyện viên bốc dỡ bình lọc nước từ xe tải",
                    "en": "Volunteers unloading water filters from a lorry",
                    "zh-hans": "志愿者从卡车上卸下净水器",
                },
                "caption": {
                    "vi": (
                        "Bình lọc nước được chuyển tới các điểm sơ tán ở huyện Bát Xát sau lũ quét"
                    ),
                    "en": (
                        "Water filters delivered to evacuation sites in Bat Xat district after the "
                        "flash floods"
                    ),
                    "zh-hans": "山洪过后，一批净水器被运往老街省各安置点",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "cac-to-chuc-pcpnn-ho-tro-lao-cai-khac-phuc-hau-qua-bao-yagi",
                "title": (
                    "Các tổ chức phi chính phủ nước ngoài hỗ trợ Lào Cai khắc phục hậu quả bão Yagi"
                ),
                "lead": (
                    "Trong những ngày sau bão Yagi, nhiều tổ chức phi chính phủ nước ngoài đã có "
                    "mặt tại Lào Cai, hỗ trợ khẩn cấp cho các hộ dân bị thiệt hại do lũ quét và "
                    "sạt lở đất."
                ),
                "body": (
                    "<p>Mưa lớn sau bão gây lũ quét, sạt lở nghiêm trọng tại nhiều huyện của Lào "
                    "Cai, trong đó trận lũ quét ngày 10/9/2024 tại thôn Làng Nủ, xã Phúc Khánh, "
                    "huyện Bảo Yên đã gây thiệt hại đặc biệt nặng nề về người và tài sản.</p>"
                    "{{image:0}}"
                    "<p>Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai là đầu mối tiếp nhận thông "
                    "tin, giới thiệu địa bàn cho các tổ chức. Các khoản hỗ trợ tập trung vào tiền "
                    "mặt cho hộ mất nhà, lương thực, nước uống, bình lọc nước, bộ dụng cụ vệ sinh "
                    "và thuốc men tại các huyện Bảo Yên, Bát Xát và Văn Bàn.</p>"
                    "{{image:1}}"
                    "<p>Tỉnh đề nghị các tổ chức tiếp tục quan tâm giai đoạn phục hồi: dựng lại "
                    "nhà ở ở nơi an toàn, sửa chữa trường lớp, công trình nước sinh hoạt và khôi "
                    "phục sản xuất nông nghiệp.</p>"
                ),
            },
            "en": {
                "slug": "foreign-ngos-help-lao-cai-recover-from-typhoon-yagi",
                "title": "Foreign NGOs help Lao Cai recover from Typhoon Yagi",
                "lead": (
                    "In the days after Typhoon Yagi many foreign NGOs came to Lao Cai to bring "
                    "emergency help to families hit by flash floods and landslides."
                ),
                "body": (
                    "<p>Heavy rain after the typhoon caused severe flash floods and landslides in "
                    "many districts of Lao Cai; the flash flood of 10 September 2024 in Lang Nu "
                    "village, Phuc Khanh commune, Bao Yen district, took an especially heavy toll "
                    "in lives and property.</p>"
                    "{{image:0}}"
                    "<p>The Lao Cai Union of Friendship Organizations acts as the focal point, "
                    "sharing information and suggesting areas to the organizations. Support has "
                    "focused on cash for families who lost their homes, food, drinking water, "
                    "water filters, hygiene kits and medicine in Bao Yen, Bat Xat and Van Ban "
                    "districts.</p>"
                    "{{image:1}}"
                    "<p>The province asks the organizations to stay with it for recovery: "
                    "rebuilding houses in safe places, repairing schools and water schemes, and "
                    "restoring farming.</p>"
                ),
            },
            "zh-hans": {
                "slug": "foreign-ngos-help-lao-cai-recover-from-typhoon-yagi",
                "title": "外国非政府组织援助老街省克服台风“摩羯”灾害后果",
                "lead": (
                    "台风“摩羯”过后，许多外国非政府组织赶赴老街省，"
                    "为遭受山洪和山体滑坡的家庭提供紧急援助。"
                ),
                "body": (
                    "<p>台风带来的强降雨在老街省多个县引发严重山洪和滑坡，"
                    "其中2024年9月10日保安县福庆乡一个村庄的山洪造成了特别惨重的人员和财产损失。"
                    "</p>"
                    "{{image:0}}"
                    "<p>老街省友好组织联合会作为联络点，负责提供信息并向各组织推荐援助地点。"
                    "援助主要包括向失去住房的家庭发放现金以及粮食、饮用水、净水器、"
                    "卫生用品包和药品，覆盖保安、文盘等县。</p>"
                    "{{image:1}}"
                    "<p>该省希望各组织继续关注灾后恢复阶段：在安全地点重建住房，"
                    "修缮学校和供水工程，恢复农业生产。</p>"
                ),
            },
        },
    },
    {
        "key": "lao-cai-yagi-rebuild",
        "category": "lao-cai-ngo",
        "published_at": "2025-03-12T10:00:00",
        "author": "Vũ Thị Mai",
        "tags": {
            "vi": ["Lào Cai", "bão Yagi", "viện trợ PCPNN"],
            "en": ["Lao Cai", "Typhoon Yagi", "NGO aid"],
        },
        "images": [
            {
                "alt": {
                    "vi": "Một gia đình đứng trước ngôi nhà mới xây",
                    "en": "A family standing in front of their newly built house",
                    "zh-hans": "一家人站在新建的房屋前",
                },
                "caption": {
                    "vi": (
                        "Gia đình ở huyện Văn Bàn, Lào Cai, nhận nhà mới sau bão Yagi, tháng 3/2025"
                    ),
                    "en": (
                        "A family in Van Ban district, Lao Cai, receives a new house after Typhoon "
                        "Yagi, March 2025"
                    ),
                    "zh-hans": "2025年3月老街省文盘县一户家庭在台风“摩羯”后喜迁新居",
                },
            },
        ],
        "text": {
            "vi": {
                "slug": "nha-moi-cho-cac-ho-dan-mat-nha-sau-bao-yagi",
                "title": "Nhà mới cho các hộ dân mất nhà sau bão Yagi",
                "lead": (
                    "Sáu tháng sau bão Yagi, 56 ngôi nhà cho các hộ mất nhà ở hai huyện Bát Xát và "
                    "Văn Bàn, tỉnh Lào Cai, đã hoàn thành với sự hỗ trợ của các tổ chức phi chính "
                    "phủ nước ngoài."
                ),
                "body": (
                    "<p>Các ngôi nhà được xây ở vị trí an toàn do địa phương bố trí, thiết kế phù "
                    "hợp với phong tục của đồng bào Dao, Tày và Mông. Mỗi hộ được hỗ trợ khoảng 60 "
                    "triệu đồng, phần còn lại do người dân và chính quyền góp công, góp vật "
                    "liệu.</p>"
                    "{{image:0}}"
                    "<p>Cùng với nhà ở, các tổ chức hỗ trợ giống lúa, ngô, con giống và tập huấn "
                    "kỹ thuật để người dân sớm ổn định cuộc sống.</p>"
                    "<p>Liên hiệp các tổ chức hữu nghị tỉnh đã phối hợp với các xã kiểm tra, "
                    "nghiệm thu từng ngôi nhà và công khai danh sách hộ được hỗ trợ.</p>"
                ),
            },
            "en": {
                "slug": "new-homes-for-families-who-lost-theirs-to-typhoon-yagi",
                "title": "New homes for families who lost theirs to Typhoon Yagi",
                "lead": (
                    "Six months after Typhoon Yagi, 56 houses for families who lost their homes in "
                    "Bat Xat and Van Ban districts, Lao Cai province, have been completed with "
                    "support from foreign NGOs."
                ),
                "body": (
                    "<p>The houses stand on safe sites chosen by the communes and are designed to "
                    "suit the customs of the Dao, Tay and Hmong people. Each family received about "
                    "VND 60 million; families and local authorities contributed labour and "
                    "materials.</p>"
                    "{{image:0}}"
                    "<p>Along with housing, the organizations provided rice and maize seed, "
                    "livestock and technical training so that families can get back on their "
                    "feet.</p>"
                    "<p>The provincial friendship union inspected and accepted each house with the "
                    "communes, and the list of supported families was made public.</p>"
                ),
            },
        },
    },
]

# ---------------------------------------------------------------------------------------
# Home banners: each section's own, each linking to one of its articles.
# ---------------------------------------------------------------------------------------

BANNERS = [
    {
        "section": "vufo",
        "article": "yen-bai-working-visit",
        "colour": "#b3261e",
        "title": {
            "vi": "Kết nối viện trợ cho các tỉnh miền núi",
            "en": "Connecting mountain provinces with aid",
            "zh-hans": "为山区省份对接援助",
        },
        "caption": {
            "vi": (
                "VUFO làm việc với Yên Bái về đối ngoại nhân dân, vận động viện trợ và tập huấn "
                "cán bộ."
            ),
            "en": (
                "VUFO meets Yen Bai on people-to-people diplomacy, aid mobilization and staff "
                "training."
            ),
            "zh-hans": "越南友好组织联合会与安沛省就民间外交、援助动员和干部培训进行工作会谈。",
        },
        "alt": {
            "vi": "Nền đỏ với biểu tượng mặt trời màu trắng",
            "en": "A red field with a white sun-like emblem",
            "zh-hans": "红色背景上的白色太阳状徽标",
        },
    },
    {
        "section": "vufo",
        "article": "vufo-75th-anniversary",
        "colour": "#8a6d00",
        "title": {
            "vi": "75 năm vun đắp hữu nghị",
            "en": "75 years of building friendship",
            "zh-hans": "七十五载友谊情深",
        },
        "caption": {
            "vi": "Lễ kỷ niệm 75 năm Ngày truyền thống Liên hiệp các tổ chức hữu nghị Việt Nam.",
            "en": "The Vietnam Union of Friendship Organizations celebrates its 75th anniversary.",
            "zh-hans": "越南友好组织联合会隆重纪念成立75周年。",
        },
        "alt": {
            "vi": "Nền vàng sẫm với biểu tượng mặt trời màu trắng",
            "en": "A dark gold field with a white sun-like emblem",
            "zh-hans": "深金色背景上的白色太阳状徽标",
        },
    },
    {
        "section": "vufo",
        "article": "vufo-yagi-appeal",
        "colour": "#1f5fa8",
        "title": {
            "vi": "Chung tay cùng vùng bão lũ",
            "en": "Standing with the flood-hit provinces",
            "zh-hans": "与受灾地区同舟共济",
        },
        "caption": {
            "vi": (
                "Lời kêu gọi hỗ trợ khắc phục hậu quả bão Yagi gửi các tổ chức phi chính phủ nước "
                "ngoài."
            ),
            "en": "Our appeal to foreign NGOs to help the provinces recover from Typhoon Yagi.",
            "zh-hans": "致外国非政府组织的台风“摩羯”灾后援助呼吁。",
        },
        "alt": {
            "vi": "Nền xanh nước biển với biểu tượng mặt trời màu trắng",
            "en": "A sea-blue field with a white sun-like emblem",
            "zh-hans": "海蓝色背景上的白色太阳状徽标",
        },
    },
    {
        "section": "dong-nai",
        "article": "dong-nai-2023-results",
        "colour": "#1e7d43",
        "title": {
            "vi": "Viện trợ PCPNN năm 2023 vượt kế hoạch",
            "en": "Foreign NGO aid beyond the 2023 plan",
            "zh-hans": "2023年非政府组织援助超额完成计划",
        },
        "caption": {
            "vi": "Đồng Nai vận động hơn 109,841 tỷ đồng cam kết tài trợ, đạt 158% kế hoạch năm.",
            "en": (
                "Dong Nai mobilized more than VND 109.841 billion in commitments, 158% of its plan."
            ),
            "zh-hans": "同奈省动员援助承诺超过1098.41亿越南盾，完成年度计划的158%。",
        },
        "alt": {
            "vi": "Nền xanh lá với biểu tượng mặt trời màu trắng",
            "en": "A green field with a white sun-like emblem",
            "zh-hans": "绿色背景上的白色太阳状徽标",
        },
    },
    {
        "section": "dong-nai",
        "article": "dong-nai-people-diplomacy-2026",
        "colour": "#6a1b9a",
        "title": {
            "vi": "Đối ngoại nhân dân Đồng Nai năm 2026",
            "en": "Dong Nai's people-to-people diplomacy in 2026",
            "zh-hans": "同奈省2026年民间外交",
        },
        "caption": {
            "vi": "Tổng kết Chương trình vận động viện trợ 2019–2025 và nhiệm vụ năm mới.",
            "en": "The 2019–2025 aid-mobilization program reviewed, and the new year's tasks.",
            "zh-hans": "总结2019—2025年援助动员计划，部署新一年任务。",
        },
        "alt": {
            "vi": "Nền tím với biểu tượng mặt trời màu trắng",
            "en": "A purple field with a white sun-like emblem",
            "zh-hans": "紫色背景上的白色太阳状徽标",
        },
    },
    {
        "section": "lao-cai",
        "article": "lao-cai-yagi-relief",
        "colour": "#00695c",
        "title": {
            "vi": "Lào Cai vượt qua bão lũ",
            "en": "Lao Cai recovers from the floods",
            "zh-hans": "老街省战胜洪灾",
        },
        "caption": {
            "vi": "Các tổ chức phi chính phủ nước ngoài đồng hành cùng người dân sau bão Yagi.",
            "en": "Foreign NGOs stand with the people of Lao Cai after Typhoon Yagi.",
            "zh-hans": "外国非政府组织在台风“摩羯”后与老街人民同行。",
        },
        "alt": {
            "vi": "Nền xanh mòng két với biểu tượng mặt trời màu trắng",
            "en": "A teal field with a white sun-like emblem",
            "zh-hans": "青绿色背景上的白色太阳状徽标",
        },
    },
    {
        "section": "lao-cai",
        "article": "lao-cai-hekou-exchange",
        "colour": "#b3261e",
        "title": {
            "vi": "Hữu nghị nơi biên giới",
            "en": "Friendship on the border",
            "zh-hans": "边境情谊",
        },
        "caption": {
            "vi": "Giao lưu hữu nghị nhân dân hai bên biên giới Lào Cai – Hà Khẩu.",
            "en": "A friendship exchange between the people of Lao Cai and Hekou.",
            "zh-hans": "老街与河口边境两侧人民友好交流。",
        },
        "alt": {
            "vi": "Nền đỏ đậm với biểu tượng mặt trời màu trắng",
            "en": "A deep red field with a white sun-like emblem",
            "zh-hans": "深红色背景上的白色太阳状徽标",
        },
    },
]
