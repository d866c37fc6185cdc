#!/usr/bin/env python3
"""Generate the fictional demo data set of Liancai (莲才) into data-seed/demo/.

Python 3 standard library only. Deterministic: a fixed random seed, no set
iteration, no clock. Running it twice produces byte-identical files.

    python3 data-seed/tools/generate_demo.py

Reads data-seed/townships.csv (for township codes); writes
demo/users.csv, demo/talents.csv, demo/interactions.csv, demo/relations.csv.
"""
import csv
import datetime as dt
import os
import random

SEED = 20190301  # date of the source interview
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # data-seed/
DEMO = os.path.join(ROOT, "demo")
N_TALENTS = 320
TODAY = dt.date(2026, 11, 27)
FIRST_DAY = dt.date(2025, 1, 5)
LAST_DAY = dt.date(2026, 11, 20)
PASSWORD = "lian2019"

rng = random.Random(SEED)


def wchoice(pairs):
    """pairs: list of (value, weight)."""
    values = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(values, weights=weights, k=1)[0]


def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") if isinstance(r, dict) else r[i] for i, h in enumerate(header)])


# ---------------------------------------------------------------------------
# Simplified -> Traditional (only what this data set uses; phrases first)
# ---------------------------------------------------------------------------
S2T_PHRASES = [
    ("制药", "製藥"), ("制造", "製造"), ("旅游", "旅遊"), ("师范", "師範"),
    ("联系", "聯繫"), ("干部", "幹部"),
]
S2T_PAIRS = (
    "孙孫 张張 刘劉 陈陳 杨楊 赵趙 马馬 郑鄭 厉厲 许許 韩韓 吕呂 卢盧 冯馮 "
    "伟偉 强強 军軍 杰傑 涛濤 刚剛 辉輝 鹏鵬 华華 飞飛 凯凱 帅帥 宁寧 龙龍 国國 东東 晓曉 庆慶 泽澤 "
    "红紅 丽麗 静靜 艳艷 颖穎 洁潔 云雲 悦悅 莲蓮 凤鳳 荣榮 兰蘭 梦夢 瑶瑤 学學 鹤鶴 义義 广廣 鸣鳴 "
    "远遠 胜勝 维維 苏蘇 复復 尔爾 滨濱 业業 师師 农農 济濟 财財 经經 临臨 齐齊 医醫 开開 电電 邮郵 "
    "药藥 传傳 艺藝 语語 贸貿 际際 职職 术術 岛島 门門 汉漢 潍濰 伦倫 为為 腾騰 讯訊 团團 责責 网網 "
    "络絡 车車 辆輛 铁鐵 钢鋼 动動 银銀 证證 疗療 联聯 创創 实實 验驗 机機 设設 计計 达達 无無 线線 "
    "务務 园園 产產 发發 储儲 风風 显顯 绿綠 长長 环環 协協 总總 亿億 统統 宝寶 镇鎮 乡鄉 县縣 区區 "
    "对對 关關 节節 时時 触觸 询詢 谈談 参參 与與 项項 荐薦 评評 选選 奖獎 驻駐 个個 暂暫 虑慮 变變 "
    "热熱 谊誼 会會 录錄 带帶 头頭 号號 状狀 读讀 现現 担擔 员員 顾顧 问問 级級 汇匯 湾灣 蓝藍 鲁魯 "
    "规規 划劃 书書 报報 讲講 续續 顺順 织織 给給 结結 纳納 组組 细細 劳勞 办辦 叶葉 养養 兴興 种種 "
    "丰豐 买買 亲親 从從 仑崙 们們 价價 众眾 优優 伙夥 体體 侨僑 营營 扬揚 辞辭 获獲 "
    "亚亞 崂嶗 拟擬 携攜 请請 购購 赛賽 轮輪 边邊 迈邁 运運 进進 连連 随隨 "
    "备備 来來 汤湯 装裝 较較 鸿鴻 爱愛 "
    "场場 属屬 条條 记記 内內 双雙 导導 恒恆 权權 樱櫻 献獻 积積 识識 过過 队隊 顿頓 "
    "题題 构構 筑築 测測 试試 数數 据據 软軟 标標 准準 专專 练練 极極 气氣 视視 访訪 户戶 "
)
S2T_CHARS = {}
for _pair in S2T_PAIRS.split():
    assert len(_pair) == 2, _pair
    S2T_CHARS[_pair[0]] = _pair[1]
# characters that have no distinct traditional form here, or must stay as they are
for keep in "于松志谷里后台系范":
    S2T_CHARS.pop(keep, None)


def s2t(text):
    for s, t in S2T_PHRASES:
        text = text.replace(s, t)
    return "".join(S2T_CHARS.get(c, c) for c in text)


# ---------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------
with open(os.path.join(ROOT, "townships.csv"), encoding="utf-8", newline="") as f:
    TOWNSHIPS = [r for r in csv.DictReader(f)]
TOWNSHIP_WEIGHT = {"洪凝街道": 18, "高泽街道": 8, "街头镇": 9, "潮河镇": 8, "许孟镇": 9, "于里镇": 8,
                   "汪湖镇": 7, "叩官镇": 7, "中至镇": 8, "松柏镇": 6, "石场乡": 5, "户部乡": 6,
                   "五莲经济开发区": 2, "五莲山旅游风景区": 2}

VILLAGE_PREFIX = ["东", "西", "南", "北", "前", "后", "上", "下", "大", "小", "王家", "李家", "张家", "刘家",
                  "高家", "丁家", "管家", "厉家", "石", "杏", "梨", "柳", "槐", "松", "泉", "河", "岭", "黄",
                  "白", "青", "马", "牛", "杨家", "孙家", "徐家", "郑家", "于家", "臧家", "韩家", "邵家"]
VILLAGE_SUFFIX = ["庄", "庄子", "河", "岭", "沟", "山", "店", "楼", "泉", "峪", "坡", "官庄", "疃", "村",
                  "家沟", "旺", "湖", "崖", "埠", "营"]


def make_villages():
    out = {}
    for t in TOWNSHIPS:
        names = []
        while len(names) < 12:
            p, s = rng.choice(VILLAGE_PREFIX), rng.choice(VILLAGE_SUFFIX)
            v = p + s
            v = v if v.endswith("村") else v + "村"
            if v not in names and len(v) >= 3:
                names.append(v)
        out[t["code"]] = names
    return out


VILLAGES = make_villages()

OUTSIDE_HOMETOWNS = ["日照市东港区秦楼街道", "日照市东港区河山镇", "日照市莒县城阳街道", "日照市岚山区安东卫街道",
                     "潍坊市诸城市密州街道", "潍坊市安丘市兴安街道", "青岛市黄岛区六汪镇", "青岛市胶州市中云街道",
                     "临沂市莒南县十字路街道", "江苏省连云港市赣榆区", "河北省保定市莲池区", "黑龙江省哈尔滨市南岗区",
                     "浙江省杭州市余杭区", "广东省梅州市梅江区"]

SURNAMES = [("王", "wang", 14), ("李", "li", 12), ("张", "zhang", 11), ("刘", "liu", 9), ("陈", "chen", 5),
            ("杨", "yang", 5), ("赵", "zhao", 5), ("孙", "sun", 6), ("徐", "xu", 5), ("马", "ma", 4),
            ("高", "gao", 5), ("郑", "zheng", 4), ("丁", "ding", 5), ("厉", "li", 6), ("管", "guan", 4),
            ("于", "yu", 5), ("许", "xu", 4), ("董", "dong", 3), ("郭", "guo", 3), ("宋", "song", 3),
            ("韩", "han", 3), ("吕", "lv", 2), ("朱", "zhu", 3), ("袁", "yuan", 2), ("秦", "qin", 2),
            ("臧", "zang", 3), ("姜", "jiang", 3), ("石", "shi", 2), ("邵", "shao", 2), ("卢", "lu", 2),
            ("褚", "chu", 2), ("牟", "mou", 2), ("胡", "hu", 2), ("冯", "feng", 2)]
