"""Seed quotes and outside sources for the central bank's credit report (research §15, H4)."""

from scenarios.evidence.types import S000, S002, Quote, Reference, ReferenceKind
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="pboc_credit_report.financial_credit",
        seed=S002,
        text="Financial credit information from the People’s Bank of China.",
        caveat=_(
            "The seed lists this as one part of a surveillance system. The central bank's credit "
            "report is a regulated credit bureau, like those in other countries: a record of loans "
            "and repayments, not a score of behaviour."
        ),
    ),
    Quote(
        id="pboc_credit_report.outside_banking",
        seed=S000,
        text="One of the main goals of the\xa0Social Credit Rating system\xa0is to give individuals outside "
        "the traditional banking system (students, farmers etc.) access to financial credit.",
        speaker="SBS News, on the government's aims",
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="chinadaily-2013-credit-regulation",
        title="Credit investigation regulations to take effect soon",
        outlet="China Daily",
        author="Shi Jing",
        date="2013-01-31",
        url="https://global.chinadaily.com.cn/business/2013-01/31/content_16191757.htm",
    ),
    Reference(
        id="clp-2013-credit-regulation",
        kind=ReferenceKind.OFFICIAL,
        title="State Council Regulations for the Administration of the Credit Information Collection "
        "Industry",
        outlet="China Law & Practice",
        date="2013-03-08",
        url="https://www.chinalawandpractice.com/2013/03/08/state-council-regulations-for-the-"
        "administration-of-the-credit-information-collection-industry",
    ),
    Reference(
        id="pboc-crc-faq",
        kind=ReferenceKind.OFFICIAL,
        title="Frequently asked questions (People's Bank of China)",
        outlet="People's Bank of China (mirror)",
        date="Undated",
        url="http://www.xqexn.cn/en/3688241/3688687/3688696/3816034/index.html",
        caveat=_("Read from a mirror of the central bank's page."),
    ),
    Reference(
        id="chinainternetwatch-sesame-credit",
        title="Alipay's Sesame Credit",
        outlet="China Internet Watch",
        date="Undated (gives a 2014 figure)",
        url="https://chinainternetwatch.com/12125/alipay-sesame-credit",
    ),
    Reference(
        id="kapronasia-2017-unlicensed",
        title="After nearly two years, China's digital credit rating platforms are still unlicensed",
        outlet="Kapronasia",
        author="Leilei Wang",
        date="2017-05-23",
        url="https://www.kapronasia.com/china-banking-research-category/item/872-after-nearly-two-years-"
        "china-s-digital-credit-rating-platforms-are-still-unlicensed.html",
    ),
    Reference(
        id="biia-baihang-story",
        title="China's private sector credit information services: the Baihang story",
        outlet="BIIA",
        date="Undated (describes 2018)",
        url="https://www.biia.com/chinas-private-sector-credit-information-services-the-baihang-story",
    ),
    Reference(
        id="pccm-2021-order-four",
        kind=ReferenceKind.OFFICIAL,
        title="Credit Reporting Services Measures (People's Bank of China Order No. 4 [2021]), English text",
        outlet="PCCM Credit",
        date="Undated (the measures took effect 2022-01-01)",
        url="http://en.pccm-credit.com/?cat=5",
    ),
    Reference(
        id="xinhua-2013-court-bank-memo",
        title="Bank credit system covers default records",
        outlet="Xinhua, in China Daily",
        date="2013-11-14",
        url="http://www.chinadaily.com.cn/china/2013-11/14/content_17106702.htm",
    ),
)
