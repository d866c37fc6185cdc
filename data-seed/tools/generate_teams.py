#!/usr/bin/env python3
"""Generate the fictional demo innovation/startup teams (创新创业团队) of Liancai (莲才).

Python 3 standard library only. Deterministic: a fixed random seed, no set
iteration, no clock. Running it twice produces byte-identical files.

    python3 data-seed/tools/generate_teams.py          # write, then check
    python3 data-seed/tools/generate_teams.py --check  # only check the files

Reads data-seed/platforms.csv and demo/talents.csv (never changes them); writes
demo/teams.csv, demo/team_members.csv, demo/team_ip.csv, demo/team_financing.csv.
The 30 teams themselves (platform, leader, field, status, company, description,
candidate IP titles) are written out by hand below; dates, headcounts, members,
IP numbers, credit codes and financing are drawn from the seeded generator.
After writing, the files are read back and checked (see check()).
"""
import csv
import datetime as dt
import os
import random
import sys

SEED = 20181133  # fixed; chosen so that every kind of financing round occurs
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # data-seed/
DEMO = os.path.join(ROOT, "demo")
TODAY = dt.date(2026, 11, 27)      # "now" of the demo data set (as generate_demo.py)
LAST_DAY = dt.date(2026, 11, 20)   # latest date of a past event (IP grant, financing)

rng = random.Random(SEED)


def reseed(part, key):
    """one random stream per team and part (dates, members, IP, financing): a change to one
    team or part leaves the others as they were. String seeds are stable across runs."""
    global rng
    rng = random.Random("%d/%s/%s" % (SEED, part, key))

TEAMS_HEADER = ["key", "platform_code", "name", "leader_key", "field", "founded_on", "headcount",
                "company_name", "credit_code", "status", "incubation_start", "incubation_end", "description"]
MEMBERS_HEADER = ["team_key", "talent_key", "outside_name", "outside_role", "role"]
IP_HEADER = ["team_key", "kind", "title", "number", "granted_on"]
FINANCING_HEADER = ["team_key", "closed_on", "amount", "investor", "round"]

FIELDS = ["新一代信息技术", "高端装备", "新材料", "生物医药", "现代农业", "文旅康养", "电子商务", "新能源"]
STATUSES = ["DRAFT", "SUBMITTED", "APPROVED", "RETURNED", "INCUBATING", "GRADUATED", "EXITED"]
WITH_AGREEMENT = ("APPROVED", "INCUBATING", "GRADUATED", "EXITED")
IP_KINDS = ["INVENTION_PATENT", "UTILITY_PATENT", "DESIGN_PATENT", "SOFTWARE_COPYRIGHT", "TRADEMARK"]
ROUNDS = ["天使轮", "Pre-A", "A轮", "B轮", "政府引导基金", "银行授信"]

# talents.csv expertise tags that fit each field (a leader must have at least one of them)
FIELD_EXPERTISE = {
    "新一代信息技术": ["人工智能", "机器视觉", "大数据", "工业互联网", "网络安全", "云计算", "物联网", "芯片设计", "软件开发", "自动驾驶"],
    "高端装备": ["高端装备", "智能制造", "机器人", "石材加工", "自动驾驶"],
    "新材料": ["新材料", "碳纤维", "精细化工", "石材加工"],
    "生物医药": ["生物医药", "创新药", "医疗器械", "医学影像", "基因检测", "中医药"],
    "现代农业": ["现代农业", "智慧农业", "樱桃", "蓝莓", "茶叶", "种业", "食品加工", "水产养殖", "海洋科技", "海洋生物"],
    "文旅康养": ["文旅", "乡村旅游", "民宿运营", "文化创意", "规划设计", "新媒体", "中医药"],
    "电子商务": ["农产品电商", "直播电商", "跨境电商", "供应链管理", "新媒体"],
    "新能源": ["锂电池", "新能源汽车"],
}
# tags that make a talent a useful adviser to any team
SUPPORT_EXPERTISE = ["企业管理", "财税咨询", "投融资", "知识产权"]

# administrative division of the registration authority, by platform (GB 32100 positions 3-8)
DIVISION = {"fatong": "371121", "cas": "371121", "shibei": "370203", "kunshan": "320583"}