SURNAME_PY = {s: p for s, p, _ in SURNAMES}
SURNAME_PY["孫"] = "sun"

MALE_CHARS = ("伟 wei,磊 lei,强 qiang,军 jun,勇 yong,杰 jie,涛 tao,明 ming,超 chao,刚 gang,平 ping,辉 hui,"
              "鹏 peng,华 hua,飞 fei,鑫 xin,波 bo,斌 bin,宇 yu,浩 hao,凯 kai,健 jian,俊 jun,帅 shuai,旭 xu,"
              "龙 long,林 lin,志 zhi,国 guo,建 jian,文 wen,海 hai,成 cheng,东 dong,晓 xiao,春 chun,振 zhen,"
              "永 yong,金 jin,德 de,庆 qing,立 li,新 xin,峰 feng,博 bo,泽 ze,瑞 rui,晨 chen,昊 hao,恒 heng,"
              "学 xue,松 song,山 shan,岩 yan,良 liang,祥 xiang,广 guang,兵 bing,亮 liang,翔 xiang,洋 yang,"
              "坤 kun,鸣 ming,航 hang,远 yuan,胜 sheng,维 wei,安 an,一 yi,子 zi,清 qing,嘉 jia,宁 ning")
FEMALE_CHARS = ("红 hong,芳 fang,丽 li,敏 min,静 jing,燕 yan,娟 juan,霞 xia,艳 yan,娜 na,婷 ting,雪 xue,"
                "慧 hui,颖 ying,琳 lin,倩 qian,莉 li,萍 ping,梅 mei,洁 jie,琴 qin,云 yun,佳 jia,欣 xin,"
                "悦 yue,蕾 lei,秀 xiu,凤 feng,荣 rong,兰 lan,婧 jing,璐 lu,思 si,雨 yu,涵 han,梦 meng,菲 fei,"
                "晴 qing,瑶 yao,彤 tong,青 qing,晓 xiao,春 chun,玉 yu,文 wen,宁 ning,安 an,嘉 jia,子 zi,"
                "琦 qi,璇 xuan,楠 nan,清 qing,一 yi")


def parse_chars(s):
    return [tuple(x.split(" ")) for x in s.split(",")]


MALE = parse_chars(MALE_CHARS)
FEMALE = parse_chars(FEMALE_CHARS)
CHAR_PY = {c: p for c, p in MALE + FEMALE}
CHAR_PY.update({"莲": "lian", "蓮": "lian", "曉": "xiao", "刚": "gang", "爱": "ai", "桂": "gui"})
LIAN_GIVEN = ["秀莲", "玉莲", "雪莲", "晓莲", "爱莲", "春莲", "凤莲", "桂莲", "红莲"]

# -- schools ---------------------------------------------------------------
GENERAL_SCHOOLS = [("山东大学", 14), ("中国海洋大学", 6), ("青岛大学", 6), ("清华大学", 4), ("北京大学", 4),
                   ("浙江大学", 3), ("复旦大学", 2), ("上海交通大学", 2), ("哈尔滨工业大学", 4),
                   ("中国科学院大学", 4), ("曲阜师范大学", 5), ("山东科技大学", 5), ("山东师范大学", 3),
                   ("中国石油大学（华东）", 3), ("青岛科技大学", 3), ("山东财经大学", 2), ("齐鲁工业大学", 2),
                   ("南京大学", 2), ("中国科学技术大学", 2), ("武汉大学", 2), ("西安交通大学", 2), ("同济大学", 1),
                   ("北京航空航天大学", 2), ("天津大学", 2), ("临沂大学", 2), ("青岛理工大学", 2),
                   ("华中科技大学", 1), ("东南大学", 1)]
SECTOR_SCHOOLS = {
    "it": ["北京邮电大学", "电子科技大学", "哈尔滨工业大学", "山东科技大学", "西安电子科技大学"],
    "mat": ["哈尔滨工业大学", "中国石油大学（华东）", "青岛科技大学", "北京科技大学", "山东理工大学"],
    "bio": ["山东第一医科大学", "山东中医药大学", "青岛大学", "潍坊医学院", "中国药科大学"],
    "agr": ["山东农业大学", "青岛农业大学", "中国农业大学", "西北农林科技大学"],
    "biz": ["山东财经大学", "中央财经大学", "对外经济贸易大学", "上海财经大学"],
    "cul": ["山东艺术学院", "中国传媒大学", "北京第二外国语学院", "山东师范大学"],
    "sea": ["中国海洋大学", "上海海洋大学", "大连海事大学"],
    "edu": ["曲阜师范大学", "山东师范大学", "北京师范大学", "华东师范大学"],
}
OVERSEAS_SCHOOLS = ["新加坡国立大学", "慕尼黑工业大学", "东京大学", "悉尼大学", "多伦多大学", "南洋理工大学"]
ASSOCIATE_SCHOOLS = ["日照职业技术学院", "青岛职业技术学院", "山东商业职业技术学院", "潍坊职业学院", "山东外贸职业学院"]
HIGH_SCHOOLS = ["五莲县第一中学", "五莲中学"]

MAJORS = {
    "it": ["计算机科学与技术", "软件工程", "电子信息工程", "通信工程", "自动化", "人工智能", "微电子科学与工程",
           "数据科学与大数据技术"],
    "mat": ["材料科学与工程", "机械设计制造及其自动化", "化学工程与工艺", "高分子材料与工程", "车辆工程",
            "资源勘查工程", "能源与动力工程"],
    "bio": ["临床医学", "药学", "生物技术", "生物医学工程", "中医学", "生物化学与分子生物学"],
    "agr": ["园艺", "农学", "食品科学与工程", "茶学", "植物保护", "农业经济管理"],
    "biz": ["金融学", "国际经济与贸易", "工商管理", "会计学", "市场营销", "电子商务", "法学"],
    "cul": ["旅游管理", "汉语言文学", "新闻学", "视觉传达设计", "城乡规划", "文化产业管理"],
    "sea": ["海洋科学", "水产养殖学", "环境工程", "海洋技术"],
    "edu": ["教育学", "数学与应用数学", "物理学", "英语", "化学"],
}
ASSOC_MAJORS = {"it": ["计算机应用技术", "软件技术"], "mat": ["机电一体化技术", "数控技术", "汽车检测与维修技术"],
                "bio": ["护理", "药学"], "agr": ["园艺技术", "食品营养与检测"], "biz": ["电子商务", "会计", "物流管理"],
                "cul": ["旅游管理", "酒店管理"], "sea": ["水产养殖技术"], "edu": ["学前教育"]}
EXPERTISE = {
    "it": ["人工智能", "机器视觉", "大数据", "云计算", "软件开发", "芯片设计", "物联网", "网络安全", "自动驾驶", "工业互联网"],
    "mat": ["新材料", "高端装备", "智能制造", "新能源汽车", "锂电池", "石材加工", "精细化工", "碳纤维", "机器人"],
    "bio": ["生物医药", "医疗器械", "基因检测", "中医药", "医学影像", "创新药"],
    "agr": ["现代农业", "茶叶", "樱桃", "蓝莓", "农产品电商", "食品加工", "种业", "智慧农业"],
    "biz": ["跨境电商", "投融资", "供应链管理", "企业管理", "直播电商", "知识产权", "财税咨询", "石材"],
    "cul": ["文旅", "乡村旅游", "文化创意", "新媒体", "民宿运营", "规划设计"],
    "sea": ["海洋科技", "海洋生物", "水产养殖", "环保技术", "水处理"],
    "edu": ["教育培训", "基础教育", "职业教育", "科普"],
}
SECTOR_WEIGHTS = [("it", 25), ("mat", 17), ("bio", 15), ("biz", 14), ("agr", 9), ("cul", 8), ("sea", 5), ("edu", 7)]

