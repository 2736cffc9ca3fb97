"""The framing: seed quotes and outside sources not tied to one system (no single score)."""

from scenarios.evidence.types import S000, S001, Quote, Reference, ReferenceKind
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
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
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="mittr-2022-no-score",
        title="China just announced a new social credit law. Here's what it means",
        outlet="MIT Technology Review",
        author="Zeyi Yang",
        date="2022-11-22",
        url="https://www.technologyreview.com/2022/11/22/1063605/china-announced-a-new-social-credit-law-what-does-it-mean",
    ),
    Reference(
        id="clt-2014-planning-outline",
        kind=ReferenceKind.OFFICIAL,
        title=(
            "Planning Outline for the Construction of a Social Credit System (2014-2020) "
            "(Guofa [2014] No. 21), translated by Rogier Creemers"
        ),
        outlet="China Law Translate",
        date="2014-06-14",
        url="http://www.chinalawtranslate.com/socialcreditsystem/?lang=en",
    ),
    Reference(
        id="clt-2022-high-quality-opinions",
        kind=ReferenceKind.OFFICIAL,
        title=(
            "Opinions on Promoting the High-Quality Development of the Social Credit System "
            "to Create a New Development Pattern"
        ),
        outlet="China Law Translate",
        date="2022-03-29",
        url="https://www.chinalawtranslate.com/en/nextcreditplan/",
    ),
    Reference(
        id="peoplesdaily-2025-opinions",
        title="China unveils guideline to improve social credit system",
        outlet="People's Daily (Xinhua)",
        date="2025-04-01",
        url="http://en.people.cn/n3/2025/0401/c90000-20296397.html",
    ),
    Reference(
        id="reuters-2017-licences",
        title="China backs away from plan to license private credit scorers",
        outlet="Reuters",
        author="Cate Cadell, Shu Zhang",
        date="2017-07-04",
        url="http://uk.reuters.com/article/ant-financial-credit-idUKL3N1JO05W",
    ),
)