# ---------------------------------------------------------------------------
# The teams, by hand.
# (key, platform, name, leader, field, founded year (or exact date), status, company or "", brand or "", description, IP candidates)
# IP candidates: "I:" invention patent, "U:" utility model, "D:" design, "S:" software copyright;
# the brand becomes the trademark. Older teams use more of their list.
# ---------------------------------------------------------------------------
TEAMS = [
    ("TM01", "fatong", "石材智能切割研发团队", "T0272", "高端装备", 2019, "INCUBATING",
     "山东石语石材科技有限公司", "石语",
     "面向五莲花岗岩大板加工，研发基于机器视觉的石材荒料智能切割与排版系统。出材率较传统工艺提高约12%，已在县内石材园区推广。",
     ["I:一种基于机器视觉的石材荒料智能切割路径规划方法", "U:一种石材切割机用水循环降尘装置",
      "S:石材大板智能排版软件V1.0", "I:一种桥式石材切割机的自适应进给控制方法",
      "U:一种桥式切割机导轨防护装置", "D:桥式石材切割机", "S:石材切割数控系统V2.0"]),
    ("TM02", "fatong", "人造石英石新材料创业团队", "T0001", "新材料", "2018-03-16", "GRADUATED",
     "五莲莲创新材料科技有限公司", "莲创",
     "利用五莲石材加工产生的花岗岩边角料和石粉制备人造石英石板材，变废为宝。2018年首批入驻法桐小院，毕业后在五莲经济开发区建成年产60万平方米生产线。",
     ["I:一种利用花岗岩废料制备人造石英石板材的方法", "U:一种人造石板材真空振压成型装置",
      "U:一种石粉烘干除尘一体机", "I:一种石粉基无机人造石及其制备方法", "D:人造石装饰板（莲花纹）",
      "U:一种人造石板材定厚磨光装置", "S:人造石配方管理系统V1.0"]),
    ("TM03", "fatong", "蓝莓深加工创业团队", "T0024", "现代农业", 2019, "INCUBATING",
     "五莲蓝莓源生物科技有限公司", "蓝莓源",
     "依托五莲蓝莓种植基地，开发蓝莓原浆、冻干果和花青素提取产品，带动周边农户标准化种植。",
     ["I:一种蓝莓花青素的提取纯化方法", "U:一种蓝莓分选输送装置", "D:蓝莓原浆包装瓶",
      "I:一种蓝莓冻干果的加工工艺", "U:一种蓝莓原浆灌装装置", "S:蓝莓基地智慧种植管理系统V1.0"]),
    ("TM04", "fatong", "樱桃深加工创业团队", "T0076", "现代农业", 2021, "INCUBATING",
     "五莲县樱之源食品科技有限公司", "莲樱红",
     "针对樱桃采摘期短、不耐储运的问题，开发樱桃果酒、果干和冷链鲜果产品，延长五莲樱桃产业链。",
     ["I:一种樱桃果酒的酿造方法", "U:一种樱桃去核装置", "D:樱桃礼盒（莲樱红）", "U:一种樱桃预冷保鲜箱",
      "S:樱桃冷链溯源系统V1.0"]),
    ("TM05", "fatong", "九仙山绿茶精深加工团队", "T0059", "现代农业", 2020, "INCUBATING",
     "五莲九仙山茶业有限公司", "九仙云雾",
     "以九仙山高山绿茶为原料，研发低温杀青、茶多酚提取和袋泡茶产品，推动“五莲绿茶”品牌化。",
     ["I:一种绿茶低温杀青加工工艺", "U:一种茶叶揉捻机", "D:茶叶包装盒（九仙山）",
      "I:一种从茶叶下脚料中提取茶多酚的方法", "U:一种茶叶理条烘干一体机", "S:茶园物联网监测平台V1.0"]),
    ("TM06", "fatong", "农产品直播电商团队", "T0058", "电子商务", 2020, "INCUBATING",
     "五莲智汇云电子商务有限公司", "莲上优品",
     "搭建五莲农特产品直播基地并培训本地主播，通过直播和社群电商销售樱桃、蓝莓、绿茶等农产品。",
     ["S:农产品直播电商管理系统V1.0", "D:快递包装箱（莲上优品）", "S:主播带货数据分析平台V1.0",
      "U:一种生鲜农产品冷链包装箱"]),
    ("TM07", "fatong", "五莲山民宿文旅运营团队", "T0310", "文旅康养", 2021, "INCUBATING",
     "五莲山海文化旅游发展有限公司", "莲山居",
     "盘活五莲山、九仙山周边闲置农房，打造精品民宿集群，并运营研学和康养旅游线路。",
     ["S:民宿集群预订管理系统V1.0", "S:五莲山数字导览小程序软件V1.0", "D:民宿导视标识牌"]),
    ("TM08", "fatong", "石雕文创设计团队", "T0237", "文旅康养", 2022, "INCUBATING",
     "五莲县莲石文化创意有限公司", "莲石记",
     "将五莲石材与传统石雕技艺相结合，设计开发石雕摆件、石质茶具等文创产品，并承接景区石刻景观设计。",
     ["D:石雕摆件（五莲山）", "D:石质茶盘", "D:石雕香插（莲花）", "U:一种石雕工艺品防滑底座",
      "S:石雕文创产品三维展示系统V1.0"]),
    ("TM09", "fatong", "石材搬运机器人研发团队", "T0086", "高端装备", 2020, "INCUBATING",
     "日照莲才智能装备有限公司", "莲才智装",
     "研发石材大板搬运、翻板和装车机器人，替代石材厂高强度人工作业，已在县内十余家石材企业应用。",
     ["I:一种石板材自动搬运机器人及其控制方法", "U:一种大板石材真空吸盘搬运夹具", "U:一种石材翻板机",
      "D:石材搬运机器人", "U:一种搬运机器人防碰撞装置", "S:搬运机器人调度控制软件V1.0"]),
    ("TM10", "fatong", "中医药康养服务团队", "T0172", "文旅康养", 2026, "DRAFT", "", "",
     "计划依托五莲山道地中药材资源，开展中医体质辨识、药膳和康养旅居服务，公司正在筹备注册。",
     []),
    ("TM11", "shibei", "工业互联网平台团队", "T0288", "新一代信息技术", 2018, "GRADUATED",
     "青岛莲创智能科技有限公司", "莲创云",
     "为中小制造企业提供设备联网、数据采集和预测性维护的工业互联网平台，已接入青岛、日照两地200余家企业的设备。",
     ["S:莲创云工业互联网平台V1.0", "I:一种工业设备边缘数据采集与协议转换方法", "U:一种工业物联网边缘网关",
      "I:一种基于多源数据融合的设备故障预测方法", "S:设备预测性维护系统V2.0", "D:边缘计算网关",
      "S:企业能耗监测分析系统V1.0"]),
    ("TM12", "shibei", "边缘计算芯片设计团队", "T0264", "新一代信息技术", 2022, "INCUBATING",
     "青岛莲芯微电子有限公司", "莲芯",
     "设计面向工业视觉和智能家电的低功耗边缘AI推理芯片，首款芯片已完成流片验证。",
     ["I:一种低功耗神经网络推理加速电路", "S:芯片功耗仿真分析工具V1.0", "I:一种可重构卷积运算单元及芯片"]),
    ("TM13", "shibei", "海洋生物循环水养殖团队", "T0289", "现代农业", 2021, "INCUBATING",
     "青岛莲海生物科技有限公司", "莲海",
     "研发海参、对虾工厂化循环水养殖和尾水处理技术，在日照沿海建设示范养殖车间。",
     ["I:一种海参工厂化循环水养殖方法", "U:一种养殖尾水生物过滤装置", "S:水产养殖水质在线监测系统V1.0",
      "U:一种循环水养殖池自动投喂装置"]),
    ("TM14", "shibei", "石墨烯导热新材料团队", "T0268", "新材料", 2020, "INCUBATING",
     "青岛莲烯新材料科技有限公司", "莲烯",
     "开发用于充电桩和电子器件散热的石墨烯导热膜与导热垫片，产品已通过下游客户验证。",
     ["I:一种高导热石墨烯复合膜的制备方法", "U:一种石墨烯膜连续压延装置", "I:一种石墨烯导热垫片及其制备方法",
      "U:一种导热膜分切装置"]),
    ("TM15", "shibei", "乡村旅游数字营销团队", "T0278", "文旅康养", 2023, "INCUBATING",
     "青岛莲途文化传播有限公司", "莲途",
     "为五莲乡村旅游点提供短视频策划、新媒体运营和线上营销服务，助力樱桃节、五莲山杜鹃花节等节庆活动推广。",
     ["S:乡村旅游新媒体内容管理平台V1.0", "S:景区客流分析系统V1.0"]),
    ("TM16", "shibei", "农产品供应链数字化团队", "T0029", "电子商务", 2024, "RETURNED",
     "青岛莲链供应链管理有限公司", "",
     "拟建设连接五莲产地与青岛社区的农产品供应链平台，提供产地集采、冷链配送和社区团购服务。",
     ["S:农产品供应链协同管理平台V1.0"]),
    ("TM17", "shibei", "茶饮新品研发团队", "T0131", "现代农业", 2019, "EXITED",
     "青岛莲茗食品科技有限公司", "莲茗",
     "以五莲绿茶为原料研发即饮茶和茶啤酒等新式饮品。孵化协议期满后因团队调整退出平台。",
     ["I:一种绿茶啤酒的酿造方法", "U:一种茶饮料萃取装置", "D:茶饮料瓶"]),
    ("TM18", "shibei", "工业网络安全团队", "T0217", "新一代信息技术", 2025, "SUBMITTED", "", "",
     "面向工业控制系统提供安全监测和漏洞评估服务，核心成员来自头部电子制造企业，公司正在注册中。",
     []),
    ("TM19", "cas", "抗肿瘤创新药成果转化团队", "T0151", "生物医药", 2021, "INCUBATING",
     "五莲中科莲康生物医药有限公司", "莲康",
     "承接中国科学院相关院所的抗肿瘤小分子药物专利，开展临床前研究和成果转化，已有一个候选化合物进入临床前评价。",
     ["I:一种靶向EGFR突变的小分子化合物及其制备方法", "I:一种吡唑并嘧啶类化合物及其在抗肿瘤药物中的应用",
      "S:化合物活性数据管理系统V1.0", "I:一种肿瘤类器官培养基及培养方法"]),
    ("TM20", "cas", "肿瘤早筛基因检测团队", "T0211", "生物医药", 2026, "DRAFT", "", "",
     "拟将血液DNA甲基化检测技术用于肺癌、肝癌的早期筛查，计划在知识产权小镇设立检测实验室。",
     []),
    ("TM21", "cas", "石材纳米防护涂层团队", "T0271", "新材料", 2020, "INCUBATING",
     "五莲中科纳米新材料科技有限公司", "中科莲盾",
     "转化中科院纳米技术成果，开发石材表面纳米防护和防污涂层，提升五莲石材产品附加值。",
     ["I:一种石材表面纳米防护涂层及其制备方法", "U:一种石材板材涂层自动喷涂装置",
      "I:一种自清洁防污纳米涂料及其制备方法", "U:一种涂层紫外光固化装置", "S:涂层施工工艺管理系统V1.0"]),
    ("TM22", "cas", "碳纤维复合材料团队", "T0267", "新材料", 2019, "EXITED",
     "五莲莲碳复合材料有限公司", "莲碳",
     "研发碳纤维增强树脂基复合材料及汽车轻量化部件。因主要客户调整产品线，孵化协议期满后退出平台。",
     ["I:一种碳纤维增强树脂基复合材料及其制备方法", "U:一种碳纤维预浸料收卷装置",
      "U:一种复合材料模压成型模具"]),
    ("TM23", "cas", "特色农产品知识产权运营团队", "T0068", "现代农业", 2020, "INCUBATING",
     "中科莲知（五莲）知识产权服务有限公司", "莲知",
     "为五莲樱桃、蓝莓、绿茶等特色农产品提供植物新品种保护、地理标志申报和品牌运营服务。",
     ["S:农产品品牌知识产权管理平台V1.0", "S:地理标志产品溯源系统V1.0", "S:专利价值评估系统V1.0"]),
    ("TM24", "cas", "智能康复医疗器械团队", "T0279", "生物医药", 2025, "APPROVED",
     "五莲莲医智能医疗器械有限公司", "莲医",
     "研发面向基层医院和养老机构的下肢康复训练机器人，样机已完成，正在申请二类医疗器械注册。",
     ["U:一种下肢康复训练装置", "D:下肢康复训练器"]),
    ("TM25", "kunshan", "机器视觉检测团队", "T0116", "新一代信息技术", 2019, "GRADUATED",
     "昆山莲智电子科技有限公司", "莲智",
     "为消费电子和汽车零部件企业提供基于深度学习的表面缺陷视觉检测设备。毕业后在五莲经济开发区设立了生产基地。",
     ["I:一种基于深度学习的工业表面缺陷检测方法", "U:一种机器视觉检测用多角度光源装置",
      "S:视觉缺陷检测软件V1.0", "I:一种多相机协同的视觉定位方法", "D:视觉检测一体机",
      "U:一种视觉检测用工件翻转机构", "S:视觉检测数据管理平台V2.0"]),
    ("TM26", "kunshan", "精密减速器研发团队", "T0188", "高端装备", 2021, "INCUBATING",
     "昆山莲驰精密机械有限公司", "莲驰",
     "研发工业机器人用精密摆线针轮减速器和谐波减速器，计划在五莲建设量产基地。",
     ["I:一种精密摆线针轮减速器", "U:一种减速器轴承预紧调节结构", "I:一种谐波减速器柔轮齿形设计方法",
      "U:一种减速器综合性能测试台", "S:减速器寿命预测软件V1.0"]),
    ("TM27", "kunshan", "动力电池电解液团队", "T0098", "新能源", 2020, "INCUBATING",
     "昆山莲能新材料科技有限公司", "莲能",
     "开发高电压锂离子电池电解液和新型锂盐添加剂，产品已向两家动力电池企业小批量供货。",
     ["I:一种高电压锂离子电池电解液及其制备方法", "U:一种电解液配制用恒温搅拌装置",
      "I:一种含氟锂盐添加剂的合成方法", "U:一种电解液灌装防潮装置"]),
    ("TM28", "kunshan", "双特异性抗体药物研发团队", "T0169", "生物医药", 2022, "INCUBATING",
     "昆山莲和生物医药科技有限公司", "莲和",
     "依托昆山生物医药产业基础，开展自身免疫疾病双特异性抗体药物研发，已完成候选分子筛选。",
     ["I:一种抗IL-17A/IL-23双特异性抗体及其应用", "I:一种高表达CHO细胞株的构建方法",
      "S:抗体序列分析系统V1.0"]),
    ("TM29", "kunshan", "固态电池研发团队", "T0143", "新能源", 2026, "SUBMITTED", "", "",
     "研发硫化物全固态电池电解质及电芯制备工艺，拟在昆山注册公司后回五莲建设中试线。",
     []),
    ("TM30", "kunshan", "智能安防视觉芯片团队", "T0249", "新一代信息技术", 2025, "APPROVED",
     "昆山莲瞳智能科技有限公司", "莲瞳",
     "开发面向安防摄像头和智能门锁的低功耗视觉处理芯片及配套算法，已与两家整机企业签订合作意向。",
     ["I:一种低照度图像增强的硬件实现方法", "S:视觉芯片算法评估工具V1.0"]),
]

