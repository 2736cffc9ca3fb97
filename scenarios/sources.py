"""The record: the five seed texts, every quote the exhibit shows, and outside sources.

Quotes are copied character for character from `shared/seeds/`; the quote check
(`manage.py quotes --json | check_quotes.py -`) proves it. A quote that a seed got
wrong carries a `caveat` that the exhibit shows beside it.
"""

from scenarios.evidence import (
    air_rail_list,
    caac_airlines,
    claims,
    debtor_calls,
    experian,
    garbage_credit,
    honest_shanghai,
    jaywalk_display,
    joint_punishment,
    nosedive,
    pboc_credit_report,
    peer_rating,
    platform_ratings,
    suining_2010,
    surveillance,
    tencent_credit,
    tourism_list,
    unified_code,
)
from scenarios.evidence.types import S000, S001, S002, S003, SEEDS, Quote, Reference, ReferenceKind, Seed
from scenarios.i18n import _

EVIDENCE = (
    air_rail_list,
    caac_airlines,
    claims,
    debtor_calls,
    experian,
    garbage_credit,
    honest_shanghai,
    jaywalk_display,
    joint_punishment,
    nosedive,
    pboc_credit_report,
    peer_rating,
    platform_ratings,
    suining_2010,
    surveillance,
    tencent_credit,
    tourism_list,
    unified_code,
)

__all__ = ["QUOTES", "REFERENCES", "SEEDS", "Quote", "Reference", "Seed"]

