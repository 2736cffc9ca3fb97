"""The exhibit's own Simplified Chinese translations of the seed quotes, by quote id.

Shown beside the verbatim English, labelled as the exhibit's translation (never as the
source's words). Translated for Scored in December 2026; a new quote needs one here
(tests/exhibit/test_chinese.py).
"""

QUOTES_ZH: dict[str, str] = {
    "frame.no_single_system": (
        "并不存在一个单一的社会信用体系。各地政府运营着各自的社会记录系统，其运作方式与私"
        "营版本不同；私营版本由蚂蚁金服旗下的芝麻信用（Zhima Credit，又称Se"
        "same Credit）这类公司运营。"
    ),
    "frame.where_you_live": "奥尔伯格指出，社会信用排名的标准取决于你住在哪里。",
    "frame.record_not_score": "她说，这更像是一份记录，而不是一个分数。",
    "frame.mandatory_2020": "中国政府希望到2020年，参与社会信用体系成为强制性的",
    "frame.negative_spiral": "“我看到了陷入恶性循环的巨大可能。”",
    "frame.downward_spiral": "奥尔伯格还指出，信用报告上的几条不良记录就可能引发螺旋式下滑。",
    "rongcheng.start": ("有一座城市——荣成——一开始给居民每人1,000分。不良行为，比如交通违法，会由当局扣分。"),
    "rongcheng.charity_wrong": "良好行为，比如向慈善机构捐款，能让你获得1,000分。",
    "rongcheng.perks_and_fees": (
        "虽然各个项目之间可能有所不同，但在一些试点中，评级好意味着他们能享受折扣或其他好"
        "处，比如简化的行政手续。如果你的评级低，你可能需要填写额外的文件或缴纳费用。"
    ),
    "rongcheng.caught_first": "你得先被抓到，或者被别人举报。",
    "sesame.run_by_ant": (
        "芝麻信用（英文名Sesame Credit，普通话拼音为Zhima credit"
        "）是一个公共工具，由网购巨头阿里巴巴的关联公司蚂蚁金服运营。"
    ),
    "sesame.scale": (
        "电商巨头阿里巴巴的子公司蚂蚁金服开发了一款应用，在350至950的范围内评定一个人的信用度。"
    ),
    "sesame.voluntary": (
        "有一家公司将在运营中国社会信用体系中扮演重要角色，那就是阿里巴巴。它目前正在试行"
        "一项人们可以自愿报名参加的“信用排名计划”。"
    ),
    "sesame.not_official": "它并不正式属于这一体系，也没有持有牌照。",
    "sesame.factor_credit_history": "信用历史——这个人是否按时支付账单？",
    "sesame.factor_behaviour": (
        "行为与偏好——比如一个人买什么商品——买纸尿裤的人会得到更高的分数，因为为人父母"
        "者往往更有责任感；每天花10个小时玩电子游戏的人则会得到更低的分数。"
    ),
    "sesame.games_24_hours": (
        "如果你的朋友信用评级差，或者每天玩24小时电子游戏，这很可能会对你产生不利影响。"
    ),
    "sesame.deposits_waived": (
        "评级高，你就能在机场享受快速安检，还能把送货上门的商品先在家里试用，再付款。这也"
        "意味着租共享单车和酒店房间可以免交押金。"
    ),
    "sesame.apartment_deposit_free": "如果你遵守规定，你就可能在机场走快速通道，或者免押金租公寓。",
    "sesame.rental_cars": (
        "在商家享受的优惠——礼品卡、在酒店和机场更快地办理入住和登机手续，以及租车无需交押金。"
    ),
    "court.blacklist_not_score": (
        "社会信用分数低，与被政府官员列入黑名单（例如拒不缴纳罚款），两者有很大区别。"
    ),
    "court.lose_rights": (
        "如果你乱穿马路被抓到、没有付清法院的账单，或者在火车上把音乐放得太响，你就可能失"
        "去一些权利，比如预订火车票或机票的权利。"
    ),
    "court.liu_hu_listed": (
        "刘虎发现，自己被列入了最高人民法院的失信被执行人名单，被标为“不具备资格”购买机"
        "票。他还被禁止乘坐部分线路的火车、购买房产或申请贷款。"
    ),
    "court.liu_hu_for_his_work": "刘虎因为他的工作被逮捕、罚款，并被列入黑名单。",
    "court.liu_hu_unqualified": ("去年年初，他发现自己被列入了黑名单，被描述为“没有资格”购买机票。"),
    "court.liu_hu_no_notice": "“没有立案，没有警方的令状，也没有正式通知。",
    "court.pay_or_appeal": (
        "苏黎世大学研究员Jing Zeng说，如果你想从黑名单上被除名，你有两个选择：你"
        "可以付清账单，也可以向法院申诉。"
    ),
    "court.bring_your_money": "“把钱带来，你就会被移出这个系统。”",
    "court.private_schools": (
        "更严厉的惩罚包括限制出行、拒绝其应聘政府机关职位的申请，或者不让其子女进入私立学校。"
    ),
    "court.seven_million": (
        "据报道，目前有超过700万人在政府的黑名单上，他们几乎没有办法摘掉“不可信”的标签。"
    ),
    "air_rail_list.misbehaving_on_train": (
        "这可能包括：在被认定完全有能力支付的情况下不缴纳罚款、在火车或出租车上行为不当、"
        "开车闯红灯，甚至没有缴纳任何罚款。"
    ),
    "caac_airlines.letters": (
        "2018年4月，中国民用航空局致函多家国际航空公司，要求它们承认台湾是中国的一部分。"
    ),
    "caac_airlines.serious_dishonesty": (
        "他们警告这些航空公司，政府将“对贵公司的严重失信行为作出正式记录”，并将对任何不"
        "遵从的公司采取惩戒措施。"
    ),
    "caac_airlines.all_complied": "它们全都照做了。",
    "caac_airlines.one_pilot": "向航空公司施压的，是《民航行业信用管理办法》中的一项试点。",
    "claim.comprehensive_rating": (
        "中国计划在2020年前推出一套全面的信用评级系统，详细记录其13亿公民的“可信度”。"
    ),
    "claim.score_each_citizen": (
        "该系统将根据行为，比如财务信用、社交媒体活动和触犯法律的经历，为全国13亿公民逐一打分。"
    ),
    "claim.rate_each_citizen": ("中国即将实施一套社会信用体系，按照一个公开可查的评分标准给每位公民评级。"),
    "claim.officially_scs": (
        "该系统的官方名称是“社会信用评分”（Social Credit Score，简称SCS），很可能在2020年前实施。"
    ),
    "claim.no_national_system": "奥尔伯格表示，并不存在一个统一的、全国协调的系统。",
    "claim.soon_compulsory": (
        "目前，无论是政府版本还是私营版本的社会信用体系，都是自愿参加的。不过，它很快就会变成强制参加。"
    ),
    "claim.credit_code": ("政府的目标是，到2020年让这一系统全面运转，并让每位公民都拥有自己的“信用代码”。"),
    "claim.poor_credit_code": "信用代码不好，可能导致公民无法申请某些工作、住房或创业贷款。",
    "claim.unified_social_code": (
        "政府的系统最终应该会是全国性的：所有公民和企业都会获得一个“统一社会代码”，公民还会有一个身份号码。"
    ),
    "claim.jaywalk_points": (
        "一些试点城市正在用人脸识别技术追踪乱穿马路的人；被扣评分只是这种违规的后果之一。"
    ),
    "claim.taishan": "在台山市，乱穿马路者的照片还会显示在视频广告屏上。",
    "claim.liu_hu_rumour": "据人权观察称，这名记者被指控“散布谣言和诽谤”。",
    "claim.zhengzhou": (
        "与此同时，郑州市提出了一种处理欠债人的独特办法：有人给他们打电话时，拨打者会听到"
        "一段“羞辱性的语音提示”。"
    ),
    "claim.merics": ("墨卡托中国研究中心的一份报告称：“这些惩罚手段为监视和引导行为提供了前所未有的可能。”"),
    "claim.recycling_loans": "在一个地方政府的试点中，垃圾回收做得好的用户更容易获得银行贷款。",
    "claim.ant_does_not_own": (
        "最后更新于2019年1月24日，格林尼治标准时间11:20：蚂蚁金服并不拥有芝麻信用系统。"
    ),
    "claim.sesame_of_ant": "芝麻信用，阿里巴巴关联公司蚂蚁金融服务集团（AFSG）的子公司",
    "claim.big_up_economy": (
        "人际关系——你的朋友是谁，你在社交媒体上说了什么——例如，那些“给中国经济说好话”的人会得到更高的分数。"
    ),
    "claim.qq_scs": (
        "据当地媒体报道，通过腾讯的QQ聊天应用已经可以使用SCS。个人可以查看自己的分数"
        "，分数范围在300到850之间。"
    ),
    "claim.wechat_users": (
        "Rapid Finance通过拥有超过8.5亿用户的热门通讯应用“微信”，芝麻信用则通过支付宝支付服务。"
    ),
    "claim.rapid_finance_partner": (
        "几家大型私营公司，其中包括社交网络巨头腾讯的合作伙伴China Rapid Finance"
    ),
    "claim.eight_companies": ("到目前为止，已有8家公司和30多个城市获准开展社会信用体系的试点测试。"),
    "claim.global_standard": ("中国的社会信用体系不会是世界上第一个，但它是朝着使之成为全球标准迈出的一步。"),
    "claim.roam_under_heaven": "政府还说，SCS将“让守信者畅行天下，让失信者寸步难行”。",
    "claim.rural_pilots": (
        "她说，新的社会信用体系有一些早期试点，早于2014年的重大政策规划，它们实际上是"
        "在建立一种农村社会信用体系。"
    ),
    "claim.shanghai_records": (
        "在上海，乱穿马路、交通违法、拒绝探望年迈的父母、没有把垃圾分类投入相应的垃圾桶，"
        "或者乘火车逃票，都可能被记入社会信用档案。"
    ),
    "experian.credit_checks": (
        "英国人对信用核查并不陌生。像益博睿（Experian）这样的数据经纪公司会追踪我"
        "们偿还债务的时间，并给我们一个分数，供放贷机构或房贷机构使用。"
    ),
    "experian.extends_idea": ("中国的社会信用体系把这一理念扩展到了方方面面，用来评判公民的可信度和行为。"),
    "garbage_credit.better_loans": ("在一个地方政府的试点中，垃圾回收做得好的用户更容易获得银行贷款。"),
    "garbage_credit.recycling_habits": "从监控公民的债务和垃圾回收习惯",
    "honest_shanghai.dozens_of_cities": "数十个城市正在测试各自的社会信用体系。",
    "honest_shanghai.recorded_infractions": (
        "在上海，乱穿马路、交通违法、拒绝探望年迈的父母、没有把垃圾分类投入相应的垃圾桶，"
        "或者乘火车逃票，都可能被记入社会信用档案。"
    ),
    "honest_shanghai.hu_scrub": "信用专家Hu说，这些违规行为应该在几年后从记录中清除。",
    "honest_shanghai.natkin_recourse": (
        "“这里有一个问题：由谁来决定你的档案里记些什么；如果你觉得有些信息被不公平地记了"
        "进去，你又有什么补救途径，”"
    ),
    "jaywalk_display.face_recognition": (
        "奥尔伯格指出，人脸识别常被用来识别乱穿马路的人。不过，奥尔伯格说，这在某些城市是可以做到的。"
    ),
    "joint_punishment.enterprise_database": (
        "是一个面向企业的数据库，记录行政处罚、各类黑名单，还有针对良好行为（比如按时报税）的“红名单”。"
    ),
    "joint_punishment.official_blacklist": (
        "报道中提到了一份黑名单。它是政府官方社会信用体系的一部分。这意味着，比如说，如果"
        "你欠政府的钱，你可能会失去某些权利。"
    ),
    "joint_punishment.positive_rating": (
        "在一些试点中，评级好意味着他们能享受折扣或其他好处，比如简化的行政手续。"
    ),
    "joint_punishment.low_rating_fees": "如果你的评级低，你可能需要填写额外的文件或缴纳费用。",
    "nosedive.caption": "Netflix剧集《黑镜》中的《急转直下》一集",
    "nosedive.seems_familiar": (
        "如果这种给个人评级的想法让你觉得有点眼熟，也许你看过Netflix那部反乌托邦题材的剧集《黑镜》。"
    ),
    "nosedive.season_three": (
        "在该剧第三季中，有一集格外黑暗，讲述了这样一种情景：评分高的公民比评分低的人享有"
        "更多权利，结果带来了毁灭性的后果。"
    ),
    "nosedive.often_compared": (
        "中国的社会信用体系常被拿来与“老大哥”、《黑镜》，以及其他任何反乌托邦未来主义科"
        "幻作家能想象出来的东西相比。现实要复杂得多，在某些情况下甚至更糟。"
    ),
    "pboc_credit_report.financial_credit": "来自中国人民银行的金融信用信息。",
    "pboc_credit_report.outside_banking": (
        "社会信用评级系统的主要目标之一，是让传统银行体系之外的个人（学生、农民等）也能获得金融信贷。"
    ),
    "peer_rating.rate_each_other": "该系统的未来规划包括让公民能够互相评分。",
    "peer_rating.doctors": (
        "按照设想，随着系统扩展到企业和机构，公民将能够给自己的医生打分，甚至给碳足迹高的公司打低分。"
    ),
    "peer_rating.financial_only": "中国媒体把这一系统描述为仅限于金融信用评分。",
    "platform_ratings.ebay": ("社交式的评分同样存在。任何用eBay网购过的人，都有一个关于发货和沟通的评分。"),
    "platform_ratings.uber": "Uber司机和乘客会互相评分，所以如果你的分数太低，那可不是好消息。",
    "platform_ratings.fundamentally_distinct": (
        "很多人把Uber对司机和乘客的评分系统，与Uber这类私营应用相提并论。这些私营"
        "公司的系统虽然在我看来问题极大，但本质上是不同的。"
    ),
    "suining_2010.early_rural_pilots": (
        "她说，新的社会信用体系有一些早期试点，早于2014年的重大政策规划，它们实际上是"
        "在建立一种农村社会信用体系。"
    ),
    "surveillance.bbc_test": (
        "中国官员与BBC News合作，演示了他们如何在短短7分钟内定位并找到BBC的一"
        "名记者。在全国1.7亿个监控摄像头被调动起来追踪沙磊（John Sudworth"
        "）的同时，他的行动也受到了监视。"
    ),
    "surveillance.uighur_faces": "被扫描过的维吾尔族人面孔超过500,000张。",
    "surveillance.hku_deletions": (
        "香港大学的研究人员发现，在天安门广场抗议活动30周年前夕，微博和微信上的批评性帖子被删除了。"
    ),
    "surveillance.one_aspect": "中国的社会信用项目还在开发之中，但它只是其监控型国家的一个方面。",
    "surveillance.nowhere_to_hide": "人脸识别技术意味着无处可藏。",
    "surveillance.cameras_measure": "一个庞大的监控摄像头网络也将帮助记录和衡量公民的行为。",
    "tencent_credit.rapid_finance_partner": (
        "这项试验将由政府与几家大型私营公司自愿合作开展，其中包括社交网络巨头腾讯的合作伙"
        "伴China Rapid Finance"
    ),
    "tencent_credit.wechat_users": ("Rapid Finance通过拥有超过8.5亿用户的热门通讯应用“微信”"),
    "tencent_credit.qq_scs": "据当地媒体报道，通过腾讯的QQ聊天应用已经可以使用SCS。",
    "tencent_credit.range": "个人可以查看自己的分数，分数范围在300到850之间。",
    "tencent_credit.five_categories": (
        "总分由一个总分得出，这个总分由五个不同类别构成：社会关系、消费行为、安全、财富和合规。"
    ),
    "tourism_list.blacklist": (
        "国家旅游局针对“不文明行为”的黑名单会列出行为不当的游客和旅游经营者的名字，例如"
        "破坏文物或在航班上闹事。"
    ),
    "unified_code.unified_social_code": (
        "政府的系统最终应该会是全国性的：所有公民和企业都会获得一个“统一社会代码”，公民"
        "还会有一个身份号码。所有这些都将与一份永久档案相关联。"
    ),
    "unified_code.pull_up_records": (
        "霍夫曼解释说，如果你能访问“信用中国”网站，并且有某个实体的信用代码，就可以用这个代码调出信用记录。"
    ),
    "unified_code.id_linked": "个人将拥有与身份证关联的代码。",
    "unified_code.citizen_credit_code": (
        "政府的目标是，到2020年让这一系统全面运转，并让每位公民都拥有自己的“信用代码”。"
    ),
    "unified_code.poor_credit_code": "信用代码不好，可能导致公民无法申请某些工作、住房或创业贷款。",
    "voice.improve_society": (
        "北京认为，这一系统一旦牢固建立，将会改善整个社会，解决从食品安全到难以获得金融服务等各种问题。"
    ),
    "voice.trust_building": "中国政府说，这一切都是为了建立信任。",
    "voice.trust_not_rewarded": (
        "在2014年的文件中，政府概述了自己的计划。文件指出，守信得到的奖励不够，因此失信的成本往往偏低。"
    ),
    "voice.cass_morality": (
        "“当人们的行为不受道德约束时，就必须用一种制度来限制他们的行为。”——中国社会科学院的解释"
    ),
    "voice.wang_shuqin_ready": (
        "王淑芹教授正在参与这一系统的工作，并声称“建立金融信用度的机制已经可以付诸实施”"
        "，而且“在中国做生意如果没有它，风险太大”。"
    ),
    "voice.sesame_consent": "芝麻信用声称，这只有在用户同意的情况下才能进行。",
    "voice.murong_survive": "“这个系统可以在不把人关进监狱的情况下，剥夺一个人的生存能力，”",
    "voice.rights_groups": (
        "人权组织和异见人士说，中国提出的这一系统只会增强它压制反对声音、践踏人权的能力。"
    ),
    "voice.hrw_all_people": (
        "“目前对异见人士等敏感群体已有密集的监控，但社会信用体系则是另一个层次。这是一种"
        "对所有人进行监控的尝试。”"
    ),
    "voice.hoffman_state_power": (
        "她说，如果解决问题是中共的最终目标，社会信用就没有必要存在。“中国的社会信用体系"
        "是一个由国家主导的项目，其设计目的只有一个：扩大并维护中国共产党的权力。”"
    ),
    "voice.liu_hu_stuck": "这很可怕，因为你什么也做不了。没有人能帮你。你被困在中间。",
    "voice.ohlberg_linked_up": (
        "她说，当这些私营系统与政府的排名挂钩时，情况就令人担忧了。这种情况已经在试点中出现。"
    ),
    "voice.ohlberg_abuse": (
        "奥尔伯格指出，存在滥用权力的可能，以及全国性监控带来的连锁后果。数据也有可能不准确。"
    ),
    "voice.lal_police_state": (
        "“中国提出的社会评分，绝对再次证明了中国正在继续推进，要成为一个彻底的警察国家。"
    ),
    "voice.natkin_objectives": (
        "“目标之一是监管性的：激励行为、加强问责。另一个目标是简化各种流程，并让它们更安"
        "全，尤其是对消费者来说。"
    ),
    "voice.natkin_framework": (
        "在中国这样一个幅员辽阔、情况复杂的国家，有一个补充法律体系的框架，确实很有价值。”"
    ),
    "voice.zeng_in_between": (
        "Zeng认为，现实介于政府的说法和西方媒体那些充满恐怖的反乌托邦描述之间。她把目"
        "前取得的进展描述为“非常像婴儿迈出的一小步”。"
    ),
    "voice.ohlberg_in_between": (
        "她说：“它处在两种人之间：一种人说媒体报道不准确、情况没那么糟糕，另一种人看到的"
        "是一个巨大的反乌托邦。”“你需要找到中间的那个空间，在那里你可以解释：虽然它并不"
        "像人们描绘的那样，但它确实令人害怕。”"
    ),
    "voice.lagerkvist_tricky": (
        "拉格奎斯特想知道这一系统能否实现。“由于部门之间的地盘之争，以及企业不愿完全配合"
        "，实施起来可能会很棘手。”"
    ),
    "voice.ramli_experiment": (
        "“在很多方面，这些试点是一场真正的实验，看看人们能承受多少，以及某些措施有多有效。"
    ),
    "voice.zeng_food_safety": (
        "Zeng说，这可能包括产品质量和食品安全，这些都是中国的重大问题。她说：“这是中国社会中一个极大的问题。”"
    ),
    "voice.creemers_symbiotic": (
        "不过，克里默斯确信，像阿里巴巴这样的中国互联网巨头会与政府合作，并表示：“这些公"
        "司与政府处于一种共生关系之中。”"
    ),
}