# -- employers: (name, city, type, sectors, mail domain) ---------------------
# type: U university, I institute, H hospital, C company, S state-owned/public body, P start-up (fictional)
EMPLOYERS_RAW = """
清华大学|北京|U|it mat bio biz edu|tsinghua.edu.cn
北京大学|北京|U|it bio biz cul edu|pku.edu.cn
北京航空航天大学|北京|U|it mat|buaa.edu.cn
中国农业大学|北京|U|agr bio|cau.edu.cn
中国科学院自动化研究所|北京|I|it|ia.ac.cn
中国科学院化学研究所|北京|I|mat bio|iccas.ac.cn
中国农业科学院|北京|I|agr|caas.cn
北京协和医院|北京|H|bio|
百度在线网络技术（北京）有限公司|北京|C|it|baidu.com
北京字节跳动科技有限公司|北京|C|it cul biz|bytedance.com
小米科技有限责任公司|北京|C|it mat|xiaomi.com
京东集团|北京|C|it biz|jd.com
中信证券股份有限公司|北京|C|biz|
国家电网有限公司|北京|S|mat it|
中国建筑设计研究院有限公司|北京|S|cul mat|
复旦大学|上海|U|bio biz cul edu|fudan.edu.cn
上海交通大学|上海|U|it mat bio sea|sjtu.edu.cn
上海交通大学医学院附属瑞金医院|上海|H|bio|
上海联影医疗科技股份有限公司|上海|C|bio it|
上海商汤智能科技有限公司|上海|C|it|sensetime.com
中国商用飞机有限责任公司|上海|S|mat|comac.cc
上海汽车集团股份有限公司|上海|S|mat|
上海药明康德新药开发有限公司|上海|C|bio|
中国科学院上海有机化学研究所|上海|I|mat bio|sioc.ac.cn
携程集团|上海|C|cul biz|trip.com
华为技术有限公司|深圳|C|it|huawei.com
腾讯科技（深圳）有限公司|深圳|C|it cul|tencent.com
比亚迪股份有限公司|深圳|C|mat|byd.com
深圳市大疆创新科技有限公司|深圳|C|it mat|dji.com
中兴通讯股份有限公司|深圳|C|it|zte.com.cn
深圳迈瑞生物医疗电子股份有限公司|深圳|C|bio|mindray.com
深圳华大基因股份有限公司|深圳|C|bio agr|genomics.cn
南方科技大学|深圳|U|it mat bio sea|sustech.edu.cn
中国科学院深圳先进技术研究院|深圳|I|it bio|siat.ac.cn
招商银行股份有限公司|深圳|C|biz|
顺丰速运有限公司|深圳|C|biz|
阿里巴巴集团|杭州|C|it biz|alibaba-inc.com
浙江大学|杭州|U|it mat bio agr edu|zju.edu.cn
杭州海康威视数字技术股份有限公司|杭州|C|it|hikvision.com
网易（杭州）网络有限公司|杭州|C|it cul|
之江实验室|杭州|I|it|
浙江吉利控股集团有限公司|杭州|C|mat|
浙江大学医学院附属第一医院|杭州|H|bio|
海尔集团|青岛|C|it mat biz|haier.com
海信集团|青岛|C|it mat|hisense.com
中国海洋大学|青岛|U|sea bio agr biz edu|ouc.edu.cn
青岛大学|青岛|U|it mat bio cul edu|qdu.edu.cn
青岛大学附属医院|青岛|H|bio|
中车青岛四方机车车辆股份有限公司|青岛|S|mat|
青岛啤酒股份有限公司|青岛|C|agr biz|
特来电新能源股份有限公司|青岛|C|mat it|
崂山实验室|青岛|I|sea|
中国科学院青岛生物能源与过程研究所|青岛|I|mat bio|qibebt.ac.cn
山东港口青岛港集团有限公司|青岛|S|biz|
青岛酷特智能股份有限公司|青岛|C|it biz|
青岛科技大学|青岛|U|mat it|qust.edu.cn
赛轮集团股份有限公司|青岛|C|mat|
青岛国信发展（集团）有限责任公司|青岛|S|biz cul|
青岛莲创智能科技有限公司|青岛|P|it|
青岛蓝湾海洋生物科技有限公司|青岛|P|sea bio|
山东大学|济南|U|it mat bio biz cul edu|sdu.edu.cn
浪潮集团有限公司|济南|C|it|inspur.com
齐鲁制药有限公司|济南|C|bio|
山东第一医科大学附属省立医院|济南|H|bio|
山东师范大学|济南|U|edu cul|sdnu.edu.cn
中国重型汽车集团有限公司|济南|S|mat|
山东高速集团有限公司|济南|S|biz mat|
齐鲁工业大学|济南|U|mat bio it|qlu.edu.cn
山东省农业科学院|济南|I|agr|
山东财经大学|济南|U|biz|sdufe.edu.cn
苏州大学|苏州|U|mat bio cul|suda.edu.cn
中国科学院苏州纳米技术与纳米仿生研究所|苏州|I|mat|sinano.ac.cn
信达生物制药（苏州）有限公司|苏州|C|bio|
科沃斯机器人股份有限公司|苏州|C|it mat|
同程旅行|苏州|C|cul biz|
昆山杜克大学|昆山|U|bio edu|dukekunshan.edu.cn
好孩子集团有限公司|昆山|C|mat biz|
昆山龙腾光电股份有限公司|昆山|C|mat it|
富士康科技集团昆山园区|昆山|C|it mat|
昆山工业技术研究院|昆山|I|it mat|
昆山莲智电子科技有限公司|昆山|P|it mat|
日照钢铁控股集团有限公司|日照|S|mat|
山东港口日照港集团有限公司|日照|S|biz|
曲阜师范大学日照校区|日照|U|edu cul|qfnu.edu.cn
日照市人民医院|日照|H|bio|
日照职业技术学院|日照|U|edu agr|
日照市农业科学研究院|日照|I|agr|
日照银行股份有限公司|日照|C|biz|
日照东港区绿茶电子商务产业园|日照|C|agr biz|
五莲县人民医院|五莲|H|bio|
五莲县第一中学|五莲|S|edu|
山东鸿日新能源汽车有限公司|五莲|C|mat|
五莲县农业农村局|五莲|S|agr|
五莲莲创新材料科技有限公司|五莲|P|mat|
五莲九仙山茶业有限公司|五莲|P|agr|
山东石语石材科技有限公司|五莲|P|mat biz|
五莲樱桃谷农业发展有限公司|五莲|P|agr biz|
五莲蓝莓源生物科技有限公司|五莲|P|agr bio|
五莲山海文化旅游发展有限公司|五莲|P|cul|
五莲智汇云电子商务有限公司|五莲|P|biz it|
日照莲才智能装备有限公司|五莲|P|mat it|
五莲青禾生物医药科技有限公司|五莲|P|bio|
五莲沃土现代农业科技有限公司|五莲|P|agr|
中科莲知（五莲）知识产权服务有限公司|五莲|P|biz|
五莲县绿源樱桃种植专业合作社|五莲|P|agr|
五莲县石材物流园有限公司|五莲|C|biz mat|
中山大学|广州|U|bio biz cul sea|sysu.edu.cn
广州汽车集团股份有限公司|广州|S|mat|
唯品会（中国）有限公司|广州|C|biz it|
华南理工大学|广州|U|it mat|scut.edu.cn
广州医科大学附属第一医院|广州|H|bio|
南京大学|南京|U|it mat cul edu|nju.edu.cn
东南大学|南京|U|it mat|seu.edu.cn
南京医科大学|南京|U|bio|njmu.edu.cn
中国电子科技集团公司第十四研究所|南京|I|it|
苏宁易购集团股份有限公司|南京|C|biz|
中国科学技术大学|合肥|U|it mat bio|ustc.edu.cn
科大讯飞股份有限公司|合肥|C|it|iflytek.com
蔚来汽车科技（安徽）有限公司|合肥|C|mat it|
合肥京东方光电科技有限公司|合肥|C|mat it|
西安交通大学|西安|U|it mat bio|xjtu.edu.cn
西北工业大学|西安|U|mat it|nwpu.edu.cn
隆基绿能科技股份有限公司|西安|C|mat|
武汉大学|武汉|U|it cul bio|whu.edu.cn
华中科技大学|武汉|U|it mat bio|hust.edu.cn
长江存储科技有限责任公司|武汉|C|it|
东风汽车集团有限公司|武汉|S|mat|
天津大学|天津|U|mat it|tju.edu.cn
南开大学|天津|U|bio biz|nankai.edu.cn
天津医科大学总医院|天津|H|bio|
潍柴动力股份有限公司|潍坊|C|mat|
歌尔股份有限公司|潍坊|C|it mat|goertek.com
四川大学华西医院|成都|H|bio|
电子科技大学|成都|U|it|uestc.edu.cn
新加坡国立大学|新加坡|U|it bio biz|
南洋理工大学|新加坡|U|it mat|
冬海集团（Sea Limited）|新加坡|C|it biz|
慕尼黑工业大学|慕尼黑|U|it mat|
西门子股份公司|慕尼黑|C|mat it|
宝马集团|慕尼黑|C|mat|
东京大学|东京|U|mat bio|
索尼集团|东京|C|it|
麻省理工学院|波士顿|U|it mat|
哈佛医学院|波士顿|U|bio|
悉尼大学|悉尼|U|agr bio edu|
多伦多大学|多伦多|U|it bio|
"""
EMPLOYERS = []
for line in EMPLOYERS_RAW.strip().splitlines():
    name, city, typ, sectors, domain = line.split("|")
    EMPLOYERS.append({"name": name, "city": city, "type": typ, "sectors": sectors.split(), "domain": domain})

