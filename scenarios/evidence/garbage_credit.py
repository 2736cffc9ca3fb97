"""Seed quotes and outside sources for garbage sorting and credit files (research §12)."""

from scenarios.evidence.types import S000, Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="garbage_credit.better_loans",
        seed=S000,
        text="In one local government pilot, users who recycled their rubbish well were given "
        "better access to bank loans.",
        caveat=_(
            "Not confirmed. The rule that best matches, Zhejiang's, approved three weeks "
            "before this article, works mainly the other way: a sorting violation goes on a "
            "credit file and could hurt the chance of a bank loan. It promises rewards for "
            "good sorting without saying what they are. No published loan benefit for "
            "recycling was found."
        ),
    ),
    Quote(
        id="garbage_credit.recycling_habits",
        seed=S000,
        text="From monitoring its citizens' debts and recycling habits",
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="ecns-2018-zhejiang-garbage",
        title="Zhejiang approves a regulation to tie credit information to garbage sorting",
        outlet="ECNS",
        date="2018-01-07",
        url="http://www.ecns.cn/2018/01-07/287322.shtml",
        caveat=_("The title describes the report; the page's own headline was not in the archived copy."),
    ),
    Reference(
        id="shanghaiist-2018-zhejiang-garbage",
        title="Not sorting your garbage properly could now hurt your credit rating in Zhejiang",
        outlet="Shanghaiist (on Medium)",
        date="2018-01-08",
        url="https://medium.com/shanghaiist/not-sorting-your-garbage-properly-could-now-hurt-your-credit-rating-in-zhejiang-449bc88ed8ca",
    ),
    Reference(
        id="chinadaily-2018-guangzhou-garbage",
        title="Guangzhou links credit to sorting of garbage",
        outlet="China Daily",
        author="Zheng Caixiong",
        date="2018-07-30",
        url="http://www.chinadaily.com.cn/cndy/2018-07/30/content_36668301.htm",
    ),
    Reference(
        id="ecns-2015-beijing-garbage-points",
        title="Beijing to pilot a bonus scheme for citizens who sort their garbage",
        outlet="ECNS",
        date="2015-12-14",
        url="http://ecns.cn/cns-wire/2015/12-14/192399.shtml",
        caveat=_("The title describes the report; the page's own headline was not in the archived copy."),
    ),
)
