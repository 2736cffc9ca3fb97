"""Seed quotes and outside sources for marketplace and ride-hailing ratings."""

from scenarios.evidence.types import S001, Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="platform_ratings.ebay",
        seed=S001,
        text="Social-style scores are also available. Anyone who has used eBay to shop online "
        "has a rating on shipping and communication.",
    ),
    Quote(
        id="platform_ratings.uber",
        seed=S001,
        text="Uber drivers and passengers rate each other, so if your score is too low, it’s not good news.",
    ),
    Quote(
        id="platform_ratings.fundamentally_distinct",
        seed=S001,
        text="Many people draw parallels between Uber’s rating system for drivers and customers, "
        "and private applications such as Uber. These private company systems, while I find "
        "them extremely problematic, are fundamentally distinct.",
        speaker="Samantha Hoffman, as reported by the seed",
        caveat=_(
            "Garbled in this reworded copy: the first sentence compares Uber with itself. The "
            "point that survives is Hoffman's: company ratings are a problem, but they are "
            "fundamentally different from China's state system."
        ),
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="eui-2019-model-for-others",
        title="The Chinese social credit system: A model for other countries?",
        outlet="European University Institute, Working Paper LAW 2019/01",
        author="Mac Síthigh and Siems",
        date="2019",
        url="https://www.readkong.com/page/the-chinese-social-credit-system-a-model-for-other-5217806",
        caveat=_("Read through a copy on readkong.com."),
    ),
    Reference(
        id="wired-2019-complicated-truth",
        title="The complicated truth about China's social credit system",
        outlet="Wired UK",
        author="Nicole Kobie",
        date="2019 (updated June 2019)",
        url="https://redef.com/item/600bcb6425061154e02dea68?curator=TechREDEF",
        caveat=_(
            "Read through a copy on redef.com. The source text is a reworded copy of this "
            "article; the month of the update is not certain."
        ),
    ),
)