CITY_WEIGHTS = [("北京", 13), ("上海", 9), ("深圳", 9), ("杭州", 6), ("青岛", 15), ("济南", 10), ("苏州", 3),
                ("昆山", 3), ("日照", 6), ("五莲", 6), ("广州", 3), ("南京", 3), ("合肥", 2), ("西安", 2),
                ("武汉", 2), ("天津", 2), ("潍坊", 2), ("成都", 1), ("新加坡", 1), ("慕尼黑", 1), ("东京", 1),
                ("波士顿", 1), ("悉尼", 0.5), ("多伦多", 0.5)]
OVERSEAS_CITIES = ["新加坡", "慕尼黑", "东京", "波士顿", "悉尼", "多伦多"]

STAGES = [("IDENTIFIED", 96), ("CONTACTED", 96), ("ENGAGED", 64), ("RETURNED", 38), ("INACTIVE", 26)]

STAFF = {"office": "王晓燕", "office2": "刘海涛"}
PLATFORM_MANAGERS = {"法桐小院": "丁振华", "市北双创孵化中心": "管丽娜", "中科院知识产权小镇": "陈立群", "昆山智谷": "徐文斌"}
OUTSIDE_REFERRERS = ["县商会 李会长", "北京五莲商会 秘书长 管建国", "青岛五莲商会 厉会长", "山东大学校友会 张老师",
                     "五莲一中 退休教师 丁老师", "县委组织部 人才科", "深圳五莲老乡会 郑秘书长", "县科技局 于科长",
                     "上海山东商会 五莲分会", "村党支部书记 高书记"]

# ---------------------------------------------------------------------------
# Talents
# ---------------------------------------------------------------------------
used_names = set()
used_phones = set()
used_emails = set()
used_wechat = set()


def make_name(gender):
    for _ in range(200):
        s, spy, _w = SURNAMES[rng.choices(range(len(SURNAMES)), weights=[x[2] for x in SURNAMES])[0]]
        pool = MALE if gender == "M" else FEMALE
        if rng.random() < 0.72:
            a = rng.choice(pool)
            b = rng.choice(pool)
            if a[0] == b[0]:
                continue
            given = [a, b]
        else:
            given = [rng.choice(pool)]
        name = s + "".join(g[0] for g in given)
        if name in used_names:
            continue
        used_names.add(name)
        return name, spy, [g[1] for g in given]
    raise RuntimeError("names exhausted")


def make_phone():
    prefixes = [str(p) for p in list(range(130, 140)) + [150, 151, 152, 153, 155, 156, 157, 158, 159]
                + list(range(180, 190))]
    while True:
        p = rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if p not in used_phones:
            used_phones.add(p)
            return p


def make_email(spy, gpy, birth_year, employer):
    full = spy + "".join(gpy)
    for attempt in range(50):
        r = rng.random()
        if employer and employer["domain"] and r < 0.3:
            local = "".join(g[0] for g in gpy) + spy if rng.random() < 0.5 else spy + "." + "".join(gpy)
            addr = local + "@" + employer["domain"]
        elif r < 0.55:
            addr = full + (str(birth_year % 100) if attempt == 0 and rng.random() < 0.5 else str(rng.randint(1, 999))) + "@163.com"
        elif r < 0.8:
            addr = str(rng.randint(10000000, 2999999999)) + "@qq.com"
        elif r < 0.9:
            addr = full + str(rng.randint(1, 99)) + "@126.com"
        else:
            addr = "".join(gpy) + "." + spy + str(rng.randint(1, 99)) + "@gmail.com"
        if addr not in used_emails:
            used_emails.add(addr)
            return addr
    raise RuntimeError("emails exhausted")


def make_wechat(spy, gpy, birth_year):
    for _ in range(50):
        r = rng.random()
        full = spy + "".join(gpy)
        if r < 0.45:
            w = "wx_" + full + str(rng.randint(1, 99))
        elif r < 0.75:
            w = full + "_" + str(birth_year)
        else:
            w = "".join(gpy) + spy[0] + str(rng.randint(100, 9999))
        if w not in used_wechat:
            used_wechat.add(w)
            return w
    raise RuntimeError("wechat exhausted")


def pick_degree(birth_year):
    d = wchoice([("HIGH_SCHOOL", 5), ("ASSOCIATE", 10), ("BACHELOR", 38), ("MASTER", 34), ("DOCTORATE", 10)])
    if d == "DOCTORATE" and birth_year > 1996:
        d = "MASTER"
    if d == "MASTER" and birth_year > 1999:
        d = "BACHELOR"
    return d


def pick_school(degree, sector):
    if degree == "HIGH_SCHOOL":
        return rng.choice(HIGH_SCHOOLS)
    if degree == "ASSOCIATE":
        return rng.choice(ASSOCIATE_SCHOOLS)
    if degree == "DOCTORATE" and rng.random() < 0.08:
        return rng.choice(OVERSEAS_SCHOOLS)
    if rng.random() < 0.4:
        return rng.choice(SECTOR_SCHOOLS[sector])
    while True:
        s = wchoice(GENERAL_SCHOOLS)
        if s == "中国科学院大学" and degree not in ("MASTER", "DOCTORATE"):
            continue
        return s


def grad_year(birth_year, degree):
    base = {"HIGH_SCHOOL": 18, "ASSOCIATE": 21, "BACHELOR": 22, "MASTER": 25, "DOCTORATE": 28}[degree]
    y = birth_year + base + rng.choice([0, 0, 0, 1, 1, 2] if degree == "DOCTORATE" else [0, 0, 0, 1])
    return min(y, 2026)


def pick_employer(city, sector, degree, stage):
    cands = [e for e in EMPLOYERS if e["city"] == city]
    if degree in ("HIGH_SCHOOL", "ASSOCIATE"):
        cands = [e for e in cands if e["type"] in ("C", "P", "S") or (e["type"] == "H" and sector == "bio")] or cands
    elif degree == "DOCTORATE":
        pref = [e for e in cands if e["type"] in ("U", "I", "H")]
        if pref and rng.random() < 0.6:
            cands = pref
    if stage == "RETURNED":
        pref = [e for e in cands if e["type"] == "P"]
        if pref and rng.random() < 0.85:
            cands = pref
    else:
        non_p = [e for e in cands if e["type"] != "P"]
        if non_p and rng.random() < 0.85:
            cands = non_p
    same = [e for e in cands if sector in e["sectors"]]
    if same:
        return rng.choice(same)
    return rng.choice(cands)


