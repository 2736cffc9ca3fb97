"""Seed quotes and outside sources for Sesame Credit."""

from scenarios.evidence.types import S000, S001, S002, S003, Quote, Reference, ReferenceKind
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
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
)

REFERENCES: tuple[Reference, ...] = (
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
        date="2024-01",
        url="http://en.pccm-credit.com/?p=171",
        caveat=_(
            "Undated in the copy read. It reports the central bank governor's remarks of January "
            "2024 and says more than two years had passed since the application of November 2021."
        ),
    ),
    Reference(
        id="scmp-2021-qiantang-application",
        title=(
            "Ant Group applies to China's central bank to set up personal-credit scoring joint "
            "venture with state-backed partners"
        ),
        outlet="South China Morning Post",
        date="2021-11-26",
        url="https://mcdn.i-scmp.com/business/banking-finance/article/3157557/ant-group-applies-chinas-central-bank-set-personal-credit",
    ),
    Reference(
        id="scmp-2024-qiantang-licence",
        title="Ant-backed credit rating firm gets central bank approval in China after 3-year wait",
        outlet="South China Morning Post (republished by World Pakistan)",
        date="2024-11",
        url="https://worldpakistan.net/ant-backed-credit-rating-firm-gets-central-bank-approval-in-china-after-3-year-wait",
    ),
    Reference(
        id="chinadaily-2015-sesame-court",
        title="Justice comes to virtual world",
        outlet="China Daily",
        author="Meng Jing and Cao Yin",
        date="2015-07-02",
        url="http://www.chinadaily.com.cn/bizchina/2015-07/02/content_21158386.htm",
    ),
    Reference(
        id="spc-2016-sesame-enforcement",
        title="Credibility system helps execution of court decisions",
        outlet="Supreme People's Court (English site, hosted by China Daily)",
        date="2016-01-11",
        url="https://global.chinadaily.com.cn/m/supremepeoplescourt/2016-01/11/content_23161266.htm",
        kind=ReferenceKind.OFFICIAL,
    ),
)
