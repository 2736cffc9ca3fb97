"""Seed quotes and outside sources for the courts' phone announcements about debtors (research §7).

Seed 000's sentence on Zhengzhou is held by the claims panel as `claim.zhengzhou`; the
system module reuses it. So do the China Daily and Global Times reports (D1, D2).
"""

from scenarios.evidence.types import Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = ()

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="dailymail-2017-debtor-ringtone",
        title=(
            "Chinese court shames debtors by forcing them to have an embarrassing ringtone "
            "informing everyone they owe money"
        ),
        outlet="Daily Mail",
        date="Undated (July 2017)",
        url="https://www.dailymail.co.uk/news/article-4735250/Chinese-court-shames-people-don-t-pay-debts.html",
    ),
    Reference(
        id="referchina-2020-jiangxi-ringtone",
        title="This Enforced Ringtone Shames Debtors with a Message Saying...",
        outlet="ReferChina (citing Xinhua)",
        date="2020-01",
        url="https://www.referchina.com/2020/01/this-enforced-ringtone-shames-debtors.html",
        caveat=_("A reprint of a Xinhua report on a small site; treat the details as reported once."),
    ),
    Reference(
        id="businessinsider-2018-debtor-shaming",
        title="Business Insider on how China shames debtors (excerpt; headline not recorded)",
        outlet="Business Insider",
        date="2018-05-23",
        url="https://reads.mhlakhani.com/posts/582127219_10156435318752220",
        caveat=_("Read as an excerpt on a personal reading-list site, not on Business Insider's own page."),
    ),
)