# What a team works on, as talents.csv expertise tags: talents with one of them are candidate
# members (colleagues at the leader's employer first).
TOPICS = {
    "TM01": ["石材加工", "石材", "智能制造", "机器视觉", "高端装备"],
    "TM02": ["新材料", "石材加工", "石材", "精细化工"],
    "TM03": ["蓝莓", "食品加工", "智慧农业", "农产品电商"],
    "TM04": ["樱桃", "食品加工", "农产品电商"],
    "TM05": ["茶叶", "食品加工", "种业"],
    "TM06": ["直播电商", "农产品电商", "新媒体", "供应链管理"],
    "TM07": ["民宿运营", "乡村旅游", "文旅", "规划设计"],
    "TM08": ["文化创意", "石材", "规划设计", "文旅"],
    "TM09": ["机器人", "智能制造", "石材加工", "高端装备"],
    "TM10": ["中医药", "文旅", "乡村旅游"],
    "TM11": ["工业互联网", "物联网", "大数据", "云计算", "软件开发"],
    "TM12": ["芯片设计", "人工智能", "机器视觉"],
    "TM13": ["水产养殖", "海洋科技", "海洋生物", "水处理", "环保技术"],
    "TM14": ["新材料", "碳纤维", "精细化工"],
    "TM15": ["新媒体", "乡村旅游", "文化创意"],
    "TM16": ["供应链管理", "农产品电商", "直播电商"],
    "TM17": ["茶叶", "食品加工"],
    "TM18": ["网络安全", "工业互联网", "软件开发"],
    "TM19": ["创新药", "生物医药"],
    "TM20": ["基因检测", "医学影像", "生物医药"],
    "TM21": ["石材加工", "新材料", "精细化工"],
    "TM22": ["碳纤维", "新材料", "新能源汽车"],
    "TM23": ["知识产权", "种业", "樱桃", "蓝莓", "茶叶"],
    "TM24": ["医疗器械", "机器人", "医学影像"],
    "TM25": ["机器视觉", "人工智能", "软件开发"],
    "TM26": ["高端装备", "机器人", "智能制造"],
    "TM27": ["锂电池", "精细化工", "新能源汽车"],
    "TM28": ["创新药", "生物医药", "基因检测"],
    "TM29": ["锂电池", "新材料", "新能源汽车"],
    "TM30": ["芯片设计", "机器视觉", "人工智能"],
}

