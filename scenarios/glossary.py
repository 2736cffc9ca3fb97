"""The words a student meets on the steps, with their Chinese terms and a plain definition.

The teacher's guide lists them all as its vocabulary; inside a lesson, each step offers the
ones its own text uses, one tap away (research C-13: glossary pop-ups).
"""

from collections.abc import Iterable
from dataclasses import dataclass

from scenarios.i18n import _


@dataclass(frozen=True, slots=True)
class Term:
    id: str
    name: str
    chinese: str
    pinyin: str
    definition: str
    finds: tuple[str, ...]  # lower-case phrases in English page text that mean this term


GLOSSARY: tuple[Term, ...] = (
    Term(
        "social-credit",
        _("Social credit system"),
        "社会信用体系",
        "shèhuì xìnyòng tǐxì",
        _(
            "The government's name for its many schemes to record and reward keeping promises "
            "and obeying rules. Not one score."
        ),
        ("social credit",),
    ),
    Term(
        "dishonest-debtors",
        _("List of dishonest judgment debtors"),
        "失信被执行人名单",
        "shīxìn bèi zhíxíng rén míngdān",
        _(
            "The Supreme People's Court's list of people who can pay what a court ordered and do "
            "not. Listed people may not fly or ride high-speed trains."
        ),
        ("dishonest", "debtor list", "debtors' list", "court's list", "court list"),
    ),
    Term(
        "blacklist",
        _("Blacklist and red list"),
        "黑名单 / 红名单",
        "hēimíngdān / hóngmíngdān",
        _("Lists of those punished, and of those rewarded, kept by courts, ministries and cities."),
        ("blacklist", "red list", "redlist"),
    ),
    Term(
        "joint-punishment",
        _("Joint punishment"),
        "联合惩戒",
        "liánhé chéngjiè",
        _(
            "Agencies agreeing to act on each other's lists, so one listing brings restrictions "
            "from many bodies."
        ),
        ("joint punishment", "joint disciplinary"),
    ),
    Term(
        "credit-repair",
        _("Credit repair"),
        "信用修复",
        "xìnyòng xiūfù",
        _(
            "The rules for taking a record off, or ending its publication, after a person has put "
            "things right."
        ),
        ("credit repair", "repair"),
    ),
    Term(
        "sesame",
        _("Sesame Credit"),
        "芝麻信用",
        "Zhīma xìnyòng",
        _("A private score from 350 to 950, run by Ant Group, that a person switches on in the Alipay app."),
        ("sesame",),
    ),
    Term(
        "credit-reporting",
        _("Credit reporting"),
        "征信",
        "zhēngxìn",
        _("The central bank's record of loans and repayments that lenders check."),
        ("credit report", "central bank"),
    ),
)


def terms_in(texts: Iterable[str]) -> tuple[Term, ...]:
    """The glossary's terms that these texts use, in the glossary's order."""
    page = " ".join(texts).lower()
    return tuple(term for term in GLOSSARY if any(phrase in page for phrase in term.finds))