def pick_title(emp, degree, age, sector):
    t = emp["type"]
    if t == "P":
        return wchoice([("创始人", 5), ("联合创始人", 2), ("总经理", 3), ("董事长", 2), ("技术总监", 1)])
    if t == "U":
        if degree == "DOCTORATE":
            if age < 34:
                return rng.choice(["博士后", "讲师", "助理研究员"])
            if age < 44:
                return rng.choice(["副教授", "副教授", "副研究员", "讲师"])
            return rng.choice(["教授", "教授", "研究员", "博士生导师"])
        if age < 35:
            return rng.choice(["讲师", "实验师", "辅导员"])
        if age < 50:
            return rng.choice(["讲师", "高级实验师", "副教授"])
        return rng.choice(["副教授", "高级工程师", "教授"])
    if t == "I":
        if age < 33:
            return rng.choice(["助理研究员", "工程师"])
        if age < 43:
            return rng.choice(["副研究员", "高级工程师"])
        return rng.choice(["研究员", "研究员", "正高级工程师"])
    if t == "H":
        if age < 32:
            return "住院医师"
        if age < 40:
            return "主治医师"
        if age < 48:
            return "副主任医师"
        return "主任医师"
    if t == "S":
        if sector == "edu":
            return rng.choice(["教师", "一级教师", "高级教师"]) if age < 50 else "副校长"
        if age < 32:
            return rng.choice(["工程师", "科员", "助理经济师"])
        if age < 45:
            return rng.choice(["高级工程师", "部门经理", "科长", "高级经济师"])
        return rng.choice(["副总经理", "总工程师", "正高级工程师"])
    # company
    if degree in ("HIGH_SCHOOL", "ASSOCIATE"):
        return rng.choice(["技术员", "班组长", "销售主管", "店长", "运营专员"]) if age < 40 else rng.choice(
            ["车间主任", "区域经理", "销售经理"])
    if sector == "biz":
        if age < 32:
            return rng.choice(["分析师", "客户经理", "运营经理"])
        if age < 42:
            return rng.choice(["投资经理", "部门经理", "财务经理"])
        return rng.choice(["合伙人", "副总裁", "财务总监", "总经理"])
    if sector == "bio":
        if age < 33:
            return rng.choice(["研发工程师", "临床研究专员"])
        if age < 43:
            return rng.choice(["高级研究员", "项目负责人", "研发经理"])
        return rng.choice(["研发总监", "首席科学家", "副总裁"])
    if age < 31:
        return rng.choice(["工程师", "算法工程师", "软件工程师", "产品经理"] if sector == "it" else ["工程师", "产品经理"])
    if age < 40:
        return rng.choice(["高级工程师", "技术经理", "架构师", "产品总监"] if sector == "it" else ["高级工程师", "技术经理", "项目经理"])
    return rng.choice(["技术总监", "首席架构师", "总经理", "副总裁"] if sector == "it" else ["技术总监", "总工程师", "总经理"])


def pick_expertise(sector, city):
    tags = EXPERTISE[sector]
    k = wchoice([(1, 2), (2, 5), (3, 4), (4, 1)])
    chosen = rng.sample(tags, min(k, len(tags)))
    if city == "五莲" and rng.random() < 0.3:
        extra = rng.choice(["石材", "茶叶", "樱桃", "蓝莓", "文旅"])
        if extra not in chosen and len(chosen) < 4:
            chosen.append(extra)
    return ";".join(chosen)


NOTES = {
    "IDENTIFIED": ["由五莲一中校友名录梳理发现", "县人社局推荐，尚未建立联络", "父母仍在村里居住，可通过村委会联络",
                   "2008年全县高考理科第一名", "在读博士，导师为国内知名学者", "网上报道中发现其为五莲籍",
                   "同乡推荐，待核实联络方式", "", "", "", ""],
    "CONTACTED": ["已加微信，对家乡发展比较关注", "春节返乡时初步接触", "有意向为家乡企业提供技术咨询",
                  "愿意担任五莲县招才引智联络员", "对法桐小院的场地条件感兴趣", "", "", ""],
    "ENGAGED": ["正在洽谈在法桐小院设立研发中心", "参加了莲才回乡创业项目路演", "拟推荐参评杰出莲才奖",
                "推荐了多名同学加入莲才朋友圈", "团队有意入驻市北双创孵化中心", "与县内企业开展产学研合作",
                "正在办理昆山智谷入驻手续", ""],
    "RETURNED": ["项目已入驻市北双创孵化中心", "返乡创办蓝莓深加工企业，带动周边农户增收", "享受“五个一”扶持政策",
                 "企业已落户五莲经济开发区，一期投产", "项目入驻中科院知识产权小镇", "获评杰出莲才奖",
                 "返乡后担任村党支部第一书记助理", "在法桐小院孵化，已申请发明专利3项"],
    "INACTIVE": ["已定居海外，暂不考虑回乡", "联络方式变更，暂时失联", "工作繁忙，暂停联络", "本人表示暂无回乡意向", ""],
}
LIANCAI_NOTES = ["2019年入选首批“莲才”名录", "热心莲才联谊活动，多次回乡参加座谈", "积极为莲才兴乡工程建言献策"]