# Nice classes for trademarks, by field, and where a team's goods differ
TM_CLASS = {
    "新一代信息技术": "第9类", "高端装备": "第7类", "新材料": "第19类", "生物医药": "第5类",
    "现代农业": "第29类", "文旅康养": "第43类", "电子商务": "第35类", "新能源": "第1类",
}
TM_CLASS_OF_TEAM = {"TM04": "第33类", "TM05": "第30类", "TM08": "第20类", "TM13": "第31类",
                    "TM14": "第17类", "TM17": "第32类", "TM23": "第45类", "TM15": "第35类",
                    "TM24": "第10类"}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def rand_date(lo, hi):
    """a uniformly drawn date in [lo, hi]"""
    if hi < lo:
        raise ValueError((lo, hi))
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    day = min(d.day, [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
                      31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return dt.date(y, m, day)


def agreement_end(start, years):
    """last day of an agreement of whole years starting on start"""
    return add_months(start, 12 * years) - dt.timedelta(days=1)


def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header])


def read_csv(name):
    with open(os.path.join(ROOT, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# --- 统一社会信用代码, GB 32100-2015 ---------------------------------------
CC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters, no I O S V Z
CC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_check_char(first17):
    s = sum(CC_ALPHABET.index(ch) * w for ch, w in zip(first17, CC_WEIGHTS))
    c = 31 - s % 31
    return CC_ALPHABET[0 if c == 31 else c]


def credit_code_valid(code):
    return (len(code) == 18 and all(ch in CC_ALPHABET for ch in code)
            and code[17] == credit_check_char(code[:17]))


# --- 组织机构代码, GB 11714: 8 characters + check (values: digits, A=10 ... Z=35) ---
OC_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_code(prefix):
    """a 9-character organisation code in the style of post-2015 registrations (MA...),
    drawn from characters that are also valid in a credit code, with its GB 11714 check"""
    body_chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = prefix
    while len(body) < 8:
        body += rng.choice(body_chars)
    s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(body, OC_WEIGHTS))
    c = 11 - s % 11
    check = "0" if c == 11 else "X" if c == 10 else str(c)
    return body + check


def make_credit_code(platform, registered_year):
    division = DIVISION[platform]
    if division.startswith("37"):  # Shandong
        prefix = "MA3" if registered_year <= 2019 else rng.choice(["MA94", "MA7", "MAC"])
    else:  # Jiangsu
        prefix = "MA1" if registered_year <= 2019 else rng.choice(["MA2", "MA7", "MAC"])
    first17 = "91" + division + org_code(prefix)
    return first17 + credit_check_char(first17)


def serial_on(day, low, high):
    """a serial number that grows through the year, as filing numbers do"""
    frac = (day.timetuple().tm_yday - 1) / 366
    return max(low, min(high, low + int(frac * (high - low)) + rng.randint(-15000, 15000)))


# --- patent application numbers (CN, since 2003): yyyy + kind + 7 digits + '.' + check ---
def patent_number(kind_digit, filed):
    high = {"1": 1699999, "2": 3499999, "3": 899999}[kind_digit]
    digits = "%d%s%07d" % (filed.year, kind_digit, serial_on(filed, 10000, high))
    s = sum(int(ch) * w for ch, w in zip(digits, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
    check = s % 11
    return "ZL%s.%s" % (digits, "X" if check == 10 else str(check))


def trademark_number(filed):
    # registration numbers run from about 22 million (2017 filings) to about 80 million (2025)
    base = 22000000 + (filed.year - 2017) * 7000000
    return "第%d号" % serial_on(filed, base, base + 6999999)


def software_number(registered):
    return "%dSR%07d" % (registered.year, serial_on(registered, 1000, 1999999))


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
HEADCOUNT = {"DRAFT": (3, 5), "SUBMITTED": (3, 8), "RETURNED": (4, 10), "APPROVED": (6, 18),
             "INCUBATING": (8, 45), "GRADUATED": (32, 60), "EXITED": (5, 15)}

SURNAMES = "王李张刘徐厉管臧郑孙赵陈杨高丁于董宋马郭"
GIVEN = ["建国", "秀英", "立新", "海燕", "志强", "丽华", "文博", "晓东", "春梅", "振宇", "淑珍", "国庆",
         "雨涵", "子轩", "明辉", "玉兰", "浩然", "佳怡", "德胜", "红霞", "思远", "凤英", "俊杰", "晓彤",
         "一鸣", "婷婷", "家豪", "桂芳", "景行", "欣怡"]

OUTSIDE_ROLES = [  # (outside_role, role in the team)
    ("技术顾问", "顾问"), ("财务", "财务负责人"), ("市场", "市场经理"), ("生产主管", "成员"),
    ("销售", "成员"), ("法务顾问", "顾问"), ("运营", "运营经理"),
    ("研发工程师", "成员"), ("质量主管", "成员"),
]
FIELD_OUTSIDE_ROLES = {
    "新一代信息技术": [("算法工程师", "成员"), ("硬件工程师", "成员")],
    "高端装备": [("机械工程师", "成员"), ("电气工程师", "成员"), ("工业设计师", "成员")],
    "新材料": [("工艺工程师", "成员"), ("检测工程师", "成员")],
    "生物医药": [("临床顾问", "顾问"), ("注册专员", "成员")],
    "现代农业": [("农艺师", "成员"), ("种植基地负责人", "成员")],
    "文旅康养": [("策划", "成员"), ("民宿管家", "成员"), ("设计师", "成员")],
    "电子商务": [("主播", "成员"), ("供应链专员", "成员"), ("美工设计", "成员")],
    "新能源": [("电化学工程师", "成员"), ("工艺工程师", "成员")],
}
TEAM_OUTSIDE_ROLES = {  # where the field's roles do not fit the team
    "TM13": [("养殖技术员", "成员"), ("水质检测员", "成员")],
    "TM23": [("专利代理师", "成员"), ("商标代理人", "成员")],
}

INVESTORS = {
    # (government guidance funds, banks) by region; private VCs are shared
    "rizhao": (["日照市创业投资引导基金", "五莲县城投", "五莲县新旧动能转换产业基金"],
               ["日照银行五莲支行", "五莲农商银行", "中国农业银行五莲县支行"]),
    "qingdao": (["青岛市北区科创基金", "青岛市创业投资引导基金", "日照市创业投资引导基金"],
                ["青岛银行市北支行", "日照银行青岛分行"]),
    "kunshan": (["昆山国科创投", "昆山市产业科创基金", "日照市创业投资引导基金"],
                ["中国建设银行昆山分行", "昆山农商银行"]),
}
REGION = {"fatong": "rizhao", "cas": "rizhao", "shibei": "qingdao", "kunshan": "kunshan"}
ANGELS = ["北京中关村莲友天使会", "齐鲁莲友天使基金", "莲升资本"]  # hometown angel investors
VENTURE = ["莲升资本", "青岛海岸线创投", "姑苏新锐创投", "上海浦江源投资", "深圳前海莲心资本",
           "日照蓝海创业投资合伙企业（有限合伙）"]
# (round, lower, upper, step) in yuan
AMOUNT = {"天使轮": (500000, 3000000, 100000), "Pre-A": (3000000, 8000000, 500000),
          "A轮": (8000000, 30000000, 1000000), "B轮": (30000000, 50000000, 5000000),
          "政府引导基金": (1000000, 8000000, 500000), "银行授信": (500000, 5000000, 500000)}
N_ROUNDS = {"GRADUATED": [(3, 1)], "INCUBATING": [(0, 2), (1, 4), (2, 4), (3, 2)],
            "EXITED": [(0, 1), (1, 1)], "APPROVED": [(0, 1), (1, 1)]}


def wchoice(pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def generate():
    platforms = {r["code"]: r for r in read_csv("platforms.csv")}
    talents = read_csv("demo/talents.csv")
    by_key = {t["key"]: t for t in talents}
    taken_names = {t["name"] for t in talents}
    taken_names.update(r["display_name"].split(" ")[-1] for r in read_csv("demo/users.csv"))

    teams, members, ips, financing = [], [], [], []
    used = {}  # talent key -> number of teams (as leader or member)
    for spec in TEAMS:
        used[spec[3]] = used.get(spec[3], 0) + 1
    credit_codes, numbers = [], []
    leader_keys = [spec[3] for spec in TEAMS]

    for (key, platform, name, leader, field, year, status, company, brand, description, ip_titles) in TEAMS:
        reseed("team", key)
        plat = platforms[platform]
        opened = dt.date.fromisoformat(plat["opened_on"])
        if isinstance(year, str):
            founded = dt.date.fromisoformat(year)
            year = founded.year
        else:
            founded = rand_date(dt.date(year, 1, 8), dt.date(year, 12, 20) if year < 2026 else dt.date(2026, 9, 30))
        if status in ("GRADUATED", "EXITED"):  # the first teams moved in soon after the platform opened
            founded = min(founded, opened + dt.timedelta(days=rng.randint(20, 200)))

        # --- agreement ---
        start = end = None
        if status in ("GRADUATED", "EXITED"):
            first = max(founded + dt.timedelta(days=20), opened)
            start = rand_date(first, first + dt.timedelta(days=120))
            end = agreement_end(start, 3 if status == "GRADUATED" else 2)
        elif status == "INCUBATING":
            years = rng.choice([2, 3, 3])
            earliest = max(founded + dt.timedelta(days=30), TODAY - dt.timedelta(days=365 * years - 30), opened)
            # soon after founding or, for an older team, soon after its agreement could have begun
            start = min(rand_date(earliest, earliest + dt.timedelta(days=150)), TODAY - dt.timedelta(days=45))
            end = agreement_end(start, years)
        elif status == "APPROVED":
            start = rng.choice([dt.date(2026, 12, 1), dt.date(2027, 1, 1)])
            end = agreement_end(start, rng.choice([2, 3]))

        lo, hi = HEADCOUNT[status]
        headcount = rng.randint(lo, hi)

        code = ""
        if company:
            code = make_credit_code(platform, max(year, 2017))
            assert credit_code_valid(code), code
            assert code not in credit_codes, code
            credit_codes.append(code)

        teams.append({"key": key, "platform_code": platform, "name": name, "leader_key": leader, "field": field,
                      "founded_on": founded.isoformat(), "headcount": headcount, "company_name": company,
                      "credit_code": code, "status": status,
                      "incubation_start": start.isoformat() if start else "",
                      "incubation_end": end.isoformat() if end else "", "description": description})

        # --- members ---
        reseed("members", key)
        n_members = rng.randint(2, 3) if status in ("DRAFT", "SUBMITTED", "RETURNED") else rng.randint(3, 6)
        n_members = min(n_members, headcount - 1)
        n_talents = rng.randint(1, min(3, n_members - 1))
        fit = TOPICS[key]
        lead = by_key[leader]

        def score(t):
            tags = t["expertise"].split(";")
            s = 3 * sum(1 for x in tags if x in fit) + sum(1 for x in tags if x in FIELD_EXPERTISE[field])
            if t["employer"] and t["employer"] == lead["employer"]:
                s += 4
            if t["stage"] in ("ENGAGED", "RETURNED"):
                s += 2
            return s

        candidates = [t for t in talents
                      if t["key"] != leader and used.get(t["key"], 0) < 2
                      and t["stage"] in ("ENGAGED", "RETURNED", "CONTACTED")
                      and any(x in fit for x in t["expertise"].split(";"))]
        candidates.sort(key=lambda t: (-score(t), t["key"]))
        pool = candidates[:8]
        chosen = rng.sample(pool, min(n_talents, len(pool))) if pool else []
        # one adviser with business skills now and then
        if len(chosen) < n_members - 1 and rng.random() < 0.35:
            advisers = [t for t in talents if t["key"] != leader and used.get(t["key"], 0) < 2
                        and t not in chosen and t["stage"] in ("ENGAGED", "RETURNED")
                        and any(x in SUPPORT_EXPERTISE for x in t["expertise"].split(";"))]
            if advisers:
                chosen.append(rng.choice(advisers))
        chosen.sort(key=lambda t: t["key"])
        rows = []
        tech_lead_given = False
        for t in chosen:
            used[t["key"]] = used.get(t["key"], 0) + 1
            tags = t["expertise"].split(";")
            if not any(x in fit for x in tags) or t["key"] in leader_keys:
                role = "顾问"  # an adviser, or the leader of another team
            elif t["title"] in ("董事长", "总经理", "创始人", "联合创始人", "副总裁", "合伙人"):
                role = "联合创始人"
            elif t["title"] in ("教授", "研究员", "博士生导师", "正高级工程师", "总工程师", "首席架构师"):
                role = "首席科学家" if not tech_lead_given else "技术顾问"
                tech_lead_given = True
            elif t["title"] in ("副教授", "副研究员", "讲师", "高级实验师") and tech_lead_given:
                role = "技术顾问"
            elif "销售" in t["title"] or t["title"] in ("区域经理", "运营专员", "店长"):
                role = "市场负责人"
            elif not tech_lead_given:
                role, tech_lead_given = "技术负责人", True
            else:
                role = rng.choice(["产品经理", "研发工程师", "成员"])
            rows.append({"team_key": key, "talent_key": t["key"], "role": role})
        roles = OUTSIDE_ROLES + TEAM_OUTSIDE_ROLES.get(key, FIELD_OUTSIDE_ROLES[field])
        picked_roles = rng.sample(roles, n_members - len(rows))
        for outside_role, role in picked_roles:
            while True:
                nm = rng.choice(SURNAMES) + rng.choice(GIVEN)
                if nm not in taken_names:
                    break
            taken_names.add(nm)
            rows.append({"team_key": key, "outside_name": nm, "outside_role": outside_role, "role": role})
        members.extend(rows)

        # --- intellectual property ---
        reseed("ip", key)
        age = (LAST_DAY - founded).days / 365.25
        n_ip = min(len(ip_titles) + (1 if brand else 0), 8, max(0, int(age * 1.1 + rng.uniform(-0.5, 1.0))))
        items = []
        if brand and n_ip > 0:
            items.append(("TRADEMARK", "“%s”商标（%s）" % (brand, TM_CLASS_OF_TEAM.get(key, TM_CLASS[field]))))
        items += [( {"I": "INVENTION_PATENT", "U": "UTILITY_PATENT", "D": "DESIGN_PATENT",
                      "S": "SOFTWARE_COPYRIGHT"}[t[0]], t[2:]) for t in ip_titles[: n_ip - len(items)]]
        dated = []
        # filing dates spread over the team's life, the first items of its list filed first
        earliest_filing = founded + dt.timedelta(days=30)
        # an exited team files little after it left
        last = LAST_DAY if status != "EXITED" else min(LAST_DAY, end + dt.timedelta(days=400))
        span = max(0, (last - earliest_filing).days - 90)
        # filing dates spread over the team's life, more of them early, the first items of its list first
        filings = sorted(earliest_filing + dt.timedelta(days=int(span * rng.random() ** 1.4)) for _ in items)
        for (kind, title), filed in zip(items, filings):
            # months from filing to grant
            lag = {"INVENTION_PATENT": (18, 34), "UTILITY_PATENT": (5, 11), "DESIGN_PATENT": (3, 8),
                   "SOFTWARE_COPYRIGHT": (1, 3), "TRADEMARK": (9, 14)}[kind]
            months = rng.randint(*lag)
            extra = rng.randint(0, 20)
            latest_filing = add_months(last, -months) - dt.timedelta(days=extra)
            if latest_filing < earliest_filing:
                continue  # too young a team for this kind
            if filed > latest_filing:
                filed = rand_date(max(earliest_filing, latest_filing - dt.timedelta(days=150)), latest_filing)
            granted = add_months(filed, months) + dt.timedelta(days=extra)
            if kind == "INVENTION_PATENT":
                number = patent_number("1", filed)
            elif kind == "UTILITY_PATENT":
                number = patent_number("2", filed)
            elif kind == "DESIGN_PATENT":
                number = patent_number("3", filed)
            elif kind == "SOFTWARE_COPYRIGHT":
                number = software_number(granted)
            else:
                number = trademark_number(filed)
            assert number not in numbers, number
            numbers.append(number)
            dated.append({"team_key": key, "kind": kind, "title": title, "number": number,
                          "granted_on": granted.isoformat()})
        dated.sort(key=lambda r: (r["granted_on"], r["number"]))
        ips.extend(dated)

        # --- financing ---
        reseed("financing", key)
        if status in N_ROUNDS:
            n = wchoice(N_ROUNDS[status])
            gov, banks = INVESTORS[REGION[platform]]
            stage = 0  # next equity round: 天使轮, Pre-A, A轮, B轮
            day = add_months(founded, rng.randint(3, 12))
            for i in range(n):
                if day > LAST_DAY:
                    break
                if i == 0:  # a first round is an angel round or a guidance fund, never a bank
                    kind = wchoice([("equity", 3), ("gov", 1)])
                else:
                    kind = wchoice([("equity", 6), ("gov", 2), ("bank", 3)])
                if kind == "equity" and stage < 4 and (stage < 3 or status == "GRADUATED" or founded.year <= 2020):
                    if stage == 1 and rng.random() < 0.4:
                        stage = 2  # a team may skip Pre-A
                    rnd = ["天使轮", "Pre-A", "A轮", "B轮"][stage]
                    stage += 1
                    if rnd == "天使轮":
                        investor = rng.choice(ANGELS + VENTURE[1:3])
                    elif rnd == "A轮" and rng.random() < 0.3:
                        investor = rng.choice(gov[:2])  # a guidance fund leads the round
                    else:
                        investor = rng.choice(VENTURE)
                elif kind == "bank":
                    rnd, investor = "银行授信", rng.choice(banks)
                else:
                    rnd, investor = "政府引导基金", rng.choice(gov)
                a_lo, a_hi, step = AMOUNT[rnd]
                amount = rng.randrange(a_lo, a_hi + 1, step)
                financing.append({"team_key": key, "closed_on": day.isoformat(), "amount": "%d.00" % amount,
                                  "investor": investor, "round": rnd})
                day = add_months(day, rng.randint(7, 20)) + dt.timedelta(days=rng.randint(0, 27))

    write_csv(os.path.join(DEMO, "teams.csv"), TEAMS_HEADER, teams)
    write_csv(os.path.join(DEMO, "team_members.csv"), MEMBERS_HEADER, members)
    write_csv(os.path.join(DEMO, "team_ip.csv"), IP_HEADER, ips)
    write_csv(os.path.join(DEMO, "team_financing.csv"), FINANCING_HEADER, financing)


# ---------------------------------------------------------------------------
# check: read the written files back and verify them against the other files
# ---------------------------------------------------------------------------
def check():
    problems = []

    def fail(msg):
        problems.append(msg)

    def date(s, what):
        try:
            return dt.date.fromisoformat(s) if len(s) == 10 else fail("%s: bad date %r" % (what, s))
        except ValueError:
            fail("%s: bad date %r" % (what, s))

    for name, header in (("teams", TEAMS_HEADER), ("team_members", MEMBERS_HEADER),
                         ("team_ip", IP_HEADER), ("team_financing", FINANCING_HEADER)):
        path = os.path.join(DEMO, name + ".csv")
        raw = open(path, "rb").read()
        if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw or not raw.endswith(b"\n"):
            fail(name + ": BOM, CR or missing final LF")
        with open(path, encoding="utf-8", newline="") as f:
            records = list(csv.reader(f))
        if records[0] != header:
            fail(name + ": header " + ",".join(records[0]))
        for i, rec in enumerate(records[1:], 1):
            if len(rec) != len(header):
                fail("%s record %d: %d fields" % (name, i, len(rec)))

    platforms = {r["code"]: r for r in read_csv("platforms.csv")}
    talents = {r["key"]: r for r in read_csv("demo/talents.csv")}
    teams = read_csv("demo/teams.csv")
    members = read_csv("demo/team_members.csv")
    ips = read_csv("demo/team_ip.csv")
    fins = read_csv("demo/team_financing.csv")

    keys = [t["key"] for t in teams]
    if keys != ["TM%02d" % i for i in range(1, 31)]:
        fail("team keys are not TM01..TM30")
    by_team = {t["key"]: t for t in teams}
    leaders = [t["leader_key"] for t in teams]
    if len(set(leaders)) != len(leaders):
        fail("a talent leads two teams")
    codes = [t["credit_code"] for t in teams if t["credit_code"]]
    if len(set(codes)) != len(codes):
        fail("duplicate credit code")
    if len({t["name"] for t in teams}) != len(teams):
        fail("duplicate team name")
    companies = [t["company_name"] for t in teams if t["company_name"]]
    if len(set(companies)) != len(companies):
        fail("duplicate company name")
    teams_of = {}
    for t in teams:
        k = t["key"]
        teams_of.setdefault(t["leader_key"], []).append(k)
        if t["platform_code"] not in platforms:
            fail(k + ": unknown platform")
        lead = talents.get(t["leader_key"])
        if lead is None:
            fail(k + ": unknown leader")
        elif lead["stage"] not in ("ENGAGED", "RETURNED"):
            fail(k + ": leader stage " + lead["stage"])
        elif not any(x in FIELD_EXPERTISE.get(t["field"], []) for x in lead["expertise"].split(";")):
            fail(k + ": leader expertise does not fit " + t["field"])
        if t["field"] not in FIELDS:
            fail(k + ": field " + t["field"])
        if t["status"] not in STATUSES:
            fail(k + ": status " + t["status"])
        founded = date(t["founded_on"], k)
        if founded and not dt.date(2017, 1, 1) <= founded <= dt.date(2026, 12, 31):
            fail(k + ": founded_on out of range")
        if not 3 <= int(t["headcount"]) <= 60:
            fail(k + ": headcount")
        if bool(t["company_name"]) != bool(t["credit_code"]):
            fail(k + ": company_name and credit_code must both be set or both empty")
        cc = t["credit_code"]
        if cc:
            if not credit_code_valid(cc):
                fail(k + ": invalid credit code " + cc)
            if cc[:2] != "91" or cc[2:8] != DIVISION[t["platform_code"]]:
                fail(k + ": credit code prefix " + cc[:8])
        if not 1 <= len(t["description"]) <= 200 or not t["description"].endswith("。"):
            fail(k + ": description")
        if t["status"] in WITH_AGREEMENT:
            s, e = date(t["incubation_start"], k), date(t["incubation_end"], k)
            if s and e and founded:
                if not founded <= s < e:
                    fail(k + ": incubation dates out of order")
                if s < dt.date.fromisoformat(platforms[t["platform_code"]]["opened_on"]):
                    fail(k + ": incubation starts before the platform opened")
                years = (e + dt.timedelta(days=1) - s).days / 365.25
                if not 1.99 <= years <= 3.01:
                    fail(k + ": agreement of %.2f years" % years)
                if t["status"] in ("GRADUATED", "EXITED") and not e < TODAY:
                    fail(k + ": ended agreement ends in the future")
                if t["status"] == "INCUBATING" and not s <= TODAY <= e:
                    fail(k + ": incubating outside its agreement")
                if t["status"] == "APPROVED" and not s > TODAY:
                    fail(k + ": approved team already started")
        elif t["incubation_start"] or t["incubation_end"]:
            fail(k + ": incubation dates on a " + t["status"] + " team")

    count = {}
    for i, m in enumerate(members, 1):
        k = m["team_key"]
        what = "team_members row %d" % i
        if k not in by_team:
            fail(what + ": unknown team")
            continue
        count[k] = count.get(k, 0) + 1
        if m["talent_key"]:
            if m["outside_name"] or m["outside_role"]:
                fail(what + ": both talent and outside person")
            if m["talent_key"] not in talents:
                fail(what + ": unknown talent")
            if m["talent_key"] == by_team[k]["leader_key"]:
                fail(what + ": the leader as a member")
            if k in teams_of.get(m["talent_key"], []):
                fail(what + ": talent twice in a team")
            teams_of.setdefault(m["talent_key"], []).append(k)
        elif not (m["outside_name"] and m["outside_role"]):
            fail(what + ": neither talent nor outside person")
        if not m["role"]:
            fail(what + ": no role")
    for tk, ks in teams_of.items():
        if len(ks) > 2:
            fail("%s is in %d teams" % (tk, len(ks)))
    for t in teams:
        n = count.get(t["key"], 0)
        if not 2 <= n <= 6:
            fail("%s: %d members" % (t["key"], n))
        if n + 1 > int(t["headcount"]):
            fail("%s: more members than headcount" % t["key"])

    nums = [r["number"] for r in ips]
    if len(set(nums)) != len(nums):
        fail("duplicate IP number")
    per_team = {}
    for i, r in enumerate(ips, 1):
        what = "team_ip row %d" % i
        t = by_team.get(r["team_key"])
        if t is None:
            fail(what + ": unknown team")
            continue
        per_team[r["team_key"]] = per_team.get(r["team_key"], 0) + 1
        if r["kind"] not in IP_KINDS or not r["title"]:
            fail(what + ": kind/title")
        g = date(r["granted_on"], what)
        if g and not dt.date.fromisoformat(t["founded_on"]) < g <= LAST_DAY:
            fail(what + ": granted_on out of range")
        n = r["number"]
        import re
        pat = {"INVENTION_PATENT": r"ZL20\d\d1\d{7}\.[\dX]", "UTILITY_PATENT": r"ZL20\d\d2\d{7}\.[\dX]",
               "DESIGN_PATENT": r"ZL20\d\d3\d{7}\.[\dX]", "SOFTWARE_COPYRIGHT": r"20\d\dSR\d{7}",
               "TRADEMARK": r"第\d{8}号"}.get(r["kind"], "")
        if not re.fullmatch(pat, n):
            fail(what + ": number " + n)
        if g and r["kind"].endswith("PATENT") and int(n[2:6]) > g.year:
            fail(what + ": filed after granted")
        if g and r["kind"] == "SOFTWARE_COPYRIGHT" and int(n[:4]) != g.year:
            fail(what + ": copyright year")
    for k, n in per_team.items():
        if n > 8:
            fail(k + ": more than 8 IP items")

    per_team = {}
    for i, r in enumerate(fins, 1):
        what = "team_financing row %d" % i
        t = by_team.get(r["team_key"])
        if t is None:
            fail(what + ": unknown team")
            continue
        per_team[r["team_key"]] = per_team.get(r["team_key"], 0) + 1
        if t["status"] in ("DRAFT", "SUBMITTED", "RETURNED"):
            fail(what + ": financing of a " + t["status"] + " team")
        c = date(r["closed_on"], what)
        if c and not dt.date.fromisoformat(t["founded_on"]) < c <= LAST_DAY:
            fail(what + ": closed_on out of range")
        if r["round"] not in ROUNDS or not r["investor"]:
            fail(what + ": round/investor")
        a = r["amount"]
        if not (a.endswith(".00") and a[:-3].isdigit() and 500000 <= int(a[:-3]) <= 50000000):
            fail(what + ": amount " + a)
    for k, n in per_team.items():
        if n > 3:
            fail(k + ": more than 3 rounds")

    # the shape of the data set
    want = {"DRAFT": 2, "SUBMITTED": 2, "APPROVED": 2, "RETURNED": 1, "INCUBATING": 18, "GRADUATED": 3, "EXITED": 2}
    for st, n in want.items():
        if sum(1 for t in teams if t["status"] == st) != n:
            fail("not %d %s teams" % (n, st))
    if sum(1 for t in teams if not t["company_name"]) != 4:
        fail("not 4 unregistered teams")
    for kind in IP_KINDS:
        if not any(r["kind"] == kind for r in ips):
            fail("no IP item of kind " + kind)
    for rnd in ROUNDS:
        if not any(r["round"] == rnd for r in fins):
            fail("no financing round " + rnd)
    for field in FIELDS:
        if not any(t["field"] == field for t in teams):
            fail("no team in " + field)

    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    print("teams %d, team_members %d, team_ip %d, team_financing %d: %s"
          % (len(teams), len(members), len(ips), len(fins), "OK" if not problems else "%d problems" % len(problems)))
    return not problems


if __name__ == "__main__":
    if "--check" not in sys.argv[1:]:
        generate()
    sys.exit(0 if check() else 1)
