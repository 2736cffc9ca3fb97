"""Seed quotes and outside sources for the court's list of judgment defaulters."""

from scenarios.evidence.types import S000, S001, Quote, Reference, ReferenceKind
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
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

REFERENCES: tuple[Reference, ...] = (
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