def build_talents():
    stage_list = []
    for s, n in STAGES:
        stage_list += [s] * n
    rng.shuffle(stage_list)
    # T0001 must be a returned founder: swap a RETURNED into position 0
    j = stage_list.index("RETURNED")
    stage_list[0], stage_list[j] = stage_list[j], stage_list[0]

    sun_zhigang = 14          # T0015
    idx_all = [i for i in range(1, N_TALENTS) if i != sun_zhigang]
    trad_rows = sorted(rng.sample(idx_all, 32))
    outside_rows = sorted(rng.sample([i for i in idx_all if i not in trad_rows], 22))
    sun_xiaolian = trad_rows[3]  # a Traditional row
    # the two named examples are active contacts: swap stages so the totals stay as planned
    for idx, want in ((sun_zhigang, "ENGAGED"), (sun_xiaolian, "CONTACTED")):
        if stage_list[idx] != want:
            j = next(k for k in range(N_TALENTS - 1, 0, -1) if stage_list[k] == want
                     and k not in (sun_zhigang, sun_xiaolian))
            stage_list[idx], stage_list[j] = stage_list[j], stage_list[idx]
    lian_note_rows = sorted(rng.sample([i for i in idx_all if i not in trad_rows and i not in outside_rows], 4))
    trad_lian_note_rows = [r for r in trad_rows if r != sun_xiaolian][:3]

    talents = []
    for i in range(N_TALENTS):
        stage = stage_list[i]
        gender = "M" if rng.random() < 0.62 else "F"
        birth = int(wchoice([(y, (3 if 1975 <= y <= 1995 else 1) * (2 if 1982 <= y <= 1992 else 1))
                             for y in range(1960, 2001)]))
        sector = wchoice(SECTOR_WEIGHTS)
        if stage == "RETURNED":
            sector = wchoice([("mat", 4), ("agr", 5), ("it", 3), ("bio", 2), ("biz", 3), ("cul", 3)])
            city = wchoice([("五莲", 70), ("日照", 12), ("青岛", 10), ("昆山", 8)])
        else:
            city = wchoice(CITY_WEIGHTS)
            if stage == "INACTIVE" and rng.random() < 0.4:
                city = rng.choice(OVERSEAS_CITIES)
        degree = pick_degree(birth)
        if city in OVERSEAS_CITIES and degree in ("HIGH_SCHOOL", "ASSOCIATE", "BACHELOR"):
            degree = "DOCTORATE" if birth <= 1996 else "MASTER"
        if degree in ("HIGH_SCHOOL", "ASSOCIATE"):
            if stage != "RETURNED":
                city = wchoice([("五莲", 30), ("日照", 20), ("青岛", 25), ("济南", 8), ("潍坊", 5), ("昆山", 5),
                                ("上海", 3), ("深圳", 4)])
            sector = wchoice([("mat", 4), ("agr", 3), ("biz", 4), ("cul", 2), ("it", 2), ("bio", 1)])
        employer = pick_employer(city, sector, degree, stage)
        if sector not in employer["sectors"]:
            sector = rng.choice(employer["sectors"])
        name, spy, gpy = make_name(gender)
        # Lian (莲) in a few female names
        if gender == "F" and rng.random() < 0.05:
            given = rng.choice(LIAN_GIVEN)
            cand = name[0] + given
            if cand not in used_names:
                used_names.add(cand)
                name, gpy = cand, [CHAR_PY[c] for c in given]
        school = pick_school(degree, sector)
        major = "" if degree == "HIGH_SCHOOL" else rng.choice(
            (ASSOC_MAJORS if degree == "ASSOCIATE" else MAJORS)[sector])
        gy = grad_year(birth, degree)
        title = pick_title(employer, degree, 2026 - birth, sector)
        t = {
            "key": "T%04d" % (i + 1), "name": name, "gender": gender, "birth_year": birth,
            "stage": stage, "degree": degree, "school": school, "major": major, "graduation_year": gy,
            "city": city, "employer": employer["name"], "title": title,
            "expertise": pick_expertise(sector, city),
            "_spy": spy, "_gpy": gpy, "_emp": employer, "_sector": sector, "_trad": False,
        }
        if i in outside_rows:
            t["township_code"] = ""
            t["village"] = rng.choice(OUTSIDE_HOMETOWNS)
        else:
            tw = wchoice([(x["code"], TOWNSHIP_WEIGHT[x["name"]]) for x in TOWNSHIPS])
            t["township_code"] = tw
            t["village"] = rng.choice(VILLAGES[tw])
        t["liaison"] = wchoice([("office", 45), ("office2", 35), ("", 20)])
        note = rng.choice(NOTES[stage])
        if i in lian_note_rows:
            note = LIANCAI_NOTES[lian_note_rows.index(i) % len(LIANCAI_NOTES)]
        if i in trad_lian_note_rows:
            note = LIANCAI_NOTES[trad_lian_note_rows.index(i) % len(LIANCAI_NOTES)]
        t["notes"] = note
        talents.append(t)

    # --- fixed examples -----------------------------------------------------
    fatong_founder = next(e for e in EMPLOYERS if e["name"] == "五莲莲创新材料科技有限公司")
    used_names.add("厉志远")
    talents[0].update({
        "name": "厉志远", "_spy": "li", "_gpy": ["zhi", "yuan"], "gender": "M", "birth_year": 1982,
        "township_code": "371121001", "village": VILLAGES["371121001"][0], "degree": "DOCTORATE",
        "school": "哈尔滨工业大学", "major": "材料科学与工程", "graduation_year": 2010, "city": "五莲",
        "employer": fatong_founder["name"], "_emp": fatong_founder, "_sector": "mat", "title": "创始人",
        "expertise": "新材料;石材加工;智能制造", "stage": "RETURNED", "liaison": "office",
        "notes": "2018年辞去深圳企业研发总监职务返乡创业，项目入驻法桐小院，享受\"五个一\"扶持政策, 已带动就业60余人",
    })
    baidu = next(e for e in EMPLOYERS if e["name"].startswith("百度"))
    used_names.add("孙志刚")
    talents[sun_zhigang].update({
        "name": "孙志刚", "_spy": "sun", "_gpy": ["zhi", "gang"], "gender": "M", "birth_year": 1979,
        "degree": "DOCTORATE", "school": "清华大学", "major": "计算机科学与技术", "graduation_year": 2007,
        "city": "北京", "employer": baidu["name"], "_emp": baidu, "_sector": "it", "title": "技术总监",
        "expertise": "人工智能;机器视觉;大数据",
        "notes": "有意在市北双创孵化中心设立人工智能联合实验室",
    })
    hisense = next(e for e in EMPLOYERS if e["name"] == "海信集团")
    used_names.add("孙晓莲")
    talents[sun_xiaolian].update({
        "name": "孙晓莲", "_spy": "sun", "_gpy": ["xiao", "lian"], "gender": "F", "birth_year": 1988,
        "degree": "MASTER", "school": "山东大学", "major": "电子信息工程", "graduation_year": 2013,
        "city": "青岛", "employer": hisense["name"], "_emp": hisense, "_sector": "it", "title": "高级工程师",
        "expertise": "物联网;软件开发", "notes": "热心莲才联谊活动，多次回乡参加座谈",
    })
    # Traditional rows
    for i in trad_rows:
        talents[i]["_trad"] = True

    # contact data (after fixed examples so pinyin matches the final name)
    for t in talents:
        t["phone"] = make_phone()
        t["email"] = make_email(t["_spy"], t["_gpy"], t["birth_year"], t["_emp"])
        t["wechat"] = make_wechat(t["_spy"], t["_gpy"], t["birth_year"]) if rng.random() < 0.72 else ""

    # referrers
    for i, t in enumerate(talents):
        t["referrer_key"] = ""
        t["referrer_name"] = ""
        if i == 0:
            continue
        r = rng.random()
        if r < 0.25:
            earlier = talents[:i]
            related = [e for e in earlier if e["school"] == t["school"] or e["employer"] == t["employer"]
                       or (e["township_code"] and e["township_code"] == t["township_code"])]
            if i < 60 and rng.random() < 0.25:
                ref = talents[0]
            elif related and rng.random() < 0.7:
                ref = rng.choice(related)
            else:
                ref = rng.choice(earlier)
            t["referrer_key"] = ref["key"]
        elif r < 0.30:
            t["referrer_name"] = rng.choice(OUTSIDE_REFERRERS)
    return talents


# ---------------------------------------------------------------------------
# Relations
# ---------------------------------------------------------------------------
def build_relations(talents):
    rels = []
    seen = set()  # of (a, b, kind) with a<b for symmetric kinds

    def add(a, b, kind):
        if a == b:
            return False
        k = (a, b, kind) if kind == "REFERRED_BY" else (min(a, b), max(a, b), kind)
        if k in seen:
            return False
        seen.add(k)
        rels.append({"from_key": a, "to_key": b, "kind": kind})
        return True

    for t in talents:
        if t["referrer_key"]:
            add(t["key"], t["referrer_key"], "REFERRED_BY")

    # spouses (hometown outside the county) -> RELATIVE with a Wulian talent in the same city
    for t in talents:
        if t["township_code"]:
            continue
        cands = [o for o in talents if o["township_code"] and o["city"] == t["city"] and o["gender"] != t["gender"]
                 and abs(o["birth_year"] - t["birth_year"]) <= 6]
        if not cands:
            cands = [o for o in talents if o["township_code"] and o["gender"] != t["gender"]]
        spouse = rng.choice(cands)
        if add(t["key"], spouse["key"], "RELATIVE"):
            word = "丈夫" if t["gender"] == "F" else "妻子"
            t["notes"] = "%s%s为五莲籍人才，随其关注家乡发展" % (word, spouse.get("_s_name", spouse["name"]))

    # relatives: same township, same surname
    by_tw = {}
    for t in talents:
        if t["township_code"]:
            by_tw.setdefault((t["township_code"], t["name"][0]), []).append(t)
    groups = [g for g in by_tw.values() if len(g) >= 2]
    n = 0
    for _ in range(200):
        if n >= 18 or not groups:
            break
        g = rng.choice(groups)
        a, b = rng.sample(g, 2)
        if add(a["key"], b["key"], "RELATIVE"):
            n += 1

    # classmates: identical school string, graduation within 3 years preferred
    by_school = {}
    for t in talents:
        by_school.setdefault(t["school"], []).append(t)
    school_groups = [g for g in by_school.values() if len(g) >= 2]
    n = 0
    for _ in range(2000):
        if n >= 78:
            break
        g = rng.choice(school_groups)
        a, b = rng.sample(g, 2)
        if abs(a["graduation_year"] - b["graduation_year"]) > 3 and rng.random() < 0.85:
            continue
        if add(a["key"], b["key"], "CLASSMATE"):
            n += 1

    # colleagues: same employer, else same city
    by_emp, by_city = {}, {}
    for t in talents:
        by_emp.setdefault(t["employer"], []).append(t)
        by_city.setdefault(t["city"], []).append(t)
    emp_groups = [g for g in by_emp.values() if len(g) >= 2]
    city_groups = [g for g in by_city.values() if len(g) >= 2]
    n = 0
    for _ in range(2000):
        if n >= 62:
            break
        g = rng.choice(emp_groups) if rng.random() < 0.6 else rng.choice(city_groups)
        a, b = rng.sample(g, 2)
        if add(a["key"], b["key"], "COLLEAGUE"):
            n += 1
    return rels


