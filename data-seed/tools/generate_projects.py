#!/usr/bin/env python3
"""Generate the fictional demo projects (项目) of Liancai (莲才): 项目为王, 军令状, 两旗一牌.

Python 3 standard library only. Deterministic: a fixed random seed, no set
iteration, no clock. Running it twice produces byte-identical files.

    python3 data-seed/tools/generate_projects.py          # write, then check
    python3 data-seed/tools/generate_projects.py --check  # regenerate in memory, compare
                                                          # with the files, then check them

Reads data-seed/platforms.csv, townships.csv, demo/talents.csv, demo/teams.csv,
demo/team_members.csv and demo/users.csv (never changes them); writes
demo/projects.csv, demo/project_transitions.csv, demo/project_milestones.csv and
demo/project_updates.csv.

The 56 projects themselves (title, team or lead talent, platform, industry,
where they land, planned investment, responsible county leader, first
recommender, stage, and which flag of 两旗一牌 they are meant to earn) are
written out by hand below. Dates (contact, transitions, milestones of the
commitment, progress updates), actual investment and update texts are drawn
from one seeded random stream per project: a draw that does not give the
project the flags it is meant to have is thrown away and drawn again (at most
MAX_ATTEMPTS times, then the script fails). After writing, the files are read
back and checked (see check()); the check recomputes the flags the way the
application does and prints them with the totals.
"""
import csv
import datetime as dt
import io
import os
import random
import sys

SEED = 20190301  # fixed (the date of the source interview)
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # data-seed/
DEMO = os.path.join(ROOT, "demo")
TODAY = dt.date(2026, 11, 27)          # "now" of the demo data set (as generate_demo.py)
LAST_DAY = dt.date(2026, 11, 25)       # latest date of a past event (transition, met milestone, update)
FIRST_CREATED = dt.date(2023, 6, 1)
LAST_CREATED = dt.date(2026, 9, 30)
RECENT = TODAY - dt.timedelta(days=30)  # 2026-10-28: an update on or after it is "recent" (red flag)
QUIET_LAST = dt.date(2026, 10, 20)     # projects meant to be quiet have nothing after this day
MIN_TOTAL = 12000000000                # the document: 总投资120多亿元
MAX_ATTEMPTS = 5000

rng = random.Random(SEED)


def reseed(part, key, attempt=0):
    """one random stream per project, part and attempt: a change to one project leaves the
    others as they were. String seeds are stable across runs."""
    global rng
    rng = random.Random("%d/%s/%s/%d" % (SEED, part, key, attempt))


PROJECTS_HEADER = ["key", "title", "team_key", "lead_talent_key", "platform_code", "industry", "township_code",
                   "location", "planned_investment", "actual_investment", "county_leader", "recommender_kind",
                   "recommender_talent_key", "recommender_username", "recommender_name", "recommender_reward",
                   "stage", "created_on", "description"]
TRANSITIONS_HEADER = ["project_key", "to_stage", "on"]
MILESTONES_HEADER = ["project_key", "seq", "title", "due_on", "standard", "met_on"]
UPDATES_HEADER = ["project_key", "on", "percent", "text", "by_username"]

STAGES = ["NEGOTIATING", "SIGNED", "LANDED", "STARTED", "PRODUCING"]  # 洽谈 签约 落地 开工 投产
STAGE_CN = {"NEGOTIATING": "洽谈", "SIGNED": "签约", "LANDED": "落地", "STARTED": "开工", "PRODUCING": "投产"}
# the team `field` vocabulary plus 石材加工 and 纺织服装
INDUSTRIES = ["石材加工", "高端装备", "新材料", "新能源", "生物医药", "新一代信息技术", "现代农业", "文旅康养",
              "电子商务", "纺织服装"]
RECOMMENDER_KINDS = ["TALENT", "STAFF", "OUTSIDER"]
DOCUMENT_REWARD = 430000  # the document: 对鸿日新能源汽车项目第一引荐人公开奖励43万元

# 包联领导: the responsible county leaders (fictional), "职务 姓名"
LEADERS = [
    "县委副书记 刘建国",
    "县委常委、常务副县长 周立诚",
    "县委常委、组织部部长 郑红梅",
    "县委常委、统战部部长 许文涛",
    "副县长 孙丽",
    "副县长 厉振东",
    "副县长 杜海峰",
    "县政协副主席 韩春燕",
]

# Flags each project is meant to earn (recomputed from the files by check()):
#   N  nothing: no milestone met yet, none overdue
#   Q  quiet: on schedule, but no progress update in the last 30 days -> no flag
#   R  red flag (红旗)        RP red flag and plaque (奖牌)        P plaque only
#   Y  yellow flag (黄旗)     L  a milestone met late, none overdue -> no flag
PROFILES = ["N", "Q", "R", "RP", "P", "Y", "L"]

