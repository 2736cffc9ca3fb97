"""Seed quotes and outside sources for Tencent Credit (research §5).

Seed 004 gets the 300-850 range and the five categories right, but calls the score
"the SCS" and merges China Rapid Finance with Tencent. The caveats say so.
"""

from scenarios.evidence.types import S004, Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="tencent_credit.rapid_finance_partner",
        seed=S004,
        text="The trial will be conducted by voluntary collaboration between the government and several "
        "large private companies that include China Rapid Finance, which is a partner of social network "
        "giant Tencent",
        caveat=_(
            "Two companies merged into one. China Rapid Finance was a separate lender; no source found "
            "links it to Tencent's score. Tencent Credit was Tencent's own private test, not a trial of "
            "a government system."
        ),
    ),
    Quote(
        id="tencent_credit.wechat_users",
        seed=S004,
        text="Rapid Finance through the popular messaging app “WeChat” which has over 850 million users",
        caveat=_(
            "Out of date, and again merges two companies. The Paypers (August 2017) and EJ Insight "
            "(February 2018) give WeChat about 900 to 980 million monthly users in 2017."
        ),
    ),
    Quote(
        id="tencent_credit.qq_scs",
        seed=S004,
        text="Local media has reported that the SCS is already available via the Tencent’s QQ chat app.",
        caveat=_(
            "Wrong name. What QQ users could see from August 2017 was Tencent Credit, a private "
            "company's test score. It was not the state's social credit system, which has no single "
            "score for everyone."
        ),
    ),
    Quote(
        id="tencent_credit.range",
        seed=S004,
        text="An individual can see their score which is in a range between 300 and 850.",
    ),
    Quote(
        id="tencent_credit.five_categories",
        seed=S004,
        text="The total score is created from a total score made up from five different categories: "
        "social connections, consumption behavior, security, wealth, and compliance.",
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="paypers-2017-tencent-credit",
        title="Tencent opens its credit rating system",
        outlet="The Paypers",
        date="2017-08-08",
        url="https://www.thepaypers.com/mobile-payments/tencent-opens-its-credit-rating-system/769720-16",
    ),
    Reference(
        id="caixin-2017-tencent-credit",
        title="Tencent Begins Testing Credit-Rating Service",
        outlet="Caixin Global",
        author="April Ma",
        date="2017-08-09",
        url="https://www.caixinglobal.com/2017-08-09/101128326.html",
    ),
    Reference(
        id="ejinsight-2018-tencent-credit",
        title="Tencent launches new credit rating system",
        outlet="EJ Insight",
        date="2018-02-01",
        url="http://www.ejinsight.com/20180201-tencent-launches-new-credit-rating-system/",
        caveat=_("The perks and the loan sum rest on this one outlet."),
    ),
    Reference(
        id="chinadaily-2015-tencent-credit",
        title="Tencent to use social networks for credit-rating services",
        outlet="China Daily",
        author="Meng Jing",
        date="2015-08-08",
        url="http://www.qwxb.com.cn/business/tech/2015-08/08/content_21535587.htm",
        caveat=_("Read from a mirror of the China Daily article."),
    ),
)