# ---------------------------------------------------------------------------
# Interactions
# ---------------------------------------------------------------------------
VISIT_PLACES = {
    "北京": ["北京中关村", "北京海淀区", "北京亦庄经济技术开发区"], "上海": ["上海张江科学城", "上海徐汇区"],
    "深圳": ["深圳南山区", "深圳前海"], "杭州": ["杭州滨江区", "杭州未来科技城"],
    "青岛": ["青岛市北区", "青岛崂山区", "青岛西海岸新区"], "济南": ["济南高新区", "济南历下区"],
    "苏州": ["苏州工业园区"], "昆山": ["昆山智谷", "昆山开发区"], "日照": ["日照市东港区", "日照高新区"],
    "五莲": ["法桐小院", "五莲县洪凝街道", "五莲经济开发区", "中科院知识产权小镇"], "广州": ["广州天河区"],
    "南京": ["南京江宁区"], "合肥": ["合肥高新区"], "西安": ["西安高新区"], "武汉": ["武汉东湖高新区"],
    "天津": ["天津南开区"], "潍坊": ["潍坊高新区"], "成都": ["成都高新区"],
}
MEETING_PLACES = ["五莲县人才办", "法桐小院", "市北双创孵化中心", "中科院知识产权小镇", "昆山智谷", "县委组织部会议室"]
EVENTS = [
    (dt.datetime(2025, 2, 2, 9, 30), "五莲县会展中心", "2025年春节返乡莲才座谈会", None),
    (dt.datetime(2025, 5, 17, 14, 0), "北京海淀区", "五莲籍在京人才联谊会", "北京"),
    (dt.datetime(2025, 8, 23, 14, 30), "市北双创孵化中心", "青岛五莲籍人才创新创业沙龙", "青岛"),
    (dt.datetime(2025, 9, 20, 9, 0), "法桐小院", "莲才回乡创业项目路演", None),
    (dt.datetime(2025, 12, 13, 18, 0), "深圳南山区", "深圳五莲老乡会年会", "深圳"),
    (dt.datetime(2026, 1, 10, 9, 30), "五莲县会展中心", "2025年度杰出莲才奖颁奖典礼", None),
    (dt.datetime(2026, 2, 20, 9, 30), "五莲县会展中心", "2026年春节返乡莲才座谈会", None),
    (dt.datetime(2026, 5, 16, 14, 0), "北京海淀区", "五莲籍在京人才联谊会", "北京"),
    (dt.datetime(2026, 6, 13, 14, 0), "昆山智谷", "长三角五莲籍人才座谈会", "上海 杭州 苏州 昆山 南京 合肥"),
    (dt.datetime(2026, 9, 19, 9, 0), "法桐小院", "莲才回乡创业项目路演", None),
    (dt.datetime(2026, 10, 24, 14, 30), "市北双创孵化中心", "青岛五莲籍人才创新创业沙龙", "青岛"),
]
PLATFORMS = ["法桐小院", "市北双创孵化中心", "中科院知识产权小镇", "昆山智谷"]
SUMMARY = {
    "VISIT": ["到{emp}走访{name}，介绍县里“莲才兴乡”工程和双创平台情况。",
              "登门拜访{name}，了解其在{exp}方向的工作进展和回乡意向。",
              "走访{name}，交流{exp}项目产业化思路，对方表示愿意先做技术对接。",
              "到{name}单位拜访，赠送家乡宣传册，邀请其春节返乡参加座谈。"],
    "VISIT_R": ["到企业现场走访{name}，了解项目投产进度和用工需求。",
                "走访{name}企业，协调解决厂房用电增容问题。",
                "回访{name}，了解“五个一”扶持政策兑现情况。"],
    "CALL": ["电话联系{name}，确认近期返乡时间。", "电话回访，{name}表示对{plat}的场地条件比较满意。",
             "电话沟通“五个一”扶持政策申报材料。", "电话问候{name}，介绍县里最新人才政策。",
             "电话联系{name}，对方在出差，约定下周再联系。"],
    "MESSAGE": ["微信发送{plat}入驻政策介绍，{name}已阅并回复感兴趣。", "微信沟通座谈会报名事宜, 已确认参加。",
                "微信转发县里最新人才政策和招聘信息。", "微信收到{name}发来的项目计划书，已转县科技局。"],
    "MEETING": ["在{place}与{name}座谈，讨论{exp}项目落地方案。", "陪同{name}考察{plat}，洽谈场地和团队入驻。",
                "召开项目推进会，协调解决{name}企业用地和融资问题。", "与{name}面谈，介绍杰出莲才奖申报要求。"],
    "EVENT": ["{name}参加{event}，作交流发言。", "{name}出席{event}，与多名五莲籍人才建立联系。",
              "{name}参加{event}，现场对接了两家县内企业。"],
}
ACTIONS = ["一周内提供{plat}入驻协议草案", "协助对接县科技局申报科技型中小企业", "推荐参加下期莲才回乡创业项目路演",
           "帮助联系县人社局安排人才公寓", "约定春节返乡时面谈", "对方整理项目计划书后发给人才办",
           "请其推荐2至3名同学加入莲才联络群", "推荐申报杰出莲才奖", "安排实地考察{plat}", "寄送家乡特产和宣传资料",
           "暂无具体事项，保持联络", ""]
ACTIONS_RETURNED = ["人才办牵头对接日照银行人才贷", "协调供电部门解决厂房用电增容", "协助办理子女入学手续",
                    "跟进“五个一”扶持资金拨付进度", "协助企业在县人才市场发布招聘信息", "推荐申报杰出莲才奖",
                    "协助对接县科技局申报科技型中小企业", "帮助联系县人社局安排人才公寓", ""]
# phone-app notes are sometimes typed as a numbered list (multi-line field, quoted in the CSV)
ACTIONS_MULTILINE = ["1. 整理企业用地需求清单\n2. 下周与县自然资源局对接\n3. 月底前反馈进度",
                     "1. 补充项目计划书和团队简历\n2. 人才办报县科技局初审",
                     "1. 确认入驻面积和工位数\n2. 起草入驻协议\n3. 安排下月实地考察"]


def rand_dt(day, kind):
    if kind in ("MESSAGE", "CALL"):
        h = rng.choice([8, 9, 10, 11, 12, 14, 15, 16, 17, 19, 20, 21])
    else:
        h = rng.choice([8, 9, 9, 10, 10, 14, 14, 15, 16])
    return dt.datetime(day.year, day.month, day.day, h, rng.choice([0, 10, 15, 20, 30, 40, 45, 50]))