_CORE_QUOTES: tuple[Quote, ...] = (
    # The framing: no single score.
    Quote(
        id="frame.no_single_system",
        seed=S001,
        text="There is no single social credit system. Local governments operate "
        "their own social records systems, which work differently to the private "
        "version that is operated by companies like Ant Financial’s Zhima Credit "
        "(also known as Sesame Credit).",
    ),
    Quote(
        id="frame.where_you_live",
        seed=S001,
        text="Ohlberg notes that the criteria for a social credit ranking are determined by where you live.",
        speaker="Mareike Ohlberg, Mercator Institute for China Studies",
    ),
    Quote(
        id="frame.record_not_score",
        seed=S001,
        text="She says it’s more like a record than a score.",
        speaker="Samantha Hoffman, as reported by the seed",
    ),
    Quote(
        id="frame.mandatory_2020",
        seed=S000,
        text="The Chinese government wants participation in the Social Credit System to be mandatory by 2020",
        caveat=_(
            "This did not happen. By 2025 China had no national score for every "
            "citizen; what is compulsory is being recorded by courts and agencies."
        ),
    ),
    Quote(
        id="frame.negative_spiral",
        seed=S001,
        text="“I see a tremendous potential for a negative spiral.”",
        speaker="Mareike Ohlberg, Mercator Institute for China Studies",
    ),
    Quote(
        id="frame.downward_spiral",
        seed=S001,
        text="Ohlberg also notes that a few poor marks on a credit report could lead to a downward spiral.",
    ),
    # Rongcheng.
    Quote(
        id="rongcheng.start",
        seed=S001,
        text="One city, Rongcheng gives residents 1,000 points to get started. "
        "Bad behaviour, such as traffic violations, is deducted by the authorities.",
    ),
    Quote(
        id="rongcheng.charity_wrong",
        seed=S001,
        text="Good behaviour, such as giving to charity, gets you 1,000 points.",
        caveat=_(
            "Wrong. This is a rewording error: every other source has 1,000 as "
            "the starting balance, and good deeds add a few points each."
        ),
    ),
    Quote(
        id="rongcheng.perks_and_fees",
        seed=S001,
        text="Although it can vary from program to programme, a positive rating "
        "in some pilots means that they get discounts or other benefits such as a "
        "simplified bureaucratic process. You may be required to complete "
        "additional paperwork or pay fees if you have a low rating.",
    ),
    Quote(
        id="rongcheng.caught_first",
        seed=S001,
        text="You’ll need to be caught first, or reported by someone else.",
    ),
    # Sesame Credit.
    Quote(
        id="sesame.run_by_ant",
        seed=S000,
        text="Sesame Credit (or Zhima credit in Mandarin) is a public tool run by "
        "Ant Financial, an affiliate company of online shopping giant Alibaba.",
    ),
    Quote(
        id="sesame.scale",
        seed=S003,
        text="Ant Financial, a subsidiary of eCommerce giant Alibaba, developed an "
        "app that rates a person's creditworthiness on a scale of 350- 950.",
        caveat=_(
            'The scale is right. "Subsidiary" is not: Ant Financial is an '
            "affiliate of Alibaba, as seed 000 says."
        ),
    ),
    Quote(
        id="sesame.voluntary",
        seed=S002,
        text="One company which is set to be a major player in running China’s "
        "social credit system is Alibaba, which is currently trialling a ‘credit "
        "ranking scheme’ which people can voluntarily sign up to.",
    ),
    Quote(
        id="sesame.not_official",
        seed=S001,
        text="It isn’t officially part of the system and doesn’t hold a license.",
        speaker="Mareike Ohlberg, Mercator Institute for China Studies",
    ),
    Quote(
        id="sesame.factor_credit_history",
        seed=S002,
        text="Credit history — does the person pay their bills on time?",
    ),
    Quote(
        id="sesame.factor_behaviour",
        seed=S002,
        text="Behaviour and preference — such as what products someone buys — "
        "people who buy nappies are given a higher score, because parents tend to "
        "be more responsible, people who spend 10 hours a day playing video games "
        "are given a lower score.",
    ),
    Quote(
        id="sesame.games_24_hours",
        seed=S003,
        text="If your friend has a poor credit rating or engages in playing video "
        "games 24 hours per day, it is likely to reflect badly on you.",
        caveat=_(
            "Exaggerated. Sesame's technology director spoke of ten hours a day "
            "(reported by the BBC, 2015), as seed 002 says."
        ),
    ),
    Quote(
        id="sesame.deposits_waived",
        seed=S000,
        text="A high rating gets you an expedited security check at the airport, "
        "and the ability to try home-delivered purchases at home before paying for "
        "them. It also means deposits for renting share-bikes and hotel rooms are "
        "waived.",
    ),
    Quote(
        id="sesame.apartment_deposit_free",
        seed=S000,
        text="If you comply you could be in the fast lane at the airport, or "
        "renting an apartment deposit-free.",
    ),
    Quote(
        id="sesame.rental_cars",
        seed=S002,
        text="perks at businesses–gift cards, faster check-ins at hotels and "
        "airports, and no required deposits for rental cars.",
    ),
    # The Supreme People's Court list.
    Quote(
        id="court.blacklist_not_score",
        seed=S001,
        text="There is a big difference between having a low score on social "
        "credit and being blacklisted by government officials, for example, "
        "refusing to pay a penalty.",
    ),
    Quote(
        id="court.lose_rights",
        seed=S001,
        text="If you are caught jaywalking, don’t pay a bill to the court, or play "
        "too loud music on the train, you may lose your rights such as the right to "
        "book a train ticket or flight.",
    ),
    Quote(
        id="court.liu_hu_listed",
        seed=S001,
        text="Liu discovered that he was listed on the Supreme People’s Court’s "
        "List of Dishonest People Subject to Enforcement as “not qualified” for "
        "buying a plane ticket. He was also banned from traveling some train lines, "
        "purchasing property or taking out loans.",
    ),
    Quote(
        id="court.liu_hu_for_his_work",
        seed=S001,
        text="Liu was arrested, fined and blacklisted for his work.",
        caveat=_(
            "Misleading. The Globe and Mail (3 January 2018) reports that his "
            "listing came from a separate civil defamation judgment he disputed, "
            "not directly from his journalism."
        ),
    ),
    Quote(
        id="court.liu_hu_unqualified",
        seed=S000,
        text="Early last year he realised that he was blacklisted, described as "
        "“unqualified” to purchase plane tickets.",
    ),
    Quote(
        id="court.liu_hu_no_notice",
        seed=S001,
        text="“There was no filing, no warrant from the police, and no official notification.",
        speaker="Liu Hu, to The Globe and Mail, as quoted by the seed",
        caveat=_(
            "Garbled in this copy. The Globe and Mail quotes him as saying there "
            'was "no file, no police warrant".'
        ),
    ),
    Quote(
        id="court.pay_or_appeal",
        seed=S001,
        text="Jing Zeng, a researcher at University of Zurich, said that if you "
        "wish to be removed from the blacklist you have two options. You can either "
        "pay the bill or appeal to court.",
    ),
    Quote(
        id="court.bring_your_money",
        seed=S001,
        text="“Bring your money and you will be removed from the system.”",
        speaker="Jing Zeng, University of Zurich",
    ),
    Quote(
        id="court.private_schools",
        seed=S000,
        text="More severe punishments include curtailing travel and denying job "
        "applications to government offices or children access to private schools.",
    ),
    Quote(
        id="court.seven_million",
        seed=S000,
        text="There are reportedly more than seven million people currently on "
        "government blacklists, with few options for reversing their "
        "“untrustworthy” label.",
    ),
)