# ---------------------------------------------------------------------------
# The projects, by hand.
# (key, title, team, lead talent (team leader when a team is given), platform, industry, kind,
#  township code, location, planned investment in 万元, leader index, (recommender kind, who),
#  reward in yuan or 0, stage, profile, description)
# kind picks the commitment template and the wording of progress updates.
# ---------------------------------------------------------------------------
W = 10000  # yuan per 万元
PROJECTS = [
    ("P01", "新能源专用车及核心零部件产业园项目", "", "T0295", "", "新能源", "factory",
     "371121400", "五莲经济开发区兴业路1号", 300000, 0, ("OUTSIDER", "深圳五莲商会 会长 厉宝华"), DOCUMENT_REWARD,
     "PRODUCING", "R",
     "建设新能源专用车整车生产线及电机、电控等核心零部件配套产业园，一期形成年产3万辆专用车的能力。项目第一引荐人获县政府公开奖励43万元。"),
    ("P02", "花岗岩石材绿色智能产业园项目", "", "T0284", "", "石材加工", "factory",
     "371121108", "中至镇石材产业园园区大道6号", 116000, 1, ("TALENT", "T0270"), 200000,
     "STARTED", "R",
     "整合中至镇周边分散的石材加工企业，建设集荒料堆场、智能加工车间和石粉综合利用于一体的绿色石材产业园。园区采用湿法作业和循环水系统，实现污水零排放。"),
    ("P03", "五莲山康养度假区项目", "", "T0239", "", "文旅康养", "tourism",
     "371121401", "五莲山旅游风景区光明寺路18号", 104000, 7, ("OUTSIDER", "青岛五莲商会 会长 管怀德"), 150000,
     "STARTED", "Y",
     "依托五莲山景区建设康养酒店、中医理疗中心和山地运动营地，打造“山水康养”旅游目的地。项目分两期实施，一期建设康养酒店和游客服务中心。"),
    ("P04", "功率半导体器件封装测试项目", "", "T0319", "cas", "新一代信息技术", "factory",
     "371121400", "五莲经济开发区科创路18号", 100000, 3, ("TALENT", "T0124"), 0,
     "LANDED", "R",
     "建设车规级IGBT和碳化硅功率器件封装测试生产线，产品面向新能源汽车和光伏逆变器市场。核心专利经中科院知识产权小镇完成许可。"),
    ("P05", "锂离子电池电解液及添加剂项目", "TM27", "T0098", "kunshan", "新能源", "factory",
     "371121002", "高泽街道新材料产业园纬三路9号", 100000, 0, ("TALENT", "T0269"), 120000,
     "STARTED", "R",
     "将昆山智谷孵化的高电压电解液技术回五莲产业化，建设年产5万吨电解液及2000吨新型锂盐添加剂生产线。"),
    ("P06", "精密减速器量产基地项目", "TM26", "T0188", "kunshan", "高端装备", "factory",
     "371121400", "五莲经济开发区智造路22号", 38000, 5, ("TALENT", "T0147"), 80000,
     "STARTED", "R",
     "建设工业机器人用精密摆线针轮减速器和谐波减速器量产基地，达产后年产减速器20万台。"),
    ("P07", "储能电池模组及系统集成项目", "", "T0045", "", "新能源", "factory",
     "371121400", "五莲经济开发区兴业路29号", 32000, 0, ("OUTSIDER", "日照市储能产业协会 副会长 郑连城"), 100000,
     "STARTED", "Q",
     "建设储能电池模组、电池管理系统和集装箱式储能系统集成生产线，配套服务鲁东南地区的新能源电站。"),
    ("P08", "化学原料药及制剂生产基地项目", "", "T0022", "", "生物医药", "lab",
     "371121400", "五莲经济开发区医药产业园康宁路3号", 32000, 4, ("STAFF", "office"), 0,
     "LANDED", "Y",
     "建设符合GMP要求的化学原料药合成车间和口服固体制剂车间，主要生产心脑血管类仿制药。"),
    ("P09", "边缘AI芯片封装测试基地项目", "TM12", "T0264", "shibei", "新一代信息技术", "factory",
     "371121400", "五莲经济开发区科创路26号", 18000, 3, ("STAFF", "office"), 0,
     "SIGNED", "Y",
     "为团队自研的低功耗边缘AI推理芯片建设封装测试和模组生产线，实现“青岛研发、五莲制造”。"),
    ("P10", "抗体药物中试及生产基地项目", "TM28", "T0169", "kunshan", "生物医药", "lab",
     "371121400", "五莲经济开发区医药产业园康宁路11号", 19000, 4, ("TALENT", "T0263"), 0,
     "LANDED", "Y",
     "建设2000升规模的抗体药物中试车间和商业化生产车间，承接团队双特异性抗体候选药物的临床样品生产。"),
    ("P11", "智能视觉检测装备产业化二期项目", "TM25", "T0116", "kunshan", "新一代信息技术", "factory",
     "371121400", "五莲经济开发区智造路8号", 18000, 5, ("TALENT", "T0216"), 0,
     "PRODUCING", "L",
     "在一期生产基地的基础上新建视觉检测设备总装车间和光学实验室，新增年产800台套视觉检测设备的产能。"),
    ("P12", "人造石英石板材二期扩建项目", "TM02", "T0001", "fatong", "新材料", "factory",
     "371121400", "五莲经济开发区莲花路16号", 16500, 1, ("TALENT", "T0204"), 0,
     "PRODUCING", "L",
     "在一期年产60万平方米生产线的基础上扩建两条人造石英石板材生产线，新增年产80万平方米，年消纳花岗岩石粉约12万吨。"),
    ("P13", "抗肿瘤创新药中试基地项目", "TM19", "T0151", "cas", "生物医药", "lab",
     "371121400", "五莲经济开发区科创路8号中科院知识产权小镇6号楼", 9500, 4, ("STAFF", "office2"), 0,
     "STARTED", "Y",
     "建设小分子创新药中试车间和质量研究实验室，为候选化合物提供公斤级样品制备和临床申报支持。"),
    ("P14", "工业互联网区域节点及数据中心项目", "TM11", "T0288", "shibei", "新一代信息技术", "digital",
     "371121400", "五莲经济开发区数字经济产业园1号楼", 8600, 3, ("TALENT", "T0032"), 0,
     "PRODUCING", "L",
     "建设工业互联网标识解析节点和边缘数据中心，为日照市中小制造企业提供设备上云和数据服务。"),
    ("P15", "城市智能算力中心项目", "", "T0015", "shibei", "新一代信息技术", "digital",
     "371121400", "五莲经济开发区数字经济产业园3号楼", 12600, 3, ("TALENT", "T0260"), 0,
     "STARTED", "R",
     "建设智能算力中心及配套液冷机房，一期部署算力500P，为县内企业和科研机构提供人工智能训练和推理服务。"),
    ("P16", "樱桃谷田园综合体项目", "", "T0075", "", "文旅康养", "tourism",
     "371121107", "叩官镇樱桃谷景区", 14500, 7, ("TALENT", "T0091"), 0,
     "STARTED", "Y",
     "以千亩樱桃园为基础建设采摘体验区、樱桃主题民宿和农产品展销中心，打造农文旅融合的田园综合体。"),
    ("P17", "石刻艺术小镇项目", "", "T0309", "", "文旅康养", "tourism",
     "371121201", "石场乡石刻文化街", 11000, 7, ("OUTSIDER", "北京五莲同乡会 会长 许承志"), 0,
     "SIGNED", "Y",
     "利用石场乡废弃采石场和传统石刻工艺资源，建设石刻艺术馆、工匠工作室和文创街区。"),
    ("P18", "碳纤维复合材料轻量化部件项目", "", "T0021", "kunshan", "新材料", "factory",
     "371121400", "五莲经济开发区莲花路30号", 12500, 5, ("OUTSIDER", "苏州日照商会 副会长 臧立群"), 0,
     "STARTED", "Q",
     "生产碳纤维增强复合材料汽车轻量化部件和无人机结构件，采用高压树脂传递模塑工艺。"),
    ("P19", "固态存储模组生产线项目", "", "T0122", "kunshan", "新一代信息技术", "factory",
     "371121400", "五莲经济开发区科创路36号", 13200, 3, ("STAFF", "office"), 0,
     "LANDED", "R",
     "建设固态硬盘和嵌入式存储模组的贴片、封装和测试生产线，主要供应工控和车载存储市场。"),
    ("P20", "医学影像设备核心部件项目", "", "T0044", "kunshan", "生物医药", "factory",
     "371121400", "五莲经济开发区医药产业园康宁路20号", 11800, 4, ("TALENT", "T0138"), 0,
     "SIGNED", "R",
     "生产CT球管、高压发生器等医学影像设备核心部件，填补鲁东南地区医学影像部件制造的空白。"),
    ("P21", "农光互补光伏及储能电站项目", "", "T0109", "", "新能源", "energy",
     "371121103", "潮河镇东山村", 12000, 0, ("OUTSIDER", "济南五莲商会 常务副会长 丁树林"), 0,
     "STARTED", "L",
     "利用潮河镇荒山荒坡和农村屋顶建设农光互补光伏电站及配套储能设施，总装机容量60兆瓦。"),
    ("P22", "石墨烯导热膜生产线项目", "TM14", "T0268", "shibei", "新材料", "factory",
     "371121400", "五莲经济开发区莲花路12号", 7800, 5, ("STAFF", "office2"), 0,
     "STARTED", "Q",
     "建设年产50万平方米石墨烯导热膜和导热垫片生产线，产品主要供应充电桩和消费电子企业。"),
    ("P23", "石材搬运机器人智能制造基地项目", "TM09", "T0086", "fatong", "高端装备", "factory",
     "371121400", "五莲经济开发区智造路15号", 9800, 5, ("STAFF", "office"), 0,
     "PRODUCING", "RP",
     "建设石材大板搬运、翻板和装车机器人总装车间，年产各类石材专用机器人500台套。"),
    ("P24", "智能焊接机器人生产项目", "", "T0316", "", "高端装备", "factory",
     "371121400", "五莲经济开发区智造路19号", 9500, 5, ("OUTSIDER", "宁波五莲商会 会长 高振邦"), 50000,
     "PRODUCING", "RP",
     "生产面向钢结构和工程机械行业的智能焊接机器人工作站，配套开发离线编程软件。"),
    ("P25", "石材纳米防护涂料生产项目", "TM21", "T0271", "cas", "新材料", "factory",
     "371121400", "五莲经济开发区莲花路22号", 12000, 5, ("TALENT", "T0170"), 0,
     "PRODUCING", "RP",
     "建设年产3000吨石材纳米防护涂料和防污涂料生产线，同时为县内石材企业提供涂层加工服务。"),
    ("P26", "蓝莓精深加工及冷链物流中心项目", "TM03", "T0024", "fatong", "现代农业", "agri",
     "371121102", "街头镇蓝莓产业园", 8000, 6, ("STAFF", "office"), 0,
     "PRODUCING", "P",
     "建设蓝莓原浆、冻干果加工车间和5000吨冷库，年加工蓝莓鲜果1.2万吨。"),
    ("P27", "乡村旅游数字营销服务中心项目", "TM15", "T0278", "shibei", "文旅康养", "digital",
     "371121001", "洪凝街道利民路66号", 800, 2, ("STAFF", "office2"), 0,
     "PRODUCING", "P",
     "在县城设立乡村旅游短视频拍摄基地和直播间，为全县乡村旅游点提供内容策划和线上营销服务。"),
    ("P28", "工业大数据服务平台项目", "", "T0302", "cas", "新一代信息技术", "digital",
     "371121001", "洪凝街道人民路218号", 3000, 3, ("TALENT", "T0201"), 0,
     "PRODUCING", "P",
     "为县内石材、机械企业搭建工业大数据服务平台，提供能耗监测、订单排产和质量追溯服务。"),
    ("P29", "九仙山绿茶精深加工厂项目", "TM05", "T0059", "fatong", "现代农业", "agri",
     "371121202", "户部乡九仙山茶园", 4200, 6, ("TALENT", "T0132"), 0,
     "PRODUCING", "Q",
     "建设绿茶精制车间、茶多酚提取车间和袋泡茶包装线，年加工干茶500吨。"),
    ("P30", "一次性医用耗材生产项目", "", "T0138", "fatong", "生物医药", "factory",
     "371121400", "五莲经济开发区医药产业园康宁路8号", 6000, 4, ("STAFF", "office"), 0,
     "PRODUCING", "Q",
     "生产一次性输液器、采血针等医用耗材，建设十万级洁净车间4000平方米。"),
    ("P31", "樱桃种苗繁育及智慧果园项目", "", "T0043", "cas", "现代农业", "agri",
     "371121107", "叩官镇樱桃种苗繁育基地", 4500, 6, ("STAFF", "office2"), 0,
     "PRODUCING", "Q",
     "建设樱桃脱毒种苗组培中心和300亩智慧示范果园，年繁育优质樱桃苗木100万株。"),
    ("P32", "中药饮片及配方颗粒生产项目", "", "T0202", "cas", "生物医药", "lab",
     "371121105", "于里镇中药材产业园", 8800, 4, ("TALENT", "T0020"), 0,
     "PRODUCING", "L",
     "以五莲山道地中药材为原料建设中药饮片和配方颗粒生产线，配套建设2000亩中药材种植基地。"),
    ("P33", "石材智能工厂技术改造项目", "", "T0207", "", "石材加工", "factory",
     "371121104", "许孟镇石材加工园区", 11000, 1, ("TALENT", "T0036"), 0,
     "PRODUCING", "L",
     "对许孟镇石材加工园区8家企业实施智能化改造，引进数控桥切机、连续磨机和智能排版系统。"),
    ("P34", "石材智能切割装备生产基地项目", "TM01", "T0272", "fatong", "高端装备", "factory",
     "371121400", "五莲经济开发区智造路6号", 12000, 1, ("TALENT", "T0117"), 0,
     "STARTED", "Q",
     "建设石材智能切割装备总装车间，年产智能桥切机、数控异形机等设备300台。"),
    ("P35", "石粉固废综合利用新型建材项目", "TM02", "T0001", "fatong", "新材料", "factory",
     "371121108", "中至镇石材产业园园区大道18号", 8000, 1, ("STAFF", "office"), 0,
     "LANDED", "Q",
     "利用石材加工产生的石粉和边角料生产透水砖、干粉砂浆等新型建材，年消纳石材固废20万吨。"),
    ("P36", "樱桃果酒酒庄及冷链仓储项目", "TM04", "T0076", "fatong", "现代农业", "agri",
     "371121107", "叩官镇樱桃谷酒庄路1号", 6500, 6, ("TALENT", "T0043"), 0,
     "STARTED", "L",
     "建设樱桃果酒发酵车间、地下酒窖和2000吨樱桃冷链仓储中心，延长樱桃的销售期。"),
    ("P37", "五莲直播电商产业园项目", "TM06", "T0058", "fatong", "电子商务", "digital",
     "371121001", "洪凝街道解放路88号", 6500, 2, ("TALENT", "T0199"), 0,
     "LANDED", "R",
     "改造县城闲置商业楼宇建设直播电商产业园，设直播间60个、产地仓1万平方米，孵化本地电商主播。"),
    ("P38", "五莲山精品民宿集群项目", "TM07", "T0310", "fatong", "文旅康养", "tourism",
     "371121401", "五莲山旅游风景区石屋子沟村", 9800, 7, ("STAFF", "office2"), 0,
     "STARTED", "Q",
     "收储五莲山周边闲置农房60余套，改造建设精品民宿集群和乡村研学营地。"),
    ("P39", "石雕文创产业园项目", "TM08", "T0237", "fatong", "文旅康养", "tourism",
     "371121108", "中至镇文创街12号", 6000, 7, ("TALENT", "T0276"), 0,
     "LANDED", "Q",
     "建设石雕文创产品设计研发中心、工匠工作室和展销中心，带动周边石雕艺人200余人就业。"),
    ("P40", "中医药康养旅居中心项目", "TM10", "T0172", "fatong", "文旅康养", "tourism",
     "371121401", "五莲山旅游风景区九仙山路", 5000, 7, ("STAFF", "office"), 0,
     "NEGOTIATING", "N",
     "拟利用五莲山道地药材资源建设中医药康养旅居中心，提供体质辨识、药膳和康养旅居服务。"),
    ("P41", "特色农产品种业创新中心项目", "TM23", "T0068", "cas", "现代农业", "agri",
     "371121105", "于里镇农业科技园", 2600, 6, ("STAFF", "office2"), 0,
     "LANDED", "Q",
     "建设樱桃、蓝莓、绿茶新品种选育试验基地和地理标志产品检测中心。"),
    ("P42", "康复医疗器械产业化项目", "TM24", "T0279", "cas", "生物医药", "factory",
     "371121400", "五莲经济开发区科创路8号中科院知识产权小镇9号楼", 7500, 4, ("TALENT", "T0163"), 0,
     "SIGNED", "N",
     "建设下肢康复训练机器人生产线和临床评价中心，年产康复医疗器械2000台。"),
    ("P43", "肿瘤早筛检测实验室项目", "TM20", "T0211", "cas", "生物医药", "lab",
     "371121001", "洪凝街道健康路9号", 3000, 4, ("TALENT", "T0150"), 0,
     "NEGOTIATING", "N",
     "拟建设血液DNA甲基化检测实验室，开展肺癌、肝癌早期筛查服务。"),
    ("P44", "固态电池中试线项目", "TM29", "T0143", "kunshan", "新能源", "lab",
     "371121400", "五莲经济开发区兴业路40号", 8000, 0, ("TALENT", "T0052"), 0,
     "NEGOTIATING", "N",
     "拟在五莲建设硫化物全固态电池电解质材料及电芯中试线，目前正与团队商谈用地和厂房代建方案。"),
    ("P45", "安防视觉模组生产项目", "TM30", "T0249", "kunshan", "新一代信息技术", "factory",
     "371121400", "五莲经济开发区科创路30号", 9000, 3, ("STAFF", "office"), 0,
     "SIGNED", "N",
     "建设低功耗视觉处理芯片模组贴装和整机测试生产线，为合作整机企业配套供货。"),
    ("P46", "工业镜头及光源模组生产项目", "TM25", "T0116", "kunshan", "新一代信息技术", "factory",
     "371121400", "五莲经济开发区智造路12号", 6800, 5, ("STAFF", "office2"), 0,
     "STARTED", "Q",
     "为视觉检测装备配套生产工业镜头、条形光源和同轴光源模组，年产光学模组5万套。"),
    ("P47", "智能物联网终端制造项目", "", "T0168", "shibei", "新一代信息技术", "factory",
     "371121400", "五莲经济开发区科创路40号", 7600, 3, ("TALENT", "T0102"), 0,
     "STARTED", "Q",
     "生产智能电表采集终端、农业物联网传感器等终端设备，年产物联网终端200万台。"),
    ("P48", "绿茶电商仓储分拨中心项目", "", "T0047", "fatong", "电子商务", "digital",
     "371121001", "洪凝街道物流园6号库", 1500, 2, ("TALENT", "T0243"), 0,
     "STARTED", "Q",
     "建设绿茶电商仓储分拨中心和包装车间，承接全县绿茶、杂粮等农特产品的电商订单发货。"),
    ("P49", "高性能金刚石工具项目", "", "T0308", "fatong", "新材料", "factory",
     "371121108", "中至镇石材产业园园区大道26号", 9000, 1, ("TALENT", "T0210"), 0,
     "STARTED", "Q",
     "生产石材加工用金刚石锯片、绳锯和磨块，年产金刚石工具120万片（件）。"),
    ("P50", "乡村民宿改造及露营地项目", "", "T0064", "shibei", "文旅康养", "tourism",
     "371121110", "松柏镇窝洛子村", 3500, 7, ("TALENT", "T0236"), 0,
     "LANDED", "Q",
     "改造松柏镇闲置石头房建设乡村民宿20套，配套建设房车露营地和自然教育基地。"),
    ("P51", "针织服装智能制造及跨境电商项目", "", "T0250", "kunshan", "纺织服装", "factory",
     "371121106", "汪湖镇纺织服装产业园", 9600, 2, ("OUTSIDER", "上海五莲商会 秘书长 丁慧敏"), 0,
     "LANDED", "Q",
     "建设针织服装智能吊挂生产线和跨境电商运营中心，产品主要出口日韩和欧洲市场。"),
    ("P52", "服装直播电商供应链基地项目", "", "T0199", "shibei", "纺织服装", "factory",
     "371121001", "洪凝街道工业园纬二路5号", 6000, 2, ("TALENT", "T0180"), 0,
     "LANDED", "L",
     "建设服装柔性快反生产车间和直播选品中心，为直播电商提供小单快反的服装供应链服务。"),
    ("P53", "五莲石材数字化交易中心项目", "", "T0117", "", "石材加工", "digital",
     "371121104", "许孟镇石材物流园", 8000, 1, ("STAFF", "office2"), 0,
     "LANDED", "Q",
     "建设石材荒料和大板展示交易中心及线上交易平台，提供石材仓储、检测和物流服务。"),
    ("P54", "中医药大健康产品研发项目", "", "T0263", "kunshan", "生物医药", "lab",
     "371121400", "五莲经济开发区医药产业园康宁路15号", 6000, 4, ("TALENT", "T0273"), 0,
     "SIGNED", "N",
     "研发以五莲山道地中药材为原料的药食同源产品和中药保健食品，建设研发中心和生产车间。"),
    ("P55", "AI视觉质检云平台项目", "", "T0099", "kunshan", "新一代信息技术", "digital",
     "371121001", "洪凝街道人民路300号", 5000, 3, ("TALENT", "T0015"), 0,
     "NEGOTIATING", "Y",
     "拟建设面向中小制造企业的AI视觉质检云平台，提供缺陷检测模型训练和部署服务。"),
    ("P56", "食用菌工厂化栽培项目", "", "T0091", "", "现代农业", "agri",
     "371121106", "汪湖镇现代农业产业园", 5680, 6, ("STAFF", "office"), 0,
     "STARTED", "Q",
     "建设食用菌工厂化栽培车间和菌棒生产线，日产鲜菇30吨，带动周边农户发展林下种植。"),
]