def build_interactions(talents):
    rows = []
    counts = {"CONTACTED": (1, 3), "ENGAGED": (2, 4), "RETURNED": (3, 6), "INACTIVE": (1, 2)}
    span = (LAST_DAY - FIRST_DAY).days
    for t in talents:
        if t["stage"] not in counts:
            continue
        lo, hi = counts[t["stage"]]
        n = rng.randint(lo, hi)
        if t["key"] == "T0001":
            n = 6
        overseas = t["city"] in OVERSEAS_CITIES
        if t["stage"] == "INACTIVE":
            first, last = FIRST_DAY, dt.date(2025, 10, 31)
        else:
            first, last = FIRST_DAY, LAST_DAY
        days = sorted(rng.sample(range((last - first).days + 1), n))
        # recent activity for engaged / returned
        if t["stage"] in ("ENGAGED", "RETURNED") and days[-1] < span - 120:
            days[-1] = rng.randint(span - 120, span)
            days.sort()
        seq = []
        for d in days:
            day = first + dt.timedelta(days=d)
            if overseas:
                kind = wchoice([("CALL", 4), ("MESSAGE", 5), ("MEETING", 1)])
            else:
                kind = wchoice([("VISIT", 25), ("CALL", 25), ("MESSAGE", 20), ("MEETING", 18), ("EVENT", 12)])
            event = None
            if kind == "EVENT":
                opts = [e for e in EVENTS if first <= e[0].date() <= last and (e[3] is None or t["city"] in e[3].split())]
                opts = [e for e in opts if all(e[0] != s[0] for s in seq)]
                if opts:
                    event = min(opts, key=lambda e: abs((e[0].date() - day).days))
                else:
                    kind = "CALL"
            if event:
                when, place = event[0], event[1]
            else:
                when = rand_dt(day, kind)
                if kind == "VISIT":
                    place = rng.choice(VISIT_PLACES.get(t["city"], ["五莲县人才办"]))
                elif kind == "CALL":
                    place = "电话"
                elif kind == "MESSAGE":
                    place = "微信"
                else:
                    place = "视频会议" if overseas else rng.choice(MEETING_PLACES)
            seq.append((when, kind, place, event))
        seq.sort(key=lambda x: x[0])
        # drop accidental duplicate timestamps
        dedup = []
        for s in seq:
            if dedup and dedup[-1][0] == s[0]:
                continue
            dedup.append(s)
        seq = dedup

        staff = t["liaison"] or rng.choice(["office", "office2"])
        exp = t["expertise"].split(";")[0]
        for k, (when, kind, place, event) in enumerate(seq):
            plat = place if place in PLATFORMS else rng.choice(PLATFORMS)
            if kind == "VISIT" and t["stage"] == "RETURNED":
                tmpl = rng.choice(SUMMARY["VISIT_R"])
            else:
                tmpl = rng.choice(SUMMARY[kind])
            summary = tmpl.format(name=t["_s_name"], emp=t["_s_employer"], exp=exp, plat=plat, place=place,
                                  event=event[2] if event else "")
            parts = [STAFF[staff], t["_s_name"]]
            if place in PLATFORM_MANAGERS:
                parts.append(PLATFORM_MANAGERS[place])
            if kind in ("EVENT",) and rng.random() < 0.5:
                parts.append(STAFF["office2" if staff == "office" else "office"])
            if rng.random() < 0.015:
                action = rng.choice(ACTIONS_MULTILINE)
            else:
                action = rng.choice(ACTIONS_RETURNED if t["stage"] == "RETURNED" else ACTIONS).format(plat=plat)
            latest = k == len(seq) - 1
            follow = ""
            occ = when.date()
            if latest and t["stage"] != "INACTIVE":
                if rng.random() < 0.78 or t["key"] == "T0001":
                    cat = wchoice([("overdue", 30), ("soon", 30), ("later", 40)])
                    if t["key"] == "T0001":
                        cat = "soon"
                    if cat == "overdue" and occ >= TODAY - dt.timedelta(days=4):
                        cat = "soon"
                    if cat == "overdue":
                        lo_d = max(occ + dt.timedelta(days=3), TODAY - dt.timedelta(days=35))
                        hi_d = TODAY - dt.timedelta(days=1)
                        if lo_d > hi_d:
                            lo_d = hi_d
                        f = lo_d + dt.timedelta(days=rng.randint(0, (hi_d - lo_d).days))
                    elif cat == "soon":
                        f = TODAY + dt.timedelta(days=rng.randint(0, 14))
                    else:
                        f = TODAY + dt.timedelta(days=rng.randint(15, 120))
                    follow = f.isoformat()
            elif not latest and rng.random() < 0.4:
                nxt = seq[k + 1][0].date()
                gap = (nxt - occ).days
                if gap >= 2:
                    f = occ + dt.timedelta(days=rng.randint(1, max(1, min(gap - 1, 30))))
                    follow = f.isoformat()
            if follow and not action:
                action = "按约定时间回访"
            rows.append({
                "talent_key": t["key"], "kind": kind, "occurred_at": when.strftime("%Y-%m-%dT%H:%M"),
                "place": place, "participants": ";".join(parts), "summary": summary,
                "agreed_actions": action, "follow_up_on": follow, "recorded_by": staff,
            })
    return rows


# ---------------------------------------------------------------------------
USERS = [
    ("admin", "系统管理员 赵磊", "ADMIN", ""),
    ("office", "人才办 王晓燕", "OFFICE", ""),
    ("office2", "人才办 刘海涛", "OFFICE", ""),
    ("mgr-fatong", "法桐小院 丁振华", "PLATFORM_MANAGER", "fatong"),
    ("mgr-shibei", "市北双创孵化中心 管丽娜", "PLATFORM_MANAGER", "shibei"),
    ("mgr-cas", "中科院知识产权小镇 陈立群", "PLATFORM_MANAGER", "cas"),
    ("mgr-kunshan", "昆山智谷 徐文斌", "PLATFORM_MANAGER", "kunshan"),
    ("reviewer1", "评委 厉春明", "REVIEWER", ""),
    ("reviewer2", "评委 孙国栋", "REVIEWER", ""),
    ("reviewer3", "评委 高玉梅", "REVIEWER", ""),
    ("reviewer4", "评委 郑晓峰", "REVIEWER", ""),
    ("reviewer5", "评委 李淑芳", "REVIEWER", ""),
]


def main():
    users = [{"username": u, "display_name": d, "role": r, "platform_code": p, "password": PASSWORD,
              "email": "%s@liancai.example" % u} for u, d, r, p in USERS]
    write_csv(os.path.join(DEMO, "users.csv"),
              ["username", "display_name", "role", "platform_code", "password", "email"], users)

    talents = build_talents()
    # ~10% of the profiles were typed in Traditional characters. Interactions are logged by
    # county staff in Simplified, so they keep the Simplified spelling (_s_* copies).
    for t in talents:
        t["_s_name"], t["_s_employer"] = t["name"], t["employer"]
        if t["_trad"]:
            for f in ("name", "school", "employer", "city"):
                t[f] = s2t(t[f])
    relations = build_relations(talents)  # compares school/employer/city as written; may set spouse notes
    for t in talents:
        if t["_trad"]:
            t["notes"] = s2t(t["notes"])
    interactions = build_interactions(talents)
    write_csv(os.path.join(DEMO, "talents.csv"),
              ["key", "name", "gender", "birth_year", "township_code", "village", "degree", "school", "major",
               "graduation_year", "city", "employer", "title", "expertise", "phone", "email", "wechat", "stage",
               "liaison", "referrer_key", "referrer_name", "notes"], talents)
    write_csv(os.path.join(DEMO, "interactions.csv"),
              ["talent_key", "kind", "occurred_at", "place", "participants", "summary", "agreed_actions",
               "follow_up_on", "recorded_by"], interactions)
    write_csv(os.path.join(DEMO, "relations.csv"), ["from_key", "to_key", "kind"], relations)
    print("users=%d talents=%d interactions=%d relations=%d"
          % (len(users), len(talents), len(interactions), len(relations)))


if __name__ == "__main__":
    main()