_CORE_REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="fp-2018-rongcheng",
        title="Life Inside China's Social Credit Laboratory",
        outlet="Foreign Policy",
        author="Simina Mistreanu",
        date="2018-04-03",
        url="https://foreignpolicy.com/2018/04/03/life-inside-chinas-social-credit-laboratory/",
        caveat=_(
            "Read through a secondary summary; the point values it gives could "
            "not be checked against Rongcheng's own catalogue."
        ),
    ),
    Reference(
        id="npr-2018-rongcheng",
        title="China's Brave New World (The Indicator from Planet Money)",
        outlet="NPR",
        date="2018-10",
        url="https://www.npr.org/transcripts/656627240",
        caveat=_("Grade bands as quoted from the broadcast in a secondary essay."),
    ),
    Reference(
        id="clt-rongcheng-measures",
        kind=ReferenceKind.OFFICIAL,
        title="Rongcheng Municipal Measures on Personal Credit Rewards and Punishments",
        outlet="China Law Translate",
        date="2018 (translation)",
        url="https://www.chinalawtranslate.com/en/rongcheng-personal-credit-reward-and-punishment-measures/",
    ),
    Reference(
        id="clt-rongcheng-experience",
        title="The Rongcheng Experience",
        outlet="China Law Translate",
        date="Undated (describes the current rules)",
        url="https://www.chinalawtranslate.com/en/rongcheng-social-credit-experience/",
    ),
    Reference(
        id="technode-2015-sesame",
        title="Alibaba's finance arm officially launches credit scoring service Sesame Credit",
        outlet="TechNode",
        date="2015-01-29",
        url="https://technode.com/2015/01/29/alibabas-finance-arm-officially-launches-credit-scoring-service-sesame-credit/",
    ),
    Reference(
        id="bbc-2015-sesame",
        title="China 'social credit': Beijing sets up huge system",
        outlet="BBC News",
        author="Celia Hatton",
        date="2015-10-26",
        url="http://www.bbc.com/news/world-asia-china-34592186",
    ),
    Reference(
        id="chinanews-2017-bikes",
        title="Bike-share deposit waivers by Sesame Credit score (Chinanews)",
        outlet="Chinanews",
        date="2017-03-29",
        url="https://www.axyjyo.cn/c/2017-03-29/1447616_2.shtml",
        caveat=_("Read from a mirror of the Chinanews article."),
    ),
    Reference(
        id="djres-2016-hotels",
        title="芝麻信用分600以上,信用住45秒即可入住酒店",
        outlet="djres.cn (reprint)",
        date="2016-12-13",
        url="http://www.djres.cn/article/20161213171347.htm",
    ),
    Reference(
        id="muzijie-2017-rentals",
        title="芝麻信用免押金规则",
        outlet="muzijie.com (Chinese explainer)",
        date="About 2017",
        url="https://muzijie.com/a1/3ord1jn3.html",
        caveat=_("A weak source: treat the 650 threshold as reported, not confirmed."),
    ),
    Reference(
        id="clt-2015-spending",
        kind=ReferenceKind.OFFICIAL,
        title="SPC Several Provisions on Restricting High-Spending and Related "
        "Spending by Persons Subject to Enforcement",
        outlet="China Law Translate",
        date="2015-07-20",
        url="https://www.chinalawtranslate.com/en/supreme-peoples-courts-several-provisions-on-the-restricting-high-spending-and-related-spending-by-persons-subject-to-enforcement/",
    ),
    Reference(
        id="clt-2017-list",
        kind=ReferenceKind.OFFICIAL,
        title="Supreme People's Court Provisions on Publishing the List of "
        "Dishonest Persons Subject to Enforcement (2017)",
        outlet="China Law Translate",
        date="2017-05-01",
        url="https://www.chinalawtranslate.com/en/court-blacklist/",
    ),
    Reference(
        id="globe-2018-liu-hu",
        title="Chinese blacklist an early glimpse of sweeping new social-credit control",
        outlet="The Globe and Mail",
        author="Nathan VanderKlippe",
        date="2018-01-03",
        url="https://www.theglobeandmail.com/news/world/chinese-blacklist-an-early-glimpse-of-sweeping-new-social-credit-control/article37493300/",
    ),
    Reference(
        id="chinadaily-2022-luxury-ban",
        title="'Luxury ban' prompts repayment a decade after ruling was made",
        outlet="China Daily (Supreme People's Court site)",
        date="2022-07-26",
        url="http://subsites.chinadaily.com.cn/supremepeoplescourt/2022-07/26/c_792208.htm",
    ),
    Reference(
        id="shanghaidaily-2019-counts",
        title="Credit blacklist for the dishonest grows",
        outlet="Shanghai Daily",
        date="2019-07-12",
        url="https://archive.shine.cn/nation/Credit-blacklist-for-the-dishonest-grows/shdaily.shtml",
    ),
    Reference(
        id="mittr-2022-no-score",
        title="China just announced a new social credit law. Here's what it means",
        outlet="MIT Technology Review",
        author="Zeyi Yang",
        date="2022-11-22",
        url="https://www.technologyreview.com/2022/11/22/1063605/china-announced-a-new-social-credit-law-what-does-it-mean",
    ),
    Reference(
        id="clt-demonstration-cities",
        kind=ReferenceKind.OFFICIAL,
        title=(
            "Notice on the Release of the List of the First Batch of Demonstration Cities "
            "for the Establishment of the Social Credit System"
        ),
        outlet="China Law Translate",
        date="2018-01",
        url="https://www.chinalawtranslate.com/en/notice-on-the-release-of-the-list-of-the-first-batch-of-demonstration-cities-for-the-establishment-of-the-social-credit-system/",
    ),
    Reference(
        id="reuters-2017-licences",
        title="China backs away from plan to license private credit scorers",
        outlet="Reuters",
        author="Cate Cadell, Shu Zhang",
        date="2017-07-04",
        url="http://uk.reuters.com/article/ant-financial-credit-idUKL3N1JO05W",
    ),
    Reference(
        id="xinhua-2018-deposit-free",
        title="China Focus: Cities reward good personal credit with deposit-free services",
        outlet="Xinhua",
        date="2018-06-10",
        url="http://xinhuanet.com/english/2018-06/10/c_137244480.htm",
    ),
    Reference(
        id="pccm-2021-qiantang",
        title="The third personal credit license may be issued soon!",
        outlet="PCCM Credit",
        date="2021-11",
        url="http://en.pccm-credit.com/?p=171",
    ),
    Reference(
        id="clt-2013-list",
        kind=ReferenceKind.OFFICIAL,
        title=(
            "The Supreme People's Court's Several Provisions on the Release of the Judgment Defaulters List"
        ),
        outlet="China Law Translate",
        date="2013-07",
        url="https://www.chinalawtranslate.com/en/court-blacklist/",
        caveat=_("The archived text gives both 1 October and 1 November 2013 as the start."),
    ),
    Reference(
        id="clt-2020-guidance",
        kind=ReferenceKind.OFFICIAL,
        title=(
            "Guiding Opinions on Further Improving Systems for Restricting Untrustworthy "
            "Conduct (GuoBanFa [2020] No. 49)"
        ),
        outlet="China Law Translate",
        date="2020-12",
        url="https://www.chinalawtranslate.com/en/%E5%85%B3%E4%BA%8E%E8%BF%9B%E4%B8%80%E6%AD%A5%E5%AE%8C%E5%96%84%E5%A4%B1%E4%BF%A1%E7%BA%A6%E6%9D%9F%E5%88%B6%E5%BA%A6%E6%9E%84%E5%BB%BA%E8%AF%9A%E4%BF%A1%E5%BB%BA%E8%AE%BE%E9%95%BF%E6%95%88%E6%9C%BA/",
    ),
    Reference(
        id="peoplesdaily-2025-decline",
        title="China reports first decline in number of credit defaulters in 10 years",
        outlet="Xinhua via People's Daily",
        date="2025-03-08",
        url="http://en.people.cn/n3/2025/0308/c90000-20286824.html",
    ),
)


def _by_id[T: (Quote, Reference)](items: tuple[T, ...]) -> dict[str, T]:
    found: dict[str, T] = {}
    for item in items:
        if item.id in found:
            raise ValueError(f"two records share the id {item.id!r}")
        found[item.id] = item
    return found


QUOTES: dict[str, Quote] = _by_id(_CORE_QUOTES + tuple(q for module in EVIDENCE for q in module.QUOTES))
REFERENCES: dict[str, Reference] = _by_id(
    _CORE_REFERENCES + tuple(r for module in EVIDENCE for r in module.REFERENCES)
)


def quote(quote_id: str) -> Quote:
    """The quote with this id; a KeyError names an id that no rule may use."""
    return QUOTES[quote_id]


def reference(reference_id: str) -> Reference:
    """The outside source with this id."""
    return REFERENCES[reference_id]