# ---------------------------------------------------------------------------
# The commitment (军令状): milestone templates by kind.
# anchor: S signing, SL between signing and landing, L landing, T start of construction,
#         TP between start and production, P production.
# A milestone anchored to a stage is met on the day of that transition; SL and TP are met between.
# ---------------------------------------------------------------------------
COMMON_S = ("S", "签订正式投资协议", "签订正式投资协议并经县政府常务会议审议通过")
COMMON_SL = ("SL", "项目公司注册及立项备案", "取得营业执照和投资项目备案证明")
TEMPLATES = {
    "factory": [COMMON_SL,
                ("L", "土地摘牌", "签订土地出让合同并取得不动产权证书"),
                ("T", "开工建设", "取得施工许可证并正式开工"),
                ("TP", "主体厂房封顶", "主体厂房封顶并通过主体结构验收"),
                ("TP", "设备安装调试", "主要生产设备进场并完成安装调试"),
                ("P", "竣工投产", "首条生产线试产，产出合格产品")],
    "lab": [COMMON_SL,
            ("L", "场地落实", "签订厂房购置（租赁）合同并完成交付"),
            ("T", "洁净车间改造开工", "取得施工许可证，洁净车间改造工程开工"),
            ("TP", "洁净车间竣工", "洁净车间通过第三方检测验收"),
            ("TP", "中试线安装验证", "中试设备安装完成并通过设备验证"),
            ("P", "试生产", "取得生产许可并完成首批试生产")],
    "tourism": [COMMON_SL,
                ("L", "资源流转落地", "签订土地（房屋）流转或租赁合同并完成交付"),
                ("T", "改造工程开工", "取得施工手续，改造工程正式开工"),
                ("TP", "主体工程完工", "客房和主要场馆改造完工"),
                ("TP", "配套设施完工", "道路、停车场、给排水等配套设施完工"),
                ("P", "开业运营", "对外开业并接待首批游客")],
    "agri": [COMMON_SL,
             ("L", "土地流转", "签订土地流转合同，流转面积达到协议约定"),
             ("T", "基地建设开工", "加工车间和设施基地开工建设"),
             ("TP", "设施基地建成", "冷库（温室）及配套设施建成"),
             ("TP", "加工车间建成", "加工车间竣工并完成设备安装"),
             ("P", "投产运营", "加工线试产，首批产品上市销售")],
    "digital": [COMMON_SL,
                ("L", "经营场地落实", "签订场地租赁（购置）合同并完成交付"),
                ("T", "场地改造开工", "场地装修改造（机房建设）开工"),
                ("TP", "场地改造完工", "装修改造完工并通过消防验收"),
                ("TP", "系统联调", "主要设备安装完成，业务系统联调通过"),
                ("P", "建成运营", "建成投入运营，首批企业（用户）入驻")],
    "energy": [COMMON_SL,
               ("L", "用地及屋顶落实", "签订土地和屋顶租赁协议并完成备案"),
               ("T", "电站开工建设", "取得开工手续，电站正式开工"),
               ("TP", "光伏组件安装", "光伏组件安装完成80%"),
               ("TP", "升压站建成", "升压站及送出线路完工"),
               ("P", "并网发电", "全容量并网发电")],
}
ANCHOR_OF = {}  # milestone title -> anchor (titles are unique per anchor)
for _kind, _steps in TEMPLATES.items():
    for _a, _t, _s in _steps + [COMMON_S]:
        assert ANCHOR_OF.get(_t, _a) == _a, _t
        ANCHOR_OF[_t] = _a
ANCHOR_STAGE = {"S": 1, "SL": 1, "L": 2, "T": 3, "TP": 3, "P": 4}  # stage index from which it can be met

# ---------------------------------------------------------------------------
# Progress update texts (as a field officer types them on a phone), by phase. Within a
# phase the texts are used in list order (some skipped), so that a later step never
# comes before an earlier one. {p} a share in %, {k} a small count, {w} workers,
# {x} a monthly output in 万元, {city} where the lead talent lives, {amount} the planned investment.
# ---------------------------------------------------------------------------
TXT_FIRST = [
    "经第一引荐人牵线，与项目方首次对接，对方有意回乡投资",
    "首次接洽项目方，介绍五莲用地和配套条件，对方有兴趣",
    "在{city}与项目负责人首次见面，了解项目基本情况",
    "项目负责人回乡探亲期间首次座谈，初步了解投资意向",
    "接待项目方首次来访，介绍县里人才和招商政策",
    "与项目负责人视频连线，首次了解回乡投资意向",
]
TXT_NEG = [
    "陪同项目方实地考察备选地块和周边配套，对方表示满意",
    "项目方技术团队来莲考察，初步确定选址意向",
    "赴{city}拜访项目方，商谈投资协议主要条款",
    "与项目方就用地规模、投资强度基本达成一致",
    "已就税收、用地等政策条款与项目方达成初步共识",
    "项目可研报告已提交，等待项目方董事会审议",
    "投资协议草案已发对方法务审核",
]
TXT_SIGNED = [
    "项目公司营业执照已领取，正在办理投资备案",
    "投资备案证明已取得，正在编制环评报告",
    "协调电力、燃气部门完成用能预评估",
    "项目设计方案已完成初稿，正在征求意见",
    "环评报告已报审，预计本月底批复",
    "项目用地完成规划条件核定，准备挂牌出让",
    "土地组卷材料已报市自然资源局",
]
TXT_LANDED = {
    "factory": ["地勘完成，桩基施工招标已发布", "施工图设计已完成，正在审图", "场地平整完成，施工单位已确定",
                "施工图审查通过，正在办理施工许可", "临时用水用电已接通，具备进场条件"],
    "lab": ["厂房已交付，洁净车间设计方案评审通过", "GMP咨询机构已进场，开展设计确认", "主要工艺设备已完成选型，开始招标",
            "洁净车间施工图已完成，正在办理审批", "施工单位招标完成，准备进场"],
    "tourism": ["与村集体签订合作协议，村民以闲置农房入股", "农房收储完成，正在做改造设计", "规划设计方案通过专家评审",
                "林地、宅基地使用手续正在办理", "施工单位已确定，准备进场"],
    "agri": ["土地流转完成，正在做基地规划", "设施农业用地备案已办结", "种苗和设施供应商已确定",
             "加工车间设计方案已定稿", "基地道路和水电接入方案已完成"],
    "digital": ["场地已交付，装修设计方案已定稿", "机房设计方案通过评审", "电力增容申请已受理",
                "核心设备完成选型，正在招标", "装修施工单位已确定，准备进场"],
    "energy": ["接入系统方案已报电网公司", "电网接入批复已取得", "光伏组件和逆变器已完成招标",
               "施工单位已确定，准备进场"],
}
TXT_STARTED_EARLY = {
    "factory": ["桩基施工完成{p}%", "厂房基础施工完成，正在浇筑承台", "综合楼基础完成，正在做主体",
                "一号车间钢结构开始吊装", "厂房钢结构吊装完成{p}%，设备已订货", "办公楼主体施工至三层"],
    "lab": ["洁净车间拆改完成，正在做彩钢板隔断", "洁净车间地面环氧施工中", "空调净化系统风管安装完成{p}%",
            "纯化水系统设备已到货", "实验室装修完成{p}%"],
    "tourism": ["首批{k}套农房改造开工", "游客中心基础施工完成", "客房主体改造完成{p}%",
                "民宿屋面石板铺设中", "景观步道施工完成{p}%"],
    "agri": ["冷库基础施工完成", "加工车间基础浇筑完成", "温室钢架安装完成{p}%", "基地灌溉管网铺设完成{p}%",
             "首批种苗{k}万株已定植"],
    "digital": ["场地拆改完成，开始装修", "强弱电施工中", "场地装修完成{p}%", "综合布线完成{p}%",
                "主要设备已到货"],
    "energy": ["光伏支架基础施工完成{p}%", "升压站基础施工中", "组件进场{k}兆瓦，开始安装",
               "集电线路施工完成{p}%", "储能舱基础完成"],
}
TXT_STARTED_LATE = {
    "factory": ["二号车间封顶，外墙施工中", "主体厂房封顶，正在安装屋面彩钢板", "车间地坪施工完成，开始招工培训",
                "水电气配套已接通，正在调试变压器", "生产设备陆续进场，已安装{k}台（套）", "设备安装调试中，预计下月试产"],
    "lab": ["洁净车间完成第三方检测", "反应釜和干燥设备安装调试中", "中试设备安装完成，开始设备验证",
            "质量体系文件编制完成{p}%", "生产许可申请材料已提交"],
    "tourism": ["配套停车场完工", "客房软装进场，已完成{k}间", "开始招聘服务人员，已招{w}人",
                "消防验收已申请", "试营业方案已报景区管委会"],
    "agri": ["温室主体完工，开始安装环控设备", "冷库制冷机组调试中", "加工车间通过竣工验收",
             "加工线设备进场，已安装{k}台", "食品生产许可申请已受理"],
    "digital": ["装修完工，消防验收已申请", "设备安装完成，开始调试", "网络专线开通，系统试运行",
                "业务系统开始联调测试", "首批{k}家企业签约入驻"],
    "energy": ["组件安装完成{p}%", "升压站设备安装调试中", "逆变器调试完成", "储能系统完成联调",
               "并网申请已提交"],
}
TXT_PRODUCING = {
    "factory": ["已招工{w}人，产能逐步释放", "产品通过客户验厂，拿到首批订单", "本月产值{x}万元，环比增长",
                "二号生产线安装完成", "生产稳定，正在申报规上企业", "企业反映用工紧张，已对接县人社局招聘"],
    "lab": ["首批产品放行，开始供货", "中试批次顺利完成，收率达到预期", "与{k}家客户签订供货合同",
            "本月完成{k}批次生产", "通过药品GMP符合性检查"],
    "tourism": ["首月接待游客{k}00人次", "周末入住率达到{p}%", "承接研学团队{k}批次",
                "新增{k}个体验项目", "节假日客房全部订满"],
    "agri": ["首批产品上市，进入{k}家商超", "本月销售额{x}万元", "订单充足，生产线满负荷运行",
             "带动周边农户{k}0户增收", "产品获评绿色食品认证"],
    "digital": ["首批{k}家企业接入", "本月新增用户{k}00个", "入驻企业达到{k}0家",
                "与{k}家企业签订服务合同", "运营稳定，正在申报省级示范"],
    "energy": ["本月发电量{k}00万千瓦时", "储能系统参与电网调峰", "运行稳定，无故障", "完成电站运维交接"],
}
TXT_RUNNING = [  # when a phase has used up its own texts
    "上门走访，企业生产经营正常，暂无需要协调的事项",
    "企业反映融资需求，已对接县内银行",
    "协调解决企业用电增容问题",
    "陪同包联领导到企业调研",
]
TXT_EVENT = {  # on (or just after) the day of a transition
    "SIGNED": ["正式签订投资协议，计划总投资{amount}", "项目在县招商推介会上集中签约，总投资{amount}"],
    "LANDED": {"factory": "土地摘牌完成，不动产权证书已领取", "lab": "厂房交付完成，项目正式落地",
               "tourism": "资源流转合同签订完成，项目正式落地", "agri": "土地流转合同签订完成，项目正式落地",
               "digital": "场地交付完成，项目正式落地", "energy": "屋顶和荒坡租赁全部落实，项目正式落地"},
    "STARTED": ["施工许可证已办结，项目正式开工", "项目集中开工，施工单位全面进场"],
    "PRODUCING": {"factory": "首条生产线试产成功，项目正式投产", "lab": "首批试生产完成，项目正式投产",
                  "tourism": "项目正式开业，迎来首批游客", "agri": "加工线试产成功，项目正式投产",
                  "digital": "平台正式上线运营", "energy": "电站全容量并网发电"},
}
TXT_DELAY = [  # after an overdue, unmet milestone (yellow flag), in this order
    "“{title}”节点已超期，已约谈企业负责人，督促加快进度",
    "“{title}”节点滞后，原因是{reason}，已报包联领导协调",
    "包联领导现场调度，针对“{title}”滞后问题明确整改时限",
    "因{reason}，“{title}”仍未完成，企业承诺月底前整改到位",
    "县督查室专项督查“{title}”滞后问题，已列入月通报",
    "企业已增加人员和资金投入，“{title}”预计下月完成",
]
DELAY_REASONS = {  # by the anchor of the overdue milestone
    "S": ["投资方内部决策延期", "协议条款仍有分歧"],
    "SL": ["备案材料需要补正", "股东出资尚未到位"],
    "L": ["土地报批进度慢", "征迁补偿尚未谈妥", "规划条件调整"],
    "T": ["施工许可手续延期", "施工图审查反复", "建设资金到位较慢"],
    "TP": ["设备到货延迟", "施工队伍不足", "雨季施工受阻"],
    "P": ["竣工验收尚未通过", "配套工程未完工", "生产（经营）许可办理延期"],
}
# where an officer meets the lead talent: at home no trip is needed, abroad they talk by video
CITY_OF = {"五莲": None, "五蓮": None, "日照": None, "青島": "青岛", "濟南": "济南", "濰坊": "潍坊", "蘇州": "苏州",
           "廣州": "广州", "新加坡": None, "东京": None, "多伦多": None, "多倫多": None, "悉尼": None, "慕尼黑": None,
           "波士顿": None, "波士頓": None}


def rand_date(lo, hi):
    """a uniformly drawn date in [lo, hi]"""
    if hi < lo:
        raise ValueError((lo, hi))
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def days(n):
    return dt.timedelta(days=n)


def read_csv(name):
    with open(os.path.join(ROOT, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(h, "") for h in header])
    return buf.getvalue()


def yuan_text(wan):
    """a planned investment for a sentence: 30亿元, 1.52亿元, 6500万元"""
    if wan >= 10000:
        return ("%.2f" % (wan / 10000)).rstrip("0").rstrip(".") + "亿元"
    return "%d万元" % wan


def size_of(wan):
    return "big" if wan >= 50000 else "mid" if wan >= 10000 else "small"


# days spent in a stage before the next transition, by size: (NEG->SIGNED, ->LANDED, ->STARTED, ->PRODUCING)
GAPS = {"small": [(20, 120), (15, 90), (15, 90), (90, 300)],
        "mid": [(30, 180), (30, 120), (30, 150), (180, 480)],
        "big": [(60, 240), (45, 180), (45, 180), (360, 720)]}


# ---------------------------------------------------------------------------
# generation of one project (one attempt)
# ---------------------------------------------------------------------------
def draw(spec, ctx, attempt):
    """draw dates, milestones and updates of one project; return None when the draw
    does not satisfy the constraints or the flags the project is meant to earn."""
    (key, title, team, lead, platform, industry, kind, township, location, wan, leader, rec, reward,
     stage, profile, description) = spec
    reseed("project", key, attempt)
    size = size_of(wan)
    k = STAGES.index(stage)
    gaps = GAPS[size]
    quiet = profile in ("Q", "P")
    end = QUIET_LAST if quiet else LAST_DAY

    # --- transitions, drawn backwards from now ---
    if k == 4:
        d_now = rng.randint(5, 800)
    else:
        lo, hi = gaps[k]
        if profile == "Y":
            d_now = rng.randint(int(hi * 0.5), int(hi * 1.2))
        elif profile == "N" and k == 0:
            d_now = rng.randint(20, 200)
        else:
            d_now = rng.randint(5, hi)
    last = LAST_DAY - days(d_now) if k > 0 else None
    trans = [None] * 5  # index: stage; trans[0] is the created date
    if k == 0:
        created = LAST_DAY - days(d_now)
    else:
        trans[k] = last
        for i in range(k, 0, -1):
            lo, hi = gaps[i - 1]
            trans[i - 1] = trans[i] - days(rng.randint(lo, hi))
        created = trans[0]
    if not FIRST_CREATED <= created <= LAST_CREATED:
        return None
    if team and created < ctx["team_founded"][team]:
        return None
    if k > 0 and trans[k] > end:
        return None
    transitions = [(STAGES[i], trans[i]) for i in range(1, k + 1)]

    # --- milestones (军令状) ---
    ms = []  # dicts: anchor, title, standard, met (date or None), due
    if k == 0:
        n = {"N": rng.choice([0, 1, 2]), "Y": rng.choice([1, 2])}[profile]
        steps = [COMMON_S, COMMON_SL][:n]
        for a, t, s in steps:
            ms.append({"anchor": a, "title": t, "standard": s, "met": None})
    else:
        steps = TEMPLATES[kind]
        extras = [i for i, st in enumerate(steps) if st[0] in ("SL", "TP")]
        n_extra = rng.choice([0, 1, 1, 2, 2])
        chosen = sorted(rng.sample(extras, n_extra) + [i for i, st in enumerate(steps) if st[0] in ("L", "T", "P")])
        for i in chosen:
            a, t, s = steps[i]
            ms.append({"anchor": a, "title": t, "standard": s, "met": None})
        # met dates
        for m in ms:
            a = m["anchor"]
            if a == "L" and k >= 2:
                m["met"] = trans[2]
            elif a == "T" and k >= 3:
                m["met"] = trans[3]
            elif a == "P" and k >= 4:
                m["met"] = trans[4]
        sl = [m for m in ms if m["anchor"] == "SL"]
        if sl:
            m = sl[0]
            if k >= 2:
                if (trans[2] - trans[1]).days < 8:
                    return None
                m["met"] = rand_date(trans[1] + days(5), trans[2] - days(3))
            elif profile in ("R", "L") or (profile == "Q" and rng.random() < 0.5):
                if (end - trans[1]).days < 15:
                    return None
                m["met"] = rand_date(trans[1] + days(10), end)
        tp = [m for m in ms if m["anchor"] == "TP"]
        if tp:
            # building takes time: nothing between start and production is done in its first third
            if k >= 4:
                span = (trans[4] - trans[3]).days
                lo_off = max(30, span * 35 // 100)
                if span - 3 - lo_off < 3 * len(tp):
                    return None
                offs = sorted(rng.sample(range(lo_off, span - 3), len(tp)))
                for m, o in zip(tp, offs):
                    m["met"] = trans[3] + days(o)
            elif k == 3:
                room = (end - trans[3]).days
                lo_off = max(30, gaps[3][0] * 35 // 100)
                n_met = rng.randint(0, len(tp)) if room > lo_off + 30 else 0
                if n_met:
                    offs = sorted(rng.sample(range(lo_off, room + 1), n_met))
                    for m, o in zip(tp[:n_met], offs):
                        m["met"] = trans[3] + days(o)
    met = [m for m in ms if m["met"]]
    unmet = [m for m in ms if not m["met"]]
    if [m for m in ms if m["met"]] != ms[:len(met)]:
        return None  # met milestones must come first
    if profile in ("R", "RP", "L", "Q", "P") and not met:
        return None
    if profile == "N" and met:
        return None

    # due dates: on time (slack before the next met date), late (L), or plaque (production early)
    late = set()
    if profile == "L":
        late = set(rng.sample(range(len(met)), min(len(met), rng.choice([1, 1, 2]))))
    prev_due = trans[1] if k >= 1 else created  # every due date lies after the signing
    for i, m in enumerate(met):
        nxt = met[i + 1]["met"] if i + 1 < len(met) else None
        if i in late:
            room = (m["met"] - prev_due).days - 1
            if room < 10:
                return None
            due = m["met"] - days(rng.randint(10, min(100, room)))
        elif m["anchor"] == "P":
            if profile in ("RP", "P"):
                due = m["met"] + days(rng.randint(15, 150))
            else:
                due = m["met"]  # produced on the very day promised
        else:
            cap = 60 if nxt is None else min(60, (nxt - m["met"]).days - 1)
            if cap < 0:
                return None
            due = m["met"] + days(rng.randint(0, cap))
        if due <= prev_due:
            return None
        m["due"] = due
        prev_due = due
    # unmet milestones: due when the plan expects them (the shorter end of the usual durations);
    # overdue (yellow) only for the projects meant to be yellow
    plan = [None] * 5
    plan[k] = trans[k] if k else created
    for i in range(k + 1, 5):
        lo, hi = gaps[i - 1]
        plan[i] = plan[i - 1] + days(lo + (hi - lo) * 3 // 10)
    n_tp = sum(1 for m in ms if m["anchor"] == "TP")
    overdue = None
    j_tp = 0
    for j, m in enumerate(unmet):
        a = m["anchor"]
        if a == "TP":
            j_tp = [x for x in ms if x["anchor"] == "TP"].index(m) + 1
            exp = plan[3] + (plan[4] - plan[3]) * j_tp // (n_tp + 1) if plan[3] else plan[4]
        elif a == "SL":
            exp = plan[1] + (plan[2] - plan[1]) // 2
        else:
            exp = plan[ANCHOR_STAGE[a]]
        if profile == "Y" and j == 0:
            due = exp + days(rng.randint(-20, 20))
            if not prev_due < due <= dt.date(2026, 11, 15):
                return None
            overdue = m
        elif profile == "Y":
            due = max(prev_due + days(rng.randint(20, 60)), exp + days(rng.randint(0, 60)))
        else:
            due = max(prev_due + days(rng.randint(20, 60)), exp + days(rng.randint(0, 60)),
                      dt.date(2026, 12, 1) + days(rng.randint(0, 45)))
        m["due"] = due
        prev_due = due
    if ms and ms[-1]["due"] > dt.date(2028, 12, 31):
        return None

    # --- updates ---
    span = (end - created).days
    if span < 10:
        return None
    n = max(2, min(10, round(span / 105) + rng.randint(1, 2)))
    want = [created + days(rng.randint(0, 4))]  # the first contact
    for st, d in transitions:
        if rng.random() < 0.8:
            want.append(d + days(rng.randint(0, 6)))
    if profile in ("R", "RP"):
        want += [rand_date(RECENT, LAST_DAY) for _ in range(rng.randint(1, 2))]
    elif profile == "Y":
        want.append(rand_date(overdue["due"] + days(3), max(overdue["due"] + days(3), LAST_DAY)))
        want.append(rand_date(RECENT, LAST_DAY))
    elif profile in ("L", "N") and rng.random() < 0.6:
        want.append(rand_date(RECENT, LAST_DAY))
    elif quiet and rng.random() < 0.8:
        want.append(rand_date(dt.date(2026, 10, 1), QUIET_LAST))
    if profile in ("R", "RP", "Y") and rng.random() < 0.5:  # pressed projects are followed closely
        want.append(rand_date(dt.date(2026, 10, 1), RECENT - days(1)))
    must = sorted(set(d for d in want if created <= d <= end))
    extra = []
    while len(must) + len(extra) < n:
        d = rand_date(created, end)
        if d not in must and d not in extra:
            extra.append(d)
    dates = sorted(must + extra)
    while len(dates) > 10:  # drop drawn dates other than the first and the last
        dates.pop(rng.randint(1, len(dates) - 2))
    if len(dates) < 2:
        return None

    def stage_at(d):
        s = 0
        for i in range(1, k + 1):
            if trans[i] <= d:
                s = i
        return s

    base = [0, 10, 25, 40, 90]

    def percent(d):
        s = stage_at(d)
        if s == 4:
            return 90 + int(10 * min(1.0, (d - trans[4]).days / 180))
        start = trans[s] if s else created
        top = base[s + 1] - 2
        if s < k:
            frac = (d - start).days / max(1, (trans[s + 1] - start).days)
        else:
            # a project meant to lag (yellow) creeps on more slowly
            frac = min(1.0, (d - start).days / (gaps[s][1] * (1.6 if profile == "Y" else 1.0)))
        return base[s] + int((top - base[s]) * frac)

    city = ctx["talents"][lead]["city"]
    city = CITY_OF.get(city, city)
    fill = {"city": city or "", "amount": yuan_text(wan)}
    used_texts = set()
    pointer = {}  # phase -> index of the next text of its pool

    def pick(phase, pool):
        if city is None:
            pool = [t for t in pool if "{city}" not in t]
        i = pointer.get(phase, 0)
        if i >= len(pool):
            rest = [t for t in TXT_RUNNING if t not in used_texts]
            return rng.choice(rest) if rest else None
        i = min(len(pool) - 1, i + rng.choice([0, 0, 1]))
        pointer[phase] = i + 1
        return pool[i]
    updates = []
    managers = ctx["managers"]
    authors = ([(managers[platform], 5), ("office", 3), ("office2", 2)] if platform
               else [("office", 1), ("office2", 1)])
    pct = 0
    for d in dates:
        s = stage_at(d)
        pct = max(pct, percent(d))
        text = None
        if s > 0 and 0 <= (d - trans[s]).days <= 6 and not any(u["stage"] == s and u["event"] for u in updates):
            ev = TXT_EVENT[STAGES[s]]
            text = ev[kind] if isinstance(ev, dict) else rng.choice(ev)
            event = True
        else:
            event = False
        if text is None and overdue is not None and d > overdue["due"]:
            text = TXT_DELAY[min(len(TXT_DELAY) - 1, sum(1 for t in TXT_DELAY if t in used_texts))]
            fill.update(title=overdue["title"], reason=rng.choice(DELAY_REASONS[overdue["anchor"]]))
        if text is None:
            if s == 0:
                text = pick("first", TXT_FIRST[rng.randrange(len(TXT_FIRST)):]) if not updates else pick("neg", TXT_NEG)
            elif s == 1:
                text = pick("signed", TXT_SIGNED)
            elif s == 2:
                text = pick("landed", TXT_LANDED[kind])
            elif s == 3:
                late_half = (d - trans[3]).days > (((trans[4] - trans[3]).days if k == 4 else gaps[3][1]) / 2)
                text = (pick("late", TXT_STARTED_LATE[kind]) if late_half
                        else pick("early", TXT_STARTED_EARLY[kind]))
            else:
                text = pick("producing", TXT_PRODUCING[kind])
            if text is None:
                return None
        used_texts.add(text)
        fill.update(p=rng.choice([30, 40, 50, 60, 70, 80]), k=rng.randint(2, 9), w=rng.randint(4, 26) * 10,
                    x=rng.randint(3, 60) * 100)
        line = text.format(**fill)
        if any(u["text"] == line for u in updates):
            return None
        updates.append({"on": d, "percent": pct, "text": line, "stage": s, "event": event,
                        "by": rng.choices([a for a, _ in authors], weights=[w for _, w in authors], k=1)[0]})

    # --- actual investment, from progress ---
    planned = wan * W
    if k <= 1:
        actual = 0
    elif k == 2:
        actual = planned * rng.uniform(0.02, 0.12)
    elif k == 3:
        actual = planned * min(0.85, pct / 100 * rng.uniform(0.7, 1.0))
    else:
        actual = planned * rng.uniform(0.65, 1.0) if size != "big" else planned * rng.uniform(0.5, 0.8)
    actual = int(actual // W) * W

    res = {
        "project": {"key": key, "title": title, "team_key": team, "lead_talent_key": lead, "platform_code": platform,
                    "industry": industry, "township_code": township, "location": location,
                    "planned_investment": planned, "actual_investment": actual,
                    "county_leader": LEADERS[leader], "recommender_kind": rec[0],
                    "recommender_talent_key": rec[1] if rec[0] == "TALENT" else "",
                    "recommender_username": rec[1] if rec[0] == "STAFF" else "",
                    "recommender_name": rec[1] if rec[0] == "OUTSIDER" else "",
                    "recommender_reward": reward or "", "stage": stage, "created_on": created.isoformat(),
                    "description": description},
        "transitions": [{"project_key": key, "to_stage": st, "on": d.isoformat()} for st, d in transitions],
        "milestones": [{"project_key": key, "seq": i, "title": m["title"], "due_on": m["due"].isoformat(),
                        "standard": m["standard"], "met_on": m["met"].isoformat() if m["met"] else ""}
                       for i, m in enumerate(ms, 1)],
        "updates": [{"project_key": key, "on": u["on"].isoformat(), "percent": u["percent"], "text": u["text"],
                     "by_username": u["by"]} for u in updates],
    }
    # the draw must earn exactly the flags the project is meant to have
    fl = flags([{"due_on": r["due_on"], "met_on": r["met_on"]} for r in res["milestones"]],
               res["transitions"], res["updates"])
    if fl != PROFILE_FLAGS[profile]:
        return None
    return res


# yellow, red, plaque, late-met
PROFILE_FLAGS = {"N": (False, False, False, False), "Q": (False, False, False, False),
                 "R": (False, True, False, False), "RP": (False, True, True, False),
                 "P": (False, False, True, False), "Y": (True, False, False, False),
                 "L": (False, False, False, True)}


def flags(milestones, transitions, updates):
    """两旗一牌 as the application computes them on TODAY; plus whether a milestone was met late.
    yellow: a milestone due before today is not met (or met after today);
    red: every milestone due before today was met on or before its due date, at least one is met,
         and the latest progress update is within 30 days of today;
    plaque: PRODUCING was reached strictly before the due date of the final (latest-due) milestone."""
    def d(s):
        return dt.date.fromisoformat(s) if s else None
    ms = [(d(m["due_on"]), d(m["met_on"])) for m in milestones]
    yellow = any(due < TODAY and (met is None or met > TODAY) for due, met in ms)
    latest = max((d(u["on"]) for u in updates), default=None)
    red = (all(met is not None and met <= due for due, met in ms if due < TODAY)
           and any(met is not None for _, met in ms) and latest is not None and latest >= RECENT)
    prod = [d(t["on"]) for t in transitions if t["to_stage"] == "PRODUCING"]
    plaque = bool(prod and ms and prod[0] < max(due for due, _ in ms))
    late = any(met is not None and met > due for due, met in ms)
    return (yellow, red, plaque, late)


def generate():
    """the four files, as {file name: text}"""
    talents = {t["key"]: t for t in read_csv("demo/talents.csv")}
    teams = {t["key"]: t for t in read_csv("demo/teams.csv")}
    managers = {u["platform_code"]: u["username"] for u in read_csv("demo/users.csv")
                if u["role"] == "PLATFORM_MANAGER"}
    ctx = {"talents": talents, "managers": managers,
           "team_founded": {k: dt.date.fromisoformat(t["founded_on"]) for k, t in teams.items()}}
    projects, transitions, milestones, updates = [], [], [], []
    for spec in PROJECTS:
        for attempt in range(MAX_ATTEMPTS):
            res = draw(spec, ctx, attempt)
            if res is not None:
                break
        else:
            raise SystemExit("%s: no draw in %d attempts gives profile %s" % (spec[0], MAX_ATTEMPTS, spec[14]))
        projects.append(res["project"])
        transitions += res["transitions"]
        milestones += res["milestones"]
        updates += res["updates"]
    return {"projects.csv": csv_text(PROJECTS_HEADER, projects),
            "project_transitions.csv": csv_text(TRANSITIONS_HEADER, transitions),
            "project_milestones.csv": csv_text(MILESTONES_HEADER, milestones),
            "project_updates.csv": csv_text(UPDATES_HEADER, updates)}


# ---------------------------------------------------------------------------
# check: read the written files back and verify them against the other files
# ---------------------------------------------------------------------------
def check():
    problems = []

    def fail(msg):
        problems.append(msg)

    def date(s, what):
        try:
            if len(s) == 10:
                return dt.date.fromisoformat(s)
        except ValueError:
            pass
        fail("%s: bad date %r" % (what, s))
        return None

    for name, header in (("projects", PROJECTS_HEADER), ("project_transitions", TRANSITIONS_HEADER),
                         ("project_milestones", MILESTONES_HEADER), ("project_updates", UPDATES_HEADER)):
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
    townships = {r["code"]: r for r in read_csv("townships.csv")}
    talents = {r["key"]: r for r in read_csv("demo/talents.csv")}
    teams = {r["key"]: r for r in read_csv("demo/teams.csv")}
    users = {r["username"]: r for r in read_csv("demo/users.csv")}
    projects = read_csv("demo/projects.csv")
    trans = read_csv("demo/project_transitions.csv")
    mss = read_csv("demo/project_milestones.csv")
    ups = read_csv("demo/project_updates.csv")

    people = {t["name"] for t in talents.values()}
    people.update(r["outside_name"] for r in read_csv("demo/team_members.csv") if r["outside_name"])
    people.update(u["display_name"].split(" ")[-1] for u in users.values())

    keys = [p["key"] for p in projects]
    if keys != ["P%02d" % i for i in range(1, 57)]:
        fail("project keys are not P01..P56")
    if len({p["title"] for p in projects}) != len(projects):
        fail("duplicate project title")
    by_key = {p["key"]: p for p in projects}
    t_of = {k: [] for k in keys}
    for i, t in enumerate(trans, 1):
        if t["project_key"] not in by_key:
            fail("project_transitions row %d: unknown project" % i)
        else:
            t_of[t["project_key"]].append(t)
    m_of = {k: [] for k in keys}
    for i, m in enumerate(mss, 1):
        if m["project_key"] not in by_key:
            fail("project_milestones row %d: unknown project" % i)
        else:
            m_of[m["project_key"]].append(m)
    u_of = {k: [] for k in keys}
    for i, u in enumerate(ups, 1):
        if u["project_key"] not in by_key:
            fail("project_updates row %d: unknown project" % i)
        else:
            u_of[u["project_key"]].append(u)

    for leader in LEADERS:
        if leader.split(" ")[-1] in people:
            fail("county leader %s has the name of a talent or user" % leader)
    total = 0
    rewards = []
    for p in projects:
        k = p["key"]
        team = teams.get(p["team_key"]) if p["team_key"] else None
        if p["team_key"] and team is None:
            fail(k + ": unknown team " + p["team_key"])
        if team:
            if p["platform_code"] != team["platform_code"]:
                fail(k + ": platform differs from its team's")
            if p["lead_talent_key"] != team["leader_key"]:
                fail(k + ": lead is not the team's leader")
        lead = talents.get(p["lead_talent_key"])
        if lead is None:
            fail(k + ": unknown lead talent")
        elif lead["stage"] not in ("ENGAGED", "RETURNED"):
            fail(k + ": lead talent in stage " + lead["stage"])
        if p["platform_code"] and p["platform_code"] not in platforms:
            fail(k + ": unknown platform")
        if p["industry"] not in INDUSTRIES:
            fail(k + ": industry " + p["industry"])
        tw = townships.get(p["township_code"])
        if tw is None:
            fail(k + ": unknown township")
        elif not p["location"].startswith(tw["name"]):
            fail(k + ": location does not start with the township's name")
        try:
            planned = float(p["planned_investment"])
            actual = float(p["actual_investment"])
        except ValueError:
            fail(k + ": investment not a number")
            continue
        for a in (p["planned_investment"], p["actual_investment"]):
            whole, _, dec = a.partition(".")
            if not whole.isdigit() or len(dec) > 2 or (dec and not dec.isdigit()) or "," in a:
                fail(k + ": amount format " + a)
        if not 5000000 <= planned <= 3000000000:
            fail(k + ": planned investment out of range")
        if not 0 <= actual <= planned:
            fail(k + ": actual investment not within 0..planned")
        total += planned
        if p["county_leader"] not in LEADERS:
            fail(k + ": unknown county leader")
        kind = p["recommender_kind"]
        set_cols = [c for c in ("recommender_talent_key", "recommender_username", "recommender_name") if p[c]]
        want_col = {"TALENT": "recommender_talent_key", "STAFF": "recommender_username",
                    "OUTSIDER": "recommender_name"}.get(kind)
        if want_col is None:
            fail(k + ": recommender_kind " + kind)
        elif set_cols != [want_col]:
            fail(k + ": recommender columns do not fit kind " + kind)
        elif kind == "TALENT":
            r = talents.get(p["recommender_talent_key"])
            if r is None:
                fail(k + ": unknown recommender talent")
            elif r["key"] == p["lead_talent_key"]:
                fail(k + ": the lead recommends its own project")
            elif r["stage"] == "INACTIVE":
                fail(k + ": inactive recommender")
        elif kind == "STAFF":
            u = users.get(p["recommender_username"])
            if u is None or u["role"] != "OFFICE":
                fail(k + ": recommender is not an OFFICE user")
        else:
            nm = p["recommender_name"].split(" ")
            if len(nm) != 3 or nm[-1] in people:
                fail(k + ": outside recommender should be 'organisation title name', a new person")
        if p["recommender_reward"]:
            if not p["recommender_reward"].isdigit() or int(p["recommender_reward"]) <= 0:
                fail(k + ": reward " + p["recommender_reward"])
            else:
                rewards.append(int(p["recommender_reward"]))
            if p["stage"] in ("NEGOTIATING", "SIGNED"):
                fail(k + ": reward before the project landed")
        if p["stage"] not in STAGES:
            fail(k + ": stage " + p["stage"])
            continue
        created = date(p["created_on"], k)
        if created and not FIRST_CREATED <= created <= LAST_CREATED:
            fail(k + ": created_on out of range")
        if team and created and created < dt.date.fromisoformat(team["founded_on"]):
            fail(k + ": created before its team was founded")
        if not 10 <= len(p["description"]) <= 120 or not p["description"].endswith("。"):
            fail(k + ": description")

        # transitions: one step at a time, dates non-decreasing, within range
        ts = t_of[k]
        si = STAGES.index(p["stage"])
        if [t["to_stage"] for t in ts] != STAGES[1:si + 1]:
            fail(k + ": transitions do not lead step by step to " + p["stage"])
        tdate = {"NEGOTIATING": created}
        prev = created
        for t in ts:
            d = date(t["on"], k + " transition")
            if d and prev and d < prev:
                fail(k + ": transition dates go back")
            if d and d > LAST_DAY:
                fail(k + ": transition after " + LAST_DAY.isoformat())
            tdate[t["to_stage"]] = d
            prev = d or prev

        # milestones
        ms = m_of[k]
        n = len(ms)
        if (si >= 1 and not 3 <= n <= 5) or (si == 0 and n > 2):
            fail("%s: %d milestones in stage %s" % (k, n, p["stage"]))
        if [int(m["seq"]) for m in ms] != list(range(1, n + 1)):
            fail(k + ": milestone seq is not 1..n")
        prev_due = None
        prev_anchor = 0
        for m in ms:
            what = "%s milestone %s" % (k, m["seq"])
            due = date(m["due_on"], what)
            met = date(m["met_on"], what) if m["met_on"] else None
            if due and prev_due and due <= prev_due:
                fail(what + ": due dates not strictly increasing")
            prev_due = due or prev_due
            if si >= 1 and due and due <= tdate["SIGNED"]:
                fail(what + ": due before the commitment was signed")
            if not m["standard"]:
                fail(what + ": no standard")
            if met and (met > LAST_DAY or (created and met < created)):
                fail(what + ": met_on out of range")
            a = ANCHOR_OF.get(m["title"])
            if a is None:
                fail(what + ": unknown milestone title")
                continue
            order = ["S", "SL", "L", "T", "TP", "P"].index(a)
            if order < prev_anchor:
                fail(what + ": milestones out of pipeline order")
            prev_anchor = order
            reached = si >= ANCHOR_STAGE[a]
            if a in ("S", "L", "T", "P"):
                st = {"S": "SIGNED", "L": "LANDED", "T": "STARTED", "P": "PRODUCING"}[a]
                if reached and met != tdate[st]:
                    fail(what + ": not met on the day of the %s transition" % st)
                if not reached and met:
                    fail(what + ": met before its stage was reached")
            else:  # SL, TP: between two transitions
                lo = tdate["SIGNED" if a == "SL" else "STARTED"] if reached else None
                nxt = "LANDED" if a == "SL" else "PRODUCING"
                hi = tdate.get(nxt, LAST_DAY)
                if not reached and met:
                    fail(what + ": met before its stage was reached")
                if nxt in tdate and not met:
                    fail(what + ": not met although %s was reached" % nxt)
                if met and lo and not lo <= met <= hi:
                    fail(what + ": met outside its stage")

        # updates
        us = u_of[k]
        if not 2 <= len(us) <= 10:
            fail("%s: %d updates" % (k, len(us)))
        seen, prev_d, prev_pct = set(), None, -1
        for u in us:
            what = k + " update " + u["on"]
            d = date(u["on"], what)
            if d is None:
                continue
            if d in seen:
                fail(what + ": two updates on one day")
            seen.add(d)
            if prev_d and d < prev_d:
                fail(what + ": updates not in date order")
            prev_d = d
            if (created and d < created) or d > LAST_DAY:
                fail(what + ": out of range")
            pct = int(u["percent"]) if u["percent"].isdigit() else -1
            if not 0 <= pct <= 100 or pct < prev_pct:
                fail(what + ": percent %s" % u["percent"])
            prev_pct = pct
            if not u["text"] or "{" in u["text"] or len(u["text"]) > 60:
                fail(what + ": text")
            allowed = ["office", "office2"]
            if p["platform_code"]:
                allowed += [x for x, r in users.items()
                            if r["role"] == "PLATFORM_MANAGER" and r["platform_code"] == p["platform_code"]]
            if u["by_username"] not in allowed:
                fail(what + ": by " + u["by_username"])

    # flags, against what each project was meant to earn
    profile_of = {spec[0]: spec[14] for spec in PROJECTS}
    flag_of = {}
    for k in keys:
        fl = flags(m_of[k], t_of[k], u_of[k])
        flag_of[k] = fl
        if fl != PROFILE_FLAGS[profile_of[k]]:
            fail("%s: flags %s, meant %s" % (k, fl, profile_of[k]))
    n_yellow = sum(1 for f in flag_of.values() if f[0])
    n_red = sum(1 for f in flag_of.values() if f[1])
    n_plaque = sum(1 for f in flag_of.values() if f[2])
    n_late = sum(1 for f in flag_of.values() if f[3] and not f[0] and not f[1])

    # the shape of the data set
    by_stage = {s: sum(1 for p in projects if p["stage"] == s) for s in STAGES}
    by_platform = {c: sum(1 for p in projects if p["platform_code"] == c) for c in list(platforms) + [""]}
    by_leader = {ld: sum(1 for p in projects if p["county_leader"] == ld) for ld in LEADERS}
    by_industry = {i: sum(1 for p in projects if p["industry"] == i) for i in INDUSTRIES}
    if total < MIN_TOTAL:
        fail("planned investment %.0f < %d" % (total, MIN_TOTAL))
    if sum(by_stage[s] for s in STAGES[2:]) < 40:
        fail("fewer than 40 projects landed")
    for s, n in by_stage.items():
        if n == 0:
            fail("no project in stage " + s)
    for c, n in by_platform.items():
        if c and n < 5:
            fail("platform %s houses only %d projects" % (c, n))
    if not 8 <= by_platform[""] <= 12:
        fail("%d projects without a platform" % by_platform[""])
    for ld, n in by_leader.items():
        if not 4 <= n <= 10:
            fail("%s leads %d projects" % (ld, n))
    for i, n in by_industry.items():
        if n == 0:
            fail("no project in " + i)
    if sum(1 for p in projects if p["team_key"]) < 22:
        fail("too few projects come from teams")
    if rewards.count(DOCUMENT_REWARD) != 1 or not 4 <= len(rewards) <= 10:
        fail("rewards: exactly one of %d and a handful of others" % DOCUMENT_REWARD)
    if not 3 <= sum(1 for p in projects if p["planned_investment"] and float(p["planned_investment"]) >= 1e9):
        fail("fewer than 3 projects of 10亿 or more")
    if n_yellow < 5 or n_red < 8 or n_plaque < 4 or n_late < 3:
        fail("too few flags")
    month = {}
    for rows, col, what in ((ups, "on", 0), (trans, "on", 1), (mss, "met_on", 2)):
        for r in rows:
            if r[col].startswith("2026-"):
                month.setdefault(r[col][:7], [0, 0, 0])[what] += 1
    for m in ("2026-10", "2026-11"):
        if sum(month.get(m, [0])) < 30:
            fail(m + ": too little activity for a monthly ranking")

    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    print("projects %d, project_transitions %d, project_milestones %d, project_updates %d: %s"
          % (len(projects), len(trans), len(mss), len(ups),
             "OK" if not problems else "%d problems" % len(problems)))
    print("planned investment %.2f亿元 (%d yuan), actual %.2f亿元"
          % (total / 1e8, total, sum(float(p["actual_investment"]) for p in projects) / 1e8))
    print("by stage:    " + ", ".join("%s %d" % (s, n) for s, n in by_stage.items())
          + " (landed or later %d)" % sum(by_stage[s] for s in STAGES[2:]))
    print("by platform: " + ", ".join("%s %d" % (c or "(none)", n) for c, n in by_platform.items()))
    print("by leader:   " + ", ".join("%s %d" % (ld, n) for ld, n in by_leader.items()))
    print("by industry: " + ", ".join("%s %d" % (i, n) for i, n in by_industry.items()))
    print("flags on %s: yellow %d, red %d, plaque %d, late-met without a flag %d"
          % (TODAY.isoformat(), n_yellow, n_red, n_plaque, n_late))
    print("activity in 2026 (updates + transitions + milestones met):")
    for m in sorted(month):
        u, t, ml = month[m]
        print("  %s  %3d  (updates %d, transitions %d, milestones met %d)" % (m, u + t + ml, u, t, ml))
    return not problems


if __name__ == "__main__":
    files = generate()
    if "--check" in sys.argv[1:]:
        same = True
        for name, text in files.items():
            path = os.path.join(DEMO, name)
            on_disk = open(path, "rb").read() if os.path.exists(path) else None
            if on_disk != text.encode("utf-8"):
                print("PROBLEM: %s differs from what the generator produces" % name, file=sys.stderr)
                same = False
        ok = check() and same
        print("byte-identical regeneration: " + ("yes" if same else "NO"))
        sys.exit(0 if ok else 1)
    for name, text in files.items():
        with open(os.path.join(DEMO, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    sys.exit(0 if check() else 1)
